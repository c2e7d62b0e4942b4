import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrorResponses,
  ApiFileResponse,
  ApiPaginatedResponse,
  Auth,
  AuthContext,
  CHAMBER_ROLES,
  CSV,
  Page,
  ParseUuidPipe,
  Roles,
  XLSX,
} from '@tashakkol/shared';
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
import { ApprovalContextView, GrantDetailView, GrantView, SupportsSummaryView } from './supports.views';

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
  @ApiCreatedResponse({ type: GrantView })
  @ApiErrorResponses(422)
  request(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: RequestSupportDto,
  ): Promise<GrantView> {
    return this.grants.request(auth, id, dto);
  }

  @Get('associations/:id/supports')
  @ApiOperation({
    summary:
      "Every support of an association, any status (its board sees them all; another association's board gets 404)",
  })
  @ApiPaginatedResponse(GrantView)
  listForAssociation(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: AssociationSupportsQueryDto,
  ): Promise<Page<GrantView>> {
    return this.grants.listForAssociation(auth, id, query);
  }

  @Get('supports')
  @Roles(...CHAMBER_ROLES)
  @ApiOperation({ summary: 'Supports across associations, by phase, kind, status and fiscal year' })
  @ApiPaginatedResponse(GrantView)
  list(@Query() query: SupportsQueryDto): Promise<Page<GrantView>> {
    return this.grants.list(query);
  }

  @Get('supports/summary')
  @Roles(...CHAMBER_ROLES)
  @ApiOperation({
    summary: 'Supports by phase and kind: counts per status, Rials and hours committed, precautions flagged',
  })
  @ApiOkResponse({ type: SupportsSummaryView })
  summary(@Query() query: SummaryQueryDto): Promise<SupportsSummaryView> {
    return this.reports.summary(query);
  }

  @Get('supports/export')
  @Roles(...CHAMBER_ROLES)
  @ApiFileResponse([CSV, XLSX])
  @ApiOperation({ summary: 'Export the supports matching the filters as CSV or XLSX' })
  async export(@Query() query: ExportQueryDto, @Res({ passthrough: true }) reply: HeaderReply) {
    const file = await this.reports.export(query);
    reply.header('content-type', file.contentType);
    reply.header('content-disposition', `attachment; filename="${file.filename}"`);
    return file.body;
  }

  @Get('supports/:id')
  @ApiOperation({ summary: 'One support grant with every step (who, when, comment)' })
  @ApiOkResponse({ type: GrantDetailView })
  get(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string): Promise<GrantDetailView> {
    return this.grants.get(auth, id);
  }

  @Get('supports/:id/approval-context')
  @Roles('approver', 'admin', 'president')
  @ApiOperation({
    summary:
      "Before approving: the budget left for the grant's kind and fiscal year, and the caller's own limit (per grant, and what is left of the yearly one)",
  })
  @ApiOkResponse({ type: ApprovalContextView })
  @ApiErrorResponses(404)
  approvalContext(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<ApprovalContextView> {
    return this.grants.approvalContext(auth, id);
  }

  @Post('supports/:id/approve')
  @HttpCode(200)
  @Roles('approver', 'admin', 'president')
  @ApiOperation({
    summary:
      "Approve: checks the approver's delegated limit, reserves from the budget; a precaution must be acknowledged",
  })
  @ApiOkResponse({ type: GrantView })
  @ApiErrorResponses(422)
  approve(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: ApproveSupportDto,
  ): Promise<GrantView> {
    return this.grants.approve(auth, id, dto);
  }

  @Post('supports/:id/reject')
  @HttpCode(200)
  @Roles('approver', 'admin', 'president')
  @ApiOperation({ summary: 'Reject a requested support, with a comment' })
  @ApiOkResponse({ type: GrantView })
  reject(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: RejectSupportDto,
  ): Promise<GrantView> {
    return this.grants.reject(auth, id, dto);
  }

  @Post('supports/:id/deliver')
  @HttpCode(200)
  @Roles('staff', 'admin')
  @ApiOperation({
    summary: 'Record the delivery of an approved support with its evidence; the reservation becomes spending',
  })
  @ApiOkResponse({ type: GrantView })
  deliver(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: DeliverSupportDto,
  ): Promise<GrantView> {
    return this.grants.deliver(auth, id, dto);
  }

  @Post('supports/:id/cancel')
  @HttpCode(200)
  @Roles(...CHAMBER_ROLES)
  @ApiOperation({
    summary: 'Cancel a requested or approved support (an approved one gives its reservation back)',
  })
  @ApiOkResponse({ type: GrantView })
  cancel(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: CancelSupportDto,
  ): Promise<GrantView> {
    return this.grants.cancel(auth, id, dto);
  }
}
