import { ConflictError } from '@tashakkol/shared';

/** Only a failed job can be retried. */
export class JobNotFailedError extends ConflictError {
  constructor(queue: string, id: string, state: string) {
    super('jobs.not_failed', `job ${queue}/${id} is ${state}; only a failed job can be retried`);
  }
}
