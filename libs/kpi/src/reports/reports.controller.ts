import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles, ParseUuidPipe } from '@tashakkol/shared';
import {
  CreateReportDto,
  PatchReportDto,
  ReopenReportDto,
  ReportActionDto,
  ReportQueryDto,
  ReturnReportDto,
  ReviewDto,
} from './report.dto';
import { reportActionRoles } from './report-transition';
import { ReportsService } from './reports.service';

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
  create(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: CreateReportDto) {
    return this.reports.create(auth, id, dto);
  }

  @Get('associations/:id/kpi-reports')
  @ApiOperation({ summary: "The association's reports, newest period first" })
  list(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Query() query: ReportQueryDto) {
    return this.reports.list(auth, id, query);
  }

  @Get('kpi-reports/:id')
  @ApiOperation({ summary: 'One report with its values, accepted revisions (history) and evidence' })
  get(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string) {
    return this.reports.get(auth, id);
  }

  @Patch('kpi-reports/:id')
  @Roles(...reportActionRoles('edit'))
  @ApiOperation({ summary: 'Change values while draft or returned (the board only: chamber roles get 403)' })
  patch(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: PatchReportDto) {
    return this.reports.patch(auth, id, dto);
  }

  @Post('kpi-reports/:id/submit')
  @HttpCode(200)
  @Roles(...reportActionRoles('submit'))
  @ApiOperation({ summary: 'Submit a draft or returned report for review (board)' })
  submit(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: ReportActionDto) {
    return this.reports.submit(auth, id, dto);
  }

  @Post('kpi-reports/:id/accept')
  @HttpCode(200)
  @Roles(...reportActionRoles('accept'))
  @ApiOperation({ summary: 'Accept a submitted report (staff); it is locked and queued for scoring' })
  accept(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: ReviewDto) {
    return this.reports.accept(auth, id, dto);
  }

  @Post('kpi-reports/:id/return')
  @HttpCode(200)
  @Roles(...reportActionRoles('return'))
  @ApiOperation({ summary: 'Return a submitted report to the board with a comment (staff)' })
  return(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: ReturnReportDto) {
    return this.reports.return(auth, id, dto);
  }

  @Post('kpi-reports/:id/revisions')
  @HttpCode(200)
  @Roles(...reportActionRoles('reopen'))
  @ApiOperation({
    summary: 'Reopen an accepted report as a new revision, with a reason (board); the accepted one is kept',
  })
  reopen(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: ReopenReportDto) {
    return this.reports.reopen(auth, id, dto);
  }
}
