import { SAMPLE_OUTPUTS } from '@tashakkol/lifecycle';
import { STANDARD_SURVEY } from '@tashakkol/participation';
import { seedIndicatorCatalog } from '../../db/seeds/kpi.seed';
import { startApi, TestApi } from '../support/api';
import { closeTestDb, createAssociation, testDb } from '../support/fixtures';

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
  'GET /survey-runs/{id}/responses': ['staff', 'admin'],
  'POST /survey-runs/{id}/close': ['admin', 'staff'],
  'GET /survey-links/{token}': PUBLIC,
  'POST /survey-links/{token}': PUBLIC,
  'GET /associations/{id}/assemblies': ANY,
  'POST /associations/{id}/assemblies': ['admin', 'staff', 'board'],
  'PATCH /associations/{id}/assemblies/{assemblyId}': ['admin', 'staff', 'board'],
  'GET /associations/{id}/elections': ANY,
  'POST /associations/{id}/elections': ['admin', 'staff', 'board'],
  'POST /elections/{id}/ballot-links': ['admin', 'staff'],
  'POST /elections/{id}/ballot-links/reissue': ['admin', 'staff'],
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
  'GET /supports/{id}/approval-context': ['admin', 'approver', 'president'],
  'POST /supports/{id}/approve': ['admin', 'approver', 'president'],
  'POST /supports/{id}/reject': ['admin', 'approver', 'president'],
  'POST /supports/{id}/deliver': ['admin', 'staff'],
  'POST /supports/{id}/cancel': CHAMBER,
  'POST /approval-limits': ['admin', 'approver'],
  'GET /approval-limits': CHAMBER,
  'GET /approval-limits/mine': ['approver'],
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
  'GET /kpi-reports': CHAMBER,
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
  'POST /notifications/read-all': ANY,
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
const PERIOD = '1404-Q2';

/** One association's objects: the matrix asks about A's (as A's board and as the chamber) and B's (as A's board). */
interface World {
  id: string;
  board: string;
  memberId: string;
  boardMemberId: string;
  assemblyId: string;
  electionId: string;
  candidateId: string;
  runId: string;
  reportId: string;
  evidenceId: string;
  grantId: string;
  transitionId: string;
}

/**
 * Path parameters, named by the segment before them, that name an association or something of
 * one: the matrix fills them with A's objects or B's. Every path parameter of the document is here
 * or in NOT_OWNED; a new one in neither fails the test (say which it is).
 */
const OWNED: Record<string, (w: World) => string> = {
  'associations/{id}': (w) => w.id,
  'members/{memberId}': (w) => w.memberId,
  'board-members/{memberId}': (w) => w.boardMemberId,
  'assemblies/{assemblyId}': (w) => w.assemblyId,
  'transitions/{transitionId}': (w) => w.transitionId,
  'phases/{phase}': () => 'concept_review',
  'outputs/{key}': () => 'classification',
  'chamber-assessments/{period}': () => PERIOD,
  'survey-runs/{id}': (w) => w.runId,
  'elections/{id}': (w) => w.electionId,
  'supports/{id}': (w) => w.grantId,
  'kpi-reports/{id}': (w) => w.reportId,
  'evidence/{evidenceId}': (w) => w.evidenceId,
};
/** Path parameters that name nothing of an association: chamber catalogs, users, jobs, the caller's own notifications, one-time links. */
const NOT_OWNED = new Set([
  'users/{id}',
  'categories/{id}',
  'legal-forms/{code}',
  'classification-criteria/{code}',
  'indicators/{code}',
  'support-kinds/{code}',
  'jobs/{queue}',
  '{queue}/{id}',
  'notifications/{id}',
  'survey-links/{token}',
  'ballot-links/{token}',
]);

function pdfForm(): FormData {
  const form = new FormData();
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer <<>>\n%%EOF\n');
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'evidence.pdf');
  return form;
}

type Body = { json: unknown } | { form: () => FormData };

/**
 * Bodies a board may send about its association that the document's examples do not make valid.
 * A's board sends the same body to A (must not be 400: the body is valid, so B's 404 is the access
 * check and not the validation) and to B (must be 404).
 */
const BOARD_BODIES: Record<string, (w: World) => Body> = {
  'POST /associations/{id}/members': () => ({
    json: {
      kind: 'firm',
      nameFa: 'شرکت آزمایشی',
      identifier: `${Date.now()}`.slice(-10),
      joinedOn: '2024-03-20',
    },
  }),
  'POST /associations/{id}/members/import': () => ({
    form: () => {
      const form = new FormData();
      const csv = `kind,nameFa,identifier,joinedOn\nfirm,شرکت وارده,${`${Date.now()}`.slice(-9)},2024-03-20\n`;
      form.append('file', new Blob([csv], { type: 'text/csv' }), 'members.csv');
      return form;
    },
  }),
  'POST /kpi-reports/{id}/evidence': () => ({ form: pdfForm }),
  'POST /associations/{id}/elections': () => ({
    json: {
      seats: 1,
      termStart: '2026-07-01',
      termEnd: '2028-06-30',
      candidates: [{ fullName: 'سارا نادری' }],
    },
  }),
  'POST /elections/{id}/ballot-links/reissue': (w) => ({ json: { memberIds: [w.memberId] } }),
  'PUT /elections/{id}/recorded-votes': (w) => ({ json: { version: 1, votes: { [w.candidateId]: 1 } } }),
};

/** Reads of something the association has not got yet (no scores before the worker scores it): 404 with this code, on its own. */
const NOTHING_YET: Record<string, string> = {
  'GET /associations/{id}/chamber-assessments/{period}': 'chamber_assessment.not_found',
  'GET /associations/{id}/rating': 'kpi_rating.not_found',
  'GET /associations/{id}/scores': 'kpi_score.not_found',
};
/** Objects that do not exist: what A's board gets about B's must be what it gets about these. */
const NOBODY: World = {
  id: SOME_ID,
  board: '',
  memberId: SOME_ID,
  boardMemberId: SOME_ID,
  assemblyId: SOME_ID,
  electionId: SOME_ID,
  candidateId: SOME_ID,
  runId: SOME_ID,
  reportId: SOME_ID,
  evidenceId: SOME_ID,
  grantId: SOME_ID,
  transitionId: SOME_ID,
};
const codeOf = (text: string): string | undefined => /"code":"([^"]+)"/.exec(text)?.[1];

describe('the access matrix: every operation × role × own/other association (issue 13)', () => {
  let api: TestApi;
  let origin: string;
  let doc: OpenApi;
  let operations: string[];
  const tokens = {} as Record<Role, string>;
  let A: World;
  let B: World;

  async function world(staff: string, admin: string): Promise<World> {
    const assoc = await createAssociation(api);
    const id = assoc.id;
    const board = (await api.userWithRole('board', id)).token;
    const made = async (res: Promise<{ status: number; body: any }>, what: string) => {
      const r = await res;
      if (r.status !== 201 && r.status !== 200)
        throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body;
    };
    const member = await made(
      api.post(
        `/associations/${id}/members`,
        { kind: 'firm', nameFa: 'عضو نخست', identifier: `${Date.now()}`.slice(-8), joinedOn: '2024-03-20' },
        board,
      ),
      'member',
    );
    const boardMember = await made(
      api.post(
        `/associations/${id}/board-members`,
        { fullName: 'محمدرضا صادقی', role: 'chair', termStart: '2022-05-01', electedBy: 'general_assembly' },
        staff,
      ),
      'board member',
    );
    const assembly = await made(
      api.post(
        `/associations/${id}/assemblies`,
        {
          kind: 'ordinary',
          fiscalYear: 1405,
          noticeDate: '2026-06-01',
          scheduledOn: '2026-06-20',
          dueBy: '2026-07-22',
          agenda: ['گزارش هیئت مدیره'],
          quorumRule: 'half_plus_one',
        },
        board,
      ),
      'assembly',
    );
    const election = await made(
      api.post(
        `/associations/${id}/elections`,
        {
          seats: 1,
          termStart: '2026-07-01',
          termEnd: '2028-06-30',
          candidates: [{ fullName: 'مریم کاظمی' }, { fullName: 'رضا امینی' }],
        },
        board,
      ),
      'election',
    );
    // Issued here, so that re-issuing the member's link is a valid request whatever the order of operations.
    await made(api.post(`/elections/${election.id}/ballot-links`, {}, staff), 'ballot links');
    const run = await made(
      api.post(
        `/associations/${id}/survey-runs`,
        { surveyCode: STANDARD_SURVEY.code, fiscalYear: 1405 },
        staff,
      ),
      'survey run',
    );
    const report = await made(
      api.post(
        `/associations/${id}/kpi-reports`,
        { period: PERIOD, values: [{ indicatorCode: 'services_launched', value: 2 }] },
        board,
      ),
      'kpi report',
    );
    const evidence = await made(
      api.request('POST', `/kpi-reports/${report.id}/evidence`, {
        token: board,
        raw: { contentType: 'multipart/form-data', data: pdfForm() },
      }),
      'evidence',
    );
    const grant = await made(
      api.post(
        `/associations/${id}/supports`,
        { kindCode: 'moral', justification: 'برای آزمون دسترسی' },
        staff,
      ),
      'grant',
    );
    for (const [key, data] of Object.entries(SAMPLE_OUTPUTS.concept_review))
      await made(api.put(`/associations/${id}/phases/concept_review/outputs/${key}`, data, staff), key);
    const moved = await made(
      api.post(`/associations/${id}/lifecycle/transitions`, { to: 'diagnosis', version: 1 }, admin),
      'transition',
    );
    return {
      id,
      board,
      memberId: member.id,
      boardMemberId: boardMember.id,
      assemblyId: assembly.id,
      electionId: election.id,
      candidateId: election.candidates[0].id,
      runId: run.run.id,
      reportId: report.id,
      evidenceId: evidence.id,
      grantId: grant.id,
      transitionId: moved.transition.id,
    };
  }

  beforeAll(async () => {
    const ds = await testDb();
    await seedIndicatorCatalog(ds);
    await ds.query(
      `INSERT INTO surveys (code, title_fa, title_en, items, version) VALUES ($1, $2, $3, $4, 1) ON CONFLICT (code) DO NOTHING`,
      [
        STANDARD_SURVEY.code,
        STANDARD_SURVEY.titleFa,
        STANDARD_SURVEY.titleEn,
        JSON.stringify(STANDARD_SURVEY.items),
      ],
    );
    api = await startApi();
    origin = new URL(api.baseUrl).origin;
    tokens.admin = await api.adminToken();
    for (const role of ['staff', 'approver', 'president'] as const)
      tokens[role] = (await api.userWithRole(role)).token;
    A = await world(tokens.staff, tokens.admin);
    B = await world(tokens.staff, tokens.admin);
    tokens.board = A.board;
    doc = (await (await fetch(`${origin}/api/docs-json`)).json()) as OpenApi;
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${path.replace(/^\/api\/v1/, '')}`),
    );
  });
  afterAll(async () => {
    await api.close();
    await closeTestDb();
  });

  /** `associations/{id}`-style keys of an operation's path parameters. */
  function paramKeys(operation: string): string[] {
    const segments = operation.split(' ')[1].split('/');
    return segments.flatMap((s, i) => (/^\{.+\}$/.test(s) ? [`${segments[i - 1]}/${s}`] : []));
  }
  function openApiOperation(operation: string): OpenApiOperation {
    const [method, path] = operation.split(' ');
    return doc.paths[`/api/v1${path}`][method.toLowerCase()];
  }
  /** Whether the operation is about one association: an owned path parameter or an `associationId` query. */
  function owned(operation: string): 'path' | 'query' | false {
    if (paramKeys(operation).some((k) => k in OWNED)) return 'path';
    const params = openApiOperation(operation).parameters ?? [];
    return params.some((p) => p.in === 'query' && p.name === 'associationId') ? 'query' : false;
  }

  /** A body the document's examples make: every required property's example (or a value of its type). */
  function exampleBody(operation: string): unknown {
    const resolve = (s: JsonSchema | undefined): JsonSchema | undefined =>
      s?.$ref ? resolve(doc.components?.schemas?.[s.$ref.split('/').pop() as string]) : s;
    const valueOf = (s: JsonSchema | undefined): unknown => {
      const r = resolve(s);
      if (!r) return null;
      if (r.example !== undefined) return r.example;
      if (r.enum) return r.enum[0];
      if (r.allOf) return valueOf(r.allOf[0]);
      if (r.type === 'object' || r.properties)
        return Object.fromEntries((r.required ?? []).map((k) => [k, valueOf(r.properties?.[k])]));
      if (r.type === 'array') return r.minItems ? [valueOf(r.items)] : [];
      if (r.type === 'integer' || r.type === 'number') return r.minimum ?? 1;
      if (r.type === 'boolean') return true;
      return 'متن آزمایشی';
    };
    return valueOf(openApiOperation(operation).requestBody?.content?.['application/json']?.schema);
  }

  function send(operation: string, opts: { token?: string; world?: World; body?: Body } = {}) {
    const [method, template] = operation.split(' ');
    const segments = template.split('/');
    const path = segments
      .map((s, i) => {
        if (!/^\{.+\}$/.test(s)) return s;
        const fill = OWNED[`${segments[i - 1]}/${s}`];
        return opts.world && fill ? fill(opts.world) : SOME_ID;
      })
      .join('/');
    const query = opts.world && owned(operation) === 'query' ? `?associationId=${opts.world.id}` : '';
    const headers: Record<string, string> = opts.token ? { authorization: `Bearer ${opts.token}` } : {};
    let body: string | FormData | undefined;
    if (method !== 'GET') {
      const given = opts.body ?? { json: {} };
      if ('form' in given) body = given.form();
      else {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(given.json);
      }
    }
    return fetch(`${origin}/api/v1${path}${query}`, { method, headers, body }).then(async (res) => {
      const text = await res.text();
      return { status: res.status, text: text.slice(0, 300) };
    });
  }

  it('has a row for every operation, and none for an operation that is gone', () => {
    expect(operations.filter((o) => !(o in ACCESS))).toEqual([]);
    expect(Object.keys(ACCESS).filter((o) => !operations.includes(o))).toEqual([]);
  });

  it('knows of every path parameter whether it names something of an association', () => {
    const unknown = operations.flatMap((o) => paramKeys(o).filter((k) => !(k in OWNED) && !NOT_OWNED.has(k)));
    expect([...new Set(unknown)]).toEqual([]);
    expect(Object.keys(OWNED).filter((k) => !operations.some((o) => paramKeys(o).includes(k)))).toEqual([]);
  });

  it('answers anonymous callers and each chamber role as its row says', async () => {
    const wrong: string[] = [];
    for (const operation of operations) {
      const allowed = ACCESS[operation];
      if (!allowed) continue;
      const anonymous = (await send(operation)).status;
      if (allowed === PUBLIC) {
        if (anonymous === 401 || anonymous === 403) wrong.push(`${operation} anonymous → ${anonymous}`);
        continue;
      }
      if (anonymous !== 401) wrong.push(`${operation} anonymous → ${anonymous} (expected 401)`);
      const about = owned(operation) ? A : undefined;
      for (const role of CHAMBER) {
        const may = allowed.includes(role);
        if (may && REFUSALS_ONLY.has(operation)) continue;
        const { status, text } = await send(operation, { token: tokens[role], world: about });
        const nothingYet = status === 404 && codeOf(text) === NOTHING_YET[operation];
        if (may && (status === 401 || status === 403 || (about && status === 404 && !nothingYet)))
          wrong.push(`${operation} ${role} → ${status} (allowed) ${text}`);
        if (!may && status !== 403) wrong.push(`${operation} ${role} → ${status} (expected 403)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("answers a board on its own association's things as its row says, and on another's with 404", async () => {
    const wrong: string[] = [];
    let pairs = 0;
    for (const operation of operations) {
      const allowed = ACCESS[operation];
      if (!allowed || allowed === PUBLIC) continue;
      const may = allowed.includes('board');
      if (!owned(operation)) {
        if (may && REFUSALS_ONLY.has(operation)) continue;
        const { status } = await send(operation, { token: A.board });
        if (may && (status === 401 || status === 403)) wrong.push(`${operation} board → ${status} (allowed)`);
        if (!may && status !== 403) wrong.push(`${operation} board → ${status} (expected 403)`);
        continue;
      }
      pairs++;
      const hasBody = operation.split(' ')[0] !== 'GET';
      const body = (w: World): Body | undefined =>
        !hasBody ? undefined : (BOARD_BODIES[operation]?.(w) ?? { json: exampleBody(operation) });
      // B first: A's answer may change A's objects (a submitted report, a counted election).
      const other = await send(operation, { token: A.board, world: B, body: body(B) });
      const own = await send(operation, { token: A.board, world: A, body: body(A) });
      const none = await send(operation, { token: A.board, world: NOBODY, body: body(NOBODY) });
      if (!may) {
        if (own.status !== 403) wrong.push(`${operation} own → ${own.status} (expected 403)`);
        if (other.status !== 403) wrong.push(`${operation} other → ${other.status} (expected 403, as own)`);
        continue;
      }
      const nothingYet = own.status === 404 && codeOf(own.text) === NOTHING_YET[operation];
      if ([400, 401, 403, 404].includes(own.status) && !nothingYet)
        wrong.push(`${operation} own → ${own.status} (allowed, with a valid body) ${own.text}`);
      if (other.status !== 404)
        wrong.push(`${operation} other → ${other.status} (expected 404) ${other.text}`);
      // Another association's thing is answered as one that does not exist: nothing tells them apart.
      else if (none.status !== 404 || codeOf(none.text) !== codeOf(other.text))
        wrong.push(
          `${operation} other → ${codeOf(other.text)}, nonexistent → ${none.status} ${codeOf(none.text)}`,
        );
    }
    expect(wrong).toEqual([]);
    expect(pairs).toBeGreaterThan(40);
  });
});

type JsonSchema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minimum?: number;
  enum?: unknown[];
  example?: unknown;
  allOf?: JsonSchema[];
};
type OpenApiOperation = {
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};
type OpenApi = {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};
