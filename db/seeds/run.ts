import { DataSource } from 'typeorm';
import { SEEDS } from './index';

export interface SeedOptions {
  log: (line: string) => void;
  /** The first admin: created first, since the demo approver's limits are granted by it. */
  admin?: { email: string; password: string };
}

/** What `npm run db:seed` (and so `npm start`) runs after the migrations. */
export async function runSeeds(ds: DataSource, opts: SeedOptions): Promise<void> {
  for (const seed of SEEDS) {
    await seed.run({ ds, admin: opts.admin, log: (line) => opts.log(`seed ${seed.name}: ${line}`) });
  }
}
