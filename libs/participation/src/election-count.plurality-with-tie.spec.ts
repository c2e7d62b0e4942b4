import { countPlurality, tally } from './election-rules';

describe('a board election count', () => {
  it('adds link ballots to paper votes and elects the most voted', () => {
    const votes = tally(['a', 'b', 'c'], [['a', 'b'], ['a'], ['c', 'c']], { b: 2 });
    expect(votes).toEqual([
      { candidateId: 'a', votes: 2 },
      { candidateId: 'b', votes: 3 },
      { candidateId: 'c', votes: 1 },
    ]);
    const outcome = countPlurality(2, votes);
    expect(outcome.kind).toBe('elected');
    if (outcome.kind === 'elected') expect(outcome.elected.map((c) => c.candidateId)).toEqual(['b', 'a']);
  });
  it('reports a tie across the last seat instead of choosing', () => {
    const outcome = countPlurality(1, [
      { candidateId: 'a', votes: 3 },
      { candidateId: 'b', votes: 3 },
    ]);
    expect(outcome).toMatchObject({ kind: 'tie', seat: 1 });
  });
});
