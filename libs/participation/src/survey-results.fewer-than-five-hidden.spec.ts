import {
  aggregateRun,
  checkAnswers,
  hashLinkToken,
  looksLikeLinkToken,
  newLinkToken,
  STANDARD_SURVEY,
} from './survey-rules';

const items = STANDARD_SURVEY.items;
const likert = (v: number) => items.filter((i) => i.kind === 'likert').map((i) => ({ key: i.key, value: v }));

describe('survey results', () => {
  it('show nothing under five answers, so a board cannot tell who said what', () => {
    const r = aggregateRun(items, 10, [likert(5), likert(4), likert(3), likert(2)]);
    expect(r).toEqual({
      invited: 10,
      responses: 4,
      responseRate: 40,
      shown: false,
      satisfaction: null,
      items: [],
    });
  });

  it('rescale Likert means to 0–100 for the satisfaction indicator', () => {
    const r = aggregateRun(items, 8, [likert(5), likert(5), likert(3), likert(3), likert(1)]);
    // values 5,5,3,3,1 on 1–5 → 100,100,50,50,0 → mean 60
    expect(r.satisfaction).toBe(60);
    expect(r.responseRate).toBe(62.5);
    expect(r.items[0]).toMatchObject({
      mean: 3.4,
      distribution: [1, 0, 2, 0, 2].map((count, i) => ({ value: i + 1, count })),
    });
  });
});

describe('answers', () => {
  it('out of range, unknown, repeated or missing are each named by their item', () => {
    const problems = checkAnswers(items, [
      { key: 'services', value: 6 },
      { key: 'nope', value: 1 },
      { key: 'services', value: 2 },
    ]);
    expect(problems.map((p) => p.field)).toEqual([
      'answers[0].value',
      'answers[1].key',
      'answers[2].key',
      'answers',
      'answers',
      'answers',
      'answers',
    ]);
    expect(problems[0].messageFa).toContain(
      'از ۱ تا ۵'.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)),
    );
  });

  it('the open question may be left out', () => {
    expect(checkAnswers(items, likert(4))).toEqual([]);
  });
});

describe('one-time link tokens', () => {
  it('are 43 URL-safe characters; only the hash is stored and it is deterministic', () => {
    const { token, hash } = newLinkToken();
    expect(looksLikeLinkToken(token)).toBe(true);
    expect(hash).toBe(hashLinkToken(token));
    expect(hash).toHaveLength(64);
    expect(newLinkToken().token).not.toBe(token);
  });
});
