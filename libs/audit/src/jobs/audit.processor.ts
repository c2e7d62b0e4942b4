import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { HandlesJobs, QueueName } from '@tashakkol/shared';
import { Job } from 'bullmq';
import { AuditService } from '../audit.service';

@Processor(QueueName.Audit)
@HandlesJobs(QueueName.Audit, ['audit.verify-chain'])
export class AuditProcessor extends WorkerHost {
  private readonly logger = new Logger(AuditProcessor.name);

  constructor(private readonly audit: AuditService) {
    super();
  }

  async process(job: Job): Promise<{ ok: boolean; rowsChecked: number }> {
    const result = await this.audit.verifyChain();
    if (!result.ok) {
      this.logger.error(`Audit log integrity broken at row ${result.firstBrokenId}: ${result.problem}`);
    }
    this.logger.log(`Audit chain verified (${job.id}): ${result.rowsChecked} rows, ok=${result.ok}`);
    return { ok: result.ok, rowsChecked: result.rowsChecked };
  }
}
