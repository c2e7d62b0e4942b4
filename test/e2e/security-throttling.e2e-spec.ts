import { startApi, TestApi } from '../support/api';

jest.setTimeout(120_000);

let seq = 0;
/** Limits of production size, with Redis keys of this file's own so other files' logins never count. */
function startLimited(env: Record<string, string> = {}) {
  return startApi({
    LOGIN_THROTTLE_LIMIT: '5',
    LOGIN_ADDRESS_LIMIT: '30',
    QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-limits${seq++}`,
    ...env,
  });
}

function login(api: TestApi, email: string, password: string, forwardedFor?: string) {
  return api.request('POST', '/auth/login', {
    body: { email, password },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });
}

const uniqueEmail = (what: string) => `${what}-${Date.now()}-${seq++}@test.local`;

describe('login and refresh limits (issue 13, finding 1)', () => {
  describe('without a configured proxy', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startLimited();
    });
    afterAll(() => api.close());

    it('does not let a new X-Forwarded-For on each guess bypass the limit of the account', async () => {
      const email = uniqueEmail('victim');
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await login(api, email, `guess-${i}`, `10.0.0.${i + 1}`)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
      const last = await login(api, email, 'guess', '10.9.9.9');
      expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(last.body.code).toBe('identity.too_many_attempts');
    });
  });

  describe('behind a configured proxy', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startLimited({ TRUSTED_PROXIES: '127.0.0.1', LOGIN_ADDRESS_LIMIT: '10' });
    });
    afterAll(() => api.close());

    it('limits many e-mails tried from one client address, while another address still gets in', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++)
        statuses.push((await login(api, uniqueEmail('spray'), 'Password-1!', '203.0.113.7')).status);
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(statuses[10]).toBe(429);
      const admin = await login(
        api,
        process.env.ADMIN_EMAIL as string,
        process.env.ADMIN_PASSWORD as string,
        '203.0.113.8',
      );
      expect(admin.status).toBe(200);
    });
  });

  describe('backing off', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startLimited({ LOGIN_THROTTLE_TTL_SECONDS: '2' });
    });
    afterAll(() => api.close());

    it('blocks an account under repeated bursts longer each time, even for the right password', async () => {
      const user = await api.userWithRole('staff');
      // In parallel: every attempt is counted before its password is checked, so the 429 comes first.
      const burst = async () => {
        const attempts = Array.from({ length: 6 }, (_, i) => login(api, user.email, `wrong-${i}`));
        const refused = await Promise.any(
          attempts.map((p) => p.then((a) => (a.status === 429 ? a : Promise.reject(new Error('not 429'))))),
        );
        const rightPassword = await login(api, user.email, 'password-for-tests');
        const statuses = (await Promise.all(attempts)).map((a) => a.status).sort();
        expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
        return { refused, rightPassword };
      };
      const first = await burst();
      expect(Number(first.refused.headers.get('retry-after'))).toBe(2);
      expect(first.rightPassword.status).toBe(429);
      await new Promise((r) => setTimeout(r, 2100));
      const second = await burst();
      expect(Number(second.refused.headers.get('retry-after'))).toBe(4);
      expect(second.rightPassword.status).toBe(429);
    });
  });

  describe('refresh', () => {
    let api: TestApi;
    beforeAll(async () => {
      // The office's logins fit its address limit; the point is that refreshes are not counted per address.
      api = await startLimited({ LOGIN_ADDRESS_LIMIT: '100' });
      await api.adminToken();
    });
    afterAll(() => api.close());

    it('lets 10 users behind one address refresh, and limits one session that refreshes too often', async () => {
      const users = await Promise.all(Array.from({ length: 10 }, () => api.userWithRole('staff')));
      const sessions = await Promise.all(
        users.map(async (u) => (await login(api, u.email, 'password-for-tests')).body.refreshToken as string),
      );
      for (let round = 0; round < 2; round++) {
        const answers = await Promise.all(
          sessions.map((t) => api.post('/auth/refresh', { refreshToken: t })),
        );
        expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
        answers.forEach((a, i) => (sessions[i] = a.body.refreshToken));
      }
      let token = sessions[0];
      const statuses: number[] = [];
      for (let i = 0; i < 9; i++) {
        const res = await api.post('/auth/refresh', { refreshToken: token });
        statuses.push(res.status);
        if (res.status === 200) token = res.body.refreshToken;
      }
      // 2 refreshes above, 8 more fit the limit of 10 a minute; the 11th is refused.
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
    });
  });
});
