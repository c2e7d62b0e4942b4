import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiServiceUnavailableResponse,
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiErrorResponses,
  ApiPaginatedResponse,
  Auth,
  AuthContext,
  JobAcceptedView,
  Page,
  PageQueryDto,
  ParseUuidPipe,
  Roles,
} from '@tashakkol/shared';
import { AlertView } from '../kpi.views';
import { AlertsService } from '../alerts/alerts.service';
import { KpiSettingsService } from './kpi-settings.service';
import { RecomputeService } from './recompute.service';
import { KpiSettingsView, UpdateKpiSettingsDto } from './kpi-settings.dto';
import { ScoreView, ScoresQueryDto } from './scores.dto';
import { ScoringService } from './scoring.service';

@ApiTags('kpi scores')
@ApiBearerAuth()
@Controller()
export class ScoresController {
  constructor(
    private readonly scoring: ScoringService,
    private readonly alerts: AlertsService,
    private readonly settings: KpiSettingsService,
    private readonly recompute: RecomputeService,
  ) {}

  @Get('associations/:id/scores')
  @ApiOperation({
    summary:
      'Scores computed by the worker for a period (the latest when omitted): composite, grade, trend, axes, criteria, indicators, position among peers',
  })
  @ApiOkResponse({ type: ScoreView, description: "A period's progress score (kind: progress)" })
  @ApiNotFoundResponse({
    description: 'Not scored yet for that period (or another association, for a board user)',
  })
  scores(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: ScoresQueryDto,
  ): Promise<ScoreView> {
    return this.scoring.read(auth, id, query);
  }

  @Get('associations/:id/alerts')
  @ApiOperation({
    summary: 'Alerts of the association (declining score, missing report, stalled phase), newest first',
  })
  @ApiPaginatedResponse(AlertView)
  alertsOf(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<AlertView>> {
    return this.alerts.list(auth, id, query);
  }

  @Post('kpi/recompute')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({ summary: 'Queues a recompute of every association’s scores' })
  @ApiAcceptedResponse({ type: JobAcceptedView, description: 'The recompute-all job' })
  @ApiServiceUnavailableResponse({ description: 'The job queue (Redis) does not answer (Retry-After)' })
  requestRecompute(@Auth() auth: AuthContext): Promise<JobAcceptedView> {
    return this.recompute.requestAll(auth);
  }

  @Get('kpi/settings')
  @Roles('admin', 'staff', 'approver', 'president')
  @ApiOperation({
    summary:
      "Progress grade thresholds (A, B, C), the yearly rating's thresholds, the stalled-phase threshold and the report grace days",
  })
  @ApiOkResponse({ type: KpiSettingsView })
  getSettings(): Promise<KpiSettingsView> {
    return this.settings.get();
  }

  @Put('kpi/settings')
  @Roles('admin')
  @ApiOperation({
    summary: 'Changes the grade thresholds and alert thresholds (admin); takes effect at the next scoring',
  })
  @ApiOkResponse({ type: KpiSettingsView })
  @ApiErrorResponses(409, 422)
  putSettings(@Auth() auth: AuthContext, @Body() dto: UpdateKpiSettingsDto): Promise<KpiSettingsView> {
    return this.settings.update(auth, dto);
  }
}
