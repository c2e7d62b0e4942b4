import SwaggerParser from '@apidevtools/swagger-parser';
import { readFileSync } from 'fs';
import { join } from 'path';
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
        const isPublic = /\/(health\/|auth\/(login|refresh)$|survey-links\/|ballot-links\/)/.test(path);
        if (!isPublic)
          expect({ path, method, security: op.security }).toEqual({
            path,
            method,
            security: [{ bearer: [] }],
          });
      }
    }
  });

  it('declares for every operation a success response with a schema, or the file types it sends', () => {
    const undeclared: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      for (const [method, op] of Object.entries(ops)) {
        const success = Object.entries(op.responses as Record<string, any>).filter(([s]) =>
          s.startsWith('2'),
        );
        const described = success.some(
          ([status, r]) =>
            status === '204' ||
            Object.entries((r.content ?? {}) as Record<string, any>).some(
              ([type, c]) => !!c.schema && (type !== 'application/json' || Object.keys(c.schema).length > 0),
            ),
        );
        if (!described) undeclared.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('answers every error with the one error body', () => {
    const others: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const [status, r] of Object.entries(op.responses as Record<string, any>)) {
          if (Number(status) < 400) continue;
          const ref = r.content?.['application/json']?.schema?.$ref;
          if (ref !== '#/components/schemas/ErrorBody')
            others.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    expect(others).toEqual([]);
    expect(doc.components.schemas.ErrorBody.required).toEqual(
      expect.arrayContaining(['statusCode', 'error', 'message']),
    );
  });

  it('shares one paginated schema between the lists', () => {
    expect(doc.components.schemas.PageView.required).toEqual(
      expect.arrayContaining(['items', 'total', 'page', 'pageSize']),
    );
    const list = doc.paths['/api/v1/associations'].get.responses['200'].content['application/json'].schema;
    expect(list.allOf[0]).toEqual({ $ref: '#/components/schemas/PageView' });
    expect(list.allOf[1].properties.items.items).toEqual({ $ref: '#/components/schemas/AssociationView' });
  });

  it('types every field of the views (a union or alias type must name its type, or it would read as any object)', () => {
    const untyped: string[] = [];
    for (const [name, schema] of Object.entries(doc.components.schemas as Record<string, any>)) {
      if (name.endsWith('Dto')) continue;
      for (const [field, p] of Object.entries((schema.properties ?? {}) as Record<string, any>)) {
        const bareObject =
          p.type === 'object' && !p.properties && p.additionalProperties === undefined && !p.allOf;
        if (bareObject) untyped.push(`${name}.${field}`);
      }
    }
    expect(untyped).toEqual([]);
  });

  it('is the document committed as openapi.json (regenerate with `npm run openapi`)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8'));
    expect(doc).toEqual(committed);
  });
});
