import { Seed } from './seed';
import { lifecycleSeed } from './lifecycle.seed';
import { usersSeed } from './users.seed';

/** Every seed, in the order they must run. */
export const SEEDS: Seed[] = [usersSeed, lifecycleSeed];
