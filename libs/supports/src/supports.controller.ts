import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, CHAMBER_ROLES, Roles, ParseUuidPipe } from '@tashakkol/shared';
import {
  ApproveSupportDto,
  AssociationSupportsQueryDto,
  CancelSupportDto,
  DeliverSupportDto,
  ExportQueryDto,
  RejectSupportDto,
  RequestSupportDto,
  SummaryQueryDto,
  SupportsQueryDto,
} from './supports.dto';
import { SupportGrantsService } from './support-grants.service';
import { SupportReportsService } from './support-reports.service';

interface HeaderReply {
  header(name: string, value: string): unknown;
}

@ApiTags('supports')
@ApiBearerAuth()
@Controller()
export class SupportsController {
  constructor(
    private readonly grants: SupportGrantsService,
    private readonly reports: SupportReportsService,
  ) {}

  @Post('associations/:id/supports')
  @Roles('staff', 'admin')
  @ApiOperation({
    summary:
      'Request a support for an association, stamped with its current phase (overrideReason when the kind does not suit it)',
  })
  request(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: RequestSupportDto) {
    return this.grants.request(auth, id, dto);
  }

  @Get('associations/:id/supports')
  @ApiOperation({
    summary:
      "Every support of an association, any status (its board sees them all; another association's board gets 404)",
  })
  listForAssociation(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: AssociationSupportsQueryDto,
  ) {
    return this.grants.listForAssociation(auth, id, query);
  }

  @Get('supports')
  @Roles(...CHAMBER_ROLES)
  @ApiOperation({ summary: 'Supports across associations, by phase, kind, status and fiscal year' })
  list(@Query() query: SupportsQueryDto) {
    return this.grants.list(query);
  }

  @Get('supports/summary')
  @Roles(...CHAMBER_ROLES)
  @ApiOperation({
    summary: 'Supports by phase and kind: counts per status, Rials and hours committed, precautions flagged',
  })
  summary(@Query() query: SummaryQueryDto) {
    return this.reports.summary(query);
  }

  @Get('supports/export')
  @Roles(...CHAMBER_ROLES)
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'Export the supports matching the filters as CSV or XLSX' })
  async export(@Query() query: ExportQueryDto, @Res({ passthrough: true }) reply: HeaderReply) {
    const file = await this.reports.export(query);
    reply.header('content-type', file.contentType);
    reply.header('content-disposition', `attachment; filename="${file.filename}"`);
    return file.body;
  }

  @Get('supports/:id')
  @ApiOperation({ summary: 'One support grant with every step (who, when, comment)' })
  get(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string) {
    return this.grants.get(auth, id);
  }

  @Post('supports/:id/approve')
  @HttpCode(200)
  @Roles('approver', 'admin', 'president')
  @ApiOperation({
    summary:
      "Approve: checks the approver's delegated limit, reserves from the budget; a precaution must be acknowledged",
  })
  approve(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: ApproveSupportDto) {
    return this.grants.approve(auth, id, dto);
  }

  @Post('supports/:id/reject')
  @HttpCode(200)
  @Roles('approver', 'admin', 'president')
  @ApiOperation({ summary: 'Reject a requested support, with a comment' })
  reject(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: RejectSupportDto) {
    return this.grants.reject(auth, id, dto);
  }

  @Post('supports/:id/deliver')
  @HttpCode(200)
  @Roles('staff', 'admin')
  @ApiOperation({
    summary: 'Record the delivery of an approved support with its evidence; the reservation becomes spending',
  })
  deliver(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: DeliverSupportDto) {
    return this.grants.deliver(auth, id, dto);
  }

  @Post('supports/:id/cancel')
  @HttpCode(200)
  @Roles(...CHAMBER_ROLES)
  @ApiOperation({
    summary: 'Cancel a requested or approved support (an approved one gives its reservation back)',
  })
  cancel(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: CancelSupportDto) {
    return this.grants.cancel(auth, id, dto);
  }
}
