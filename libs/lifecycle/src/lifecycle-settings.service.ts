import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import { loadSettingsRow } from '@tashakkol/database';
import { AuthContext, StaleVersionError } from '@tashakkol/shared';
import { DataSource, EntityManager } from 'typeorm';
import { LifecycleSettings, PhaseWording } from './lifecycle-settings.entity';
import { UpdateLifecycleSettingsDto } from './lifecycle.dto';
import { DEFAULT_SETTINGS, PhaseDefinition, PhaseNote, PHASES } from './phase-table';
import { PHASE_SUPPORTS_READER, PhaseSupportOffer, PhaseSupportsReader } from './phase-supports.port';

export interface PhaseView extends PhaseDefinition {
  /** The admin's wording where given, else the defaults of the table. */
  precautions: PhaseNote[];
}

/** A kind of the support catalog offered in a phase, with `textFa`/`textEn` as the phase notes have them. */
export type SupportOfferView = PhaseSupportOffer & { textFa: string; textEn: string };

const DEFAULTS = { ...DEFAULT_SETTINGS, phaseWording: {} };

@Injectable()
export class LifecycleSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    // Supports provides it globally; without the supports module (a bare worker) no kind is offered.
    @Optional() @Inject(PHASE_SUPPORTS_READER) private readonly supports?: PhaseSupportsReader,
  ) {}

  /** The kinds of the support catalog that suit each phase (the catalog is their one source). */
  async supportOffers(): Promise<Partial<Record<PhaseDefinition['key'], SupportOfferView[]>>> {
    const offers: Partial<Record<string, PhaseSupportOffer[]>> = (await this.supports?.offersByPhase()) ?? {};
    return Object.fromEntries(
      Object.entries(offers).map(([phase, list = []]) => [
        phase,
        list.map((o) => ({ ...o, textFa: o.nameFa, textEn: o.nameEn })),
      ]),
    );
  }

  async current(em: EntityManager = this.db.manager): Promise<LifecycleSettings> {
    return loadSettingsRow(em, LifecycleSettings, DEFAULTS);
  }

  async phases(): Promise<{
    phases: (PhaseView & { supports: SupportOfferView[] })[];
    settings: LifecycleSettings;
  }> {
    const [settings, offers] = await Promise.all([this.current(), this.supportOffers()]);
    return {
      phases: PHASES.map((p) => ({
        ...withWording(p, settings.phaseWording),
        supports: offers[p.key] ?? [],
      })),
      settings,
    };
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
  return { ...p, precautions: own?.precautions ?? p.precautions };
}
