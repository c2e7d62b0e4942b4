import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import { isUniqueViolation } from '@tashakkol/database';
import {
  AuthContext,
  BadInputError,
  ConflictError,
  NotFoundError,
  SCORE_REQUESTS,
  ScoreRequests,
  StaleVersionError,
  toJalaliDate,
} from '@tashakkol/shared';
import { DataSource } from 'typeorm';
import { InvalidPeriodError, parsePeriod, periodBounds } from '../domain/periods';
import { BadPeriodError } from '../kpi.errors';
import { CRITERION_NAMES } from '../scoring/scoring.types';
import { assertAssociation } from '../targets/targets.service';
import { ChamberAssessmentView, PutChamberAssessmentDto } from './chamber-assessment.dto';
import { KpiChamberAssessment } from './chamber-assessment.entity';

@Injectable()
export class ChamberAssessmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    @Inject(SCORE_REQUESTS) private readonly scoreRequests: ScoreRequests,
  ) {}

  async get(auth: AuthContext, associationId: string, period: string): Promise<ChamberAssessmentView> {
    readPeriod(period);
    await assertAssociation(this.db.manager, auth, associationId);
    const row = await this.db.manager.findOne(KpiChamberAssessment, { where: { associationId, period } });
    if (!row) throw new NotFoundError('chamber_assessment', `${associationId}/${period}`);
    return view(row);
  }

  /** Staff record (or revise, with the version last read) the expert's assessment; the scores follow. */
  async put(
    auth: AuthContext,
    associationId: string,
    period: string,
    dto: PutChamberAssessmentDto,
  ): Promise<ChamberAssessmentView> {
    const p = readPeriod(period);
    if (periodBounds(p).start.getTime() > Date.now())
      throw new BadPeriodError(`${period} has not started yet`);
    const seen = new Set<string>();
    for (const [i, c] of dto.criteria.entries()) {
      if (seen.has(c.criterion))
        throw new BadInputError(
          'kpi.duplicate_criterion',
          `criteria.${i}.criterion: ${c.criterion} is given twice`,
        );
      seen.add(c.criterion);
    }
    return this.db.transaction(async (em) => {
      await assertAssociation(em, auth, associationId);
      const existing = await em.findOne(KpiChamberAssessment, {
        where: { associationId, period },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing && existing.version !== dto.version)
        throw new StaleVersionError('chamber_assessment', dto.version ?? 0, existing.version);
      if (!existing && dto.version !== undefined)
        throw new ConflictError('kpi.assessment_missing', `version: there is no assessment of ${period} yet`);
      const before = existing ? view(existing) : null;
      const criteria = dto.criteria.map((c) => ({
        criterion: c.criterion,
        score: c.score,
        comment: c.comment,
      }));
      let saved: KpiChamberAssessment;
      try {
        saved = existing
          ? await em.save(Object.assign(existing, { criteria, assessedBy: auth.userId }))
          : await em.save(
              em.create(KpiChamberAssessment, { associationId, period, criteria, assessedBy: auth.userId }),
            );
      } catch (err) {
        // Two first assessments at once: the second lost the race, like a stale version.
        if (isUniqueViolation(err, 'uq_kpi_chamber_assessments_association_period'))
          throw new StaleVersionError('chamber_assessment', 0, 1);
        throw err;
      }
      const after = view(saved);
      await this.audit.record(em, auth, {
        action: existing ? 'kpi.chamber_assessment.update' : 'kpi.chamber_assessment.create',
        entity: 'kpi_chamber_assessment',
        entityId: saved.id,
        associationId,
        before,
        after,
      });
      await this.scoreRequests.requestRescore(em, associationId, 'chamber_assessment', saved.id);
      return after;
    });
  }
}

function readPeriod(text: string) {
  try {
    return parsePeriod(text);
  } catch (err) {
    if (err instanceof InvalidPeriodError) throw new BadPeriodError(err.message);
    throw err;
  }
}

function view(a: KpiChamberAssessment): ChamberAssessmentView {
  return {
    id: a.id,
    associationId: a.associationId,
    period: a.period,
    criteria: a.criteria.map((c) => ({ ...c, nameFa: CRITERION_NAMES[c.criterion].fa })),
    assessedBy: a.assessedBy,
    updatedAt: a.updatedAt,
    updatedAtJalali: toJalaliDate(a.updatedAt),
    version: a.version,
  };
}
