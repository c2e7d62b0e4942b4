import { Injectable } from '@nestjs/common';
import { KpiSettingsView } from '../kpi.views';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import { AuthContext, StaleVersionError } from '@tashakkol/shared';
import { DataSource, Repository } from 'typeorm';
import { assertThresholds } from './grades';
import { KpiSettings } from './kpi-settings.entity';
import { UpdateKpiSettingsDto } from './kpi-settings.dto';
import { GradeThresholds } from './scoring.types';

@Injectable()
export class KpiSettingsService {
  constructor(
    @InjectRepository(KpiSettings) private readonly settings: Repository<KpiSettings>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<KpiSettingsView> {
    return view(await this.settings.findOneByOrFail({ id: 1 }));
  }

  async thresholds(): Promise<GradeThresholds> {
    const s = await this.get();
    return { A: s.gradeA, B: s.gradeB, C: s.gradeC };
  }

  async update(auth: AuthContext, dto: UpdateKpiSettingsDto): Promise<KpiSettingsView> {
    return this.dataSource.transaction(async (em) => {
      const row = await em.findOneOrFail(KpiSettings, {
        where: { id: 1 },
        lock: { mode: 'pessimistic_write' },
      });
      if (row.version !== dto.version) throw new StaleVersionError('kpi_settings', dto.version, row.version);
      const before = view(row);
      const next = {
        A: dto.gradeA ?? before.gradeA,
        B: dto.gradeB ?? before.gradeB,
        C: dto.gradeC ?? before.gradeC,
      };
      assertThresholds(next);
      row.gradeA = String(next.A);
      row.gradeB = String(next.B);
      row.gradeC = String(next.C);
      row.stallDays = dto.stallDays ?? row.stallDays;
      row.reportGraceDays = dto.reportGraceDays ?? row.reportGraceDays;
      const saved = view(await em.save(row));
      await this.audit.record(em, auth, {
        action: 'kpi_settings.update',
        entity: 'kpi_settings',
        entityId: '1',
        before,
        after: saved,
      });
      return saved;
    });
  }
}

function view(s: KpiSettings): KpiSettingsView {
  return {
    gradeA: Number(s.gradeA),
    gradeB: Number(s.gradeB),
    gradeC: Number(s.gradeC),
    stallDays: s.stallDays,
    reportGraceDays: s.reportGraceDays,
    version: s.version,
    updatedAt: s.updatedAt,
  };
}
