import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import {
  jobIds,
  JobName,
  JobPayloads,
  onQueueReconnect,
  queueCall,
  QueueName,
  RECOMPUTE_CHUNK_SIZE,
  RescoreReason,
  runIdAt,
} from '@tashakkol/shared';
import { JobsOptions, Queue } from 'bullmq';

export const KPI_NIGHTLY_SCHEDULER = 'kpi-nightly-checks';

/** Every KPI job retries with backoff and keeps a bounded history (failures longer, to be read in GET /jobs). */
export const KPI_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: 5000 },
};

@Injectable()
export class KpiProducer {
  constructor(@InjectQueue(QueueName.Kpi) private readonly queue: Queue) {}

  /** Jobs waiting to run in kpi's queue (not the delayed ones: retries and the nightly schedule). */
  async waitingJobs(): Promise<number> {
    const counts = await queueCall(this.queue, () => this.queue.getJobCounts('waiting', 'prioritized'));
    return (counts.waiting ?? 0) + (counts.prioritized ?? 0);
  }

  async scoreReport(associationId: string, period: string, revision: number): Promise<string> {
    const payload: JobPayloads['kpi.score-report'] = { associationId, period, revision, reason: 'accepted' };
    const job = await this.queue.add('kpi.score-report', payload, {
      ...KPI_JOB_OPTIONS,
      jobId: jobIds.scoreReport(associationId, period, revision),
    });
    return job.id ?? '';
  }

  /** Scores the association again because a fact it reads changed; `ref` (the outbox row) makes each request one job. */
  async rescore(associationId: string, reason: RescoreReason, ref: string): Promise<string> {
    const payload: JobPayloads['kpi.score-report'] = { associationId, reason };
    const job = await this.queue.add('kpi.score-report', payload, {
      ...KPI_JOB_OPTIONS,
      jobId: jobIds.rescore(associationId, reason, ref),
    });
    return job.id ?? '';
  }

  /**
   * One scoring job per chunk of associations (sorted by id, so a second fan-out of the same run
   * builds the same chunks and collapses into the jobs already queued).
   */
  async fanOutRecompute(associationIds: string[], runId: string): Promise<number> {
    const name: JobName = 'kpi.score-associations';
    const sorted = [...new Set(associationIds)].sort();
    const jobs = [];
    for (let i = 0; i < sorted.length; i += RECOMPUTE_CHUNK_SIZE) {
      jobs.push({
        name,
        data: {
          associationIds: sorted.slice(i, i + RECOMPUTE_CHUNK_SIZE),
          reason: 'recompute',
        } satisfies JobPayloads['kpi.score-associations'],
        opts: { ...KPI_JOB_OPTIONS, jobId: jobIds.scoreChunkInRun(i / RECOMPUTE_CHUNK_SIZE, runId) },
      });
    }
    for (let i = 0; i < jobs.length; i += 100) await this.queue.addBulk(jobs.slice(i, i + 100));
    return sorted.length;
  }

  async requestRecomputeAll(requestedBy?: string, runId = runIdAt(new Date())): Promise<string> {
    const payload: JobPayloads['kpi.recompute-all'] = { requestedBy };
    const job = await queueCall(this.queue, () =>
      this.queue.add('kpi.recompute-all', payload, {
        ...KPI_JOB_OPTIONS,
        jobId: jobIds.recomputeAll(runId),
      }),
    );
    return job.id ?? '';
  }

  async requestNightlyChecks(runId: string): Promise<string> {
    const job = await this.queue.add(
      'kpi.nightly-checks',
      {},
      { ...KPI_JOB_OPTIONS, jobId: jobIds.nightlyChecks(runId) },
    );
    return job.id ?? '';
  }

  /** The nightly schedule now, and again whenever Redis comes back (the worker calls this once). */
  async keepNightlyScheduled(): Promise<void> {
    await this.scheduleNightly();
    await onQueueReconnect(this.queue, () => this.scheduleNightly());
  }

  /** Nightly at 01:30 Tehran: alerts for missing reports and stalled phases, then a recompute of everyone. */
  async scheduleNightly(): Promise<void> {
    await this.queue.upsertJobScheduler(
      KPI_NIGHTLY_SCHEDULER,
      { pattern: '0 30 1 * * *', tz: 'Asia/Tehran' },
      {
        name: 'kpi.nightly-checks',
        data: {},
        opts: { attempts: 5, backoff: { type: 'exponential', delay: 5000 } },
      },
    );
  }
}
