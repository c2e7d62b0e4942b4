import { Seed } from './seed';
import { lifecycleSeed } from './lifecycle.seed';
import { supportsSeed } from './supports.seed';
import { usersSeed } from './users.seed';

/** Every seed, in the order they must run (supports reads the phases the lifecycle seed sets). */
export const SEEDS: Seed[] = [usersSeed, lifecycleSeed, supportsSeed];
