import { developmentStage, milestoneOverdue, milestoneReached } from './development-stage';

describe('development stage of an association in phase 6', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const done = (kind: string, extra = {}) => ({
    kind,
    plannedAt: new Date('2026-01-01'),
    doneAt: new Date('2026-02-01'),
    ...extra,
  });

  it('stands at the highest stage whose milestones and all earlier ones are reached', () => {
    const ms = [done('services_launched'), done('sustainable_financing'), done('policy_making')];
    // Policy-making is done but the member database (stage 2) is not: the road stops at stage 1.
    expect(developmentStage(ms, now).key).toBe('services_and_financing');
    expect(developmentStage([...ms, done('member_database')], now).stage).toBe(3);
    expect(developmentStage([], now).key).toBe('starting');
  });

  it('counts the member database only at its coverage target', () => {
    expect(
      milestoneReached(done('member_database', { coveragePercent: 79, coverageTargetPercent: 80 }), now),
    ).toBe(false);
    expect(
      milestoneReached(done('member_database', { coveragePercent: 80, coverageTargetPercent: 80 }), now),
    ).toBe(true);
  });

  it('calls a milestone overdue once its planned date passed without being reached', () => {
    const open = { kind: 'rnd_unit', plannedAt: new Date('2026-11-01'), doneAt: null };
    expect(milestoneOverdue(open, now)).toBe(true);
    expect(milestoneOverdue({ ...open, plannedAt: new Date('2027-01-01') }, now)).toBe(false);
    expect(milestoneOverdue(done('rnd_unit'), now)).toBe(false);
  });
});
