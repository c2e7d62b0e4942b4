import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiPaginatedResponse,
  Auth,
  AuthContext,
  JobAcceptedView,
  Page,
  Roles,
  ApiErrorResponses,
} from '@tashakkol/shared';
import { AuditQueryDto } from './audit.dto';
import { AuditService } from './audit.service';
import { AuditTrailService } from './audit-trail.service';
import { AuditEntryView, AuditIntegrityView } from './audit.views';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly trail: AuditTrailService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      "The audit log (newest first), each entry with its actor's name. A board user sees only the entries of its own association.",
  })
  @ApiPaginatedResponse(AuditEntryView)
  @ApiErrorResponses(404)
  list(@Auth() auth: AuthContext, @Query() query: AuditQueryDto): Promise<Page<AuditEntryView>> {
    return this.trail.list(auth, query);
  }

  @Get('integrity')
  @Roles('admin', 'president')
  @ApiOperation({ summary: 'The last result of the hash-chain integrity check (null before the first run)' })
  @ApiOkResponse({ type: AuditIntegrityView })
  integrity(): Promise<AuditIntegrityView> {
    return this.audit.latestCheck();
  }

  @Post('integrity-checks')
  @ApiServiceUnavailableResponse({ description: 'The job queue (Redis) does not answer (Retry-After)' })
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({
    summary: 'Queue an integrity check of the audit log now (the worker runs one nightly too)',
  })
  @ApiAcceptedResponse({ type: JobAcceptedView })
  requestCheck(@Auth() auth: AuthContext): Promise<JobAcceptedView> {
    return this.audit.requestIntegrityCheck(auth);
  }
}
