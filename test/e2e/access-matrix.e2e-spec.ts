import { startApi, TestApi } from '../support/api';
import { createAssociation } from '../support/fixtures';

jest.setTimeout(600_000);

type Role = 'admin' | 'staff' | 'approver' | 'president' | 'board';
const ANY: Role[] = ['admin', 'staff', 'approver', 'president', 'board'];
const CHAMBER: Role[] = ['admin', 'staff', 'approver', 'president'];
const PUBLIC = 'public' as const;

/**
 * Who may call each operation of the served OpenAPI document. Anonymous callers get 401 (unless
 * public), a role not listed 403, a listed role anything but 401/403 (its own checks follow).
 * A new operation without a row here fails the test: add the row you mean.
 */
const ACCESS: Record<string, Role[] | typeof PUBLIC> = {
  'GET /health/live': PUBLIC,
  'GET /health/ready': PUBLIC,
  'POST /auth/login': PUBLIC,
  'POST /auth/refresh': PUBLIC,
  'POST /auth/logout': ANY,
  'GET /auth/me': ANY,
  'POST /users': ['admin'],
  'GET /users': ['admin'],
  'GET /users/{id}': ['admin'],
  'PATCH /users/{id}': ['admin'],
  'GET /audit': ANY,
  'GET /audit/integrity': ['admin', 'president'],
  'POST /audit/integrity-checks': ['admin'],
  'GET /catalogs/categories': ANY,
  'POST /catalogs/categories': ['admin'],
  'PATCH /catalogs/categories/{id}': ['admin'],
  'GET /catalogs/legal-forms': ANY,
  'POST /catalogs/legal-forms': ['admin'],
  'PATCH /catalogs/legal-forms/{code}': ['admin'],
  'GET /catalogs/classification-criteria': ANY,
  'POST /catalogs/classification-criteria': ['admin'],
  'PATCH /catalogs/classification-criteria/{code}': ['admin'],
  'GET /catalogs/culture-traits': ANY,
  'GET /catalogs/labels': ANY,
  'GET /associations/{id}/members': ANY,
  'POST /associations/{id}/members': ['board'],
  'POST /associations/{id}/members/import': ['board'],
  'GET /associations/{id}/members/summary': ANY,
  'PATCH /associations/{id}/members/{memberId}': ['board'],
  'GET /surveys': CHAMBER,
  'POST /surveys': ['admin', 'staff'],
  'GET /associations/{id}/survey-runs': ANY,
  'POST /associations/{id}/survey-runs': ['admin', 'staff'],
  'GET /survey-runs/{id}/results': ANY,
  'POST /survey-runs/{id}/close': ['admin', 'staff'],
  'GET /survey-links/{token}': PUBLIC,
  'POST /survey-links/{token}': PUBLIC,
  'GET /associations/{id}/assemblies': ANY,
  'POST /associations/{id}/assemblies': ['admin', 'staff', 'board'],
  'PATCH /associations/{id}/assemblies/{assemblyId}': ['admin', 'staff', 'board'],
  'GET /associations/{id}/elections': ANY,
  'POST /associations/{id}/elections': ['admin', 'staff', 'board'],
  'POST /elections/{id}/ballot-links': ['admin', 'staff', 'board'],
  'PUT /elections/{id}/recorded-votes': ['admin', 'staff', 'board'],
  'POST /elections/{id}/count': ['admin', 'staff', 'board'],
  'GET /ballot-links/{token}': PUBLIC,
  'POST /ballot-links/{token}': PUBLIC,
  'POST /associations': ['admin', 'staff', 'approver'],
  'GET /associations': ANY,
  'GET /associations/export': CHAMBER,
  'POST /associations/import': ['admin', 'staff', 'approver'],
  'GET /associations/{id}': ANY,
  'PATCH /associations/{id}': ['admin', 'staff', 'approver', 'board'],
  'PUT /associations/{id}/culture-profile': ['admin', 'staff', 'approver', 'board'],
  'GET /associations/{id}/board-members': ANY,
  'POST /associations/{id}/board-members': ['admin', 'staff', 'approver'],
  'PATCH /associations/{id}/board-members/{memberId}': ['admin', 'staff', 'approver'],
  'GET /lifecycle/phases': ANY,
  'GET /lifecycle/settings': CHAMBER,
  'PATCH /lifecycle/settings': ['admin'],
  'GET /associations/{id}/lifecycle': ANY,
  'GET /associations/{id}/lifecycle/history': ANY,
  'POST /associations/{id}/lifecycle/transitions': ['admin', 'staff', 'approver'],
  'POST /associations/{id}/lifecycle/transitions/{transitionId}/approve': ['admin', 'approver'],
  'POST /associations/{id}/lifecycle/transitions/{transitionId}/reject': ['admin', 'approver'],
  'GET /associations/{id}/phases/{phase}/outputs': ANY,
  'PUT /associations/{id}/phases/{phase}/outputs/{key}': ['admin', 'staff', 'approver'],
  'GET /support-kinds': ANY,
  'POST /support-kinds': ['admin'],
  'POST /support-budgets': ['admin', 'president'],
  'GET /support-budgets': CHAMBER,
  'POST /associations/{id}/supports': ['admin', 'staff'],
  'GET /associations/{id}/supports': ANY,
  'GET /supports': CHAMBER,
  'GET /supports/summary': CHAMBER,
  'GET /supports/export': CHAMBER,
  'GET /supports/{id}': ANY,
  'POST /supports/{id}/approve': ['admin', 'approver', 'president'],
  'POST /supports/{id}/reject': ['admin', 'approver', 'president'],
  'POST /supports/{id}/deliver': ['admin', 'staff'],
  'POST /supports/{id}/cancel': CHAMBER,
  'POST /approval-limits': ['admin', 'approver'],
  'GET /approval-limits': CHAMBER,
  'GET /support-settings': CHAMBER,
  'PUT /support-settings': ['admin'],
  'GET /indicators': ANY,
  'POST /indicators': ['admin'],
  'GET /indicators/{code}': ANY,
  'PATCH /indicators/{code}': ['admin'],
  'GET /associations/{id}/targets': ANY,
  'PUT /associations/{id}/targets': ['admin', 'staff'],
  'POST /associations/{id}/targets/agreement': ['board'],
  'POST /associations/{id}/kpi-reports': ['board'],
  'GET /associations/{id}/kpi-reports': ANY,
  'GET /kpi-reports/{id}': ANY,
  'PATCH /kpi-reports/{id}': ['board'],
  'POST /kpi-reports/{id}/submit': ['board'],
  'POST /kpi-reports/{id}/accept': ['staff', 'approver'],
  'POST /kpi-reports/{id}/return': ['staff', 'approver'],
  'POST /kpi-reports/{id}/revisions': ['board'],
  'POST /kpi-reports/{id}/evidence': ['board'],
  'GET /kpi-reports/{id}/evidence': ANY,
  'GET /kpi-reports/{id}/evidence/{evidenceId}': ANY,
  'GET /associations/{id}/scores': ANY,
  'GET /associations/{id}/alerts': ANY,
  'POST /kpi/recompute': ['admin'],
  'GET /kpi/settings': CHAMBER,
  'PUT /kpi/settings': ['admin'],
  'GET /jobs': ['admin'],
  'POST /jobs/{queue}/{id}/retry': ['admin'],
  'GET /notifications': ANY,
  'POST /notifications/{id}/read': ANY,
  'GET /roadmap/overview': CHAMBER,
  'GET /roadmap/overview/export': CHAMBER,
  'GET /roadmap/associations/{id}/export': ANY,
  'GET /associations/{id}/chamber-assessments/{period}': ANY,
  'PUT /associations/{id}/chamber-assessments/{period}': ['staff'],
  'GET /associations/{id}/rating': ANY,
  'PATCH /support-kinds/{code}': ['admin'],
  'GET /roadmap/associations/{id}': ANY,
};

/** Operations whose success would disturb other test files (queues shared by the run, the caller's own tokens): only refusals are sent. */
const REFUSALS_ONLY = new Set(['POST /auth/logout', 'POST /kpi/recompute', 'POST /audit/integrity-checks']);

const SOME_ID = '00000000-0000-4000-8000-000000000000';

describe('the access matrix: every operation × role (issue 13)', () => {
  let api: TestApi;
  let origin: string;
  let operations: string[];
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    api = await startApi();
    origin = new URL(api.baseUrl).origin;
    const assoc = await createAssociation(api);
    tokens.admin = await api.adminToken();
    for (const role of ['staff', 'approver', 'president'] as const)
      tokens[role] = (await api.userWithRole(role)).token;
    tokens.board = (await api.userWithRole('board', assoc.id)).token;
    const doc = (await (await fetch(`${origin}/api/docs-json`)).json()) as { paths: Record<string, object> };
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${path.replace(/^\/api\/v1/, '')}`),
    );
  });
  afterAll(() => api.close());

  function send(operation: string, token?: string) {
    const [method, path] = operation.split(' ');
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    if (method !== 'GET') headers['content-type'] = 'application/json';
    return fetch(`${origin}/api/v1${path.replace(/\{[^}]+\}/g, SOME_ID)}`, {
      method,
      headers,
      body: method === 'GET' ? undefined : '{}',
    }).then(async (res) => {
      await res.arrayBuffer();
      return res.status;
    });
  }

  it('has a row for every operation, and none for an operation that is gone', () => {
    expect(operations.filter((o) => !(o in ACCESS))).toEqual([]);
    expect(Object.keys(ACCESS).filter((o) => !operations.includes(o))).toEqual([]);
  });

  it('answers each role as its row says', async () => {
    const wrong: string[] = [];
    for (const operation of operations) {
      const allowed = ACCESS[operation];
      if (!allowed) continue;
      const anonymous = await send(operation);
      if (allowed === PUBLIC) {
        if (anonymous === 401 || anonymous === 403) wrong.push(`${operation} anonymous → ${anonymous}`);
        continue;
      }
      if (anonymous !== 401) wrong.push(`${operation} anonymous → ${anonymous} (expected 401)`);
      for (const role of ANY) {
        const may = allowed.includes(role);
        if (may && REFUSALS_ONLY.has(operation)) continue;
        const status = await send(operation, tokens[role]);
        if (may && (status === 401 || status === 403))
          wrong.push(`${operation} ${role} → ${status} (allowed)`);
        if (!may && status !== 403) wrong.push(`${operation} ${role} → ${status} (expected 403)`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
