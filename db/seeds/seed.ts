import { DataSource } from 'typeorm';

export interface SeedContext {
  ds: DataSource;
  log: (line: string) => void;
  /** The first admin (ADMIN_EMAIL / ADMIN_PASSWORD), created before the seeds that need it. */
  admin?: { email: string; password: string };
}

/** A re-runnable seed: running it twice leaves the same rows as running it once. */
export interface Seed {
  name: string;
  run(ctx: SeedContext): Promise<void>;
}
