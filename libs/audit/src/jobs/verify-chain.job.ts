import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, JobHandler, JobInfo, QueueName } from '@tashakkol/shared';
import { AuditService } from '../audit.service';

@Injectable()
@HandlesJob(QueueName.Audit, 'audit.verify-chain')
export class VerifyChainJob implements JobHandler<'audit.verify-chain'> {
  private readonly logger = new Logger(VerifyChainJob.name);

  constructor(private readonly audit: AuditService) {}

  async handle(_data: unknown, job: JobInfo): Promise<{ ok: boolean; rowsChecked: number }> {
    const result = await this.audit.verifyChain();
    if (!result.ok) {
      this.logger.error(`Audit log integrity broken at row ${result.firstBrokenId}: ${result.problem}`);
    }
    this.logger.log(`Audit chain verified (${job.id}): ${result.rowsChecked} rows, ok=${result.ok}`);
    return { ok: result.ok, rowsChecked: result.rowsChecked };
  }
}
