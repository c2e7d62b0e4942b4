import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { jobIds, JobPayloads, onQueueReconnect, queueCall, QueueName } from '@tashakkol/shared';
import { Queue } from 'bullmq';

export const AUDIT_NIGHTLY_SCHEDULER = 'audit-verify-nightly';

@Injectable()
export class AuditProducer {
  constructor(@InjectQueue(QueueName.Audit) private readonly queue: Queue) {}

  /** One check at a time: a second request while one is waiting collapses into it. */
  async requestVerification(requestedBy?: string): Promise<string> {
    const payload: JobPayloads['audit.verify-chain'] = { requestedBy };
    const job = await queueCall(this.queue, () =>
      this.queue.add('audit.verify-chain', payload, {
        jobId: jobIds.verifyChain(new Date()),
        attempts: 3,
        backoff: { type: 'exponential', delay: 5000 },
        removeOnComplete: 100,
        removeOnFail: 500,
      }),
    );
    return job.id ?? '';
  }

  /** The nightly schedule now, and again whenever Redis comes back (the worker calls this once). */
  async keepNightlyScheduled(): Promise<void> {
    await this.scheduleNightly();
    await onQueueReconnect(this.queue, () => this.scheduleNightly());
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
