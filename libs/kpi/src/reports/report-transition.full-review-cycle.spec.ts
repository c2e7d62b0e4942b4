import { ForbiddenError } from '@tashakkol/shared';
import { ReportStateError } from '../kpi.errors';
import { reportTransition } from './report-transition';

describe('a report through drafting, review, return and a new revision', () => {
  it('goes draft → submitted → returned → submitted → accepted → draft (a new revision)', () => {
    let status = reportTransition('draft', 'submit', 'board');
    expect(status).toBe('submitted');
    status = reportTransition(status, 'return', 'staff');
    expect(status).toBe('returned');
    expect(reportTransition(status, 'edit', 'board')).toBe('returned');
    status = reportTransition(status, 'submit', 'board');
    status = reportTransition(status, 'accept', 'approver');
    expect(status).toBe('accepted');
    expect(reportTransition(status, 'reopen', 'board')).toBe('draft');
  });

  it('refuses the chamber writing the board’s self-declaration, whatever the status', () => {
    for (const role of ['staff', 'approver', 'president', 'admin'] as const) {
      expect(() => reportTransition('draft', 'edit', role)).toThrow(ForbiddenError);
      expect(() => reportTransition('draft', 'submit', role)).toThrow(ForbiddenError);
      expect(() => reportTransition('returned', 'attach_evidence', role)).toThrow(ForbiddenError);
    }
  });

  it('refuses the board verifying its own report', () => {
    expect(() => reportTransition('submitted', 'accept', 'board')).toThrow(ForbiddenError);
    expect(() => reportTransition('submitted', 'return', 'board')).toThrow(ForbiddenError);
  });

  it('answers 409 for an action the status does not allow, naming the status', () => {
    expect(() => reportTransition('accepted', 'edit', 'board')).toThrow(ReportStateError);
    expect(() => reportTransition('draft', 'accept', 'staff')).toThrow(/a draft report cannot be accepted/);
    expect(() => reportTransition('submitted', 'reopen', 'board')).toThrow(
      /a submitted report cannot be reopened/,
    );
    expect(() => reportTransition('submitted', 'attach_evidence', 'board')).toThrow(
      /cannot be given evidence/,
    );
  });
});
