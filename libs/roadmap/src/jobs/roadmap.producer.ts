import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { jobIds, JobPayloads, QueueName } from '@tashakkol/shared';
import { Queue } from 'bullmq';

export const ROADMAP_REFRESH_SCHEDULER = 'roadmap-refresh';
/** Changes arriving within this window share one rebuild. */
export const ROADMAP_REFRESH_DEBOUNCE_MS = 5_000;
/** The read model is rebuilt at least this often while the worker runs. */
export const ROADMAP_REFRESH_EVERY_MS = 5 * 60_000;
/** One id for every waiting refresh: a second request while one waits collapses into it. */
export const ROADMAP_REFRESH_JOB_ID = jobIds.roadmapRefresh();

@Injectable()
export class RoadmapProducer {
  constructor(@InjectQueue(QueueName.Roadmap) private readonly queue: Queue) {}

  async requestRefresh(reason: string): Promise<void> {
    const payload: JobPayloads['roadmap.refresh'] = { reason };
    await this.queue.add('roadmap.refresh', payload, {
      jobId: ROADMAP_REFRESH_JOB_ID,
      delay: ROADMAP_REFRESH_DEBOUNCE_MS,
      attempts: 3,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: true,
      removeOnFail: { count: 100 },
    });
  }

  async scheduleRefresh(): Promise<void> {
    await this.queue.upsertJobScheduler(
      ROADMAP_REFRESH_SCHEDULER,
      { every: ROADMAP_REFRESH_EVERY_MS }, // an `every` schedule runs its first job at once
      { name: 'roadmap.refresh', data: { reason: 'schedule' }, opts: { attempts: 3 } },
    );
  }
}
