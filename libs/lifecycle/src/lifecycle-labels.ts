import { LabelMap, labelsOf } from '@tashakkol/shared';
import { PHASES } from './phase-table';

/** The phases in order, and every output of their gates (keys are unique across phases). */
export function lifecycleLabels(): { phases: LabelMap; phaseOutputs: LabelMap } {
  return {
    phases: labelsOf(
      PHASES,
      (p) => p.key,
      (p) => p.nameFa,
      (p) => p.nameEn,
    ),
    phaseOutputs: labelsOf(
      PHASES.flatMap((p) => [...p.outputs, ...p.externalGateItems]),
      (o) => o.key,
      (o) => o.nameFa,
      (o) => o.nameEn,
    ),
  };
}
