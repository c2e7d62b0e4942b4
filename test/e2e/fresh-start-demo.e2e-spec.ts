import { spawnSync } from 'child_process';
import path from 'path';
import { startApi, TestApi } from '../support/api';
import { PrivateDatabase } from '../support/private-database';
import { eventually, startWorker } from '../support/worker';

jest.setTimeout(240_000);

/**
 * `npm start` on an empty database: migrations, `db.js seed` (which creates the first admin before
 * the seeds that need it), then the API. The demo must work from there, starting with the approver.
 */
describe('a fresh start with demo data', () => {
  let db: PrivateDatabase;
  let api: TestApi;

  beforeAll(async () => {
    db = await PrivateDatabase.create(); // migrated, nothing else: as `db.js migrate` leaves it
    const seeded = spawnSync(process.execPath, [path.join(__dirname, '../../scripts/db.js'), 'seed'], {
      env: { ...process.env, DATABASE_URL: db.url },
      encoding: 'utf8',
    });
    expect({ status: seeded.status, stderr: seeded.stderr }).toEqual({ status: 0, stderr: '' });
    expect(seeded.stdout).toMatch(/created the first admin/);
    expect(seeded.stdout).toMatch(/limits for approver@tashakkol\.local/);
    api = await startApi({ DATABASE_URL: db.url });
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('lets the demo approver approve a demo grant', async () => {
    const approver = await api.tokenFor('approver@tashakkol.local', 'demo-password');
    const requested = await api.get('/supports?status=requested&pageSize=100', approver);
    expect(requested.status).toBe(200);
    const grant = requested.body.items.find((g: { kindCode: string }) => g.kindCode === 'strategic_plan');
    expect(grant).toBeDefined();
    const res = await api.post(
      `/supports/${grant.id}/approve`,
      { version: grant.version, comment: 'تایید در سقف تفویض', acknowledgePrecautions: true },
      approver,
    );
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
    expect(res.body).toMatchObject({ status: 'approved' });
  });

  it('shows a registered, active association in support & monitoring with its formation outputs and board', async () => {
    const staff = await api.tokenFor('staff@tashakkol.local', 'demo-password');
    const list = await api.get('/associations?phase=support_monitoring&status=active', staff);
    expect(list.status).toBe(200);
    const registered = list.body.items.filter((a: { registrationNo: string | null }) => a.registrationNo);
    expect(registered.length).toBeGreaterThan(0);
    const a = registered[0];
    expect(a).toMatchObject({ phase: 'support_monitoring', status: 'active' });
    expect(a.registrationAuthority).toBeTruthy();
    const formation = await api.get(`/associations/${a.id}/phases/formation/outputs`, staff);
    expect(formation.body.items.filter((i: { recorded: boolean }) => !i.recorded)).toEqual([]);
    const registration = formation.body.items.find((i: { key: string }) => i.key === 'registration');
    expect(registration.output.data.registrationNo).toBe(a.registrationNo);
    const board = await api.get(`/associations/${a.id}/board-members?current=true`, staff);
    expect(board.body.items.map((m: { role: string }) => m.role).sort()).toEqual([
      'chair',
      'deputy',
      'treasurer',
    ]);
  });

  it('scores the demo’s members axis from its members’ voice: registry, yearly survey and assembly', async () => {
    const worker = await startWorker({ DATABASE_URL: db.url });
    try {
      const staff = await api.tokenFor('staff@tashakkol.local', 'demo-password');
      const list = await api.get('/associations?phase=support_monitoring', staff);
      const demo: { id: string } = list.body.items[0];
      const scoreOf = (period: string, code: string) =>
        eventually(
          async () => {
            const res = await api.get(`/associations/${demo.id}/scores?period=${period}`, staff);
            const found =
              res.status === 200 && res.body.indicators.find((i: { code: string }) => i.code === code);
            return found && found.value !== null ? { score: res.body, indicator: found } : undefined;
          },
          120_000,
          500,
        );
      const year = await scoreOf('1403', 'member_satisfaction');
      // Every demo association starts from about 64 of 100 in 1403.
      expect(year.indicator.value).toBeGreaterThan(60);
      expect(year.indicator.value).toBeLessThan(68);
      const find = (code: string) => year.score.indicators.find((i: { code: string }) => i.code === code);
      expect(find('survey_response_rate').value).toBeGreaterThan(30);
      expect(find('general_assemblies_on_time')).toMatchObject({ value: 1, achievement: 100 });
      expect(year.score.axes.members).toBeGreaterThan(0);
      const quarter = await scoreOf('1403-Q4', 'members_count');
      expect(quarter.indicator.value).toBeGreaterThan(0);
    } finally {
      await worker.close();
    }
  });
});
