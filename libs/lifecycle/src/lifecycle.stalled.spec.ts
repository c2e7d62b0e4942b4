import { isStalled, stalledCutoff } from './stalled';

describe('stalled in a phase (one definition for alerts and the roadmap)', () => {
  const now = new Date('2026-10-12T08:00:00Z');
  const daysAgo = (d: number, extraMs = 0) => new Date(now.getTime() - d * 86_400_000 - extraMs);

  it('is stalled only after more than the threshold in whole days', () => {
    expect(
      isStalled({ phase: 'formation', status: 'forming', phaseEnteredAt: daysAgo(180, 3600_000) }, now, 180),
    ).toBe(false);
    expect(isStalled({ phase: 'formation', status: 'forming', phaseEnteredAt: daysAgo(181) }, now, 180)).toBe(
      true,
    );
    expect(stalledCutoff(now, 180).toISOString()).toBe(daysAgo(181).toISOString());
  });

  it('never calls the last phase or a dissolved association stalled', () => {
    expect(
      isStalled({ phase: 'development', status: 'active', phaseEnteredAt: daysAgo(900) }, now, 180),
    ).toBe(false);
    expect(
      isStalled({ phase: 'diagnosis', status: 'dissolved', phaseEnteredAt: daysAgo(900) }, now, 180),
    ).toBe(false);
    expect(isStalled({ phase: 'diagnosis', status: 'dormant', phaseEnteredAt: daysAgo(900) }, now, 180)).toBe(
      true,
    );
  });
});
