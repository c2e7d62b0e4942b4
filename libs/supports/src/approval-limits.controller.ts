import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, CHAMBER_ROLES, Roles } from '@tashakkol/shared';
import { ApprovalLimitsService } from './approval-limits.service';
import { ApprovalLimitQueryDto, CreateApprovalLimitDto } from './supports.dto';

@ApiTags('supports')
@ApiBearerAuth()
@Controller('approval-limits')
export class ApprovalLimitsController {
  constructor(private readonly limits: ApprovalLimitsService) {}

  @Post()
  @Roles('admin', 'approver')
  @ApiOperation({
    summary:
      "Give an approver a per-grant and yearly limit for a kind (admin), or delegate within one's own limit (approver)",
  })
  create(@Auth() auth: AuthContext, @Body() dto: CreateApprovalLimitDto) {
    return this.limits.create(auth, dto);
  }

  @Get()
  @Roles(...CHAMBER_ROLES)
  @ApiOperation({ summary: 'Approval limits (تفویض اختیار), newest first, with whether each is in force' })
  list(@Query() query: ApprovalLimitQueryDto) {
    return this.limits.list(query);
  }
}
