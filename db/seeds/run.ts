import { DataSource } from 'typeorm';
import { SEEDS } from './index';

export async function runSeeds(ds: DataSource, opts: { log: (line: string) => void }): Promise<void> {
  for (const seed of SEEDS) {
    await seed.run({ ds, log: (line) => opts.log(`seed ${seed.name}: ${line}`) });
  }
}
