import { adminSeed } from './admin.seed';
import { associationsSeed } from './associations.seed';
import { catalogsSeed } from './catalogs.seed';
import { Seed } from './seed';
import { kpiSeed } from './kpi.seed';
import { lifecycleSeed } from './lifecycle.seed';
import { participationSeed } from './participation.seed';
import { supportsSeed } from './supports.seed';
import { usersSeed } from './users.seed';

/**
 * Every seed, in the order they must run: the admin first (it grants the demo approver's limits in
 * the supports seed); supports, participation and kpi read the phases the lifecycle seed sets.
 */
export const SEEDS: Seed[] = [
  adminSeed,
  usersSeed,
  catalogsSeed,
  associationsSeed,
  lifecycleSeed,
  supportsSeed,
  // The members' voice before the reports: the worker may score the demo as soon as they are queued.
  participationSeed,
  kpiSeed,
];
