import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import { AuthContext, StaleVersionError } from '@tashakkol/shared';
import { DataSource, EntityManager } from 'typeorm';
import { LifecycleSettings, PhaseWording } from './lifecycle-settings.entity';
import { UpdateLifecycleSettingsDto } from './lifecycle.dto';
import { DEFAULT_SETTINGS, PhaseDefinition, PhaseNote, PHASES } from './phase-table';

export interface PhaseView extends PhaseDefinition {
  /** The admin's wording where given, else the defaults of the table. */
  supports: PhaseNote[];
  precautions: PhaseNote[];
}

@Injectable()
export class LifecycleSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async current(em: EntityManager = this.db.manager): Promise<LifecycleSettings> {
    const row = await em.findOne(LifecycleSettings, { where: { id: 1 } });
    return row ?? em.create(LifecycleSettings, { id: 1, ...DEFAULT_SETTINGS, phaseWording: {}, version: 0 });
  }

  async phases(): Promise<{ phases: PhaseView[]; settings: LifecycleSettings }> {
    const settings = await this.current();
    return { phases: PHASES.map((p) => withWording(p, settings.phaseWording)), settings };
  }

  async update(auth: AuthContext, dto: UpdateLifecycleSettingsDto): Promise<LifecycleSettings> {
    return this.db.transaction(async (em) => {
      await em.query(
        `INSERT INTO lifecycle_settings (id, potential_threshold, min_founding_members, transitions_need_approval, version)
         VALUES (1, $1, $2, $3, 1) ON CONFLICT (id) DO NOTHING`,
        [
          DEFAULT_SETTINGS.potentialThreshold,
          DEFAULT_SETTINGS.minFoundingMembers,
          DEFAULT_SETTINGS.transitionsNeedApproval,
        ],
      );
      const row = await em.findOneOrFail(LifecycleSettings, {
        where: { id: 1 },
        lock: { mode: 'pessimistic_write' },
      });
      if (row.version !== dto.version)
        throw new StaleVersionError('lifecycle_settings', dto.version, row.version);
      const before = { ...row };
      const wording: PhaseWording = { ...row.phaseWording };
      for (const p of dto.phases ?? []) {
        wording[p.phase] = {
          ...wording[p.phase],
          ...(p.supports ? { supports: p.supports.map(plainNote) } : {}),
          ...(p.precautions ? { precautions: p.precautions.map(plainNote) } : {}),
        };
      }
      Object.assign(row, {
        potentialThreshold: dto.potentialThreshold ?? row.potentialThreshold,
        minFoundingMembers: dto.minFoundingMembers ?? row.minFoundingMembers,
        transitionsNeedApproval: dto.transitionsNeedApproval ?? row.transitionsNeedApproval,
        phaseWording: wording,
      });
      const saved = await em.save(row);
      await this.audit.record(em, auth, {
        action: 'lifecycle.settings_update',
        entity: 'lifecycle_settings',
        entityId: '1',
        before,
        after: saved,
      });
      return saved;
    });
  }
}

function plainNote(n: PhaseNote): PhaseNote {
  return { code: n.code, textFa: n.textFa, textEn: n.textEn };
}

export function withWording(p: PhaseDefinition, wording: PhaseWording): PhaseView {
  const own = wording[p.key];
  return { ...p, supports: own?.supports ?? p.supports, precautions: own?.precautions ?? p.precautions };
}
