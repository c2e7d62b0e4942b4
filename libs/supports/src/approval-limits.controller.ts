import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrorResponses,
  ApiPaginatedResponse,
  Auth,
  AuthContext,
  CHAMBER_ROLES,
  Page,
  Roles,
} from '@tashakkol/shared';
import { ApprovalLimitsService } from './approval-limits.service';
import { ApprovalLimitQueryDto, CreateApprovalLimitDto } from './supports.dto';
import { ApprovalLimitView, OwnLimitsView } from './supports.views';

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
  @ApiCreatedResponse({ type: ApprovalLimitView })
  @ApiErrorResponses(422)
  create(@Auth() auth: AuthContext, @Body() dto: CreateApprovalLimitDto): Promise<ApprovalLimitView> {
    return this.limits.create(auth, dto);
  }

  @Get('mine')
  @Roles('approver')
  @ApiOperation({
    summary:
      "The approver's own limits in force with what is used this fiscal year, the limits they delegated, and the approvers they may delegate to",
  })
  @ApiOkResponse({ type: OwnLimitsView })
  mine(@Auth() auth: AuthContext): Promise<OwnLimitsView> {
    return this.limits.mine(auth);
  }

  @Get()
  @Roles(...CHAMBER_ROLES)
  @ApiOperation({ summary: 'Approval limits (تفویض اختیار), newest first, with whether each is in force' })
  @ApiPaginatedResponse(ApprovalLimitView)
  list(@Query() query: ApprovalLimitQueryDto): Promise<Page<ApprovalLimitView>> {
    return this.limits.list(query);
  }
}
