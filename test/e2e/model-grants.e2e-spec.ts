import fc from 'fast-check';
import { jalaliYearOf } from '@tashakkol/shared';
import { startApi, TestApi } from '../support/api';
import { closeTestDb, createAssociation } from '../support/fixtures';

/**
 * Model-based test of the grant state machine (issue 13): random sequences of requests,
 * approvals (by an approver within or over its per-grant and yearly limit, by the president, with
 * and without acknowledging the financial-independence precaution), rejections, deliveries,
 * cancellations, stale versions, a staff member approving, and approvals sent in parallel, over
 * HTTP on one fresh kind with its budget and two associations. A model predicts every answer and
 * the budget's reserved and spent figures; parallel approvals must match some serial order of
 * them (linearisable). Never overspent, no illegal move succeeds, over-limit refused.
 * A few dozen sequences per CI run; `npm run test:model` sets MODEL_RUNS=1000.
 */
const RUNS = Number(process.env.MODEL_RUNS ?? 20);
const ASSOCIATIONS = 2;
jest.setTimeout(120_000 + RUNS * 6_000);

const YEAR = jalaliYearOf(new Date());
/** Amounts are whole units of 500 m Rials, so the precaution's 5 bn default is 10 units. */
const UNIT = 500_000_000n;

type Status = 'requested' | 'approved' | 'delivered' | 'rejected' | 'cancelled';
type Actor = 'approver' | 'president';
interface GrantModel {
  id: string;
  association: number;
  amount: bigint;
  status: Status;
  version: number;
  approvedBy: Actor | null;
  flagged: boolean;
}
interface Model {
  total: bigint;
  perGrant: bigint;
  yearly: bigint;
  grants: GrantModel[];
}
interface Real {
  kind: string;
  associations: string[];
}

let api: TestApi;
let admin: string;
let staff: string;
const actors = {} as Record<Actor, { id: string; token: string }>;
let THRESHOLD = 5_000_000_000n;
const stats = { sequences: 0, commands: 0, approved: 0, refusals: 0, parallel: 0, orders: 0 };
/** How often each approval answer was seen (printed, to show the sequences reach every rule). */
const answers: Record<string, number> = {};
const tally = (o: Outcome) => (answers[o] = (answers[o] ?? 0) + 1);

const committed = (g: GrantModel) => g.status === 'approved' || g.status === 'delivered';
const sum = (gs: GrantModel[]) => gs.reduce((s, g) => s + g.amount, 0n);
const reserved = (m: Model) => sum(m.grants.filter((g) => g.status === 'approved'));
const spent = (m: Model) => sum(m.grants.filter((g) => g.status === 'delivered'));

/** An answer reduced to what the model predicts: the status, and the error code of a refusal. */
type Outcome = string;
const outcomeOf = (res: { status: number; body: any }): Outcome =>
  res.status < 300 ? `${res.status}` : `${res.status} ${res.body?.code}`;

/** What approving `g` by `actor` answers now, in the service's order of checks; applies it to the model when it succeeds. */
function approve(m: Model, g: GrantModel, actor: Actor, acknowledge: boolean): Outcome {
  if (g.status !== 'requested') return '409 supports.illegal_transition';
  const granted = sum(m.grants.filter((o) => o.association === g.association && committed(o)));
  const over = granted + g.amount > THRESHOLD;
  if (over && !acknowledge) return '422 supports.precaution_not_acknowledged';
  if (actor === 'approver') {
    if (g.amount > m.perGrant) return '422 supports.over_per_grant_limit';
    const used = sum(m.grants.filter((o) => o.approvedBy === 'approver' && committed(o)));
    if (used + g.amount > m.yearly) return '422 supports.over_yearly_limit';
  }
  if (reserved(m) + spent(m) + g.amount > m.total) return '422 supports.budget_exceeded';
  g.status = 'approved';
  g.version++;
  g.approvedBy = actor;
  g.flagged = over;
  return '200';
}

function fail(what: string, res: { status: number; body: any }, expected: Outcome): never {
  throw new Error(
    `${what}: expected ${expected}, got ${outcomeOf(res)} ${JSON.stringify(res.body).slice(0, 300)}`,
  );
}

type Cmd = fc.AsyncCommand<Model, Real>;
const grantAt = (m: Readonly<Model>, pick: number) => m.grants[pick % m.grants.length];

class Request implements Cmd {
  constructor(
    readonly association: number,
    readonly units: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    stats.commands++;
    const amount = BigInt(this.units) * UNIT;
    const res = await api.post(
      `/associations/${r.associations[this.association]}/supports`,
      { kindCode: r.kind, amountRials: amount.toString(), justification: 'درخواست مدل' },
      staff,
    );
    if (res.status !== 201 || res.body.status !== 'requested' || res.body.amountRials !== amount.toString())
      fail(`${this}`, res, '201 requested');
    m.grants.push({
      id: res.body.id,
      association: this.association,
      amount,
      status: 'requested',
      version: res.body.version,
      approvedBy: null,
      flagged: false,
    });
  }
  toString = () => `request(${this.association}, ${this.units}u)`;
}

class Approve implements Cmd {
  constructor(
    readonly pick: number,
    readonly actor: Actor,
    readonly acknowledge: boolean,
  ) {}
  check = (m: Readonly<Model>) => m.grants.length > 0;
  async run(m: Model, r: Real) {
    stats.commands++;
    const g = grantAt(m, this.pick);
    const res = await api.post(
      `/supports/${g.id}/approve`,
      { version: g.version, acknowledgePrecautions: this.acknowledge },
      actors[this.actor].token,
    );
    const expected = approve(m, g, this.actor, this.acknowledge);
    tally(expected);
    if (outcomeOf(res) !== expected) fail(`${this} of ${g.amount / UNIT}u (${r.kind})`, res, expected);
    if (expected === '200') {
      stats.approved++;
      const precautions = g.flagged ? ['financial_independence'] : [];
      if (
        res.body.version !== g.version ||
        JSON.stringify(res.body.precautions) !== JSON.stringify(precautions)
      )
        throw new Error(`${this}: version ${res.body.version}, precautions ${res.body.precautions}`);
    } else stats.refusals++;
  }
  toString = () => `approve(${this.pick}, ${this.actor}${this.acknowledge ? ', acknowledged' : ''})`;
}

/** Reject (approver), deliver and cancel (staff): legal from the model's status or 409 illegal_transition. */
class Move implements Cmd {
  constructor(
    readonly pick: number,
    readonly action: 'reject' | 'deliver' | 'cancel',
  ) {}
  check = (m: Readonly<Model>) => m.grants.length > 0;
  async run(m: Model) {
    stats.commands++;
    const g = grantAt(m, this.pick);
    const legal: Record<typeof this.action, Partial<Record<Status, Status>>> = {
      reject: { requested: 'rejected' },
      deliver: { approved: 'delivered' },
      cancel: { requested: 'cancelled', approved: 'cancelled' },
    };
    const to = legal[this.action][g.status];
    const body =
      this.action === 'deliver'
        ? { version: g.version, evidence: 'صورتجلسه تحویل' }
        : { version: g.version, comment: 'تصمیم مدل' };
    const res = await api.post(
      `/supports/${g.id}/${this.action}`,
      body,
      this.action === 'reject' ? actors.approver.token : staff,
    );
    const expected = to ? '200' : '409 supports.illegal_transition';
    if (outcomeOf(res) !== expected) fail(`${this} of a ${g.status} grant`, res, expected);
    if (to) {
      g.status = to;
      g.version++;
      if (res.body.status !== to || res.body.version !== g.version)
        throw new Error(`${this}: ${res.body.status}`);
    } else stats.refusals++;
  }
  toString = () => `${this.action}(${this.pick})`;
}

/** Refusals that change nothing: a stale version (409) and a staff member approving (403). */
class Refused implements Cmd {
  constructor(
    readonly pick: number,
    readonly kind: 'stale' | 'staff',
  ) {}
  check = (m: Readonly<Model>) => m.grants.length > 0;
  async run(m: Model) {
    stats.commands++;
    const g = grantAt(m, this.pick);
    const res = await api.post(
      `/supports/${g.id}/approve`,
      { version: this.kind === 'stale' ? g.version + 1 : g.version, acknowledgePrecautions: true },
      this.kind === 'staff' ? staff : actors.president.token,
    );
    const expected = this.kind === 'staff' ? '403' : '409';
    if (`${res.status}` !== expected) fail(`${this}`, res, expected);
    stats.refusals++;
  }
  toString = () => `refused(${this.pick}, ${this.kind})`;
}

function* orders<T>(items: T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield items;
    return;
  }
  for (let i = 0; i < items.length; i++)
    for (const rest of orders([...items.slice(0, i), ...items.slice(i + 1)])) yield [items[i], ...rest];
}
const cloneModel = (m: Model): Model => ({ ...m, grants: m.grants.map((g) => ({ ...g })) });

/** Approvals of distinct grants sent at once: the answers must be those of some serial order of them. */
class ParallelApprovals implements Cmd {
  constructor(readonly tries: { pick: number; actor: Actor; acknowledge: boolean }[]) {}
  check = (m: Readonly<Model>) => new Set(this.tries.map((t) => t.pick % m.grants.length)).size >= 2;
  async run(m: Model) {
    stats.commands++;
    stats.parallel++;
    const seen = new Set<number>();
    const tries = this.tries.filter((t) => {
      const i = t.pick % m.grants.length;
      return !seen.has(i) && seen.add(i);
    });
    const answers = await Promise.all(
      tries.map((t) => {
        const g = grantAt(m, t.pick);
        return api.post(
          `/supports/${g.id}/approve`,
          { version: g.version, acknowledgePrecautions: t.acknowledge },
          actors[t.actor].token,
        );
      }),
    );
    const observed = answers.map(outcomeOf);
    for (const order of orders(tries.map((t, i) => ({ ...t, i })))) {
      const trial = cloneModel(m);
      const predicted: Outcome[] = [];
      for (const t of order) predicted[t.i] = approve(trial, grantAt(trial, t.pick), t.actor, t.acknowledge);
      if (JSON.stringify(predicted) === JSON.stringify(observed)) {
        stats.orders++;
        observed.forEach(tally);
        m.grants = trial.grants;
        stats.approved += observed.filter((o) => o === '200').length;
        return;
      }
    }
    throw new Error(
      `${this}: answers ${JSON.stringify(observed)} match no serial order of the approvals ` +
        `(${tries.map((t) => `${grantAt(m, t.pick).amount / UNIT}u ${grantAt(m, t.pick).status}`)})`,
    );
  }
  toString = () =>
    `parallel(${this.tries.map((t) => `${t.pick} ${t.actor}${t.acknowledge ? ' ack' : ''}`).join('; ')})`;
}

/** The budget as the API reports it: total, reserved and spent as the model has them, never overspent. */
async function checkBudget(m: Model, r: Real, what: string) {
  const res = await api.get(`/support-budgets?fiscalYear=${YEAR}`, admin);
  const b = res.body.items.find((i: { kindCode: string }) => i.kindCode === r.kind);
  const actual = { total: b.total, reserved: b.reserved, spent: b.spent, available: b.available };
  const expected = {
    total: m.total.toString(),
    reserved: reserved(m).toString(),
    spent: spent(m).toString(),
    available: (m.total - reserved(m) - spent(m)).toString(),
  };
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: budget ${JSON.stringify(actual)}, model ${JSON.stringify(expected)}`);
  if (BigInt(b.reserved) + BigInt(b.spent) > BigInt(b.total))
    throw new Error(`${what}: overspent ${JSON.stringify(b)}`);
}

class Observe implements Cmd {
  check = () => true;
  async run(m: Model, r: Real) {
    stats.commands++;
    await checkBudget(m, r, `${this}`);
  }
  toString = () => 'observe';
}

const pick = fc.nat();
const actor = fc.constantFrom<Actor>('approver', 'approver', 'president');
const commandArbs: fc.Arbitrary<Cmd>[] = [
  fc
    .tuple(fc.nat({ max: ASSOCIATIONS - 1 }), fc.integer({ min: 1, max: 5 }))
    .map(([a, u]) => new Request(a, u)),
  fc
    .tuple(fc.nat({ max: ASSOCIATIONS - 1 }), fc.integer({ min: 1, max: 5 }))
    .map(([a, u]) => new Request(a, u)),
  fc.tuple(pick, actor, fc.boolean()).map(([p, a, k]) => new Approve(p, a, k)),
  fc.tuple(pick, actor, fc.boolean()).map(([p, a, k]) => new Approve(p, a, k)),
  fc
    .tuple(pick, fc.constantFrom('reject' as const, 'deliver' as const, 'cancel' as const))
    .map(([p, a]) => new Move(p, a)),
  fc.tuple(pick, fc.constantFrom('deliver' as const, 'cancel' as const)).map(([p, a]) => new Move(p, a)),
  fc.tuple(pick, fc.constantFrom('stale' as const, 'staff' as const)).map(([p, k]) => new Refused(p, k)),
  fc
    .array(fc.record({ pick, actor, acknowledge: fc.boolean() }), { minLength: 2, maxLength: 4 })
    .map((tries) => new ParallelApprovals(tries)),
  fc.constant(new Observe()),
];

let kindSeq = 0;

describe('the grant state machine matches its model under random command sequences (issue 13)', () => {
  beforeAll(async () => {
    // A full run outlasts the 15-minute access token the test logs in for once.
    api = await startApi({ JWT_ACCESS_TTL_SECONDS: '86400' });
    admin = await api.adminToken();
    staff = (await api.userWithRole('staff')).token;
    actors.approver = await api.userWithRole('approver');
    actors.president = await api.userWithRole('president');
    const settings = await api.get('/support-settings', admin);
    THRESHOLD = BigInt(settings.body.independenceThresholdRials);
  });
  afterAll(async () => {
    await api.close();
    await closeTestDb();
  });

  it(`${RUNS} sequences: every answer as the model predicts, parallel approvals linearisable, never overspent`, async () => {
    const started = Date.now();
    const world = fc
      .record({
        total: fc.integer({ min: 4, max: 16 }),
        perGrant: fc.integer({ min: 2, max: 6 }),
        more: fc.integer({ min: 0, max: 4 }),
      })
      .map(({ total, perGrant, more }) => ({ total, perGrant, yearly: perGrant + more }));
    await fc.assert(
      fc.asyncProperty(world, fc.commands(commandArbs, { maxCommands: 30, size: 'max' }), async (w, cmds) => {
        const kind = `m${Date.now().toString(36)}_${kindSeq++}`;
        const created = await api.post(
          '/support-kinds',
          {
            code: kind,
            nameFa: 'نوع مدل',
            nameEn: 'Model kind',
            carries: 'rials',
            phases: ['concept_review'],
          },
          admin,
        );
        if (created.status !== 201)
          throw new Error(`kind: ${created.status} ${JSON.stringify(created.body)}`);
        const model: Model = {
          total: BigInt(w.total) * UNIT,
          perGrant: BigInt(w.perGrant) * UNIT,
          yearly: BigInt(w.yearly) * UNIT,
          grants: [],
        };
        const budget = await api.post(
          '/support-budgets',
          { fiscalYear: YEAR, kindCode: kind, amountRials: model.total.toString() },
          admin,
        );
        const limit = await api.post(
          '/approval-limits',
          {
            userId: actors.approver.id,
            kindCode: kind,
            perGrant: model.perGrant.toString(),
            yearly: model.yearly.toString(),
            validUntil: new Date(Date.now() + 30 * 86400_000).toISOString(),
          },
          admin,
        );
        if (budget.status !== 201 || limit.status !== 201)
          throw new Error(
            `set-up: budget ${budget.status}, limit ${limit.status} ${JSON.stringify(limit.body)}`,
          );
        const associations: string[] = [];
        for (let i = 0; i < ASSOCIATIONS; i++) associations.push((await createAssociation(api)).id);
        const real: Real = { kind, associations };
        stats.sequences++;
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        await checkBudget(model, real, 'after the sequence');
        const list = await api.get(`/supports?kind=${kind}&pageSize=100`, admin);
        const statuses = Object.fromEntries(
          list.body.items.map((g: { id: string; status: string }) => [g.id, g.status]),
        );
        const expected = Object.fromEntries(model.grants.map((g) => [g.id, g.status]));
        if (
          JSON.stringify(statuses, Object.keys(expected).sort()) !==
          JSON.stringify(expected, Object.keys(expected).sort())
        )
          throw new Error(`grants: API ${JSON.stringify(statuses)}, model ${JSON.stringify(expected)}`);
        if (sum(model.grants.filter((g) => g.approvedBy === 'approver' && committed(g))) > model.yearly)
          throw new Error('the approver went over its yearly limit');
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    process.stdout.write(
      `model-grants: ${stats.sequences} sequences, ${stats.commands} commands run, ${stats.approved} approvals, ` +
        `${stats.refusals} refusals predicted, ${stats.parallel} parallel batches (${stats.orders} linearised), ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s; approval answers ${JSON.stringify(answers)}\n`,
    );
    expect(stats.approved).toBeGreaterThan(0);
    expect(stats.parallel).toBeGreaterThan(0);
  });
});
