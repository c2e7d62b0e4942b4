import { BadInputError } from '@tashakkol/shared';
import { Grade, GradeThresholds } from './scoring.types';

/** The national chamber's style of grade: A at or above the A threshold, and so on; D below C. */
export function gradeOf(composite: number, t: GradeThresholds): Grade {
  if (composite >= t.A) return 'A';
  if (composite >= t.B) return 'B';
  if (composite >= t.C) return 'C';
  return 'D';
}

/** Thresholds must fall strictly from A to C and lie within 0..100. */
export function assertThresholds(t: GradeThresholds, field = 'grade'): void {
  for (const k of ['A', 'B', 'C'] as const) {
    if (!(t[k] >= 0 && t[k] <= 100))
      throw new BadInputError('kpi.grade_thresholds', `${field}${k}: must be between 0 and 100`);
  }
  if (!(t.A > t.B && t.B > t.C)) {
    throw new BadInputError(
      'kpi.grade_thresholds',
      `${field}A: thresholds must fall strictly from A to B to C`,
    );
  }
}
