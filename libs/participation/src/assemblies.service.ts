import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationsService } from '@tashakkol/associations';
import { AuditService } from '@tashakkol/audit';
import {
  AuthContext,
  BadInputError,
  jalaliOf,
  NotFoundError,
  SCORE_REQUESTS,
  ScoreRequests,
  StaleVersionError,
} from '@tashakkol/shared';
import { DataSource } from 'typeorm';
import { heldOnTime, quorumMet, quorumNeeded } from './assembly-rules';
import { Assembly } from './assembly.entity';
import { CreateAssemblyDto, RecordAssemblyDto } from './participation.dto';
import { AssemblyViewDto as AssemblyView } from './participation.views';

export function toAssemblyView(a: Assembly): AssemblyView {
  return {
    id: a.id,
    associationId: a.associationId,
    kind: a.kind,
    fiscalYear: a.fiscalYear,
    noticeDate: a.noticeDate,
    noticeDateJalali: jalaliOf(a.noticeDate) as string,
    scheduledOn: a.scheduledOn,
    scheduledOnJalali: jalaliOf(a.scheduledOn) as string,
    dueBy: a.dueBy,
    dueByJalali: jalaliOf(a.dueBy),
    agenda: a.agenda,
    quorumRule: a.quorumRule,
    heldOn: a.heldOn,
    heldOnJalali: jalaliOf(a.heldOn),
    eligible: a.eligible,
    attended: a.attended,
    quorumNeeded: a.eligible === null ? null : quorumNeeded(a.quorumRule, a.eligible),
    quorumMet:
      a.eligible === null || a.attended === null ? null : quorumMet(a.quorumRule, a.eligible, a.attended),
    heldOnTime: heldOnTime({ ...a, eligible: a.eligible ?? 0 }),
    resolutions: a.resolutions,
    version: a.version,
  };
}

/** General assemblies (مجامع عمومی): the board or the chamber's staff record them. */
@Injectable()
export class AssembliesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly associations: AssociationsService,
    private readonly audit: AuditService,
    @Optional() @Inject(SCORE_REQUESTS) private readonly scoreRequests?: ScoreRequests,
  ) {}

  async list(auth: AuthContext, associationId: string): Promise<{ items: AssemblyView[] }> {
    await this.associations.getVisible(auth, associationId);
    const rows = await this.db
      .getRepository(Assembly)
      .find({ where: { associationId }, order: { noticeDate: 'DESC' } });
    return { items: rows.map(toAssemblyView) };
  }

  async create(auth: AuthContext, associationId: string, dto: CreateAssemblyDto): Promise<AssemblyView> {
    await this.associations.getVisible(auth, associationId);
    if (dto.scheduledOn < dto.noticeDate)
      throw new BadInputError(
        'participation.scheduled_before_notice',
        'scheduledOn: must not be before noticeDate',
        {
          field: 'scheduledOn',
        },
      );
    return this.db.transaction(async (em) => {
      const row = await em
        .getRepository(Assembly)
        .save(
          em
            .getRepository(Assembly)
            .create({ ...dto, associationId, dueBy: dto.dueBy ?? null, resolutions: [] }),
        );
      const view = toAssemblyView(row);
      await this.audit.record(em, auth, {
        action: 'assembly.create',
        entity: 'assembly',
        entityId: row.id,
        associationId,
        after: view,
      });
      return view;
    });
  }

  /** Records that the assembly met: the day, who could and who did attend, what it resolved. */
  async record(
    auth: AuthContext,
    associationId: string,
    assemblyId: string,
    dto: RecordAssemblyDto,
  ): Promise<AssemblyView> {
    await this.associations.getVisible(auth, associationId);
    if (dto.attended > dto.eligible)
      throw new BadInputError('participation.attended_over_eligible', 'attended: cannot exceed eligible', {
        field: 'attended',
      });
    return this.db.transaction(async (em) => {
      const row = await em
        .getRepository(Assembly)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.id = :assemblyId AND a.association_id = :associationId', { assemblyId, associationId })
        .getOne();
      if (!row) throw new NotFoundError('assembly', assemblyId);
      if (row.version !== dto.version) throw new StaleVersionError('assembly', dto.version, row.version);
      if (dto.heldOn < row.noticeDate)
        throw new BadInputError(
          'participation.held_before_notice',
          'heldOn: must not be before the notice date',
          { field: 'heldOn' },
        );
      const before = toAssemblyView(row);
      Object.assign(row, {
        heldOn: dto.heldOn,
        eligible: dto.eligible,
        attended: dto.attended,
        resolutions: dto.resolutions ?? row.resolutions,
      });
      const view = toAssemblyView(await em.getRepository(Assembly).save(row));
      await this.audit.record(em, auth, {
        action: 'assembly.record',
        entity: 'assembly',
        entityId: row.id,
        associationId,
        before,
        after: view,
      });
      await this.scoreRequests?.requestRescore(
        em,
        associationId,
        'assembly_recorded',
        row.id,
        String(row.fiscalYear),
      );
      return view;
    });
  }
}
