// The demo users the seeds create (db/seeds), printed by `npm start`. Keep in step with the seeds.
const password = 'demo-password';
exports.DEMO_LOGINS = [
  { role: 'staff', email: 'staff@tashakkol.local', password },
  { role: 'approver', email: 'approver@tashakkol.local', password },
  { role: 'president', email: 'president@tashakkol.local', password },
  { role: 'board', email: 'board@tashakkol.local', password, note: 'انجمن پسته کرمان' },
];
