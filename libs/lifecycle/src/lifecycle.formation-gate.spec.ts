import { evaluateGate } from './gate-rules';
import { DEFAULT_SETTINGS } from './phase-table';
import { SAMPLE_OUTPUTS } from './sample-outputs';

const ctx = { settings: DEFAULT_SETTINGS };
const formation = SAMPLE_OUTPUTS.formation;

describe('formation gate', () => {
  it('is met with all eight outputs recorded properly', () => {
    expect(evaluateGate('formation', formation, ctx).met).toBe(true);
  });

  it('needs at least the chamber’s minimum of founding members', () => {
    const gate = evaluateGate(
      'formation',
      { ...formation, founding_members: { members: formation.founding_members!.members.slice(0, 3) } },
      ctx,
    );
    expect(gate.missing).toEqual(['founding_members']);
    expect(gate.items.find((i) => i.key === 'founding_members')!.missing).toEqual([
      '7 founding members (has 3)',
    ]);
  });

  it('refuses a charter not adopted, an assembly without quorum and a board not elected by the members', () => {
    const gate = evaluateGate(
      'formation',
      {
        ...formation,
        charter: { adopted: false },
        founding_assembly: { heldAt: '2026-06-15', attendees: 4, quorumMet: false },
        board_election: { ...formation.board_election!, electedByMembers: false },
      },
      ctx,
    );
    expect(gate.missing).toEqual(['charter', 'founding_assembly', 'board_election']);
  });

  it('lists every output not yet recorded', () => {
    const gate = evaluateGate('formation', { formation_method: { method: 'merger' } }, ctx);
    expect(gate.missing).toHaveLength(7);
    expect(gate.items.find((i) => i.key === 'registration')!.missing).toEqual([
      'output registration not recorded',
    ]);
  });
});
