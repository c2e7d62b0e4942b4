import { createHash } from 'crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with keys sorted at every depth, so the text does not depend on how jsonb reorders keys. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface ChainedFields {
  occurredAt: Date;
  actorId: string | null;
  actorRole: string;
  action: string;
  entity: string;
  entityId: string;
  associationId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** The hash of a row: the previous row's hash and every field of this one. */
export function chainHash(prevHash: string, row: ChainedFields): string {
  const body = canonicalJson({
    t: row.occurredAt.toISOString(),
    actorId: row.actorId,
    actorRole: row.actorRole,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    associationId: row.associationId,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export interface ChainRow extends ChainedFields {
  id: string;
  prevHash: string;
  hash: string;
}

export interface ChainVerdict {
  ok: boolean;
  rowsChecked: number;
  firstBrokenId: string | null;
  problem: string | null;
  lastHash: string;
}

/** Checks a run of consecutive rows, continuing from `prevHash`; stops at the first broken link. */
export function verifyChain(rows: ChainRow[], prevHash = GENESIS_HASH, checkedBefore = 0): ChainVerdict {
  let expectedPrev = prevHash;
  let checked = checkedBefore;
  for (const row of rows) {
    checked++;
    if (row.prevHash !== expectedPrev) {
      return {
        ok: false,
        rowsChecked: checked,
        firstBrokenId: row.id,
        problem: 'link to the previous row is broken (a row was removed or inserted)',
        lastHash: expectedPrev,
      };
    }
    if (chainHash(row.prevHash, row) !== row.hash) {
      return {
        ok: false,
        rowsChecked: checked,
        firstBrokenId: row.id,
        problem: 'row content does not match its hash (the row was altered)',
        lastHash: expectedPrev,
      };
    }
    expectedPrev = row.hash;
  }
  return { ok: true, rowsChecked: checked, firstBrokenId: null, problem: null, lastHash: expectedPrev };
}
