import { heldOnTime, quorumNeeded } from './assembly-rules';

const base = {
  noticeDate: '2026-06-01',
  heldOn: '2026-06-20',
  dueBy: '2026-07-22',
  quorumRule: 'half_plus_one' as const,
  eligible: 40,
  attended: 21,
};

describe('a general assembly held on time', () => {
  it('needs more than half of 40 (21) under half_plus_one, a third (14) under one_third', () => {
    expect(quorumNeeded('half_plus_one', 40)).toBe(21);
    expect(quorumNeeded('one_third', 40)).toBe(14);
    expect(quorumNeeded('two_thirds', 40)).toBe(27);
    expect(quorumNeeded('any', 40)).toBe(1);
  });
  it('counts when it met its quorum by the due date after ten days of notice', () => {
    expect(heldOnTime(base)).toBe(true);
  });
  it('does not count without quorum, after the due date, or on short notice', () => {
    expect(heldOnTime({ ...base, attended: 20 })).toBe(false);
    expect(heldOnTime({ ...base, heldOn: '2026-07-23' })).toBe(false);
    expect(heldOnTime({ ...base, heldOn: '2026-06-10' })).toBe(false);
    expect(heldOnTime({ ...base, heldOn: null })).toBe(false);
  });
});
