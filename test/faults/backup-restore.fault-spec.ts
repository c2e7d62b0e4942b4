import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { ChainRow, verifyChain } from '@tashakkol/audit';
import { dropDatabase, note, ROOT, sql } from './support/processes';
import { System } from './support/system';

jest.setTimeout(1_200_000);

async function chainOf(db: Client): Promise<ReturnType<typeof verifyChain>> {
  const { rows } = await db.query(
    `SELECT id, occurred_at, actor_id, actor_role, action, entity, entity_id, association_id, before, after,
            request_id, prev_hash, hash FROM audit_log ORDER BY id`,
  );
  const chain: ChainRow[] = rows.map((r) => ({
    id: String(r.id),
    occurredAt: r.occurred_at,
    actorId: r.actor_id,
    actorRole: r.actor_role,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    associationId: r.association_id,
    before: r.before,
    after: r.after,
    requestId: r.request_id,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
  return verifyChain(chain);
}

const run = (script: string, args: string[], env: Record<string, string>) => {
  const r = spawnSync('bash', [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}): ${r.stdout}${r.stderr}`);
  return r.stdout;
};

describe('backup and restore of PostgreSQL (scripts/backup.sh, scripts/restore.sh)', () => {
  let system: System;
  let dir: string;
  let restoredUrl: string;

  beforeAll(async () => {
    system = await System.start({ apis: 1, workers: 0, associations: 4 });
    dir = mkdtempSync(join(tmpdir(), 'tashakkol-backup-'));
  });
  afterAll(async () => {
    await system?.close();
    if (restoredUrl) await dropDatabase(restoredUrl).catch(() => undefined);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('restores a dump taken under writes into a new database: the same rows, a valid audit chain', async () => {
    const admin = await system.api.adminToken();
    const categoryId = (await system.db.query(`SELECT id FROM sector_categories LIMIT 1`)).rows[0].id;
    // Writes go on while the dump runs: pg_dump reads one consistent snapshot.
    let writing = true;
    const writer = (async () => {
      let n = 0;
      while (writing) {
        const res = await system.api.post(
          '/associations',
          {
            nameFa: `انجمن پشتیبان ${n++} ${Math.random().toString(36).slice(2, 6)}`,
            legalForm: 'association',
            scope: 'provincial',
            membershipType: 'firms',
            categoryId,
            city: 'کرمان',
          },
          admin,
        );
        expect(res.status).toBe(201);
      }
      return n;
    })();
    await new Promise((r) => setTimeout(r, 1000));
    const dump = join(dir, 'tashakkol.dump');
    const said = run('backup.sh', [dump], { DATABASE_URL: system.env.DATABASE_URL });
    writing = false;
    const written = await writer;
    note(`backup: ${said.trim()} (${written} associations written meanwhile)`);
    expect(said).toContain(dump);

    const target = new URL(system.env.DATABASE_URL);
    target.pathname = `${target.pathname}_restored`;
    restoredUrl = target.toString();
    const restoredSaid = run('restore.sh', [dump, restoredUrl], {});
    note(`restore: ${restoredSaid.trim().replace(/\n/g, ', ')}`);

    const restored = await sql(restoredUrl);
    try {
      // Every table of the original is there, each restored row equal to the original's.
      const tables = async (db: Client) =>
        (await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows;
      expect(await tables(restored)).toEqual(await tables(system.db));
      const rowsOf = async (db: Client, ids?: string[]) =>
        (
          await db.query(
            `SELECT id, name_fa, phase, city, version FROM associations WHERE $1::uuid[] IS NULL OR id = ANY($1) ORDER BY id`,
            [ids ?? null],
          )
        ).rows;
      const back = await rowsOf(restored);
      expect(back.length).toBeGreaterThanOrEqual(4);
      expect(
        await rowsOf(
          system.db,
          back.map((r) => r.id),
        ),
      ).toEqual(back);
      const migrations = `SELECT name FROM typeorm_migrations ORDER BY id`;
      expect((await restored.query(migrations)).rows).toEqual((await system.db.query(migrations)).rows);

      // The audit chain of the copy is whole, and is the original's up to the moment of the dump.
      const verdict = await chainOf(restored);
      expect(verdict).toMatchObject({ ok: true, firstBrokenId: null });
      const { rows: auditCount } = await restored.query(`SELECT count(*)::int AS n FROM audit_log`);
      expect(verdict.rowsChecked).toBe(auditCount[0].n);
      expect(auditCount[0].n).toBeGreaterThan(4);
      const { rows: original } = await system.db.query(`SELECT hash FROM audit_log WHERE id = $1`, [
        (await restored.query(`SELECT max(id) AS id FROM audit_log`)).rows[0].id,
      ]);
      expect(original[0].hash).toBe(verdict.lastHash);
      expect((await chainOf(system.db)).ok).toBe(true);
    } finally {
      await restored.end();
    }

    // restore.sh refuses a database that already has tables.
    const again = spawnSync('bash', [join(ROOT, 'scripts', 'restore.sh'), dump, restoredUrl], {
      encoding: 'utf8',
    });
    expect(again.status).toBe(3);
    expect(again.stderr).toMatch(/refusing/);
  });
});
