import { IndicatorDefinition } from './scoring.types';

/** A small catalog for the calculator's scenario specs. */
export function indicator(code: string, over: Partial<IndicatorDefinition> = {}): IndicatorDefinition {
  return {
    code,
    nameFa: code,
    nameEn: code,
    axis: 'association',
    criterion: 'governance',
    unit: 'count',
    direction: 'higher',
    kind: 'reported',
    formula: null,
    defaultWeight: 1,
    publicPolicy: false,
    publicTarget: null,
    capPercent: 120,
    ...over,
  };
}
