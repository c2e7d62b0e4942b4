import { PHASES } from '@tashakkol/lifecycle';
import { COMMITTED_STATUSES } from '@tashakkol/supports';
import type { PhaseKey } from '@tashakkol/associations';

export interface PhaseRow {
  phase: PhaseKey;
  count: number;
  medianDays: number | null;
  p90Days: number | null;
}

export interface PhaseFunnelItem extends PhaseRow {
  order: number;
  nameFa: string;
  nameEn: string;
}

/** All six phases in the chamber's order, with zeroes where no association is. */
export function phaseFunnel(rows: PhaseRow[]): PhaseFunnelItem[] {
  const byPhase = new Map(rows.map((r) => [r.phase, r]));
  return PHASES.map((p) => {
    const r = byPhase.get(p.key);
    return {
      phase: p.key,
      order: p.order,
      nameFa: p.nameFa,
      nameEn: p.nameEn,
      count: r?.count ?? 0,
      medianDays: r?.medianDays ?? null,
      p90Days: r?.p90Days ?? null,
    };
  });
}

export interface ScoreRow {
  grade: string | null;
  bucket: number;
  count: number;
}

export interface ScoreDistribution {
  scored: number;
  grades: Record<'A' | 'B' | 'C' | 'D', number>;
  /** Ten bands of the latest composite score: 0–10, 10–20, … 90–100. */
  bands: { from: number; to: number; count: number }[];
}

/** The latest composite of every scored association, as grade counts and ten bands. */
export function scoreDistribution(rows: ScoreRow[]): ScoreDistribution {
  const grades = { A: 0, B: 0, C: 0, D: 0 };
  const bands = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: 0 }));
  let scored = 0;
  for (const r of rows) {
    scored += r.count;
    if (r.grade && r.grade in grades) grades[r.grade as keyof typeof grades] += r.count;
    const band = Math.min(Math.max(r.bucket, 1), 10) - 1;
    bands[band].count += r.count;
  }
  return { scored, grades, bands };
}

export interface GrantGroupRow {
  phase: string;
  kindCode: string;
  status: string;
  flagged: boolean;
  count: number;
  /** Sum of Rials as a decimal string (bigint). */
  rials: string;
  hours: number;
}

export interface SupportsCell {
  phase: string;
  kindCode: string;
  kindNameFa: string | null;
  kindNameEn: string | null;
  requests: number;
  granted: number;
  delivered: number;
  grantedRials: string;
  grantedHours: number;
  flaggedPrecautions: number;
}

const GRANTED = new Set<string>(COMMITTED_STATUSES);

/** Grants per (phase, kind): how many were asked for, granted, delivered, and what was granted. */
export function supportsByPhaseAndKind(
  rows: GrantGroupRow[],
  kinds: { code: string; nameFa: string; nameEn: string }[],
): SupportsCell[] {
  const names = new Map(kinds.map((k) => [k.code, k]));
  const cells = new Map<string, SupportsCell & { rialsBig: bigint }>();
  for (const r of rows) {
    const key = `${r.phase}|${r.kindCode}`;
    let c = cells.get(key);
    if (!c) {
      const k = names.get(r.kindCode);
      c = {
        phase: r.phase,
        kindCode: r.kindCode,
        kindNameFa: k?.nameFa ?? null,
        kindNameEn: k?.nameEn ?? null,
        requests: 0,
        granted: 0,
        delivered: 0,
        grantedRials: '0',
        grantedHours: 0,
        flaggedPrecautions: 0,
        rialsBig: 0n,
      };
      cells.set(key, c);
    }
    c.requests += r.count;
    if (r.flagged) c.flaggedPrecautions += r.count;
    if (r.status === 'delivered') c.delivered += r.count;
    if (GRANTED.has(r.status)) {
      c.granted += r.count;
      c.rialsBig += BigInt(r.rials);
      c.grantedHours += r.hours;
    }
  }
  const phaseOrder = new Map(PHASES.map((p) => [p.key as string, p.order]));
  return [...cells.values()]
    .map(({ rialsBig, ...c }) => ({ ...c, grantedRials: rialsBig.toString() }))
    .sort(
      (a, b) =>
        (phaseOrder.get(a.phase) ?? 9) - (phaseOrder.get(b.phase) ?? 9) ||
        a.kindCode.localeCompare(b.kindCode),
    );
}
