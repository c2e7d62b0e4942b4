import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import { loadSettingsRow } from '@tashakkol/database';
import { AuthContext, StaleVersionError } from '@tashakkol/shared';
import { DataSource, Repository } from 'typeorm';
import { assertThresholds } from './grades';
import { KpiSettings } from './kpi-settings.entity';
import { KpiSettingsView, UpdateKpiSettingsDto } from './kpi-settings.dto';
import { GradeThresholds } from './scoring.types';

@Injectable()
export class KpiSettingsService {
  constructor(
    @InjectRepository(KpiSettings) private readonly settings: Repository<KpiSettings>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<KpiSettingsView> {
    return view(await loadSettingsRow(this.dataSource.manager, KpiSettings, {}));
  }

  async thresholds(): Promise<GradeThresholds> {
    const s = await this.get();
    return { A: s.gradeA, B: s.gradeB, C: s.gradeC };
  }

  async ratingThresholds(): Promise<GradeThresholds> {
    const s = await this.get();
    return { A: s.ratingGradeA, B: s.ratingGradeB, C: s.ratingGradeC };
  }

  async update(auth: AuthContext, dto: UpdateKpiSettingsDto): Promise<KpiSettingsView> {
    return this.dataSource.transaction(async (em) => {
      const row = await loadSettingsRow(em, KpiSettings, {}, { lock: true });
      if (row.version !== dto.version) throw new StaleVersionError('kpi_settings', dto.version, row.version);
      const before = view(row);
      const next = {
        A: dto.gradeA ?? before.gradeA,
        B: dto.gradeB ?? before.gradeB,
        C: dto.gradeC ?? before.gradeC,
      };
      assertThresholds(next);
      const rating = {
        A: dto.ratingGradeA ?? before.ratingGradeA,
        B: dto.ratingGradeB ?? before.ratingGradeB,
        C: dto.ratingGradeC ?? before.ratingGradeC,
      };
      assertThresholds(rating, 'ratingGrade');
      row.ratingGradeA = String(rating.A);
      row.ratingGradeB = String(rating.B);
      row.ratingGradeC = String(rating.C);
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
    ratingGradeA: Number(s.ratingGradeA),
    ratingGradeB: Number(s.ratingGradeB),
    ratingGradeC: Number(s.ratingGradeC),
    stallDays: s.stallDays,
    reportGraceDays: s.reportGraceDays,
    version: s.version,
    updatedAt: s.updatedAt,
  };
}
