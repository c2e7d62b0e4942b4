import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrorResponses, ApiPaginatedResponse, Auth, AuthContext, Page, Roles } from '@tashakkol/shared';
import { JOB_COUNTS_SCHEMA, JobView } from '../kpi.views';
import { JobsQueryDto } from './jobs.dto';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs')
@Roles('admin')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @ApiServiceUnavailableResponse({ description: 'The job queue (Redis) does not answer (Retry-After)' })
  @ApiOperation({
    summary:
      'Background jobs of every queue: waiting, active, delayed and failed (with the reason), newest first; counts per queue',
  })
  @ApiPaginatedResponse(JobView, { extra: { counts: JOB_COUNTS_SCHEMA } })
  @ApiErrorResponses(503)
  list(
    @Query() query: JobsQueryDto,
  ): Promise<Page<JobView> & { counts: Record<string, Record<string, number>> }> {
    return this.jobs.list(query);
  }

  @Post(':queue/:id/retry')
  @ApiServiceUnavailableResponse({ description: 'The job queue (Redis) does not answer (Retry-After)' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Runs a failed job again (409 when the job is not failed)' })
  @ApiOkResponse({ type: JobView })
  @ApiErrorResponses(409, 503)
  retry(@Auth() auth: AuthContext, @Param('queue') queue: string, @Param('id') id: string): Promise<JobView> {
    return this.jobs.retry(auth, queue, id);
  }
}
