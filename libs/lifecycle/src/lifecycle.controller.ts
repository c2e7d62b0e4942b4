import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, Auth, AuthContext, PageQueryDto, Roles, ParseUuidPipe } from '@tashakkol/shared';
import { DecideTransitionDto, TransitionDto } from './lifecycle.dto';
import { LifecycleService } from './lifecycle.service';
import { HistoryView, LifecycleView, TransitionResultView } from './lifecycle.views';

@ApiTags('lifecycle')
@ApiBearerAuth()
@Controller('associations/:id/lifecycle')
export class LifecycleController {
  constructor(private readonly lifecycle: LifecycleService) {}

  @Get()
  @ApiOkResponse({ type: LifecycleView })
  @ApiOperation({
    summary:
      "The association's current phase, its gate item by item (met / missing), the phase's supports and precautions, days in phase and the lifecycle version",
  })
  get(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string) {
    return this.lifecycle.get(auth, id);
  }

  @Get('history')
  @ApiOkResponse({ type: HistoryView })
  @ApiOperation({
    summary: 'Every transition (newest first, paged), the stays in each phase and days per phase',
  })
  history(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Query() query: PageQueryDto) {
    return this.lifecycle.history(auth, id, query);
  }

  @Post('transitions')
  @ApiCreatedResponse({ type: TransitionResultView })
  @ApiErrorResponses(409, 422)
  @Roles('staff', 'approver', 'admin')
  @ApiOperation({
    summary:
      'Move the association: forward only to the next phase with its gate met (else 422 listing the missing outputs); back to any earlier phase with a reason. Stale version → 409. When the chamber requires approval, a staff move is stored as pending.',
  })
  transition(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: TransitionDto) {
    return this.lifecycle.transition(auth, id, dto);
  }

  @Post('transitions/:transitionId/approve')
  @ApiCreatedResponse({ type: TransitionResultView })
  @ApiErrorResponses(409, 422)
  @Roles('approver', 'admin')
  @ApiOperation({ summary: 'Approve a pending transition (approver/admin); the gate is checked again' })
  approve(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Param('transitionId', ParseUuidPipe) transitionId: string,
    @Body() dto: DecideTransitionDto,
  ) {
    return this.lifecycle.approve(auth, id, transitionId, dto);
  }

  @Post('transitions/:transitionId/reject')
  @ApiCreatedResponse({ type: TransitionResultView })
  @ApiErrorResponses(409, 422)
  @Roles('approver', 'admin')
  @ApiOperation({ summary: 'Reject a pending transition (approver/admin)' })
  reject(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Param('transitionId', ParseUuidPipe) transitionId: string,
    @Body() dto: DecideTransitionDto,
  ) {
    return this.lifecycle.reject(auth, id, transitionId, dto);
  }
}
