import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, Auth, AuthContext, CHAMBER_ROLES, Roles } from '@tashakkol/shared';
import { BudgetQueryDto, CreateBudgetDto } from './supports.dto';
import { SupportBudgetsService } from './support-budgets.service';
import { BudgetsView, BudgetView } from './supports.views';

@ApiTags('supports')
@ApiBearerAuth()
@Controller('support-budgets')
export class SupportBudgetsController {
  constructor(private readonly budgets: SupportBudgetsService) {}

  @Post()
  @Roles('admin', 'president')
  @ApiOperation({
    summary:
      'Set the budget of one kind for a Jalali fiscal year: amountRials (digit string) or hours for training',
  })
  @ApiCreatedResponse({ type: BudgetView })
  @ApiErrorResponses(409)
  create(@Auth() auth: AuthContext, @Body() dto: CreateBudgetDto): Promise<BudgetView> {
    return this.budgets.create(auth, dto);
  }

  @Get()
  @Roles(...CHAMBER_ROLES)
  @ApiOperation({ summary: 'Budgets with what is reserved (approved), spent (delivered) and available' })
  @ApiOkResponse({ type: BudgetsView })
  list(@Query() query: BudgetQueryDto): Promise<BudgetsView> {
    return this.budgets.list(query);
  }
}
