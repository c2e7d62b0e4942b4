import { describe, expect, it } from 'vitest';
import { notificationTarget } from './logic';

const A = '11111111-1111-4111-8111-111111111111';

describe('where a notification leads', () => {
  it('leads a board to its reports when a report was returned, is due or missing', () => {
    for (const kind of ['report_returned', 'report_due', 'report_missing'])
      expect(notificationTarget({ kind, associationId: A }, 'board')).toBe('/my/reports');
  });
  it('leads a board to its scores when the score declines', () => {
    expect(notificationTarget({ kind: 'score_declining', associationId: A }, 'board')).toBe('/my/scores');
  });
  it('leads staff and approvers to the lifecycle of a pending or stalled association', () => {
    expect(notificationTarget({ kind: 'transition_pending', associationId: A }, 'approver')).toBe(
      `/associations/${A}/lifecycle`,
    );
    expect(notificationTarget({ kind: 'phase_stalled', associationId: A }, 'president')).toBe(
      `/associations/${A}`,
    );
  });
  it('leads an approver refused for their limit to the association grants', () => {
    expect(notificationTarget({ kind: 'grant_over_limit', associationId: A }, 'approver')).toBe(
      `/associations/${A}/supports`,
    );
  });
  it('leads nowhere when a chamber notice concerns no association', () => {
    expect(notificationTarget({ kind: 'report_due', associationId: null }, 'staff')).toBeNull();
  });
});
