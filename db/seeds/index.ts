import { associationsSeed } from './associations.seed';
import { catalogsSeed } from './catalogs.seed';
import { Seed } from './seed';
import { kpiSeed } from './kpi.seed';
import { supportsSeed } from './supports.seed';
import { usersSeed } from './users.seed';

/** Every seed, in the order they must run. */
export const SEEDS: Seed[] = [usersSeed, catalogsSeed, associationsSeed, supportsSeed, kpiSeed];
