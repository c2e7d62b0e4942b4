import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startApi, TestApi } from '../support/api';

const INDEX = '<!doctype html><html lang="fa" dir="rtl"><body><div id="root"></div></body></html>';

describe('the web app served by the API process', () => {
  let dist: string;
  let api: TestApi;
  let origin: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'tashakkol-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("app")');
    api = await startApi({}, { webDist: dist });
    origin = api.baseUrl.replace('/api/v1', '');
  });
  afterAll(async () => {
    await api.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves the app at / with a content security policy of its own origin', async () => {
    const res = await fetch(`${origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('dir="rtl"');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('serves index.html for a client path, so a deep link or a reload opens the app', async () => {
    const res = await fetch(`${origin}/associations/2b1c7f0e-5a4e-4f38-9a53-0d4f4b0e8c11`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX);
  });

  it('serves a hashed asset with a long cache life', async () => {
    const res = await fetch(`${origin}/assets/index-abc123.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('answers a missing file with a 404, not with the app (a stale script name must not get HTML)', async () => {
    const res = await fetch(`${origin}/assets/index-gone.js`);
    expect(res.status).toBe(404);
    const traversal = await fetch(`${origin}/%2e%2e/%2e%2e/package.json`);
    expect(traversal.status).toBe(404);
  });

  it('keeps an unknown /api path a JSON 404 in the contract’s error shape', async () => {
    for (const path of ['/api/v1/no-such-thing', '/api/nothing', '/api']) {
      const res = await fetch(`${origin}${path}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(await res.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
    }
  });

  it('still answers the API itself', async () => {
    const res = await api.get('/health/live');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });
});

describe('the API process without a web build', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({}, { webDist: join(tmpdir(), 'tashakkol-no-web-build') });
  });
  afterAll(() => api.close());

  it('answers / with the JSON 404 (no app to serve)', async () => {
    const res = await fetch(api.baseUrl.replace('/api/v1', '/'));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
  });
});
