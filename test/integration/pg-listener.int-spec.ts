import { Client } from 'pg';
import { PgListener } from '@tashakkol/database';
import { PrivateDatabase } from '../support/private-database';
import { eventually } from '../support/worker';

jest.setTimeout(60000);

/** The relay's wake-up call: a committed NOTIFY reaches the listener, also after its connection was cut. */
describe('PgListener: LISTEN on a connection of its own that comes back by itself', () => {
  let db: PrivateDatabase;
  let sql: Client;
  const listeners: PgListener[] = [];

  beforeAll(async () => {
    // A database of this file's own: no worker's relay listens on it.
    db = await PrivateDatabase.create();
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  });
  afterAll(async () => {
    for (const l of listeners) await l.close();
    await sql?.end();
    await db?.drop();
  });

  function listen(channel: string): { count: () => number } {
    let n = 0;
    const l = new PgListener(db.url, channel, () => n++);
    listeners.push(l);
    l.start();
    return { count: () => n };
  }
  const listening = (channel: string) =>
    eventually(async () => {
      const rows = await sql.query(
        // `idle` after LISTEN: its transaction has committed, so the channel is registered. While the
        // LISTEN still shows as `active`, a NOTIFY committed now would not reach it. This database
        // only: the workers of other test files listen on the same channel under the same name.
        `SELECT pid FROM pg_stat_activity
          WHERE application_name = $1 AND query LIKE 'LISTEN%' AND state = 'idle'
            AND datname = current_database()`,
        [`tashakkol-listen-${channel}`],
      );
      return rows.rows[0]?.pid as number | undefined;
    });

  it('an insert into kpi_outbox wakes its listener on commit, and not when rolled back', async () => {
    const heard = listen('kpi_outbox');
    await listening('kpi_outbox');
    await sql.query('BEGIN');
    await sql.query(
      `INSERT INTO kpi_outbox (association_id, period, revision) VALUES (gen_random_uuid(), '1404-Q1', 1)`,
    );
    await sql.query('ROLLBACK');
    await sql.query(
      `INSERT INTO kpi_outbox (association_id, period, revision) VALUES (gen_random_uuid(), '1404-Q2', 1)`,
    );
    await eventually(async () => (heard.count() > 0 ? true : undefined));
    await sql.query(
      `INSERT INTO kpi_outbox (association_id, period, revision) VALUES (gen_random_uuid(), '1404-Q3', 1)`,
    );
    await eventually(async () => (heard.count() >= 2 ? true : undefined));
    // Notifications arrive in commit order: a rolled-back insert heard would make three by now.
    expect(heard.count()).toBe(2);
  });

  it('keeps hearing after the server cuts its connection', async () => {
    const heard = listen('bench_wake');
    const pid = await listening('bench_wake');
    await sql.query('SELECT pg_terminate_backend($1)', [pid]);
    const again = await eventually(async () => {
      const next = await listening('bench_wake');
      return next !== pid ? next : undefined;
    });
    expect(again).not.toBe(pid);
    await sql.query(`NOTIFY bench_wake`);
    await eventually(async () => (heard.count() > 0 ? true : undefined));
    expect(heard.count()).toBe(1);
  });
});
