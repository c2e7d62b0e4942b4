import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { COMMITTED_STATUSES, COMMITTED_STATUSES_SQL } from './grant-state-machine';

const LIBS = join(__dirname, '..', '..');
// The roadmap context derives its own SQL (its engineer's branch); every other library is checked here.
const SKIP = new Set(['roadmap']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('which grants count as committed: one definition', () => {
  it('writes the SQL list from COMMITTED_STATUSES', () => {
    expect(COMMITTED_STATUSES_SQL).toBe(COMMITTED_STATUSES.map((s) => `'${s}'`).join(', '));
  });

  it('has no SQL in the libraries that spells the committed statuses out itself', () => {
    const spelled = readdirSync(LIBS)
      .filter((lib) => !SKIP.has(lib))
      .flatMap((lib) => sources(join(LIBS, lib, 'src')))
      .filter((file) => /IN \(\s*'approved',\s*'delivered'\s*\)/i.test(readFileSync(file, 'utf8')))
      .map((file) => relative(LIBS, file));
    expect(spelled).toEqual([]);
  });
});
