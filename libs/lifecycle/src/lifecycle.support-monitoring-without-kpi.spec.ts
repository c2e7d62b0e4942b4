import { evaluateGate } from './gate-rules';
import { DEFAULT_SETTINGS } from './phase-table';
import { SAMPLE_OUTPUTS } from './sample-outputs';

const outputs = SAMPLE_OUTPUTS.support_monitoring;

describe('support & monitoring gate', () => {
  it('is not met while the KPI module is absent, saying so', () => {
    const gate = evaluateGate('support_monitoring', outputs, { settings: DEFAULT_SETTINGS });
    expect(gate.met).toBe(false);
    expect(gate.items.find((i) => i.key === 'indicators_agreed')).toMatchObject({
      met: false,
      status: 'not_agreed',
      missing: ['indicators not yet agreed (KPI module)'],
    });
  });

  it('passes on what the KPI module reports, and shows what it says is missing', () => {
    expect(
      evaluateGate('support_monitoring', outputs, {
        settings: DEFAULT_SETTINGS,
        indicators: { met: true, missing: [] },
      }).met,
    ).toBe(true);
    const gate = evaluateGate('support_monitoring', outputs, {
      settings: DEFAULT_SETTINGS,
      indicators: { met: false, missing: ['target of member_growth'] },
    });
    expect(gate.items.find((i) => i.key === 'indicators_agreed')).toMatchObject({
      status: 'not_agreed',
      missing: ['target of member_growth'],
    });
  });

  it('needs all three evaluation axes agreed', () => {
    const gate = evaluateGate(
      'support_monitoring',
      {
        evaluation_axes: {
          axes: [
            { axis: 'chamber', agreed: true },
            { axis: 'members', agreed: false },
          ],
        },
      },
      { settings: DEFAULT_SETTINGS, indicators: { met: true, missing: [] } },
    );
    expect(gate.items[0].missing).toEqual([
      'evaluation axis association agreed',
      'evaluation axis members agreed',
    ]);
  });
});

describe('development roadmap', () => {
  it('is complete when every milestone is planned and the member database has a coverage target', () => {
    const gate = evaluateGate('development', SAMPLE_OUTPUTS.development, { settings: DEFAULT_SETTINGS });
    expect(gate.met).toBe(true);
    expect(gate.items[0].facts).toEqual({ milestonesDone: 2, milestonesPlanned: 7 });
  });

  it('names the milestones not planned and a missing coverage target', () => {
    const gate = evaluateGate(
      'development',
      {
        roadmap: { milestones: [{ kind: 'member_database', plannedAt: '2027-01-01', coveragePercent: 30 }] },
      },
      { settings: DEFAULT_SETTINGS },
    );
    expect(gate.items[0].missing).toContain('milestone rnd_unit planned');
    expect(gate.items[0].missing).toContain('member database coverage target %');
  });
});
