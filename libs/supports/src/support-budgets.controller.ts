import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, CHAMBER_ROLES, Roles } from '@tashakkol/shared';
import { BudgetQueryDto, CreateBudgetDto } from './supports.dto';
import { SupportBudgetsService } from './support-budgets.service';

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
  create(@Auth() auth: AuthContext, @Body() dto: CreateBudgetDto) {
    return this.budgets.create(auth, dto);
  }

  @Get()
  @Roles(...CHAMBER_ROLES)
  @ApiOperation({ summary: 'Budgets with what is reserved (approved), spent (delivered) and available' })
  list(@Query() query: BudgetQueryDto) {
    return this.budgets.list(query);
  }
}
