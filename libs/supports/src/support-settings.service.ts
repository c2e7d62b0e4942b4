import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import { loadSettingsRow } from '@tashakkol/database';
import { AuthContext, StaleVersionError } from '@tashakkol/shared';
import { DataSource, EntityManager } from 'typeorm';
import { IndependenceSettings } from './independence-precaution';
import { UpdateSupportSettingsDto } from './supports.dto';
import { SupportSettings } from './support-settings.entity';

const DEFAULTS = { independenceThresholdRials: '5000000000', independenceMaxSharePercent: 30 };

@Injectable()
export class SupportSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  get(): Promise<SupportSettings> {
    return this.load(this.db.manager);
  }

  async load(em: EntityManager, lock = false): Promise<SupportSettings> {
    return loadSettingsRow(em, SupportSettings, DEFAULTS, { lock });
  }

  async independence(em: EntityManager): Promise<IndependenceSettings> {
    const s = await this.load(em);
    return {
      thresholdRials: BigInt(s.independenceThresholdRials),
      maxSharePercent: s.independenceMaxSharePercent,
    };
  }

  async update(auth: AuthContext, dto: UpdateSupportSettingsDto): Promise<SupportSettings> {
    return this.db.transaction(async (em) => {
      const s = await this.load(em, true);
      if (s.version !== dto.version) throw new StaleVersionError('support_settings', dto.version, s.version);
      const before = { ...s };
      if (dto.independenceThresholdRials !== undefined)
        s.independenceThresholdRials = dto.independenceThresholdRials;
      if (dto.independenceMaxSharePercent !== undefined)
        s.independenceMaxSharePercent = dto.independenceMaxSharePercent;
      const saved = await em.save(s);
      await this.audit.record(em, auth, {
        action: 'support_settings.update',
        entity: 'support_settings',
        entityId: '1',
        before,
        after: saved,
      });
      return saved;
    });
  }
}
