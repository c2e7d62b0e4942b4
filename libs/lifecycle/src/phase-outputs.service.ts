import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Association, RegisterWriter } from '@tashakkol/associations';
import { AuditService } from '@tashakkol/audit';
import { isUniqueViolation } from '@tashakkol/database';
import {
  assertAssociationScope,
  AuthContext,
  ConflictError,
  NotFoundError,
  StaleVersionError,
  toJalaliDate,
} from '@tashakkol/shared';
import { DataSource, EntityManager } from 'typeorm';
import { UnknownOutputError, UnknownPhaseError } from './lifecycle.errors';
import { validateOutput } from './output-validation';
import { PhaseOutputRevision } from './phase-output-revision.entity';
import { PhaseOutput } from './phase-output.entity';
import { BoardElectionOutput, FormationMethodOutput, OutputKey, RegistrationOutput } from './phase-outputs';
import { electedBoardOf, REGISTER_OUTPUTS } from './register-effects';
import { isPhaseKey, OutputDefinition, phaseOf } from './phase-table';

@Injectable()
export class PhaseOutputsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly register: RegisterWriter,
  ) {}

  /** Records one output of a phase (a new revision when it exists; the version guards against lost updates). */
  async record(auth: AuthContext, associationId: string, phase: string, key: string, body: unknown) {
    assertAssociationScope(auth, associationId);
    const def = this.outputDefinition(phase, key);
    const { version, data } = await validateOutput(def.key as OutputKey, body);
    try {
      return await this.db.transaction(async (em) => {
        // A share lock: a transition (FOR UPDATE) waits for this write, so its gate snapshot sees it.
        // An output that writes the register takes the row lock the register's write needs from the start.
        const association = await em.findOne(Association, {
          where: { id: associationId },
          select: { id: true },
          lock: { mode: REGISTER_OUTPUTS.includes(key) ? 'pessimistic_write' : 'pessimistic_read' },
        });
        if (!association) throw new NotFoundError('association', associationId);
        const now = new Date();
        let output = await em.findOne(PhaseOutput, {
          where: { associationId, phase: phase as PhaseOutput['phase'], key },
          lock: { mode: 'pessimistic_write' },
        });
        const before = output ? { ...output } : null;
        if (output) {
          if (output.version !== version)
            throw new StaleVersionError('phase_output', version ?? 0, output.version);
          Object.assign(output, {
            data,
            revision: output.revision + 1,
            recordedBy: auth.userId,
            recordedAt: now,
          });
        } else {
          output = em.create(PhaseOutput, {
            associationId,
            phase: phase as PhaseOutput['phase'],
            key,
            data,
            revision: 1,
            recordedBy: auth.userId,
            recordedAt: now,
          });
        }
        const saved = await em.save(output);
        await em.save(
          em.create(PhaseOutputRevision, {
            outputId: saved.id,
            associationId,
            phase: saved.phase,
            key,
            revision: saved.revision,
            data,
            recordedBy: auth.userId,
            recordedAt: now,
          }),
        );
        await this.writeRegister(em, auth, associationId, def.key as OutputKey, data);
        await this.audit.record(em, auth, {
          action: 'lifecycle.output_record',
          entity: 'phase_output',
          entityId: saved.id,
          associationId,
          before,
          after: saved,
        });
        return {
          ...saved,
          nameFa: def.nameFa,
          nameEn: def.nameEn,
          recordedAtJalali: toJalaliDate(saved.recordedAt),
        };
      });
    } catch (err) {
      if (isUniqueViolation(err, 'uq_lifecycle_phase_outputs_key')) {
        throw new ConflictError(
          'phase_output.concurrent_create',
          `key: output ${key} was just recorded by someone else; reload and retry`,
        );
      }
      throw err;
    }
  }

  /** The outputs of one phase, each with its revisions (oldest first). */
  async list(auth: AuthContext, associationId: string, phase: string) {
    assertAssociationScope(auth, associationId);
    if (!isPhaseKey(phase)) throw new UnknownPhaseError(phase);
    if (!(await this.db.manager.exists(Association, { where: { id: associationId } }))) {
      throw new NotFoundError('association', associationId);
    }
    const [outputs, revisions] = await Promise.all([
      this.db.manager.find(PhaseOutput, { where: { associationId, phase } }),
      this.db.manager.find(PhaseOutputRevision, {
        where: { associationId, phase },
        order: { revision: 'ASC' },
      }),
    ]);
    const def = phaseOf(phase);
    return {
      associationId,
      phase,
      nameFa: def.nameFa,
      nameEn: def.nameEn,
      items: def.outputs.map((o) => {
        const output = outputs.find((x) => x.key === o.key) ?? null;
        return {
          key: o.key,
          nameFa: o.nameFa,
          nameEn: o.nameEn,
          recorded: output !== null,
          output: output && { ...output, recordedAtJalali: toJalaliDate(output.recordedAt) },
          revisions: revisions
            .filter((r) => r.key === o.key)
            .map((r) => ({
              revision: r.revision,
              data: r.data,
              recordedBy: r.recordedBy,
              recordedAt: r.recordedAt,
              recordedAtJalali: toJalaliDate(r.recordedAt),
            })),
        };
      }),
    };
  }

  /** What the register learns from an output, written in the same transaction (no second form to fill). */
  private async writeRegister(
    em: EntityManager,
    auth: AuthContext,
    associationId: string,
    key: OutputKey,
    data: Record<string, unknown>,
  ): Promise<void> {
    if (key === 'registration') {
      const r = data as unknown as RegistrationOutput;
      await this.register.recordRegistration(em, auth, associationId, {
        registrationNo: r.registrationNo,
        authority: r.authority,
        registeredAt: r.registeredAt,
      });
    } else if (key === 'board_election') {
      await this.register.replaceElectedBoard(
        em,
        auth,
        associationId,
        electedBoardOf(data as unknown as BoardElectionOutput),
      );
    } else if (key === 'formation_method') {
      const m = data as unknown as FormationMethodOutput;
      if (m.method === 'sub_branch' && m.parentAssociationId)
        await this.register.setParent(em, auth, associationId, m.parentAssociationId, 'parentAssociationId');
    }
  }

  private outputDefinition(phase: string, key: string): OutputDefinition {
    if (!isPhaseKey(phase)) throw new UnknownPhaseError(phase);
    const def = phaseOf(phase).outputs.find((o) => o.key === key);
    if (!def) throw new UnknownOutputError(phase, key);
    return def;
  }
}
