import { hashPassword } from '@tashakkol/identity';
import { Seed } from './seed';

/** Demo users, one per chamber role (the board user is seeded with its association). */
export const DEMO_PASSWORD = 'demo-password';
export const DEMO_USERS = [
  { email: 'staff@tashakkol.local', fullName: 'مریم کارشناس', role: 'staff' },
  { email: 'approver@tashakkol.local', fullName: 'علی معاون', role: 'approver' },
  { email: 'president@tashakkol.local', fullName: 'رییس اتاق', role: 'president' },
] as const;

export const usersSeed: Seed = {
  name: 'demo users',
  async run({ ds, log }) {
    const hash = await hashPassword(DEMO_PASSWORD);
    for (const u of DEMO_USERS) {
      await ds.query(
        `INSERT INTO users (email, password_hash, full_name, role, version) VALUES ($1, $2, $3, $4, 1)
         ON CONFLICT (email) DO NOTHING`,
        [u.email, hash, u.fullName, u.role],
      );
    }
    log(`demo users: ${DEMO_USERS.map((u) => u.email).join(', ')} (password ${DEMO_PASSWORD})`);
  },
};
