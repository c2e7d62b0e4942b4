import { checkParent, MAX_TREE_DEPTH } from './association-rules';

describe('hanging a sub-branch under a parent', () => {
  it('puts a new sub-branch one level below its parent', () => {
    expect(checkParent(null, ['root'])).toEqual({ ok: true, depth: 1 });
    expect(checkParent(null, ['mid', 'root'])).toEqual({ ok: true, depth: 2 });
  });

  it('makes an association without a parent a root at depth 0', () => {
    expect(checkParent('a', [])).toEqual({ ok: true, depth: 0 });
  });

  it('refuses to make an association its own parent', () => {
    expect(checkParent('a', ['a'])).toEqual({ ok: false, reason: 'cycle' });
  });

  it('refuses to move an association under one of its own sub-branches', () => {
    // a → b → c; making c the parent of a would loop a → c → b → a.
    expect(checkParent('a', ['c', 'b', 'a'])).toEqual({ ok: false, reason: 'cycle' });
  });

  it('refuses a tree deeper than the limit, counting the sub-branches that move along', () => {
    const chain = Array.from({ length: MAX_TREE_DEPTH - 1 }, (_, i) => `p${i}`);
    expect(checkParent('a', chain, 0).ok).toBe(true);
    expect(checkParent('a', chain, 2)).toEqual({ ok: false, reason: 'too_deep' });
  });
});
