import { existsSync } from 'fs';
import { join } from 'path';
import { seedIndicatorCatalog } from '../../db/seeds/kpi.seed';
import { startApi, TestApi } from '../support/api';
import { associationBody, createAssociation, testDb } from '../support/fixtures';

jest.setTimeout(120_000);

const PASSWORD = 'password-for-tests';

describe('the weaker edges (issue 13, finding 7)', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await api.adminToken();
  });
  afterAll(() => api.close());

  const newUser = (password: string, extra: Record<string, unknown> = {}) =>
    api.post(
      '/users',
      {
        email: `pw-${Math.random().toString(36).slice(2)}@test.local`,
        password,
        fullName: 'کاربر آزمون',
        role: 'staff',
        ...extra,
      },
      admin,
    );

  describe('passwords', () => {
    it.each(['aaaaaaaaaa', '          ', 'password123', 'qwertyuiop'])(
      'refuses %j with 400 naming password',
      async (pw) => {
        const res = await newUser(pw);
        expect(res.status).toBe(400);
        expect(res.body.message).toMatch(/^password: (is one of the most common|needs more variety)/);
      },
    );

    it('refuses a weak new password on PATCH too, and accepts a passphrase', async () => {
      const staff = await api.userWithRole('staff');
      const weak = await api.patch(`/users/${staff.id}`, { version: 1, password: '1212121212' }, admin);
      expect(weak.status).toBe(400);
      expect(weak.body.message).toMatch(/^password: needs more variety/);
      expect((await newUser('kerman pistachio 1403')).status).toBe(201);
    });
  });

  describe('access tokens end at once', () => {
    async function signedIn() {
      const user = await api.userWithRole('staff');
      const login = await api.post('/auth/login', { email: user.email, password: PASSWORD });
      expect(login.status).toBe(200);
      expect((await api.get('/auth/me', login.body.accessToken)).status).toBe(200);
      return { ...user, access: login.body.accessToken as string };
    }

    it('after logout', async () => {
      const u = await signedIn();
      expect((await api.post('/auth/logout', {}, u.access)).status).toBe(204);
      const after = await api.get('/auth/me', u.access);
      expect(after.status).toBe(401);
    });

    it('after deactivation and after a change of role', async () => {
      const a = await signedIn();
      const off = await api.patch(`/users/${a.id}`, { version: 1, active: false }, admin);
      expect(off.status).toBe(200);
      expect((await api.get('/auth/me', a.access)).status).toBe(401);

      const b = await signedIn();
      expect((await api.get('/supports', b.access)).status).toBe(200);
      const demoted = await api.patch(`/users/${b.id}`, { version: 1, role: 'president' }, admin);
      expect(demoted.status).toBe(200);
      expect((await api.get('/supports', b.access)).status).toBe(401);
      const again = await api.post('/auth/login', { email: b.email, password: PASSWORD });
      expect((await api.get('/auth/me', again.body.accessToken)).body.role).toBe('president');
    });
  });

  describe('evidence uploads', () => {
    let report: string;
    let board: string;
    let otherBoard: string;

    beforeAll(async () => {
      await seedIndicatorCatalog(await testDb());
      const mine = await createAssociation(api, { phase: 'support_monitoring' });
      const other = await createAssociation(api);
      board = (await api.userWithRole('board', mine.id)).token;
      otherBoard = (await api.userWithRole('board', other.id)).token;
      const r = await api.post(
        `/associations/${mine.id}/kpi-reports`,
        { period: '1404-Q3', values: [{ indicatorCode: 'revenue', value: '1000' }] },
        board,
      );
      expect(r.status).toBe(201);
      report = r.body.id;
    });

    const upload = (token: string, bytes: Buffer, name: string) => {
      const form = new FormData();
      form.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
      return api.request('POST', `/kpi-reports/${report}/evidence`, {
        token,
        raw: { contentType: 'multipart/form-data', data: form },
      });
    };

    it("another association's board gets 404 and nothing is written to disk", async () => {
      const res = await upload(otherBoard, Buffer.from('%PDF-1.4\n%%EOF\n'), 'x.pdf');
      expect(res.status).toBe(404);
      expect(existsSync(join(process.env.STORAGE_DIR as string, 'kpi-evidence', report))).toBe(false);
    });

    it('refuses a PDF/HTML polyglot with 400 and accepts a plain PDF', async () => {
      const polyglot = Buffer.from('%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n');
      const refused = await upload(board, polyglot, 'report.pdf');
      expect(refused.status).toBe(400);
      expect(refused.body.message).toMatch(/^file: /);
      const ok = await upload(board, Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n'), 'report.pdf');
      expect(ok.status).toBe(201);
    });
  });

  describe('HTTP', () => {
    it('marks authenticated answers Cache-Control: no-store', async () => {
      const me = await api.get('/auth/me', admin);
      expect(me.headers.get('cache-control')).toBe('no-store');
      const refused = await api.get('/auth/me', 'not-a-token');
      expect(refused.headers.get('cache-control')).toBe('no-store');
    });

    it('answers no CORS preflight when no origins are configured', async () => {
      const res = await fetch(`${api.baseUrl}/auth/login`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('refused instead of silently accepted', () => {
    it('POST /users with a non-board role and an associationId → 400 naming associationId', async () => {
      const assoc = await createAssociation(api);
      const res = await newUser('kerman pistachio 1403', { associationId: assoc.id });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/^associationId: /);
    });

    it('POST /associations with status dissolved → 400 naming status', async () => {
      const res = await api.post('/associations', await associationBody({ status: 'dissolved' }), admin);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/^status /);
    });
  });
});
