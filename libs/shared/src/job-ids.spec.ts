import { Job, MinimalQueue } from 'bullmq';
import { jobIds, runIdAt } from './job-ids';

/** BullMQ's own check of a job's options, the one `queue.add` runs before it reaches Redis. */
class OptionsCheck extends Job {
  check(): void {
    this.validateOptions(this.asJSON());
  }
}
const queue = {
  opts: {},
  qualifiedName: 'bull:probe',
  keys: {},
  toKey: (k: string) => k,
} as unknown as MinimalQueue;
const accepted = (jobId: string) => () => new OptionsCheck(queue, 'probe', {}, { jobId }).check();

describe('job ids', () => {
  const at = new Date('2026-12-03T10:18:45.786Z');
  const run = runIdAt(at);
  const uuid = '0b9f3f0e-5d1c-4a57-9d6e-1f2a3b4c5d6e';
  const every: Record<keyof typeof jobIds, string> = {
    verifyChain: jobIds.verifyChain(at),
    scoreReport: jobIds.scoreReport(uuid, '1405-Q2', 3),
    rescore: jobIds.rescore(uuid, 'grant_delivered', '42'),
    scoreInRun: jobIds.scoreInRun(uuid, run),
    scoreChunkInRun: jobIds.scoreChunkInRun(7, run),
    recomputeAll: jobIds.recomputeAll(run),
    nightlyChecks: jobIds.nightlyChecks(run),
    roadmapRefresh: jobIds.roadmapRefresh(),
    sendEmail: jobIds.sendEmail(uuid),
  };

  it.each(Object.entries(every))(
    '%s (%s) passes the check BullMQ runs when the job is added',
    (_name, id) => {
      expect(accepted(id)).not.toThrow();
    },
  );

  it('one integrity check per minute: requests in the same minute share an id, the next minute gets its own', () => {
    expect(jobIds.verifyChain(at)).toBe('audit:verify-chain:202612031018');
    expect(jobIds.verifyChain(new Date('2026-12-03T10:18:59.999Z'))).toBe(jobIds.verifyChain(at));
    expect(jobIds.verifyChain(new Date('2026-12-03T10:19:00.000Z'))).not.toBe(jobIds.verifyChain(at));
  });

  it('the check is the real one: an id with one colon is refused, as `roadmap:refresh` was', () => {
    expect(accepted('roadmap:refresh')).toThrow('Custom Id cannot contain :');
  });
});
