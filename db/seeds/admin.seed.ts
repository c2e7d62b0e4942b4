import { AuditEntry, AuditIntegrityCheck, AuditService } from '@tashakkol/audit';
import { bootstrapAdmin } from '@tashakkol/identity';
import { Seed } from './seed';

/**
 * The first admin, before any seed that needs one (the demo approver's limits are granted by the
 * admin). The same bootstrap the API runs at boot, so whichever runs first, there is one admin.
 */
export const adminSeed: Seed = {
  name: 'first admin',
  async run({ ds, log, admin }) {
    if (!admin) {
      log('ADMIN_EMAIL/ADMIN_PASSWORD not given: the API creates the admin at its first start');
      return;
    }
    const audit = new AuditService(ds.getRepository(AuditEntry), ds.getRepository(AuditIntegrityCheck));
    const id = await bootstrapAdmin(ds, audit, admin.email, admin.password);
    log(id ? `created the first admin ${admin.email}` : `admin ${admin.email} already exists`);
  },
};
