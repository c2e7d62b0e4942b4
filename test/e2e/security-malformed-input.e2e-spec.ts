import { startApi, TestApi } from '../support/api';

jest.setTimeout(60_000);

/** Sends a raw JSON text (not produced by JSON.stringify), as an attacker would. */
function rawJson(api: TestApi, path: string, text: string, token?: string) {
  return api.request('POST', path, { token, raw: { contentType: 'application/json', data: text } });
}

describe('hostile input never reaches a 500 (issue 13, finding 3)', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await api.adminToken();
  });
  afterAll(() => api.close());

  it('refuses JSON nested 1,500 levels deep with 400 too_deep, on login and on an authenticated endpoint', async () => {
    const deep = '['.repeat(1500) + ']'.repeat(1500);
    for (const res of [
      await rawJson(api, '/auth/login', `{"email":${deep},"password":"x"}`),
      await rawJson(api, '/associations', deep, admin),
    ]) {
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('too_deep');
    }
    const fine = await rawJson(api, '/auth/login', '{"email":"nobody@test.local","password":"[[[[x]]]]"}');
    expect(fine.status).toBe(401);
  });

  it('answers broken JSON with 400 malformed_json', async () => {
    const res = await rawJson(api, '/auth/login', '{"email": "a@b.c", "password": ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('malformed_json');
  });

  // Found by the fuzz suite in a clean-clone run (seed 1509954264): `[]` as the login body gave 500.
  it('refuses a JSON array as the login body with 400 naming the field, as every other endpoint does', async () => {
    const empty = await rawJson(api, '/auth/login', '[]');
    expect(empty.status).toBe(400);
    expect(empty.body.field).toBe('email');
    const items = await rawJson(api, '/auth/login', '[{"email":"a@b.c","password":"x"}]');
    expect(items.status).toBe(400);
    expect(items.body.field).toBe('0');
  });

  it('refuses a lone UTF-16 surrogate in the e-mail with 400 naming email', async () => {
    const res = await rawJson(api, '/auth/login', '{"email":"\\ud800@test.local","password":"x"}');
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/^email: .*Unicode/);
    const inQuery = await api.get('/associations?q=%ED%A0%80', admin);
    expect(inQuery.status).toBeLessThan(500);
  });

  it('refuses a multipart body without a boundary with 400', async () => {
    const res = await api.request('POST', '/associations/import', {
      token: admin,
      raw: { contentType: 'multipart/form-data', data: 'garbage' },
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/boundary/);
  });

  it('refuses page=1e20 and other absurd page numbers with 400 naming page', async () => {
    for (const page of ['1e20', '9007199254740993', '-1', '1.5']) {
      const res = await api.get(`/associations?page=${page}`, admin);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/^page/);
    }
    expect((await api.get('/associations?page=1000000', admin)).status).toBe(200);
  });
});
