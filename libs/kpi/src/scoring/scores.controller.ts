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
import { Auth, AuthContext, PageQueryDto, Roles, ParseUuidPipe } from '@tashakkol/shared';
import { AlertsService } from '../alerts/alerts.service';
import { KpiProducer } from '../jobs/kpi.producer';
import { KpiSettingsService } from './kpi-settings.service';
import { UpdateKpiSettingsDto } from './kpi-settings.dto';
import { ScoresQueryDto } from './scores.dto';
import { ScoringService } from './scoring.service';

@ApiTags('kpi scores')
@ApiBearerAuth()
@Controller()
export class ScoresController {
  constructor(
    private readonly scoring: ScoringService,
    private readonly alerts: AlertsService,
    private readonly settings: KpiSettingsService,
    private readonly producer: KpiProducer,
  ) {}

  @Get('associations/:id/scores')
  @ApiOperation({
    summary:
      'Scores computed by the worker for a period (the latest when omitted): composite, grade, trend, axes, criteria, indicators, position among peers',
  })
  @ApiOkResponse({
    description:
      '`{associationId, period, revision, composite, grade (A|B|C|D), trend {direction, previousPeriod, previous, delta, series}, ' +
      'axes {chamber, association, members}, criteria {governance, membership, services, policy_influence, regulation}, ' +
      'indicators [{code, nameFa, nameEn, axis, criterion, value, baseline, target, weight, achievement, status}], ' +
      'position {peers, average, best, rank, vsAverage, vsBest, category}, computedAt, computedAtJalali}`',
  })
  @ApiNotFoundResponse({
    description: 'Not scored yet for that period (or another association, for a board user)',
  })
  scores(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Query() query: ScoresQueryDto) {
    return this.scoring.read(auth, id, query);
  }

  @Get('associations/:id/alerts')
  @ApiOperation({
    summary: 'Alerts of the association (declining score, missing report, stalled phase), newest first',
  })
  @ApiOkResponse({
    description:
      '`{items: [{id, kind, period, messageFa, messageEn, details, createdAt, createdAtJalali}], total, page, pageSize}`',
  })
  alertsOf(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Query() query: PageQueryDto) {
    return this.alerts.list(auth, id, query);
  }

  @Post('kpi/recompute')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({ summary: 'Queues a recompute of every association’s scores' })
  @ApiAcceptedResponse({ description: '`{jobId}` of the recompute-all job' })
  @ApiServiceUnavailableResponse({ description: 'The job queue (Redis) does not answer (Retry-After)' })
  async recompute(@Auth() auth: AuthContext) {
    return { jobId: await this.producer.requestRecomputeAll(auth.userId) };
  }

  @Get('kpi/settings')
  @Roles('admin', 'staff', 'approver', 'president')
  @ApiOperation({
    summary: 'Grade thresholds (A, B, C), the stalled-phase threshold and the report grace days',
  })
  getSettings() {
    return this.settings.get();
  }

  @Put('kpi/settings')
  @Roles('admin')
  @ApiOperation({
    summary: 'Changes the grade thresholds and alert thresholds (admin); takes effect at the next scoring',
  })
  putSettings(@Auth() auth: AuthContext, @Body() dto: UpdateKpiSettingsDto) {
    return this.settings.update(auth, dto);
  }
}
