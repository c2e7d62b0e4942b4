import { InjectQueue } from '@nestjs/bullmq';
import { JobView } from '../kpi.views';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import { AuthContext, NotFoundError, Page, queueCall, QueueName } from '@tashakkol/shared';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobsQueryDto, JobState } from './jobs.dto';
import { JobNotFailedError } from './jobs.errors';

const DEFAULT_STATES: JobState[] = ['waiting', 'active', 'delayed', 'failed'];

/** The admin's view of the queues: what waits, what runs, what failed and why; and retry. */
@Injectable()
export class JobsService {
  private readonly queues: Map<string, Queue>;

  constructor(
    @InjectQueue(QueueName.Audit) auditQueue: Queue,
    @InjectQueue(QueueName.Kpi) kpiQueue: Queue,
    @InjectQueue(QueueName.Notifications) notificationsQueue: Queue,
    @InjectQueue(QueueName.Roadmap) roadmapQueue: Queue,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.queues = new Map([
      [QueueName.Audit, auditQueue],
      [QueueName.Kpi, kpiQueue],
      [QueueName.Notifications, notificationsQueue],
      [QueueName.Roadmap, roadmapQueue],
    ]);
  }

  /** Answers 503 quickly when a queue's Redis does not answer. */
  list(query: JobsQueryDto): Promise<Page<JobView> & { counts: Record<string, Record<string, number>> }> {
    return queueCall(this.queues.get(QueueName.Kpi) as Queue, () => this.read(query));
  }

  private async read(
    query: JobsQueryDto,
  ): Promise<Page<JobView> & { counts: Record<string, Record<string, number>> }> {
    const states = query.state ? [query.state] : DEFAULT_STATES;
    const queues = query.queue ? [query.queue] : [...this.queues.keys()];
    const end = query.page * query.pageSize - 1;
    const counts: Record<string, Record<string, number>> = {};
    let all: JobView[] = [];
    let total = 0;
    for (const name of queues) {
      const q = this.queues.get(name) as Queue;
      counts[name] = await q.getJobCounts(
        'waiting',
        'active',
        'delayed',
        'failed',
        'completed',
        'prioritized',
      );
      total += states.reduce((n, s) => n + (counts[name][s] ?? 0), 0);
      const jobs = await q.getJobs(states, 0, end, false);
      all = all.concat(await Promise.all(jobs.filter((j): j is Job => !!j).map((j) => view(name, j))));
    }
    all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const start = (query.page - 1) * query.pageSize;
    return {
      items: all.slice(start, start + query.pageSize),
      total,
      page: query.page,
      pageSize: query.pageSize,
      counts,
    };
  }

  async retry(auth: AuthContext, queueName: string, id: string): Promise<JobView> {
    const queue = this.queues.get(queueName);
    if (!queue) throw new NotFoundError('queue', queueName);
    return queueCall(queue, () => this.retryIn(auth, queue, queueName, id));
  }

  private async retryIn(auth: AuthContext, queue: Queue, queueName: string, id: string): Promise<JobView> {
    const job = await queue.getJob(id);
    if (!job) throw new NotFoundError('job', `${queueName}/${id}`);
    const state = await job.getState();
    if (state !== 'failed') throw new JobNotFailedError(queueName, id, state);
    await job.retry('failed');
    await this.dataSource.transaction((em) =>
      this.audit.record(em, auth, {
        action: 'job.retry',
        entity: 'job',
        entityId: `${queueName}/${id}`.slice(0, 64),
        before: { state, failedReason: job.failedReason },
      }),
    );
    return view(queueName, (await queue.getJob(id)) ?? job);
  }
}

async function view(queue: string, job: Job): Promise<JobView> {
  return {
    queue,
    id: job.id ?? '',
    name: job.name,
    state: await job.getState(),
    attemptsMade: job.attemptsMade,
    maxAttempts: job.opts.attempts ?? 1,
    failedReason: job.failedReason ?? null,
    data: job.data,
    createdAt: new Date(job.timestamp).toISOString(),
    processedAt: job.processedOn ? new Date(job.processedOn).toISOString() : null,
    finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}
