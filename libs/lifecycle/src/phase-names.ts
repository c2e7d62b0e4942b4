import { PHASES } from './phase-table';

/** The phase's name as people read it (بررسی مفهومی …): the lifecycle's catalog is its one home. */
export function phaseNameFa(key: string): string {
  return PHASES.find((p) => p.key === key)?.nameFa ?? key;
}
