import { AssociationStatus, PHASE_KEYS, PhaseKey, statusForPhase } from '@tashakkol/associations';
import {
  BoardElectionOutput,
  DEFAULT_SETTINGS,
  electedBoardOf,
  evaluateGate,
  RecordedOutputs,
  RegistrationOutput,
  SAMPLE_OUTPUTS,
} from '@tashakkol/lifecycle';
import { Seed } from './seed';

const DAY_MS = 86_400_000;
/** How long each demo association stayed in each phase it has left (days). */
const STAY_DAYS = [40, 55, 30, 120, 200];

/**
 * Spreads the demo associations across the six phases (in creation order, round robin), with the
 * outputs every earlier gate required and one applied transition per move. What those outputs
 * establish reaches the register as it does through the API: past formation an association is
 * registered (its own number, or the one its registration output gives) and has its elected board,
 * and its status follows its phase (dormant and dissolved stay). Associations that already have
 * lifecycle rows are left alone, so running it twice changes nothing.
 */
export const lifecycleSeed: Seed = {
  name: 'lifecycle',
  async run({ ds, log }) {
    const associations: {
      id: string;
      has_rows: boolean;
      status: AssociationStatus;
      registration_no: string | null;
      founded_at: string | null;
    }[] = await ds.query(
      `SELECT a.id, a.status, a.registration_no, to_char(a.founded_at, 'YYYY-MM-DD') AS founded_at,
              EXISTS (SELECT 1 FROM lifecycle_transitions t WHERE t.association_id = a.id)
           OR EXISTS (SELECT 1 FROM lifecycle_phase_outputs o WHERE o.association_id = a.id) AS has_rows
         FROM associations a ORDER BY a.created_at, a.id`,
    );
    if (!associations.length) {
      log('no associations yet: nothing to place in phases');
      return;
    }
    let placed = 0;
    for (const [index, association] of associations.entries()) {
      if (association.has_rows) continue;
      const target = index % PHASE_KEYS.length;
      await ds.transaction(async (em) => {
        const now = Date.now();
        const totalDays = STAY_DAYS.slice(0, target).reduce((a, b) => a + b, 0) + 5 + ((index * 17) % 60);
        let at = new Date(now - totalDays * DAY_MS);
        for (let step = 0; step <= target; step++) {
          const phase = PHASE_KEYS[step];
          const outputs = step < target ? SAMPLE_OUTPUTS[phase] : firstOutputOnly(phase);
          for (const [key, sample] of Object.entries(outputs)) {
            const data =
              key === 'registration'
                ? ownRegistration(sample as RegistrationOutput, association, index, at)
                : sample;
            const rows: { id: string }[] = await em.query(
              `INSERT INTO lifecycle_phase_outputs (association_id, phase, key, data, revision, recorded_at, version)
               VALUES ($1, $2, $3, $4, 1, $5, 1) RETURNING id`,
              [association.id, phase, key, JSON.stringify(data), at],
            );
            await em.query(
              `INSERT INTO lifecycle_phase_output_revisions (output_id, association_id, phase, key, revision, data, recorded_at)
               VALUES ($1, $2, $3, $4, 1, $5, $6)`,
              [rows[0].id, association.id, phase, key, JSON.stringify(data), at],
            );
          }
          if (step === target) break;
          const next = PHASE_KEYS[step + 1];
          const left = new Date(at.getTime() + STAY_DAYS[step] * DAY_MS);
          const gate = evaluateGate(phase, SAMPLE_OUTPUTS[phase] as RecordedOutputs, {
            settings: DEFAULT_SETTINGS,
            // The demo has no KPI rows; its history records the indicators as agreed by then.
            indicators: { met: true, missing: [] },
          });
          await em.query(
            `INSERT INTO lifecycle_transitions
               (association_id, from_phase, to_phase, direction, status, gate_snapshot, proposed_at, decided_at, applied_at, version)
             VALUES ($1, $2, $3, 'forward', 'applied', $4, $5, $5, $5, 1)`,
            [association.id, phase, next, JSON.stringify(gate), left],
          );
          at = left;
        }
        await em.query(
          `UPDATE associations SET phase = $2, phase_entered_at = $3, lifecycle_version = lifecycle_version + $4, status = $5 WHERE id = $1`,
          [
            association.id,
            PHASE_KEYS[target],
            at,
            target,
            statusForPhase(association.status, PHASE_KEYS[target]),
          ],
        );
        if (target > PHASE_KEYS.indexOf('formation'))
          await writeFormationToRegister(em, association, index, at);
      });
      placed++;
    }
    log(
      `placed ${placed} association(s) across the six phases (${associations.length - placed} already had a lifecycle)`,
    );
  },
};

/** The phase an association is in has only its first output so far: its gate shows what is left. */
function firstOutputOnly(phase: PhaseKey): Partial<(typeof SAMPLE_OUTPUTS)[PhaseKey]> {
  const [first] = Object.entries(SAMPLE_OUTPUTS[phase]);
  return first ? { [first[0]]: first[1] } : {};
}

type Placed = { id: string; registration_no: string | null; founded_at: string | null };

/** The registration output of a demo association carries the register's own number when it has one. */
function ownRegistration(sample: RegistrationOutput, a: Placed, index: number, at: Date): RegistrationOutput {
  return {
    ...sample,
    registrationNo: a.registration_no ?? `KRM-1405-${String(900 + index)}`,
    registeredAt: a.founded_at ?? at.toISOString().slice(0, 10),
  };
}

/** What the formation outputs establish: the registration and, when it has none, the elected board. */
async function writeFormationToRegister(
  em: { query: (sql: string, params?: unknown[]) => Promise<unknown> },
  a: Placed,
  index: number,
  at: Date,
): Promise<void> {
  const registration = ownRegistration(SAMPLE_OUTPUTS.formation.registration!, a, index, at);
  await em.query(
    `UPDATE associations SET registration_no = $2, registration_authority = COALESCE(registration_authority, $3),
       registered_at = COALESCE(registered_at, $4::date) WHERE id = $1`,
    [a.id, registration.registrationNo, registration.authority, registration.registeredAt],
  );
  const board = electedBoardOf(SAMPLE_OUTPUTS.formation.board_election as BoardElectionOutput);
  for (const seat of board.seats) {
    await em.query(
      `INSERT INTO board_members (association_id, full_name, role, firm_name, term_start, term_end, elected_by, version)
       SELECT $1::uuid, $2::varchar, $3::varchar, $4::varchar, $5::date, $6::date, $7::varchar, 1
        WHERE NOT EXISTS (SELECT 1 FROM board_members WHERE association_id = $1::uuid AND term_start <> $5::date)
          AND NOT EXISTS (SELECT 1 FROM board_members WHERE association_id = $1::uuid AND full_name = $2::varchar AND term_start = $5::date)`,
      [a.id, seat.fullName, seat.role, seat.firmName, board.electedAt, board.termEnd, board.electedBy],
    );
  }
}
