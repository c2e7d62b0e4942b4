import { missingReports, stalledAssociations } from './alert-rules';
import { lastDuePeriod } from './due-periods';

describe('alerts: missing reports and stalled phases', () => {
  // 1405/07/20 in Tehran (2026-10-12).
  const now = new Date('2026-10-12T08:00:00Z');

  it('expects last month’s report once the grace period has passed, and the month before while it runs', () => {
    expect(lastDuePeriod('monthly', now, 15).period).toBe('1405-06');
    expect(lastDuePeriod('monthly', now, 25).period).toBe('1405-05');
    expect(lastDuePeriod('quarterly', now, 15).period).toBe('1405-Q2');
    expect(lastDuePeriod('yearly', now, 15).period).toBe('1404');
  });

  it('puts the due date at the period’s end in Tehran plus the grace days', () => {
    const d = lastDuePeriod('monthly', now, 0);
    // 1405/07/01 00:00 Tehran = 2026-09-22T20:30Z
    expect(d.end.toISOString()).toBe('2026-09-22T20:30:00.000Z');
  });

  it('raises a missing report only for associations in the reporting phases that filed nothing', () => {
    const due = [lastDuePeriod('quarterly', now, 15)];
    const list = [
      { id: 'a', phase: 'support_monitoring', status: 'active', phaseEnteredAt: now },
      { id: 'b', phase: 'development', status: 'active', phaseEnteredAt: now },
      { id: 'c', phase: 'formation', status: 'active', phaseEnteredAt: now },
    ];
    const missing = missingReports(list, due, new Set(['b|1405-Q2']));
    expect(missing.map((m) => m.associationId)).toEqual(['a']);
  });

  it('calls an association stalled after the threshold, never one in the last phase', () => {
    const long = new Date(now.getTime() - 200 * 24 * 3600 * 1000);
    const list = [
      { id: 'a', phase: 'formation', status: 'forming', phaseEnteredAt: long },
      { id: 'b', phase: 'development', status: 'active', phaseEnteredAt: long },
      { id: 'd', phase: 'formation', status: 'dissolved', phaseEnteredAt: long },
      { id: 'c', phase: 'diagnosis', status: 'active', phaseEnteredAt: now },
    ];
    expect(stalledAssociations(list, now, 180).map((s) => [s.id, s.days])).toEqual([['a', 200]]);
  });
});
