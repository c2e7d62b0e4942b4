import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import { isUniqueViolation } from '@tashakkol/database';
import { AuthContext, BadInputError } from '@tashakkol/shared';
import { DataSource, Repository } from 'typeorm';
import { BudgetsView, BudgetView } from './supports.views';
import { availableOf } from './budget-arithmetic';
import { BudgetQueryDto, CreateBudgetDto } from './supports.dto';
import { DuplicateBudgetError } from './supports.errors';
import { SupportBudget } from './support-budget.entity';
import { SupportKindsService } from './support-kinds.service';

@Injectable()
export class SupportBudgetsService {
  constructor(
    @InjectRepository(SupportBudget) private readonly budgets: Repository<SupportBudget>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly kinds: SupportKindsService,
    private readonly audit: AuditService,
  ) {}

  async create(auth: AuthContext, dto: CreateBudgetDto): Promise<BudgetView> {
    try {
      return await this.db.transaction(async (em) => {
        const kind = await this.kinds.getForInput(em, dto.kindCode);
        const unit = kind.carries === 'hours' ? 'hours' : 'rials';
        let total: string;
        if (unit === 'hours') {
          if (dto.amountRials !== undefined)
            throw new BadInputError(
              'supports.budget_unit',
              `amountRials: ${kind.code} is budgeted in hours; send hours`,
            );
          if (dto.hours === undefined)
            throw new BadInputError(
              'supports.budget_unit',
              `hours is required for ${kind.code}, which is budgeted in hours`,
            );
          total = String(dto.hours);
        } else {
          if (dto.hours !== undefined)
            throw new BadInputError(
              'supports.budget_unit',
              `hours: ${kind.code} is budgeted in Rials; send amountRials`,
            );
          if (dto.amountRials === undefined)
            throw new BadInputError(
              'supports.budget_unit',
              `amountRials is required for ${kind.code}, which is budgeted in Rials`,
            );
          total = dto.amountRials;
        }
        if (await em.exists(SupportBudget, { where: { fiscalYear: dto.fiscalYear, kindCode: kind.code } })) {
          throw new DuplicateBudgetError(dto.fiscalYear, kind.code);
        }
        const budget = await em.save(
          em.create(SupportBudget, {
            fiscalYear: dto.fiscalYear,
            kindCode: kind.code,
            unit,
            total,
            reserved: '0',
            spent: '0',
          }),
        );
        await this.audit.record(em, auth, {
          action: 'support_budget.create',
          entity: 'support_budget',
          entityId: budget.id,
          after: budget,
        });
        return toBudgetView(budget);
      });
    } catch (err) {
      if (isUniqueViolation(err, 'uq_support_budgets_year_kind'))
        throw new DuplicateBudgetError(dto.fiscalYear, dto.kindCode);
      throw err;
    }
  }

  async list(query: BudgetQueryDto): Promise<BudgetsView> {
    const rows = await this.budgets.find({
      where: query.fiscalYear ? { fiscalYear: query.fiscalYear } : {},
      relations: { kind: true },
      order: { fiscalYear: 'DESC', kindCode: 'ASC' },
    });
    return { items: rows.map(toBudgetView) };
  }
}

export function toBudgetView(b: SupportBudget): BudgetView {
  const figures = { total: BigInt(b.total), reserved: BigInt(b.reserved), spent: BigInt(b.spent) };
  const inRials = b.unit === 'rials';
  return {
    id: b.id,
    fiscalYear: b.fiscalYear,
    kindCode: b.kindCode,
    kindNameFa: b.kind?.nameFa,
    unit: b.unit,
    amountRials: inRials ? b.total : null,
    hours: inRials ? null : Number(b.total),
    total: b.total,
    reserved: b.reserved,
    spent: b.spent,
    available: availableOf(figures).toString(),
    version: b.version,
  };
}
