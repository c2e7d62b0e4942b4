import { SUPPORT_KIND_CATALOG } from '@tashakkol/supports';
import { Seed } from './seed';

const PHASES = [
  'concept_review',
  'diagnosis',
  'potential_assessment',
  'formation',
  'support_monitoring',
  'development',
] as const;

/** One demo grant per phase an association has been through: kind, amount or hours, justification. */
const DEMO_BY_PHASE: Record<
  (typeof PHASES)[number],
  { kind: string; amountRials?: string; hours?: number; participants?: number; why: string }
> = {
  concept_review: { kind: 'moral', why: 'نامه حمایت اتاق و معرفی به دستگاه های مرتبط' },
  diagnosis: { kind: 'moral', why: 'معرفی به رسانه ها برای فراخوان فعالان رسته' },
  potential_assessment: { kind: 'venue', amountRials: '150000000', why: 'سالن اتاق برای جلسات پتانسیل سنجی' },
  formation: {
    kind: 'training',
    hours: 24,
    participants: 20,
    why: 'آموزش اساسنامه نویسی و برگزاری مجمع عمومی مؤسس',
  },
  support_monitoring: {
    kind: 'strategic_plan',
    amountRials: '1500000000',
    why: 'مشاوره تدوین برنامه راهبردی سه ساله',
  },
  development: { kind: 'rnd_unit', amountRials: '2000000000', why: 'مشاوره راه اندازی واحد تحقیق و پژوهش' },
};

/** Jalali years 1404 and 1405 in UTC: 1404/01/01 = 2025-03-21, 1405/01/01 = 2026-03-21, 1406/01/01 = 2027-03-21. */
const Y1404 = new Date('2025-03-21T00:00:00Z');
const Y1406 = new Date('2027-03-21T00:00:00Z');

/**
 * Support kinds, budgets for 1404 and 1405, the demo approver's limits, and for each demo association
 * a grant in every phase it has been through (earlier ones delivered in 1404, the current one requested in 1405).
 */
export const supportsSeed: Seed = {
  name: 'supports',
  async run({ ds, log }) {
    await ds.transaction(async (em) => {
      for (const k of SUPPORT_KIND_CATALOG) {
        await em.query(
          `INSERT INTO support_kinds (code, name_fa, name_en, carries, phases, sort_order, version) VALUES ($1, $2, $3, $4, $5, $6, 1)
           ON CONFLICT (code) DO NOTHING`,
          [k.code, k.nameFa, k.nameEn, k.carries, k.phases, k.sortOrder],
        );
      }
      for (const year of [1404, 1405]) {
        for (const k of SUPPORT_KIND_CATALOG.filter((x) => x.carries !== 'in_kind')) {
          await em.query(
            `INSERT INTO support_budgets (fiscal_year, kind_code, unit, total, version) VALUES ($1, $2, $3, $4, 1)
             ON CONFLICT (fiscal_year, kind_code) DO NOTHING`,
            [
              year,
              k.code,
              k.carries === 'hours' ? 'hours' : 'rials',
              k.carries === 'hours' ? '2000' : '50000000000',
            ],
          );
        }
      }
      const users: { id: string; email: string; role: string }[] = await em.query(
        `SELECT id, email, role FROM users WHERE email IN ('approver@tashakkol.local', 'staff@tashakkol.local') OR role = 'admin' ORDER BY created_at`,
      );
      const approver = users.find((u) => u.email === 'approver@tashakkol.local');
      const admin = users.find((u) => u.role === 'admin');
      const staff = users.find((u) => u.email === 'staff@tashakkol.local') ?? admin;
      if (approver && admin) {
        for (const k of SUPPORT_KIND_CATALOG) {
          const hours = k.carries === 'hours';
          await em.query(
            `INSERT INTO approval_limits (user_id, kind_code, per_grant, yearly, valid_from, valid_until, granted_by, version)
             SELECT $1::uuid, $2::varchar, $3::bigint, $4::bigint, $5::timestamptz, $6::timestamptz, $7::uuid, 1
             WHERE NOT EXISTS (SELECT 1 FROM approval_limits WHERE user_id = $1::uuid AND kind_code = $2::varchar)`,
            [
              approver.id,
              k.code,
              hours ? '200' : '2000000000',
              hours ? '1000' : '10000000000',
              Y1404,
              Y1406,
              admin.id,
            ],
          );
        }
        log(
          'limits for approver@tashakkol.local: 2 billion Rials a grant, 10 billion a year per kind (training 200/1000 hours)',
        );
      } else if (approver) {
        log(
          'no admin yet (set ADMIN_EMAIL): the demo approver has no approval limits and can approve nothing',
        );
      }
      const associations: { id: string; phase: (typeof PHASES)[number] }[] = await em.query(
        `SELECT a.id, a.phase FROM associations a WHERE NOT EXISTS (SELECT 1 FROM support_grants g WHERE g.association_id = a.id) ORDER BY a.created_at`,
      );
      if (associations.length === 0 || !staff || !approver) {
        log('no demo associations without grants: no grants seeded');
        return;
      }
      let count = 0;
      for (const a of associations) {
        const reached = PHASES.indexOf(a.phase);
        for (let i = 0; i <= reached; i++) {
          const phase = PHASES[i];
          const demo = DEMO_BY_PHASE[phase];
          const current = i === reached;
          const year = current ? 1405 : 1404;
          const requestedAt = current ? new Date() : new Date(Date.UTC(2025, 4 + i, 10));
          const quantity = demo.hours !== undefined ? String(demo.hours) : (demo.amountRials ?? '0');
          const [budget]: { id: string }[] = await em.query(
            `SELECT id FROM support_budgets WHERE fiscal_year = $1 AND kind_code = $2`,
            [year, demo.kind],
          );
          const [grant]: { id: string }[] = await em.query(
            `INSERT INTO support_grants (association_id, kind_code, phase, suits_phase, amount_rials, hours, participants, quantity, justification,
               status, fiscal_year, requested_by, requested_at, approved_by, approved_at, decided_by, decided_at, delivered_by, delivered_at,
               evidence, budget_id, version)
             VALUES ($1, $2, $3, true, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $13, $14, $15, $16, $17, $18, 1) RETURNING id`,
            [
              a.id,
              demo.kind,
              phase,
              demo.amountRials ?? null,
              demo.hours ?? null,
              demo.participants ?? null,
              quantity,
              demo.why,
              current ? 'requested' : 'delivered',
              year,
              staff.id,
              requestedAt,
              current ? null : approver.id,
              current ? null : new Date(requestedAt.getTime() + 7 * 86400_000),
              current ? null : staff.id,
              current ? null : new Date(requestedAt.getTime() + 30 * 86400_000),
              current ? null : `صورتجلسه تحویل شماره ${1000 + count}`,
              current ? null : (budget?.id ?? null),
            ],
          );
          const steps = current
            ? [['request', null, 'requested']]
            : [
                ['request', null, 'requested'],
                ['approve', 'requested', 'approved'],
                ['deliver', 'approved', 'delivered'],
              ];
          for (const [action, from, to] of steps) {
            await em.query(
              `INSERT INTO support_grant_events (grant_id, action, from_status, to_status, actor_id, actor_role, occurred_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
              [
                grant.id,
                action,
                from,
                to,
                action === 'approve' ? approver.id : staff.id,
                action === 'approve' ? 'approver' : 'staff',
                requestedAt,
              ],
            );
          }
          count++;
        }
      }
      // Budgets agree with the grants that draw on them.
      await em.query(
        `UPDATE support_budgets b SET
           reserved = COALESCE((SELECT SUM(quantity) FROM support_grants g WHERE g.budget_id = b.id AND g.status = 'approved'), 0),
           spent = COALESCE((SELECT SUM(quantity) FROM support_grants g WHERE g.budget_id = b.id AND g.status = 'delivered'), 0)`,
      );
      log(
        `${count} demo grants for ${associations.length} associations (one per phase each has been through)`,
      );
    });
  },
};
