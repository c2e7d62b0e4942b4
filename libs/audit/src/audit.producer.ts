import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { jobIds, JobPayloads, QueueName } from '@tashakkol/shared';
import { Queue } from 'bullmq';

export const AUDIT_NIGHTLY_SCHEDULER = 'audit-verify-nightly';

@Injectable()
export class AuditProducer {
  constructor(@InjectQueue(QueueName.Audit) private readonly queue: Queue) {}

  /** One check at a time: a second request while one is waiting collapses into it. */
  async requestVerification(requestedBy?: string): Promise<string> {
    const payload: JobPayloads['audit.verify-chain'] = { requestedBy };
    const job = await this.queue.add('audit.verify-chain', payload, {
      jobId: jobIds.verifyChain(new Date()),
      attempts: 3,
      backoff: { type: 'exponential', delay: 5000 },
      removeOnComplete: 100,
      removeOnFail: 500,
    });
    return job.id ?? '';
  }

  /** Every night at 02:30 Tehran time. */
  async scheduleNightly(): Promise<void> {
    await this.queue.upsertJobScheduler(
      AUDIT_NIGHTLY_SCHEDULER,
      { pattern: '0 30 2 * * *', tz: 'Asia/Tehran' },
      {
        name: 'audit.verify-chain',
        data: {},
        opts: { attempts: 3, backoff: { type: 'exponential', delay: 5000 } },
      },
    );
  }
}
