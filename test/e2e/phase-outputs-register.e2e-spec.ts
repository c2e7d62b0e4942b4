import { PhaseKey } from '@tashakkol/associations';
import { SAMPLE_OUTPUTS } from '@tashakkol/lifecycle';
import { startApi, TestApi } from '../support/api';
import { closeTestDb, createAssociation, testDb } from '../support/fixtures';

jest.setTimeout(120_000);

/** Recording a phase output writes what it establishes into the register: no second form to fill. */
describe('phase outputs write the register', () => {
  let api: TestApi;
  let staff: string;

  beforeAll(async () => {
    api = await startApi();
    staff = (await api.userWithRole('staff')).token;
  });
  afterAll(async () => {
    await api.close();
    await closeTestDb();
  });

  const put = (id: string, phase: PhaseKey, key: string, body: unknown, token = staff) =>
    api.put(`/associations/${id}/phases/${phase}/outputs/${key}`, body, token);
  const register = async (id: string) => (await api.get(`/associations/${id}`, staff)).body;
  const board = async (id: string) =>
    (await api.get(`/associations/${id}/board-members`, staff)).body.items as {
      fullName: string;
      role: string;
      termStart: string;
      termEnd: string | null;
      electedBy: string;
      serving: boolean;
    }[];
  const auditOf = async (id: string, action: string) =>
    (await testDb()).query(`SELECT action FROM audit_log WHERE association_id = $1 AND action = $2`, [
      id,
      action,
    ]);
  const move = (id: string, to: PhaseKey, version: number, reason?: string) =>
    api.post(`/associations/${id}/lifecycle/transitions`, { to, version, reason }, staff);
  const recordAll = async (id: string, phase: PhaseKey) => {
    for (const [key, sample] of Object.entries(SAMPLE_OUTPUTS[phase])) {
      const data = key === 'registration' ? { ...sample, registrationNo: `ثبت-${id.slice(0, 8)}` } : sample;
      expect({ key, status: (await put(id, phase, key, data)).status }).toEqual({ key, status: 200 });
    }
  };
  const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

  it('the registration output sets the register number, authority and date, once per change, audited', async () => {
    const a = await createAssociation(api, { phase: 'formation' });
    expect(await register(a.id)).toMatchObject({ registrationNo: null, registeredAt: null });
    const no = `کرمان-${unique()}`;
    const res = await put(a.id, 'formation', 'registration', {
      registrationNo: no,
      authority: 'اداره ثبت شرکت ها و موسسات غیرتجاری کرمان',
      registeredAt: '2026-07-01',
    });
    expect(res.status).toBe(200);
    expect(await register(a.id)).toMatchObject({
      registrationNo: no,
      registrationAuthority: 'اداره ثبت شرکت ها و موسسات غیرتجاری کرمان',
      registeredAt: '2026-07-01',
      registeredAtJalali: '1405/04/10',
    });
    expect(await auditOf(a.id, 'association.registration')).toHaveLength(1);

    const other = await createAssociation(api, { phase: 'formation' });
    const taken = await put(other.id, 'formation', 'registration', {
      registrationNo: no,
      authority: 'اداره ثبت',
      registeredAt: '2026-07-02',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('associations.duplicate_registration_no');
    // The output was not kept either: one transaction.
    const outputs = await api.get(`/associations/${other.id}/phases/formation/outputs`, staff);
    expect(outputs.body.items.find((i: { key: string }) => i.key === 'registration').recorded).toBe(false);
  });

  it('the board election puts the elected seats with their terms on the board, closing the previous seats', async () => {
    const a = await createAssociation(api, { phase: 'formation' });
    const first = await put(a.id, 'formation', 'board_election', {
      electedAt: '2026-06-15',
      electedByMembers: true,
      members: [
        { name: 'زهرا کرمانی', position: 'رییس هیئت مدیره' },
        { name: 'رضا کرمانی', position: 'نایب رییس' },
        { name: 'علی کرمانی', position: 'خزانه‌دار', firmName: 'شرکت پسته علی' },
      ],
    });
    expect(first.status).toBe(200);
    const seats = await board(a.id);
    expect(seats.map((s) => [s.fullName, s.role, s.termStart, s.termEnd, s.electedBy]).sort()).toEqual(
      [
        ['زهرا کرمانی', 'chair', '2026-06-15', '2028-06-14', 'founding_assembly'],
        ['رضا کرمانی', 'deputy', '2026-06-15', '2028-06-14', 'founding_assembly'],
        ['علی کرمانی', 'treasurer', '2026-06-15', '2028-06-14', 'founding_assembly'],
      ].sort(),
    );

    const second = await put(a.id, 'formation', 'board_election', {
      version: first.body.version,
      electedAt: '2026-09-01',
      electedByMembers: true,
      termEnd: '2029-08-31',
      members: [
        { name: 'مریم کرمانی', position: 'رییس هیئت مدیره' },
        { name: 'رضا کرمانی', position: 'عضو', role: 'member' },
      ],
    });
    expect(second.status).toBe(200);
    const after = await board(a.id);
    const serving = after.filter((s) => s.serving).map((s) => [s.fullName, s.role, s.termStart, s.termEnd]);
    expect(serving.sort()).toEqual(
      [
        ['مریم کرمانی', 'chair', '2026-09-01', '2029-08-31'],
        ['رضا کرمانی', 'member', '2026-09-01', '2029-08-31'],
      ].sort(),
    );
    // The first board's seats are kept as history, ending the day before the new election.
    const ended = after.filter((s) => s.termStart === '2026-06-15');
    expect(ended.map((s) => s.termEnd)).toEqual(['2026-08-31', '2026-08-31', '2026-08-31']);
    expect(await auditOf(a.id, 'board.replace_elected')).toHaveLength(2);

    const twoChairs = await put(a.id, 'formation', 'board_election', {
      version: second.body.version,
      electedAt: '2026-10-01',
      electedByMembers: true,
      members: [
        { name: 'الف', position: 'رییس' },
        { name: 'ب', position: 'رییس' },
      ],
    });
    expect(twoChairs.status).toBe(400);
    expect(twoChairs.body.message).toMatch(/^members/);
    expect((await board(a.id)).length).toBe(after.length);
  });

  it('a sub-branch needs its parent (400 naming it) and hangs under it in the register; a loop is refused', async () => {
    const parent = await createAssociation(api);
    const child = await createAssociation(api, { phase: 'formation' });
    const missing = await put(child.id, 'formation', 'formation_method', { method: 'sub_branch' });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/^parentAssociationId/);
    const unknown = await put(child.id, 'formation', 'formation_method', {
      method: 'sub_branch',
      parentAssociationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/^parentAssociationId/);

    const ok = await put(child.id, 'formation', 'formation_method', {
      method: 'sub_branch',
      parentAssociationId: parent.id,
    });
    expect(ok.status).toBe(200);
    expect(await register(child.id)).toMatchObject({ parentId: parent.id, depth: 1 });
    expect(await auditOf(child.id, 'association.set_parent')).toHaveLength(1);

    await (await testDb()).query(`UPDATE associations SET phase = 'formation' WHERE id = $1`, [parent.id]);
    const loop = await put(parent.id, 'formation', 'formation_method', {
      method: 'sub_branch',
      parentAssociationId: child.id,
    });
    expect(loop.status).toBe(422);
    expect(loop.body.code).toBe('associations.parent_cycle');
    expect((await register(parent.id)).parentId).toBeNull();
  });

  it('moving through the phases sets the status the chamber expects: proposed → forming → active, and back', async () => {
    const a = await createAssociation(api, { phase: 'potential_assessment' });
    expect((await register(a.id)).status).toBe('proposed');
    await recordAll(a.id, 'potential_assessment');
    const toFormation = await move(a.id, 'formation', 1);
    expect(toFormation.status).toBe(201);
    expect((await register(a.id)).status).toBe('forming');
    await recordAll(a.id, 'formation');
    const toSupport = await move(a.id, 'support_monitoring', toFormation.body.version);
    expect(toSupport.status).toBe(201);
    const active = await register(a.id);
    expect(active).toMatchObject({ status: 'active', registrationNo: `ثبت-${a.id.slice(0, 8)}` });
    expect((await board(a.id)).filter((s) => s.serving)).toHaveLength(3);

    const back = await move(a.id, 'diagnosis', toSupport.body.version, 'پتانسیل سنجی باید تکرار شود');
    expect(back.status).toBe(201);
    expect((await register(a.id)).status).toBe('proposed');
    expect(await auditOf(a.id, 'association.status_for_phase')).toHaveLength(3);
  });

  it('never overwrites a dormant or dissolved status the chamber set by hand', async () => {
    const a = await createAssociation(api, { phase: 'formation' });
    const current = await register(a.id);
    const admin = await api.adminToken();
    const dormant = await api.patch(
      `/associations/${a.id}`,
      { version: current.version, status: 'dormant' },
      admin,
    );
    expect(dormant.status).toBe(200);
    await recordAll(a.id, 'formation');
    const moved = await move(a.id, 'support_monitoring', 1);
    expect(moved.status).toBe(201);
    expect((await register(a.id)).status).toBe('dormant');
  });

  it('lets only the chamber record outputs (403 for the board), and hides another association (404)', async () => {
    const own = await createAssociation(api, { phase: 'formation' });
    const other = await createAssociation(api, { phase: 'formation' });
    const boardUser = await api.userWithRole('board', own.id);
    const forbidden = await put(
      own.id,
      'formation',
      'registration',
      { registrationNo: `ب-${unique()}`, authority: 'اداره ثبت', registeredAt: '2026-07-01' },
      boardUser.token,
    );
    expect(forbidden.status).toBe(403);
    expect((await register(own.id)).registrationNo).toBeNull();
    expect((await api.get(`/associations/${other.id}/board-members`, boardUser.token)).status).toBe(404);
    expect((await api.get(`/associations/${other.id}`, boardUser.token)).status).toBe(404);
  });
});
