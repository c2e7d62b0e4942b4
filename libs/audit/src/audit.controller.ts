import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@tashakkol/shared';
import { AuditQueryDto } from './audit.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({
    summary: 'The audit log (newest first). A board user sees only the entries of its own association.',
  })
  list(@Auth() auth: AuthContext, @Query() query: AuditQueryDto) {
    return this.audit.list(auth, query);
  }

  @Get('integrity')
  @Roles('admin', 'president')
  @ApiOperation({ summary: 'The last result of the hash-chain integrity check (null before the first run)' })
  @ApiOkResponse({ description: '`{ ok, rowsChecked, firstBrokenId, problem, checkedAt }` or null' })
  async integrity() {
    return { check: await this.audit.latestCheck() };
  }

  @Post('integrity-checks')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({
    summary: 'Queue an integrity check of the audit log now (the worker runs one nightly too)',
  })
  requestCheck(@Auth() auth: AuthContext) {
    return this.audit.requestIntegrityCheck(auth);
  }
}
