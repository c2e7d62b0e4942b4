import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertAssociationScope, AuthContext, NotFoundError, toJalaliDate } from '@tashakkol/shared';
import { DataSource } from 'typeorm';
import { parsePeriod } from '../domain/periods';
import { assessmentLabelOf } from '../scoring/calculator';
import { KpiSettingsService } from '../scoring/kpi-settings.service';
import { PeersView } from '../scoring/scores.dto';
import { RatingQueryDto, YearlyRatingView } from './rating.dto';
import { ratingGrade, YearlyIndicator } from './yearly-rating';

@Injectable()
export class RatingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: KpiSettingsService,
  ) {}

  /** The association's yearly rating with its grade (today's thresholds) and its place among peers. */
  async read(auth: AuthContext, associationId: string, query: RatingQueryDto): Promise<YearlyRatingView> {
    assertAssociationScope(auth, associationId);
    const [row]: {
      year: number;
      composite: string | null;
      criteria: YearlyRatingView['criteria'];
      axes: YearlyRatingView['axes'];
      indicators: YearlyIndicator[];
      periods: string[];
      computed_at: Date;
      category_id: number | null;
    }[] = await this.db.query(
      `SELECT r.*, a.category_id FROM kpi_ratings r JOIN associations_register_v a ON a.id = r.association_id
       WHERE r.association_id = $1 AND ($2::int IS NULL OR r.year = $2) ORDER BY r.year DESC LIMIT 1`,
      [associationId, query.year ?? null],
    );
    if (!row)
      throw new NotFoundError('kpi_rating', query.year ? `${associationId}/${query.year}` : associationId);
    const composite = row.composite === null ? null : Number(row.composite);
    const thresholds = await this.settings.ratingThresholds();
    const names = await this.names(row.indicators.map((i) => i.code));
    const kinds = row.periods.map((p) => parsePeriod(p).kind);
    const all = await this.peers(row.year, composite, null);
    return {
      associationId,
      kind: 'rating',
      year: row.year,
      composite,
      grade: ratingGrade(composite, thresholds),
      thresholds,
      criteria: row.criteria,
      axes: row.axes,
      indicators: row.indicators.map((i) => ({
        ...i,
        nameFa: names.get(i.code)?.fa ?? i.code,
        nameEn: names.get(i.code)?.en ?? i.code,
      })),
      periods: row.periods,
      coverage: {
        quarters: kinds.filter((k) => k === 'quarterly').length,
        months: kinds.filter((k) => k === 'monthly').length,
        yearly: kinds.includes('yearly'),
      },
      position: {
        ...all,
        category:
          row.category_id === null
            ? null
            : { categoryId: row.category_id, ...(await this.peers(row.year, composite, row.category_id)) },
      },
      computedAt: row.computed_at,
      computedAtJalali: toJalaliDate(row.computed_at),
    };
  }

  private async peers(year: number, composite: number | null, categoryId: number | null): Promise<PeersView> {
    const [p]: { n: string; avg: string | null; best: string | null; above: string }[] = await this.db.query(
      `SELECT count(*) AS n, avg(r.composite) AS avg, max(r.composite) AS best,
              count(*) FILTER (WHERE r.composite > $2) AS above
       FROM kpi_ratings r ${categoryId === null ? '' : 'JOIN associations_register_v a ON a.id = r.association_id AND a.category_id = $3'}
       WHERE r.year = $1 AND r.composite IS NOT NULL`,
      categoryId === null ? [year, composite] : [year, composite, categoryId],
    );
    const average = p.avg === null ? null : Math.round(Number(p.avg) * 100) / 100;
    const best = p.best === null ? null : Number(p.best);
    return {
      peers: Number(p.n),
      average,
      best,
      rank: composite === null ? null : Number(p.above) + 1,
      vsAverage:
        composite === null || average === null ? null : Math.round((composite - average) * 100) / 100,
      vsBest: composite === null || best === null ? null : Math.round((composite - best) * 100) / 100,
    };
  }

  private async names(codes: string[]): Promise<Map<string, { fa: string; en: string }>> {
    const rows: { code: string; name_fa: string; name_en: string }[] = await this.db.query(
      `SELECT code, name_fa, name_en FROM kpi_indicators WHERE code = ANY($1)`,
      [codes],
    );
    const out = new Map(rows.map((r) => [r.code, { fa: r.name_fa, en: r.name_en }]));
    for (const code of codes) {
      const label = assessmentLabelOf(code);
      if (label) out.set(code, label);
    }
    return out;
  }
}
