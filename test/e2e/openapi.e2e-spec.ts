import SwaggerParser from '@apidevtools/swagger-parser';
import { registeredRoutes } from '../../apps/api/src/bootstrap';
import { startApi, TestApi } from '../support/api';

/** `/api/v1/associations/:id` → `/api/v1/associations/{id}` */
const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

describe('the OpenAPI document', () => {
  let api: TestApi;
  let doc: any;
  beforeAll(async () => {
    api = await startApi();
    doc = await (await fetch(api.baseUrl.replace('/api/v1', '/api/docs-json'))).json();
  });
  afterAll(() => api.close());

  it('is a valid OpenAPI 3 document', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeTruthy();
  });

  it('describes every endpoint the API serves, and nothing it does not', () => {
    const served = registeredRoutes(api.app)
      .filter((r) => r.url.startsWith('/api/v1/') && !['HEAD', 'OPTIONS'].includes(r.method))
      .map((r) => `${r.method} ${toOpenApiPath(r.url)}`);
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) =>
        Object.keys(ops)
          .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
          .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect([...new Set(served)].sort()).toEqual([...new Set(documented)].sort());
  });

  it('says which endpoints need a token', () => {
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      for (const [method, op] of Object.entries(ops)) {
        const isPublic = /\/(health|auth\/(login|refresh))/.test(path);
        if (!isPublic)
          expect({ path, method, security: op.security }).toEqual({
            path,
            method,
            security: [{ bearer: [] }],
          });
      }
    }
  });
});
