import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import { loadSettingsRow } from '@tashakkol/database';
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

const DEFAULTS = { ...DEFAULT_SETTINGS, phaseWording: {} };

@Injectable()
export class LifecycleSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async current(em: EntityManager = this.db.manager): Promise<LifecycleSettings> {
    return loadSettingsRow(em, LifecycleSettings, DEFAULTS);
  }

  async phases(): Promise<{ phases: PhaseView[]; settings: LifecycleSettings }> {
    const settings = await this.current();
    return { phases: PHASES.map((p) => withWording(p, settings.phaseWording)), settings };
  }

  async update(auth: AuthContext, dto: UpdateLifecycleSettingsDto): Promise<LifecycleSettings> {
    return this.db.transaction(async (em) => {
      const row = await loadSettingsRow(em, LifecycleSettings, DEFAULTS, { lock: true });
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
