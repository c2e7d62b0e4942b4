import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrorResponses,
  ApiPaginatedResponse,
  Auth,
  AuthContext,
  Page,
  ParseUuidPipe,
  Roles,
} from '@tashakkol/shared';
import {
  CreateReportDto,
  PatchReportDto,
  ReopenReportDto,
  ReportActionDto,
  ReportQueryDto,
  ReturnReportDto,
  ReviewDto,
  ReviewQueueQueryDto,
} from './report.dto';
import { reportActionRoles } from './report-transition';
import { ReportsService } from './reports.service';
import { ReportSummaryView, ReportView, ReviewQueueItemView } from './report.views';

@ApiTags('kpi-reports')
@ApiBearerAuth()
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post('associations/:id/kpi-reports')
  @Roles('board')
  @ApiOperation({
    summary:
      "Draft the association's report for a Jalali period (its own board only; a second for the period → 409)",
  })
  @ApiCreatedResponse({ type: ReportView })
  @ApiErrorResponses(409)
  create(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: CreateReportDto,
  ): Promise<ReportView> {
    return this.reports.create(auth, id, dto);
  }

  @Get('associations/:id/kpi-reports')
  @ApiOperation({ summary: "The association's reports, newest period first" })
  @ApiPaginatedResponse(ReportSummaryView)
  list(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: ReportQueryDto,
  ): Promise<Page<ReportSummaryView>> {
    return this.reports.list(auth, id, query);
  }

  @Get('kpi-reports')
  @Roles('admin', 'staff', 'approver', 'president')
  @ApiOperation({
    summary:
      "The chamber's review queue: submitted reports of every association, the longest waiting first (chamber roles)",
  })
  @ApiPaginatedResponse(ReviewQueueItemView)
  queue(@Query() query: ReviewQueueQueryDto): Promise<Page<ReviewQueueItemView>> {
    return this.reports.queue(query);
  }

  @Get('kpi-reports/:id')
  @ApiOperation({ summary: 'One report with its values, accepted revisions (history) and evidence' })
  @ApiOkResponse({ type: ReportView })
  get(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string): Promise<ReportView> {
    return this.reports.get(auth, id);
  }

  @Patch('kpi-reports/:id')
  @Roles(...reportActionRoles('edit'))
  @ApiOperation({ summary: 'Change values while draft or returned (the board only: chamber roles get 403)' })
  @ApiOkResponse({ type: ReportView })
  patch(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: PatchReportDto,
  ): Promise<ReportView> {
    return this.reports.patch(auth, id, dto);
  }

  @Post('kpi-reports/:id/submit')
  @HttpCode(200)
  @Roles(...reportActionRoles('submit'))
  @ApiOperation({ summary: 'Submit a draft or returned report for review (board)' })
  @ApiOkResponse({ type: ReportView })
  @ApiErrorResponses(409, 422)
  submit(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: ReportActionDto,
  ): Promise<ReportView> {
    return this.reports.submit(auth, id, dto);
  }

  @Post('kpi-reports/:id/accept')
  @HttpCode(200)
  @Roles(...reportActionRoles('accept'))
  @ApiOperation({ summary: 'Accept a submitted report (staff); it is locked and queued for scoring' })
  @ApiOkResponse({ type: ReportView })
  @ApiErrorResponses(409)
  accept(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: ReviewDto,
  ): Promise<ReportView> {
    return this.reports.accept(auth, id, dto);
  }

  @Post('kpi-reports/:id/return')
  @HttpCode(200)
  @Roles(...reportActionRoles('return'))
  @ApiOperation({ summary: 'Return a submitted report to the board with a comment (staff)' })
  @ApiOkResponse({ type: ReportView })
  @ApiErrorResponses(409)
  return(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: ReturnReportDto,
  ): Promise<ReportView> {
    return this.reports.return(auth, id, dto);
  }

  @Post('kpi-reports/:id/revisions')
  @HttpCode(200)
  @Roles(...reportActionRoles('reopen'))
  @ApiOperation({
    summary: 'Reopen an accepted report as a new revision, with a reason (board); the accepted one is kept',
  })
  @ApiOkResponse({ type: ReportView })
  @ApiErrorResponses(409)
  reopen(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: ReopenReportDto,
  ): Promise<ReportView> {
    return this.reports.reopen(auth, id, dto);
  }
}
