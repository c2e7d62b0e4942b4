import fc from 'fast-check';
import { randomUUID } from 'crypto';
import { PHASE_KEYS, PhaseKey } from '@tashakkol/associations';
import { POTENTIAL_FACTORS, SAMPLE_OUTPUTS } from '@tashakkol/lifecycle';
import { seedIndicatorCatalog } from '../../db/seeds/kpi.seed';
import { startApi, TestApi } from '../support/api';
import { closeTestDb, createAssociation, testDb } from '../support/fixtures';

/**
 * Model-based test of the lifecycle (issue 13): random sequences of commands (record an output,
 * revise one with a stale version, move forward, move back with and without a reason, skip ahead,
 * move with a stale version, move as a role that may not) over HTTP on a few associations, each
 * answer predicted by a small model (phase, version, which outputs are recorded and whether they
 * meet the gate). After each sequence the history the API keeps must be the model's, and every
 * applied forward move must have had its gate met. A few dozen sequences per CI run;
 * `npm run test:model` sets MODEL_RUNS=1000.
 */
const RUNS = Number(process.env.MODEL_RUNS ?? 20);
const ASSOCIATIONS = 2;
jest.setTimeout(120_000 + RUNS * 6_000);

type Recorded = { version: number; met: boolean };
interface AssociationModel {
  phase: number;
  version: number;
  outputs: Map<string, Recorded>;
  /** Whether its board agreed baselines and targets through the KPI API (the phase-5 item `indicators_agreed`). */
  agreed: boolean;
  /** Applied transitions, oldest first. */
  history: { fromPhase: PhaseKey; toPhase: PhaseKey; direction: 'forward' | 'back' }[];
}
interface Model {
  associations: AssociationModel[];
}
interface Real {
  ids: string[];
}

/** What the served phase table says each gate needs (outputs, then items other modules answer), and the settings in force. */
let GATES: Record<PhaseKey, string[]>;
/** The indicators whose baselines and targets `indicators_agreed` needs (the seeded catalog's required ones). */
const AGREED_CODES = [
  'members_count',
  'services_launched',
  'training_hours_per_member',
  'fee_collection_rate',
  'database_coverage',
];
let THRESHOLD = 60;
let MIN_FOUNDING = 7;
/** Outputs the lifecycle API records (indicators_agreed is answered by the KPI module: never met here). */
const RECORDABLE = Object.fromEntries(PHASE_KEYS.map((p) => [p, Object.keys(SAMPLE_OUTPUTS[p])])) as Record<
  PhaseKey,
  string[]
>;

let api: TestApi;
let staff: string;
let president: string;
const stats = { sequences: 0, commands: 0, refusals: 0, moves: 0, furthest: 0 };

/** An output's data; `variant` picks a weaker one where the gate judges content (potential score, founding members). */
function outputData(phase: PhaseKey, key: string, variant: number): { data: unknown; met: boolean } {
  if (key === 'potential_factors') {
    const rating = (variant % 5) + 1;
    const score = (100 * (rating - 1)) / 4;
    return {
      data: { ratings: POTENTIAL_FACTORS.map((f) => ({ factor: f.key, rating, note: 'برآورد مدل' })) },
      met: score >= THRESHOLD,
    };
  }
  if (key === 'founding_members') {
    const n = 4 + (variant % 6);
    return {
      data: {
        members: Array.from({ length: n }, (_, i) => ({ name: `عضو ${i + 1}`, firmName: `شرکت ${i + 1}` })),
      },
      met: n >= MIN_FOUNDING,
    };
  }
  if (key === 'registration')
    return {
      data: { ...SAMPLE_OUTPUTS.formation.registration, registrationNo: `M-${randomUUID().slice(0, 13)}` },
      met: true,
    };
  return { data: (SAMPLE_OUTPUTS[phase] as Record<string, unknown>)[key], met: true };
}

/** The gate items of the association's phase that the model says are not met, in the table's order. */
function missing(m: AssociationModel): string[] {
  const phase = PHASE_KEYS[m.phase];
  return GATES[phase].filter((key) =>
    key === 'indicators_agreed' ? !m.agreed : !m.outputs.get(`${phase}/${key}`)?.met,
  );
}

function expectStatus(res: { status: number; body: any }, status: number, what: string) {
  if (res.status !== status)
    throw new Error(
      `${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`,
    );
}

type Cmd = fc.AsyncCommand<Model, Real>;

class RecordOutput implements Cmd {
  constructor(
    readonly a: number,
    readonly pick: number,
    readonly variant: number,
    readonly ofCurrent: boolean,
  ) {}
  check = () => true;
  private target(m: AssociationModel): [PhaseKey, string] {
    const phase = this.ofCurrent ? PHASE_KEYS[m.phase] : PHASE_KEYS[this.pick % PHASE_KEYS.length];
    const keys = RECORDABLE[phase];
    return [phase, keys[this.pick % keys.length]];
  }
  async run(model: Model, real: Real) {
    stats.commands++;
    const m = model.associations[this.a];
    const [phase, key] = this.target(m);
    const { data, met } = outputData(phase, key, this.variant);
    const before = m.outputs.get(`${phase}/${key}`);
    const body = before ? { ...(data as object), version: before.version } : data;
    const res = await api.put(
      `/associations/${real.ids[this.a]}/phases/${phase}/outputs/${key}`,
      body,
      staff,
    );
    expectStatus(res, 200, `${this}`);
    if (res.body.version !== (before?.version ?? 0) + 1)
      throw new Error(`${this}: output version ${res.body.version} after ${before?.version ?? 'none'}`);
    m.outputs.set(`${phase}/${key}`, { version: res.body.version, met });
  }
  toString = () => `record(${this.a}, ${this.ofCurrent ? 'current' : this.pick}, v${this.variant})`;
}

/** Records every output the current phase still misses (the strongest variant): lets sequences get far. */
class CompletePhase implements Cmd {
  constructor(readonly a: number) {}
  check = (model: Readonly<Model>) => missing(model.associations[this.a]).length > 0;
  async run(model: Model, real: Real) {
    stats.commands++;
    const m = model.associations[this.a];
    const phase = PHASE_KEYS[m.phase];
    for (const key of RECORDABLE[phase]) {
      const before = m.outputs.get(`${phase}/${key}`);
      if (before?.met) continue;
      const { data, met } = outputData(phase, key, 4);
      const body = before ? { ...(data as object), version: before.version } : data;
      const res = await api.put(
        `/associations/${real.ids[this.a]}/phases/${phase}/outputs/${key}`,
        body,
        staff,
      );
      expectStatus(res, 200, `${this} ${key}`);
      m.outputs.set(`${phase}/${key}`, { version: res.body.version, met });
    }
  }
  toString = () => `complete(${this.a})`;
}

class ReviseStale implements Cmd {
  constructor(readonly a: number) {}
  check = (model: Readonly<Model>) => model.associations[this.a].outputs.size > 0;
  async run(model: Model, real: Real) {
    stats.commands++;
    const [target, recorded] = [...model.associations[this.a].outputs.entries()][0];
    const [phase, key] = target.split('/') as [PhaseKey, string];
    const { data } = outputData(phase, key, 4);
    const res = await api.put(
      `/associations/${real.ids[this.a]}/phases/${phase}/outputs/${key}`,
      { ...(data as object), version: recorded.version + 1 },
      staff,
    );
    expectStatus(res, 409, `${this}`);
    stats.refusals++;
  }
  toString = () => `reviseStale(${this.a})`;
}

class MoveForward implements Cmd {
  constructor(readonly a: number) {}
  check = (model: Readonly<Model>) => model.associations[this.a].phase < PHASE_KEYS.length - 1;
  async run(model: Model, real: Real) {
    stats.commands++;
    const m = model.associations[this.a];
    const from = PHASE_KEYS[m.phase];
    const to = PHASE_KEYS[m.phase + 1];
    const expectedMissing = missing(m);
    const res = await api.post(
      `/associations/${real.ids[this.a]}/lifecycle/transitions`,
      { to, version: m.version },
      staff,
    );
    if (expectedMissing.length > 0) {
      expectStatus(res, 422, `${this} from ${from} (missing ${expectedMissing})`);
      if (
        res.body.code !== 'lifecycle.gate_not_met' ||
        `${res.body.details?.missing}` !== `${expectedMissing}`
      )
        throw new Error(
          `${this}: refused with ${res.body.code} ${JSON.stringify(res.body.details)}, model: ${expectedMissing}`,
        );
      stats.refusals++;
      return;
    }
    expectStatus(res, 201, `${this} from ${from}`);
    if (
      res.body.phase !== to ||
      res.body.version !== m.version + 1 ||
      res.body.transition.gateSnapshot?.met !== true
    )
      throw new Error(`${this}: ${JSON.stringify(res.body).slice(0, 300)}`);
    m.phase++;
    m.version++;
    m.history.push({ fromPhase: from, toPhase: to, direction: 'forward' });
    stats.moves++;
    stats.furthest = Math.max(stats.furthest, m.phase);
  }
  toString = () => `forward(${this.a})`;
}

class MoveBack implements Cmd {
  constructor(
    readonly a: number,
    readonly pick: number,
    readonly withReason: boolean,
  ) {}
  check = (model: Readonly<Model>) => model.associations[this.a].phase > 0;
  async run(model: Model, real: Real) {
    stats.commands++;
    const m = model.associations[this.a];
    const from = PHASE_KEYS[m.phase];
    const to = PHASE_KEYS[this.pick % m.phase];
    const res = await api.post(
      `/associations/${real.ids[this.a]}/lifecycle/transitions`,
      { to, version: m.version, ...(this.withReason ? { reason: 'بازگشت برای تکمیل مدارک' } : {}) },
      staff,
    );
    if (!this.withReason) {
      expectStatus(res, 400, `${this}`);
      if (res.body.field !== 'reason') throw new Error(`${this}: 400 names ${res.body.field}, not reason`);
      stats.refusals++;
      return;
    }
    expectStatus(res, 201, `${this} ${from} → ${to}`);
    m.phase = PHASE_KEYS.indexOf(to);
    m.version++;
    m.history.push({ fromPhase: from, toPhase: to, direction: 'back' });
    stats.moves++;
  }
  toString = () => `back(${this.a}, ${this.pick}, ${this.withReason ? 'reason' : 'no reason'})`;
}

/** Refusals that change nothing: skipping ahead or "moving" to the current phase (409), a stale version (409), a president moving (403). */
class RefusedMove implements Cmd {
  constructor(
    readonly a: number,
    readonly kind: 'skip' | 'same' | 'stale' | 'president',
  ) {}
  check = (model: Readonly<Model>) =>
    this.kind !== 'skip' || model.associations[this.a].phase < PHASE_KEYS.length - 2;
  async run(model: Model, real: Real) {
    stats.commands++;
    const m = model.associations[this.a];
    const next = PHASE_KEYS[Math.min(m.phase + 1, PHASE_KEYS.length - 1)];
    const body =
      this.kind === 'skip'
        ? { to: PHASE_KEYS[m.phase + 2], version: m.version }
        : this.kind === 'same'
          ? { to: PHASE_KEYS[m.phase], version: m.version, reason: 'همین فاز' }
          : this.kind === 'stale'
            ? { to: next, version: m.version - 1 || m.version + 1 }
            : { to: next, version: m.version };
    const res = await api.post(
      `/associations/${real.ids[this.a]}/lifecycle/transitions`,
      body,
      this.kind === 'president' ? president : staff,
    );
    expectStatus(res, this.kind === 'president' ? 403 : 409, `${this}`);
    stats.refusals++;
  }
  toString = () => `refused(${this.a}, ${this.kind})`;
}

/** Staff set baselines and targets, the association's board agrees to them (once per association): answers `indicators_agreed`. */
class AgreeIndicators implements Cmd {
  constructor(readonly a: number) {}
  check = (model: Readonly<Model>) => !model.associations[this.a].agreed;
  async run(model: Model, real: Real) {
    stats.commands++;
    const id = real.ids[this.a];
    const targets = await api.put(
      `/associations/${id}/targets`,
      { targets: AGREED_CODES.map((indicatorCode) => ({ indicatorCode, baseline: 10, target: 20 })) },
      staff,
    );
    expectStatus(targets, 200, `${this} targets`);
    const board = await api.userWithRole('board', id);
    expectStatus(await api.post(`/associations/${id}/targets/agreement`, {}, board.token), 200, `${this}`);
    model.associations[this.a].agreed = true;
  }
  toString = () => `agreeIndicators(${this.a})`;
}

/** Reads the lifecycle view: phase, version and each gate item as the model has them. */
class Observe implements Cmd {
  constructor(readonly a: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    stats.commands++;
    const m = model.associations[this.a];
    const res = await api.get(`/associations/${real.ids[this.a]}/lifecycle`, staff);
    expectStatus(res, 200, `${this}`);
    const expected = {
      phase: PHASE_KEYS[m.phase],
      version: m.version,
      canAdvance: m.phase < PHASE_KEYS.length - 1 && missing(m).length === 0,
      unmet: missing(m),
    };
    const actual = {
      phase: res.body.phase,
      version: res.body.version,
      canAdvance: res.body.canAdvance,
      unmet: res.body.gate.items.filter((i: { met: boolean }) => !i.met).map((i: { key: string }) => i.key),
    };
    if (JSON.stringify(actual) !== JSON.stringify(expected))
      throw new Error(`${this}: API ${JSON.stringify(actual)}, model ${JSON.stringify(expected)}`);
  }
  toString = () => `observe(${this.a})`;
}

const a = fc.nat({ max: ASSOCIATIONS - 1 });
const commandArbs: fc.Arbitrary<Cmd>[] = [
  fc.tuple(a, fc.nat(), fc.nat(), fc.boolean()).map(([i, p, v, c]) => new RecordOutput(i, p, v, c)),
  a.map((i) => new CompletePhase(i)),
  a.map((i) => new CompletePhase(i)),
  a.map((i) => new ReviseStale(i)),
  a.map((i) => new MoveForward(i)),
  a.map((i) => new MoveForward(i)),
  a.map((i) => new MoveForward(i)),
  fc.tuple(a, fc.nat(), fc.boolean()).map(([i, p, r]) => new MoveBack(i, p, r)),
  fc
    .tuple(a, fc.constantFrom('skip' as const, 'same' as const, 'stale' as const, 'president' as const))
    .map(([i, k]) => new RefusedMove(i, k)),
  a.map((i) => new Observe(i)),
  a.map((i) => new AgreeIndicators(i)),
];

/** The history the API keeps must be the model's, and no forward move was applied with its gate unmet. */
async function checkHistory(model: Model, real: Real) {
  for (const [i, m] of model.associations.entries()) {
    const res = await api.get(`/associations/${real.ids[i]}/lifecycle/history?pageSize=100`, staff);
    expectStatus(res, 200, 'history');
    const items = [...res.body.items].reverse() as {
      fromPhase: PhaseKey;
      toPhase: PhaseKey;
      direction: 'forward' | 'back';
      status: string;
      gateSnapshot: { met: boolean };
    }[];
    const kept = items.map(({ fromPhase, toPhase, direction }) => ({ fromPhase, toPhase, direction }));
    if (JSON.stringify(kept) !== JSON.stringify(m.history))
      throw new Error(`history of ${i}: API ${JSON.stringify(kept)}, model ${JSON.stringify(m.history)}`);
    const bypassed = items.filter(
      (t) => t.direction === 'forward' && (t.status !== 'applied' || !t.gateSnapshot.met),
    );
    if (bypassed.length > 0) throw new Error(`forward moves without their gate: ${JSON.stringify(bypassed)}`);
    if (res.body.phase !== PHASE_KEYS[m.phase]) throw new Error(`history of ${i}: phase ${res.body.phase}`);
  }
}

describe('the lifecycle matches its model under random command sequences (issue 13)', () => {
  beforeAll(async () => {
    // The phase-5 gate needs the catalog's indicators agreed; without a catalog it would be met by default.
    await seedIndicatorCatalog(await testDb());
    // A full run outlasts the 15-minute access token the test logs in for once.
    api = await startApi({ JWT_ACCESS_TTL_SECONDS: '86400' });
    staff = (await api.userWithRole('staff')).token;
    president = (await api.userWithRole('president')).token;
    const phases = await api.get('/lifecycle/phases', staff);
    GATES = Object.fromEntries(
      phases.body.phases.map(
        (p: { key: PhaseKey; outputs: { key: string }[]; externalGateItems: { key: string }[] }) => [
          p.key,
          [...p.outputs, ...p.externalGateItems].map((o) => o.key),
        ],
      ),
    ) as Record<PhaseKey, string[]>;
    THRESHOLD = phases.body.settings.potentialThreshold;
    MIN_FOUNDING = phases.body.settings.minFoundingMembers;
    if (phases.body.settings.transitionsNeedApproval)
      throw new Error('the model assumes moves need no approval');
  });
  afterAll(async () => {
    await api.close();
    await closeTestDb();
  });

  it(`${RUNS} sequences: every answer as the model predicts, history kept, no gate bypassed`, async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.commands(commandArbs, { maxCommands: 40, size: 'max' }), async (cmds) => {
        const ids: string[] = [];
        for (let i = 0; i < ASSOCIATIONS; i++) ids.push((await createAssociation(api)).id);
        const model: Model = {
          associations: ids.map(() => ({
            phase: 0,
            version: 1,
            outputs: new Map(),
            agreed: false,
            history: [],
          })),
        };
        const real: Real = { ids };
        stats.sequences++;
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        await checkHistory(model, real);
      }),
      // CI's 20 sequences use a fixed seed, so how far they reach (checked below) does not depend on
      // luck; the full run (`npm run test:model`) draws a new one each time (MODEL_SEED repeats one).
      {
        numRuns: RUNS,
        endOnFailure: true,
        seed: process.env.MODEL_SEED ? Number(process.env.MODEL_SEED) : RUNS < 1000 ? 7 : undefined,
      },
    );
    // Printed for docs/security.md (the figures of a full run).
    process.stdout.write(
      `model-lifecycle: ${stats.sequences} sequences, ${stats.commands} commands run, ${stats.moves} moves applied, ` +
        `${stats.refusals} refusals predicted, furthest phase ${PHASE_KEYS[stats.furthest]}, ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    expect(stats.furthest).toBeGreaterThanOrEqual(RUNS >= 20 ? 3 : 1);
  });
});
