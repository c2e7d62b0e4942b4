import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';
import { startApi, TestApi } from '../support/api';
import { eventually, startWorker } from '../support/worker';
import { INestApplicationContext } from '@nestjs/common';
import { createAssociation } from '../support/fixtures';

describe('the audit log', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let db: DataSource;
  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker();
    db = await new DataSource(dataSourceOptions(process.env.DATABASE_URL as string, 2)).initialize();
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await db.destroy();
  });

  it('records a change in the same transaction, with actor and request id', async () => {
    const admin = await api.adminToken();
    const res = await api.request('POST', '/users', {
      token: admin,
      body: {
        email: `audited-${Date.now()}@test.local`,
        password: 'password-for-tests',
        fullName: 'ثبت شده',
        role: 'staff',
      },
      headers: { 'x-request-id': 'req-audit-1' },
    });
    expect(res.status).toBe(201);
    const log = await api.get(`/audit?entity=user&entityId=${res.body.id}`, admin);
    expect(log.status).toBe(200);
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({
      action: 'user.create',
      actorRole: 'admin',
      requestId: 'req-audit-1',
    });
    expect(log.body.items[0].after.passwordHash).toBeUndefined();
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    await expect(db.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });

  it('is checked by the worker: the integrity job runs on real Redis and finds the chain intact', async () => {
    const admin = await api.adminToken();
    const queued = await api.post('/audit/integrity-checks', undefined, admin);
    expect(queued.status).toBe(202);
    const check = await eventually(async () => {
      const r = await api.get('/audit/integrity', admin);
      return r.body.check ? r.body.check : undefined;
    });
    expect(check.ok).toBe(true);
    expect(Number(check.rowsChecked)).toBeGreaterThan(0);
  });

  it('shows the integrity check only to admin and president', async () => {
    const staff = await api.userWithRole('staff');
    expect((await api.get('/audit/integrity', staff.token)).status).toBe(403);
    expect((await api.post('/audit/integrity-checks', undefined, staff.token)).status).toBe(403);
  });

  it("shows a board user its own association's entries only (transparency), another's is 404", async () => {
    const admin = await api.adminToken();
    const own = await createAssociation(api);
    const other = await createAssociation(api);
    const board = await api.userWithRole('board', own.id);
    const mine = await api.get('/audit', board.token);
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((e: { associationId: string }) => e.associationId === own.id)).toBe(true);
    expect((await api.get(`/audit?associationId=${other.id}`, board.token)).status).toBe(404);
    const staffView = await api.get(`/audit?associationId=${other.id}`, admin);
    expect(staffView.body.items.length).toBeGreaterThan(0);
  });
});
