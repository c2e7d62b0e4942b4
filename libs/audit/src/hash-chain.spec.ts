import { chainHash, ChainRow, GENESIS_HASH, verifyChain } from './hash-chain';

function chain(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const fields = {
      occurredAt: new Date(Date.UTC(2026, 0, i)),
      actorId: null,
      actorRole: 'staff',
      action: 'association.update',
      entity: 'association',
      entityId: `a${i}`,
      associationId: null,
      before: { b: 1, a: [1, { z: 1, y: 2 }] },
      after: { a: i },
      requestId: null,
    };
    const hash = chainHash(prev, fields);
    rows.push({ ...fields, id: String(i), prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe('audit hash chain', () => {
  it('verifies an untouched log', () => {
    expect(verifyChain(chain(5))).toMatchObject({ ok: true, rowsChecked: 5 });
  });
  it('does not care about key order (jsonb reorders keys)', () => {
    const rows = chain(2);
    rows[0].before = { a: [1, { y: 2, z: 1 }], b: 1 };
    expect(verifyChain(rows).ok).toBe(true);
  });
  it('finds an altered row', () => {
    const rows = chain(5);
    rows[2].after = { a: 999 };
    expect(verifyChain(rows)).toMatchObject({ ok: false, firstBrokenId: '3' });
  });
  it('finds a removed row', () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(verifyChain(rows)).toMatchObject({ ok: false, firstBrokenId: '3' });
  });
});
