import 'reflect-metadata';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { DECLARED_JOBS, HandledJobs, HANDLES_JOBS_KEY } from '@tashakkol/shared';

const ROOT = join(__dirname, '..', '..', '..');

function files(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return files(path, test);
    return test(name) ? [path] : [];
  });
}
const sources = [
  ...files(join(ROOT, 'libs'), (n) => n.endsWith('.ts')),
  ...files(join(ROOT, 'apps'), (n) => n.endsWith('.ts')),
].filter((f) => !f.endsWith('.spec.ts'));

describe('jobs: producers behind services, one handler per job, ids built in one place', () => {
  it('has no controller that enqueues (controllers call services; only services call producers)', () => {
    const enqueuing = sources
      .filter((f) => f.endsWith('.controller.ts'))
      .filter((f) => /Producer\b|@InjectQueue|\.add\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(enqueuing).toEqual([]);
  });

  it('gives every declared job exactly one handler class of its own (*.job.ts)', () => {
    const handled: { file: string; meta: HandledJobs }[] = [];
    for (const file of sources.filter((f) => f.endsWith('.job.ts'))) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(file) as Record<string, unknown>;
      for (const value of Object.values(mod)) {
        const meta =
          typeof value === 'function'
            ? (Reflect.getMetadata(HANDLES_JOBS_KEY, value) as HandledJobs)
            : undefined;
        if (meta) handled.push({ file: relative(ROOT, file), meta });
      }
    }
    for (const h of handled) expect(h.meta.jobs).toHaveLength(1);
    const byJob = handled.map((h) => `${h.meta.queue}/${h.meta.jobs[0]}`).sort();
    const declared = Object.entries(DECLARED_JOBS)
      .flatMap(([queue, jobs]) => jobs.map((j) => `${queue}/${j}`))
      .sort();
    expect(byJob).toEqual(declared);
  });

  it('builds job ids only in libs/shared/src/job-ids.ts', () => {
    const building = sources
      .filter((f) => !f.endsWith('job-ids.ts'))
      .filter((f) => /jobId:\s*`/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(building).toEqual([]);
  });
});
