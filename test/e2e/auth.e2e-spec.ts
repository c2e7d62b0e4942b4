import { createHmac } from 'crypto';
import { startApi, TestApi } from '../support/api';

function b64url(obj: unknown): string {
  return Buffer.from(JSON.stringify(obj)).toString('base64url');
}

describe('logging in and tokens', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('logs the admin in and tells who they are', async () => {
    const login = await api.post('/auth/login', {
      email: process.env.ADMIN_EMAIL,
      password: process.env.ADMIN_PASSWORD,
    });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String) });
    expect(login.body.user).toMatchObject({ email: process.env.ADMIN_EMAIL, role: 'admin' });
    expect(login.body.user.passwordHash).toBeUndefined();
    const me = await api.get('/auth/me', login.body.accessToken);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(process.env.ADMIN_EMAIL);
  });

  it('accepts the e-mail in any letter case', async () => {
    const staff = await api.userWithRole('staff');
    const res = await api.post('/auth/login', {
      email: staff.email.toUpperCase(),
      password: 'password-for-tests',
    });
    expect(res.status).toBe(200);
  });

  it('answers a wrong password and an unknown e-mail with the same 401', async () => {
    const staff = await api.userWithRole('staff');
    const wrongPassword = await api.post('/auth/login', { email: staff.email, password: 'nope-nope-nope' });
    const unknownEmail = await api.post('/auth/login', {
      email: 'nobody@test.local',
      password: 'nope-nope-nope',
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body.message).toBe(unknownEmail.body.message);
    expect(wrongPassword.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('refuses a login without an e-mail with 400 naming the field', async () => {
    const res = await api.post('/auth/login', { password: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/email/);
  });

  it('refuses expired, tampered and alg:none tokens with 401', async () => {
    const staff = await api.userWithRole('staff');
    const [header, payload, sig] = staff.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());

    const tampered = `${header}.${b64url({ ...claims, role: 'admin' })}.${sig}`;
    const none = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ ...claims, role: 'admin' })}.`;
    const expiredClaims = { ...claims, iat: claims.iat - 3600, exp: claims.iat - 1800 };
    const h = b64url({ alg: 'HS256', typ: 'JWT' });
    const p = b64url(expiredClaims);
    const expiredSig = createHmac('sha256', process.env.JWT_ACCESS_SECRET as string)
      .update(`${h}.${p}`)
      .digest('base64url');
    const expired = `${h}.${p}.${expiredSig}`;

    for (const token of [tampered, none, expired, 'not-a-jwt']) {
      const res = await api.get('/users', token);
      expect(res.status).toBe(401);
    }
    expect((await api.get('/auth/me')).status).toBe(401);
  });

  it('rotates refresh tokens and revokes the family when one is reused', async () => {
    const staff = await api.userWithRole('staff');
    const login = await api.post('/auth/login', { email: staff.email, password: 'password-for-tests' });
    const first = login.body.refreshToken;
    const rotated = await api.post('/auth/refresh', { refreshToken: first });
    expect(rotated.status).toBe(200);
    expect(rotated.body.refreshToken).not.toBe(first);

    const replay = await api.post('/auth/refresh', { refreshToken: first });
    expect(replay.status).toBe(401);
    // The replay revoked the whole family: the newest token no longer works either.
    const afterReplay = await api.post('/auth/refresh', { refreshToken: rotated.body.refreshToken });
    expect(afterReplay.status).toBe(401);
  });

  it('logout revokes the refresh tokens', async () => {
    const staff = await api.userWithRole('staff');
    const login = await api.post('/auth/login', { email: staff.email, password: 'password-for-tests' });
    const out = await api.post('/auth/logout', undefined, login.body.accessToken);
    expect(out.status).toBe(204);
    expect((await api.post('/auth/refresh', { refreshToken: login.body.refreshToken })).status).toBe(401);
  });
});

describe('users and roles', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('lets the admin create users and refuses a duplicate e-mail regardless of case', async () => {
    const admin = await api.adminToken();
    const email = `dup-${Date.now()}@test.local`;
    const body = { email, password: 'password-for-tests', fullName: 'کارشناس', role: 'staff' };
    expect((await api.post('/users', body, admin)).status).toBe(201);
    const again = await api.post('/users', { ...body, email: email.toUpperCase() }, admin);
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/email/);
  });

  it('refuses a board user without an association, naming the field', async () => {
    const res = await api.post(
      '/users',
      {
        email: `b-${Date.now()}@test.local`,
        password: 'password-for-tests',
        fullName: 'Board',
        role: 'board',
      },
      await api.adminToken(),
    );
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/associationId/);
  });

  it('gives 403 to non-admins on user management', async () => {
    const staff = await api.userWithRole('staff');
    expect((await api.get('/users', staff.token)).status).toBe(403);
    expect((await api.post('/users', { email: 'x@y.z' }, staff.token)).status).toBe(403);
  });

  it('refuses a stale version with 409', async () => {
    const admin = await api.adminToken();
    const staff = await api.userWithRole('staff');
    const ok = await api.patch(`/users/${staff.id}`, { version: 1, fullName: 'نام تازه' }, admin);
    expect(ok.status).toBe(200);
    const stale = await api.patch(`/users/${staff.id}`, { version: 1, fullName: 'دیگر' }, admin);
    expect(stale.status).toBe(409);
  });
});

describe('login throttling', () => {
  let api: TestApi;
  beforeAll(async () => {
    // The production limit, with Redis keys of its own so other test files' logins do not count.
    api = await startApi({ LOGIN_THROTTLE_LIMIT: '5', QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-throttle` });
  });
  afterAll(() => api.close());

  it('throttles the sixth fast bad login with 429', async () => {
    const email = `victim-${Date.now()}@test.local`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await api.post('/auth/login', { email, password: 'guess-' + i })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
  });
});
