import { PhaseKey } from '@tashakkol/associations';
import {
  EVALUATION_AXES,
  LifecycleRulesSettings,
  MILESTONE_KINDS,
  phaseOf,
  SUCCESS_FAILURE_FACTORS,
} from './phase-table';
import { OutputKey, OutputTypes, RecordedOutputs } from './phase-outputs';
import { potentialScore } from './potential-score';

/**
 * Where a gate item stands: met; an output never recorded; recorded but short of the gate's
 * condition; or an item another context agrees (the KPI indicators) not yet agreed.
 */
export const GATE_ITEM_STATUSES = ['met', 'not_recorded', 'incomplete', 'not_agreed'] as const;
export type GateItemStatus = (typeof GATE_ITEM_STATUSES)[number];

export interface GateItem {
  key: string;
  nameFa: string;
  nameEn: string;
  met: boolean;
  status: GateItemStatus;
  /** What is still missing, in words a staff member can act on (empty when met). */
  missing: string[];
  /** Extra facts the item computed (e.g. the potential score and the threshold in force). */
  facts?: Record<string, unknown>;
}

export interface GateVerdict {
  phase: PhaseKey;
  met: boolean;
  items: GateItem[];
  /** Keys of the items not met. */
  missing: string[];
}

export interface GateContext {
  settings: LifecycleRulesSettings;
  /** The KPI module's answer; undefined when that module is not installed. */
  indicators?: { met: boolean; missing: string[] };
}

type Check<K extends OutputKey> = (
  output: OutputTypes[K],
  ctx: GateContext,
) => { missing: string[]; facts?: Record<string, unknown> };

const CHECKS: { [K in OutputKey]: Check<K> } = {
  classification: () => ({ missing: [] }),
  laws_and_policies: (o) => ({
    missing: o.references.length ? [] : ['at least one law or policy reference'],
  }),
  prior_actions: (o) => ({ missing: o.analysis.trim().length ? [] : ['the analysis of prior actions'] }),
  success_failure_factors: (o) => {
    const rated = new Set(o.ratings.map((r) => r.factor));
    return {
      missing: SUCCESS_FAILURE_FACTORS.filter((f) => !rated.has(f.key)).map(
        (f) => `rating of factor ${f.key}`,
      ),
    };
  },
  benchmarks: (o) => ({ missing: o.notes.length ? [] : ['at least one benchmark note'] }),
  potential_factors: (o, ctx) => {
    const { score, unrated } = potentialScore(o);
    const threshold = ctx.settings.potentialThreshold;
    const missing = unrated.map((f) => `rating of potential factor ${f}`);
    if (score < threshold) missing.push(`potential score ${score} is below the threshold ${threshold}`);
    return { missing, facts: { score, threshold } };
  },
  formation_method: () => ({ missing: [] }),
  founding_members: (o, ctx) => {
    const min = ctx.settings.minFoundingMembers;
    return {
      missing: o.members.length >= min ? [] : [`${min} founding members (has ${o.members.length})`],
      facts: { count: o.members.length, minimum: min },
    };
  },
  approval_in_principle: () => ({ missing: [] }),
  charter: (o) => ({ missing: o.adopted ? [] : ['the charter adopted by the founders'] }),
  founding_assembly: (o) => ({
    missing: o.quorumMet ? [] : ['a founding general assembly with its quorum met'],
  }),
  board_election: (o) => {
    const missing: string[] = [];
    if (!o.electedByMembers) missing.push('a board elected by the members');
    if (!o.members.length) missing.push('the elected board members');
    return { missing };
  },
  registration: () => ({ missing: [] }),
  organisational_structure: (o) => ({
    missing: o.inPlace && o.units.length ? [] : ['an organisational structure put in place'],
  }),
  evaluation_axes: (o) => {
    const agreed = new Set(o.axes.filter((a) => a.agreed).map((a) => a.axis));
    return {
      missing: EVALUATION_AXES.filter((a) => !agreed.has(a.key as 'chamber')).map(
        (a) => `evaluation axis ${a.key} agreed`,
      ),
    };
  },
  roadmap: (o) => {
    const byKind = new Map(o.milestones.map((m) => [m.kind, m]));
    const missing = MILESTONE_KINDS.filter((k) => !byKind.get(k.key)?.plannedAt).map(
      (k) => `milestone ${k.key} planned`,
    );
    const db = byKind.get('member_database');
    if (db && db.coverageTargetPercent === undefined) missing.push('member database coverage target %');
    const done = o.milestones.filter((m) => m.doneAt).length;
    return { missing, facts: { milestonesDone: done, milestonesPlanned: o.milestones.length } };
  },
};

function checkOutput<K extends OutputKey>(key: K, output: OutputTypes[K], ctx: GateContext) {
  return (CHECKS[key] as Check<K>)(output, ctx);
}

/**
 * The gate of a phase (its outputs, item by item). Leaving a phase forward needs every item met;
 * an output never recorded is missing as a whole.
 */
export function evaluateGate(phase: PhaseKey, outputs: RecordedOutputs, ctx: GateContext): GateVerdict {
  const def = phaseOf(phase);
  const items: GateItem[] = def.outputs.map((o) => {
    const key = o.key as OutputKey;
    const recorded = outputs[key];
    if (recorded === undefined) {
      return {
        key,
        nameFa: o.nameFa,
        nameEn: o.nameEn,
        met: false,
        status: 'not_recorded',
        missing: [`output ${key} not recorded`],
      };
    }
    const { missing, facts } = checkOutput(key, recorded as OutputTypes[typeof key], ctx);
    const met = missing.length === 0;
    return {
      key,
      nameFa: o.nameFa,
      nameEn: o.nameEn,
      met,
      status: met ? 'met' : 'incomplete',
      missing,
      ...(facts ? { facts } : {}),
    };
  });
  for (const ext of def.externalGateItems) {
    const answer = ctx.indicators;
    const met = answer?.met ?? false;
    items.push({
      ...ext,
      met,
      status: met ? 'met' : 'not_agreed',
      missing: answer
        ? answer.met
          ? []
          : answer.missing.length
            ? answer.missing
            : ['indicators not yet agreed']
        : ['indicators not yet agreed (KPI module)'],
    });
  }
  const missing = items.filter((i) => !i.met).map((i) => i.key);
  return { phase, met: missing.length === 0, items, missing };
}
