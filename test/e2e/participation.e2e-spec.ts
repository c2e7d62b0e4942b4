import { startApi, TestApi } from '../support/api';
import { createAssociation, testDb } from '../support/fixtures';
import { STANDARD_SURVEY } from '@tashakkol/participation';

jest.setTimeout(120_000);

/** Five Likert answers (1–5) and an optional open text, in the standard questionnaire's keys. */
function answers(likert: number, text?: string) {
  const items = STANDARD_SURVEY.items
    .filter((i) => i.kind === 'likert')
    .map((i) => ({ key: i.key, value: likert }));
  return { answers: text === undefined ? items : [...items, { key: 'suggestion', value: text }] };
}

describe('participation (the members’ voice)', () => {
  let api: TestApi;
  let staff: { token: string };

  beforeAll(async () => {
    api = await startApi();
    staff = await api.userWithRole('staff');
    await (
      await testDb()
    ).query(
      `INSERT INTO surveys (code, title_fa, title_en, items, version) VALUES ($1, $2, $3, $4, 1) ON CONFLICT (code) DO NOTHING`,
      [
        STANDARD_SURVEY.code,
        STANDARD_SURVEY.titleFa,
        STANDARD_SURVEY.titleEn,
        JSON.stringify(STANDARD_SURVEY.items),
      ],
    );
  });
  afterAll(() => api.close());

  /** An association with a board user and `n` current members registered by that board. */
  async function associationWithMembers(n: number) {
    const association = await createAssociation(api);
    const board = await api.userWithRole('board', association.id);
    for (let i = 0; i < n; i++) {
      const res = await api.post(
        `/associations/${association.id}/members`,
        {
          kind: i % 3 === 0 ? 'person' : 'firm',
          nameFa: `عضو شماره ${i + 1}`,
          identifier: `${10_000_000 + i}`,
          phone: '09131234567',
          joinedOn: '2024-03-20',
          duesStatus: i % 2 ? 'paid' : 'due',
        },
        board.token,
      );
      expect(res.status).toBe(201);
    }
    return { association, board };
  }

  async function sendSurvey(associationId: string, fiscalYear = 1405) {
    const res = await api.post(
      `/associations/${associationId}/survey-runs`,
      { surveyCode: STANDARD_SURVEY.code, fiscalYear },
      staff.token,
    );
    expect(res.status).toBe(201);
    return res.body as {
      run: { id: string; version: number; invited: number };
      links: { token: string; path: string }[];
    };
  }

  describe('member registry', () => {
    it('the board registers members; the chamber sees counts and names but no contacts or identifiers', async () => {
      const { association, board } = await associationWithMembers(3);
      const own = await api.get(`/associations/${association.id}/members`, board.token);
      expect(own.status).toBe(200);
      expect(own.body.total).toBe(3);
      expect(own.body.items[0]).toMatchObject({
        phone: '09131234567',
        joinedOnJalali: '1403/01/01',
        current: true,
      });
      expect(own.body.items[0].identifier).toMatch(/^100000/);

      const chamber = await api.get(`/associations/${association.id}/members`, staff.token);
      expect(chamber.status).toBe(200);
      expect(chamber.body.items).toHaveLength(3);
      for (const m of chamber.body.items) {
        expect(m).not.toHaveProperty('phone');
        expect(m).not.toHaveProperty('identifier');
        expect(m).not.toHaveProperty('email');
      }
      const summary = await api.get(`/associations/${association.id}/members/summary`, staff.token);
      expect(summary.body).toMatchObject({ current: 3, firms: 2, persons: 1, duesPaid: 1, duesDue: 2 });
    });

    it('finds a member typed with Arabic letter forms and Persian digits in the identifier', async () => {
      const association = await createAssociation(api);
      const board = await api.userWithRole('board', association.id);
      const created = await api.post(
        `/associations/${association.id}/members`,
        { kind: 'firm', nameFa: 'شرکت کرمان‌پسته', identifier: '۱۲۳۴۵۶۷۸', joinedOn: '2024-03-20' },
        board.token,
      );
      expect(created.status).toBe(201);
      expect(created.body.identifier).toBe('12345678');
      const found = await api.get(
        `/associations/${association.id}/members?q=${encodeURIComponent('كرمانپسته')}`,
        board.token,
      );
      expect(found.body.items.map((m: { nameFa: string }) => m.nameFa)).toEqual(['شرکت کرمان‌پسته']);
      const dup = await api.post(
        `/associations/${association.id}/members`,
        { kind: 'firm', nameFa: 'تکراری', identifier: '12345678', joinedOn: '2024-03-20' },
        board.token,
      );
      expect(dup.status).toBe(409);
    });

    it('bad input names the field; chamber roles cannot write; another association is 404', async () => {
      const { association, board } = await associationWithMembers(1);
      const bad = await api.post(
        `/associations/${association.id}/members`,
        { kind: 'firm', nameFa: 'x', identifier: 'abc', joinedOn: '1403/01/01' },
        board.token,
      );
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/nameFa/);
      expect(bad.body.message).toMatch(/identifier/);
      const staffWrite = await api.post(
        `/associations/${association.id}/members`,
        { kind: 'firm', nameFa: 'شرکت نمونه', identifier: '99999999', joinedOn: '2024-03-20' },
        staff.token,
      );
      expect(staffWrite.status).toBe(403);
      const other = await createAssociation(api);
      expect((await api.get(`/associations/${other.id}/members`, board.token)).status).toBe(404);
      expect((await api.get(`/associations/${other.id}/members/summary`, board.token)).status).toBe(404);
    });

    it('imports a CSV all or nothing, reporting bad rows by line', async () => {
      const association = await createAssociation(api);
      const board = await api.userWithRole('board', association.id);
      const upload = (csv: string) => {
        const form = new FormData();
        form.append('file', new Blob([csv], { type: 'text/csv' }), 'members.csv');
        return api.request('POST', `/associations/${association.id}/members/import`, {
          token: board.token,
          raw: { contentType: 'multipart/form-data', data: form },
        });
      };
      const bad = await upload(
        'kind,nameFa,identifier,joinedOn\nfirm,شرکت الف,11111111,2024-03-20\nrobot,شرکت ب,22222222,2024-03-20\nfirm,شرکت ج,11111111,2024-03-20\n',
      );
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/line 3: kind/);
      expect(bad.body.message).toMatch(/line 4: identifier: 11111111 repeats line 2/);
      // The web page reports each row in Persian from details.problems.
      expect(
        (bad.body.details.problems as { line: number; field: string; messageFa?: string }[]).map((p) => [
          p.line,
          p.field,
          typeof p.messageFa === 'string' && /[\u0600-\u06FF]/.test(p.messageFa),
        ]),
      ).toEqual([
        [3, 'kind', true],
        [4, 'identifier', true],
      ]);
      expect((await api.get(`/associations/${association.id}/members`, board.token)).body.total).toBe(0);
      const good = await upload(
        'kind,nameFa,identifier,joinedOn\nfirm,شرکت الف,11111111,2024-03-20\nperson,علی احمدی,22222222,2024-03-20\n',
      );
      expect(good.status).toBe(201);
      expect(good.body).toEqual({ imported: 2 });
    });

    it('a stale version of a member is refused with 409', async () => {
      const { association, board } = await associationWithMembers(1);
      const [m] = (await api.get(`/associations/${association.id}/members`, board.token)).body.items;
      const first = await api.patch(
        `/associations/${association.id}/members/${m.id}`,
        { version: m.version, duesStatus: 'paid' },
        board.token,
      );
      expect(first.status).toBe(200);
      const stale = await api.patch(
        `/associations/${association.id}/members/${m.id}`,
        { version: m.version, leftOn: '2025-01-01' },
        board.token,
      );
      expect(stale.status).toBe(409);
    });
  });

  describe('surveys with one-time links', () => {
    it('each member answers once, anonymously; the board sees aggregates only once five have answered', async () => {
      const { association, board } = await associationWithMembers(6);
      const { run, links } = await sendSurvey(association.id);
      expect(run.invited).toBe(6);
      expect(links).toHaveLength(6);
      expect(links[0].path).toBe(`/survey/${links[0].token}`);

      const page = await api.get(`/survey-links/${links[0].token}`);
      expect(page.status).toBe(200);
      expect(page.body.associationNameFa).toBe(association.nameFa);
      expect(page.body.items).toHaveLength(STANDARD_SURVEY.items.length);

      for (let i = 0; i < 4; i++)
        expect((await api.post(`/survey-links/${links[i].token}`, answers(5))).status).toBe(201);
      const early = await api.get(`/survey-runs/${run.id}/results`, board.token);
      expect(early.status).toBe(200);
      expect(early.body).toMatchObject({ responses: 4, shown: false, satisfaction: null, items: [] });
      const fewStaff = (await api.userWithRole('staff')).token;
      expect((await api.get(`/survey-runs/${run.id}/responses`, fewStaff)).body).toMatchObject({
        responses: 4,
        shown: false,
        items: [],
      });

      expect(
        (await api.post(`/survey-links/${links[4].token}`, answers(1, 'جلسات بیشتری برگزار شود'))).status,
      ).toBe(201);
      const shown = await api.get(`/survey-runs/${run.id}/results`, board.token);
      // four members gave 5 of 5 (100) and one gave 1 of 5 (0): (4 × 100 + 0) ÷ 5 = 80
      expect(shown.body).toMatchObject({
        responses: 5,
        invited: 6,
        responseRate: 83.3,
        shown: true,
        satisfaction: 80,
      });
      expect(shown.body.items[0]).toMatchObject({ key: 'services', mean: 4.2 });
      expect(shown.body.openAnswers).toEqual([{ key: 'suggestion', texts: ['جلسات بیشتری برگزار شود'] }]);

      // the chamber may read each answer, anonymous and in an order that tells nothing; a board may not
      const staff = await api.userWithRole('staff');
      const individual = await api.get(`/survey-runs/${run.id}/responses`, staff.token);
      expect(individual.status).toBe(200);
      expect(individual.body).toMatchObject({ responses: 5, shown: true });
      expect(individual.body.items).toHaveLength(5);
      expect(Object.keys(individual.body.items[0])).toEqual(['answers']);
      const forbidden = await api.get(`/survey-runs/${run.id}/responses`, board.token);
      expect(forbidden.status).toBe(403);
      expect(forbidden.body.code).toBe('identity.role_not_allowed');

      // the stored answer carries nothing that points at a member or a moment
      const cols: { column_name: string }[] = await (
        await testDb()
      ).query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_responses'`);
      expect(cols.map((c) => c.column_name).sort()).toEqual(['answers', 'id', 'run_id']);
    });

    it('a reused link is 410 and counts once; an unknown or forged one is 404', async () => {
      const { association } = await associationWithMembers(2);
      const { run, links } = await sendSurvey(association.id);
      expect((await api.post(`/survey-links/${links[0].token}`, answers(4))).status).toBe(201);
      const again = await api.post(`/survey-links/${links[0].token}`, answers(1));
      expect(again.status).toBe(410);
      expect(again.body.code).toBe('participation.link_used');
      expect((await api.get(`/survey-links/${links[0].token}`)).status).toBe(410);
      expect((await api.get(`/survey-links/${'A'.repeat(43)}`)).status).toBe(404);
      expect((await api.get('/survey-links/not-a-token')).status).toBe(404);
      const [{ n }] = await (
        await testDb()
      ).query(`SELECT count(*)::int AS n FROM survey_responses WHERE run_id = $1`, [run.id]);
      expect(n).toBe(1);
    });

    it('an expired link is 410', async () => {
      const { association } = await associationWithMembers(1);
      const { links } = await sendSurvey(association.id);
      await (
        await testDb()
      ).query(
        `UPDATE one_time_links SET expires_at = now() - interval '1 minute' WHERE token_hash = encode(sha256($1::bytea), 'hex')`,
        [links[0].token],
      );
      const res = await api.post(`/survey-links/${links[0].token}`, answers(3));
      expect(res.status).toBe(410);
      expect(res.body.code).toBe('participation.link_expired');
    });

    it('an answer out of range is 400 naming the item, and the link stays usable', async () => {
      const { association } = await associationWithMembers(1);
      const { links } = await sendSurvey(association.id);
      const body = answers(3);
      body.answers[1].value = 9;
      const bad = await api.post(`/survey-links/${links[0].token}`, body);
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/answers\[1\]\.value/);
      expect(bad.body.message).toMatch(/voice/);
      expect((await api.post(`/survey-links/${links[0].token}`, answers(3))).status).toBe(201);
    });

    it('ten answers racing on one link: exactly one is counted', async () => {
      const { association } = await associationWithMembers(1);
      const { run, links } = await sendSurvey(association.id);
      const results = await Promise.all(
        Array.from({ length: 10 }, () => api.post(`/survey-links/${links[0].token}`, answers(2))),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      expect(results.filter((r) => r.status === 410)).toHaveLength(9);
      const [{ n }] = await (
        await testDb()
      ).query(`SELECT count(*)::int AS n FROM survey_responses WHERE run_id = $1`, [run.id]);
      expect(n).toBe(1);
    });

    it('only staff send surveys; a board cannot read another association’s run; a second run of the year is 409', async () => {
      const { association, board } = await associationWithMembers(1);
      const byBoard = await api.post(
        `/associations/${association.id}/survey-runs`,
        { surveyCode: STANDARD_SURVEY.code, fiscalYear: 1405 },
        board.token,
      );
      expect(byBoard.status).toBe(403);
      const { run } = await sendSurvey(association.id);
      const dup = await api.post(
        `/associations/${association.id}/survey-runs`,
        { surveyCode: STANDARD_SURVEY.code, fiscalYear: 1405 },
        staff.token,
      );
      expect(dup.status).toBe(409);
      const badYear = await api.post(
        `/associations/${association.id}/survey-runs`,
        { surveyCode: STANDARD_SURVEY.code, fiscalYear: 'x' },
        staff.token,
      );
      expect(badYear.status).toBe(400);
      expect(badYear.body.message).toMatch(/fiscalYear/);
      const other = await associationWithMembers(1);
      expect((await api.get(`/survey-runs/${run.id}/results`, other.board.token)).status).toBe(404);
      expect((await api.get(`/associations/${association.id}/survey-runs`, other.board.token)).status).toBe(
        404,
      );
    });

    it('a closed run’s links stop working', async () => {
      const { association } = await associationWithMembers(1);
      const { run, links } = await sendSurvey(association.id);
      const closed = await api.post(`/survey-runs/${run.id}/close`, { version: run.version }, staff.token);
      expect(closed.status).toBe(200);
      expect(closed.body.status).toBe('closed');
      const res = await api.post(`/survey-links/${links[0].token}`, answers(3));
      expect(res.status).toBe(410);
      expect(res.body.code).toBe('participation.link_closed');
    });
  });

  describe('general assemblies', () => {
    it('records notice, attendance and quorum, and says whether it was held on time', async () => {
      const { association, board } = await associationWithMembers(1);
      const created = await api.post(
        `/associations/${association.id}/assemblies`,
        {
          kind: 'ordinary',
          fiscalYear: 1405,
          noticeDate: '2026-06-01',
          scheduledOn: '2026-06-20',
          dueBy: '2026-07-22',
          agenda: ['گزارش هیئت مدیره', 'تصویب صورت های مالی'],
          quorumRule: 'half_plus_one',
        },
        board.token,
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        noticeDateJalali: '1405/03/11',
        heldOnTime: false,
        quorumNeeded: null,
      });
      const short = await api.patch(
        `/associations/${association.id}/assemblies/${created.body.id}`,
        { version: created.body.version, heldOn: '2026-06-20', eligible: 40, attended: 20 },
        board.token,
      );
      expect(short.status).toBe(200);
      expect(short.body).toMatchObject({ quorumNeeded: 21, quorumMet: false, heldOnTime: false });
      const met = await api.patch(
        `/associations/${association.id}/assemblies/${created.body.id}`,
        {
          version: short.body.version,
          heldOn: '2026-06-20',
          eligible: 40,
          attended: 21,
          resolutions: ['صورت های مالی تصویب شد'],
        },
        staff.token,
      );
      expect(met.body).toMatchObject({ quorumMet: true, heldOnTime: true, heldOnJalali: '1405/03/30' });
      const over = await api.patch(
        `/associations/${association.id}/assemblies/${created.body.id}`,
        { version: met.body.version, heldOn: '2026-06-20', eligible: 40, attended: 41 },
        staff.token,
      );
      expect(over.status).toBe(400);
      expect(over.body.message).toMatch(/attended/);
      const president = await api.userWithRole('president');
      expect(
        (await api.post(`/associations/${association.id}/assemblies`, { kind: 'ordinary' }, president.token))
          .status,
      ).toBe(403);
      const other = await associationWithMembers(1);
      expect((await api.get(`/associations/${association.id}/assemblies`, other.board.token)).status).toBe(
        404,
      );
    });
  });
  describe('board elections', () => {
    async function openElection(
      associationId: string,
      token: string,
      candidates = ['مریم کاظمی', 'رضا امینی', 'سارا نادری'],
    ) {
      const res = await api.post(
        `/associations/${associationId}/elections`,
        {
          seats: 2,
          termStart: '2026-07-01',
          termEnd: '2028-06-30',
          candidates: candidates.map((fullName) => ({ fullName })),
        },
        token,
      );
      expect(res.status).toBe(201);
      return res.body as { id: string; version: number; candidates: { id: string; fullName: string }[] };
    }

    it('secret ballots by link plus paper votes elect the board, written to the register with its term', async () => {
      const { association, board } = await associationWithMembers(5);
      const election = await openElection(association.id, board.token);
      const [maryam, reza, sara] = election.candidates;
      // The board never holds the links (it could see who voted, or vote in a member's place): the chamber issues them.
      const byBoard = await api.post(`/elections/${election.id}/ballot-links`, {}, board.token);
      expect(byBoard.status).toBe(403);
      const issued = await api.post(`/elections/${election.id}/ballot-links`, {}, staff.token);
      expect(issued.status).toBe(201);
      expect(issued.body.links).toHaveLength(5);
      const links = issued.body.links as { token: string }[];
      const page = await api.get(`/ballot-links/${links[0].token}`);
      expect(page.body).toMatchObject({ seats: 2, termStartJalali: '1405/04/10' });

      expect(
        (await api.post(`/ballot-links/${links[0].token}`, { choices: [maryam.id, reza.id] })).status,
      ).toBe(201);
      expect((await api.post(`/ballot-links/${links[1].token}`, { choices: [maryam.id] })).status).toBe(201);
      expect(
        (await api.post(`/ballot-links/${links[2].token}`, { choices: [sara.id, reza.id] })).status,
      ).toBe(201);
      expect((await api.post(`/ballot-links/${links[0].token}`, { choices: [sara.id] })).status).toBe(410);
      const tooMany = await api.post(`/ballot-links/${links[3].token}`, {
        choices: [maryam.id, reza.id, sara.id],
      });
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.message).toMatch(/choices/);

      const paper = await api.put(
        `/elections/${election.id}/recorded-votes`,
        { version: election.version, votes: { [sara.id]: 1 } },
        staff.token,
      );
      expect(paper.status).toBe(200);
      // The view says how many links went out (the screen then offers no second issue) and how many voted.
      expect(paper.body).toMatchObject({ ballotLinksIssued: 5, ballotsCast: 3 });
      // maryam 2, reza 2, sara 1 + 1 paper = 2: a three-way tie for the second seat is not decided by the software
      const tie = await api.post(
        `/elections/${election.id}/count`,
        { version: paper.body.version },
        staff.token,
      );
      expect(tie.status).toBe(422);
      expect(tie.body.code).toBe('participation.election_tie');

      const paper2 = await api.put(
        `/elections/${election.id}/recorded-votes`,
        { version: paper.body.version, votes: { [sara.id]: 1, [maryam.id]: 1 } },
        staff.token,
      );
      // maryam 3; reza 2 and sara 2 still tie for the second seat
      expect(
        (await api.post(`/elections/${election.id}/count`, { version: paper2.body.version }, staff.token))
          .status,
      ).toBe(422);
      const paper3 = await api.put(
        `/elections/${election.id}/recorded-votes`,
        { version: paper2.body.version, votes: { [sara.id]: 2, [maryam.id]: 1 } },
        staff.token,
      );
      const counted = await api.post(
        `/elections/${election.id}/count`,
        { version: paper3.body.version },
        staff.token,
      );
      expect(counted.status).toBe(200);
      expect(counted.body.status).toBe('counted');
      // maryam and sara have 3 votes each, reza 2: both elected, in no particular order between them
      expect([...counted.body.result.elected].sort()).toEqual([maryam.id, sara.id].sort());

      const seats = await api.get(`/associations/${association.id}/board-members`, board.token);
      const serving = seats.body.items.filter((m: { termStart: string }) => m.termStart === '2026-07-01');
      expect(serving.map((m: { fullName: string }) => m.fullName).sort()).toEqual([
        'سارا نادری',
        'مریم کاظمی',
      ]);
      expect(serving[0]).toMatchObject({ termEnd: '2028-06-30', electedBy: 'general_assembly' });

      const again = await api.post(
        `/elections/${election.id}/count`,
        { version: counted.body.version },
        staff.token,
      );
      expect(again.status).toBe(409);
      expect((await api.post(`/ballot-links/${links[4].token}`, { choices: [reza.id] })).status).toBe(410);
      const audit: { action: string }[] = await (
        await testDb()
      ).query(
        `SELECT action FROM audit_log WHERE association_id = $1 AND action LIKE 'election.%' OR (association_id = $1 AND action = 'board.replace_elected') ORDER BY id`,
        [association.id],
      );
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining([
          'election.create',
          'election.ballots_issued',
          'election.recorded_votes',
          'election.count',
          'board.replace_elected',
        ]),
      );
    });

    it('the president cannot open one; another association’s board sees 404; fewer candidates than seats is 400', async () => {
      const { association, board } = await associationWithMembers(1);
      const president = await api.userWithRole('president');
      const body = {
        seats: 2,
        termStart: '2026-07-01',
        termEnd: '2028-06-30',
        candidates: [{ fullName: 'علی یک' }, { fullName: 'علی دو' }],
      };
      expect(
        (await api.post(`/associations/${association.id}/elections`, body, president.token)).status,
      ).toBe(403);
      const few = await api.post(
        `/associations/${association.id}/elections`,
        { ...body, candidates: [{ fullName: 'تنها' }] },
        board.token,
      );
      expect(few.status).toBe(400);
      expect(few.body.message).toMatch(/candidates/);
      const election = await openElection(association.id, board.token);
      const other = await associationWithMembers(1);
      expect(
        (await api.post(`/elections/${election.id}/count`, { version: election.version }, other.board.token))
          .status,
      ).toBe(404);
      expect((await api.get(`/associations/${association.id}/elections`, other.board.token)).status).toBe(
        404,
      );
    });
    it('draws candidates from the member register: its names, current members only, each once', async () => {
      // Members 1 and 4 are persons, 2 and 3 firms (associationWithMembers).
      const { association, board } = await associationWithMembers(4);
      const members = (await api.get(`/associations/${association.id}/members?pageSize=100`, board.token))
        .body.items as { id: string; nameFa: string; kind: string; version: number }[];
      const person = members.find((m) => m.nameFa === 'عضو شماره 1')!;
      const firm = members.find((m) => m.nameFa === 'عضو شماره 2')!;
      const left = members.find((m) => m.nameFa === 'عضو شماره 4')!;
      expect([person.kind, firm.kind, left.kind]).toEqual(['person', 'firm', 'person']);
      expect(
        (
          await api.patch(
            `/associations/${association.id}/members/${left.id}`,
            { version: left.version, leftOn: '2025-01-01' },
            board.token,
          )
        ).status,
      ).toBe(200);
      const open = (candidates: unknown[]) =>
        api.request('POST', `/associations/${association.id}/elections`, {
          token: board.token,
          body: { seats: 2, termStart: '2026-07-01', termEnd: '2028-06-30', candidates },
          headers: { 'Accept-Language': 'fa' },
        });

      const res = await open([
        { memberId: person.id },
        { memberId: firm.id, fullName: 'علی رضایی', firmName: 'نامی دیگر' },
        { fullName: 'سارا نادری' },
      ]);
      expect(res.status).toBe(201);
      expect(
        res.body.candidates.map((c: Record<string, unknown>) => [c.memberId, c.fullName, c.firmName]),
      ).toEqual([
        [person.id, 'عضو شماره 1', null],
        [firm.id, 'علی رضایی', 'عضو شماره 2'],
        [null, 'سارا نادری', null],
      ]);
      const listed = (await api.get(`/associations/${association.id}/elections`, board.token)).body.items;
      expect(listed.find((e: { id: string }) => e.id === res.body.id).candidates[0].memberId).toBe(person.id);

      const other = await associationWithMembers(1);
      const stranger = (await api.get(`/associations/${other.association.id}/members`, other.board.token))
        .body.items[0];
      const refusals: [unknown[], string, string, RegExp][] = [
        [
          [{ memberId: left.id }, { memberId: person.id }],
          'candidates[0].memberId',
          'participation.candidate_not_member',
          /عضو کنونی/,
        ],
        [
          [{ memberId: stranger.id }, { memberId: person.id }],
          'candidates[0].memberId',
          'participation.candidate_not_member',
          /عضو کنونی/,
        ],
        [
          [{ memberId: person.id }, { memberId: person.id }],
          'candidates[1].memberId',
          'participation.candidate_repeated',
          /یک بار/,
        ],
        [
          [{ memberId: person.id }, { memberId: firm.id }],
          'candidates[1].fullName',
          'participation.candidate_representative_required',
          /نماینده/,
        ],
        [[{ memberId: 'x' }, { memberId: person.id }], 'candidates[0].memberId', 'request.invalid', /عضو/],
        [[{}, { memberId: person.id }], 'candidates[0].fullName', 'request.invalid', /نام و نام خانوادگی/],
      ];
      for (const [candidates, field, code, persian] of refusals) {
        const bad = await open(candidates);
        expect([bad.status, bad.body.field, bad.body.code]).toEqual([400, field, code]);
        expect(bad.body.message).toMatch(persian);
      }
    });

    describe('re-issuing lost ballot links', () => {
      interface Link {
        memberId: string;
        memberNameFa: string;
        token: string;
        path: string;
      }
      async function issuedElection(members: number) {
        const { association, board } = await associationWithMembers(members);
        const election = await openElection(association.id, board.token);
        const issued = await api.post(`/elections/${election.id}/ballot-links`, {}, staff.token);
        expect(issued.status).toBe(201);
        return { association, board, election, links: issued.body.links as Link[] };
      }
      const reissue = (electionId: string, memberIds: string[], token: string) =>
        api.post(`/elections/${electionId}/ballot-links/reissue`, { memberIds }, token);
      const vote = (token: string, candidateId: string) =>
        api.post(`/ballot-links/${token}`, { choices: [candidateId] });
      const tallyOf = async (associationId: string, electionId: string, token: string) =>
        (
          (await api.get(`/associations/${associationId}/elections`, token)).body.items as {
            id: string;
            ballotsCast: number;
            ballotLinksIssued: number;
          }[]
        ).find((e) => e.id === electionId);

      it('gives a member a new link once; the old one is 410 «replaced», the new one votes once, audited', async () => {
        const { association, board, election, links } = await issuedElection(3);
        const lost = links[0];
        const res = await reissue(election.id, [lost.memberId], staff.token);
        expect(res.status).toBe(201);
        expect(res.body.links).toHaveLength(1);
        const fresh = res.body.links[0] as Link;
        expect(fresh).toMatchObject({ memberId: lost.memberId, memberNameFa: lost.memberNameFa });
        expect(fresh.path).toBe(`/ballot/${fresh.token}`);
        expect(fresh.token).not.toBe(lost.token);

        const old = await api.get(`/ballot-links/${lost.token}`);
        expect(old.status).toBe(410);
        expect(old.body.code).toBe('participation.link_replaced');
        expect((await vote(lost.token, election.candidates[0].id)).status).toBe(410);
        expect((await api.get(`/ballot-links/${fresh.token}`)).status).toBe(200);
        expect((await vote(fresh.token, election.candidates[0].id)).status).toBe(201);
        expect((await vote(fresh.token, election.candidates[1].id)).status).toBe(410);
        // One link in force per member: still three issued, one ballot.
        expect(await tallyOf(association.id, election.id, board.token)).toMatchObject({
          ballotLinksIssued: 3,
          ballotsCast: 1,
        });
        const audit: { action: string; after: { links: number; memberIds: string[] } }[] = await (
          await testDb()
        ).query(
          `SELECT action, after FROM audit_log WHERE entity_id = $1 AND action = 'election.ballots_reissued'`,
          [election.id],
        );
        expect(audit).toHaveLength(1);
        expect(audit[0].after).toMatchObject({ links: 1, memberIds: [lost.memberId] });
      });

      it('a member who has voted cannot vote again, and the board’s answer does not say who voted', async () => {
        const { association, board, election, links } = await issuedElection(3);
        const [voter, abstainer] = links;
        expect((await vote(voter.token, election.candidates[0].id)).status).toBe(201);
        const res = await reissue(election.id, [voter.memberId, abstainer.memberId], staff.token);
        expect(res.status).toBe(201);
        const fresh = res.body.links as Link[];
        expect(fresh.map((l) => l.memberId).sort()).toEqual([voter.memberId, abstainer.memberId].sort());
        // Both links look alike: nothing in the answer tells the voter from the one who has not voted.
        expect(fresh.map((l) => Object.keys(l).sort())).toEqual([
          ['memberId', 'memberNameFa', 'path', 'token'],
          ['memberId', 'memberNameFa', 'path', 'token'],
        ]);
        const voterNew = fresh.find((l) => l.memberId === voter.memberId) as Link;
        const abstainerNew = fresh.find((l) => l.memberId === abstainer.memberId) as Link;
        const again = await vote(voterNew.token, election.candidates[1].id);
        expect(again.status).toBe(410);
        expect(again.body.code).toBe('participation.link_used');
        expect((await vote(abstainerNew.token, election.candidates[1].id)).status).toBe(201);
        expect(await tallyOf(association.id, election.id, board.token)).toMatchObject({
          ballotLinksIssued: 3,
          ballotsCast: 2,
        });
        // The ballots keep only the choices.
        const columns: { column_name: string }[] = await (
          await testDb()
        ).query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'ballots' ORDER BY 1`);
        expect(columns.map((c) => c.column_name)).toEqual(['choices', 'election_id', 'id']);
      });

      it('two racing re-issues leave one working link; a ballot racing a re-issue counts once', async () => {
        const { association, board, election, links } = await issuedElection(2);
        const [a, b] = links;
        const both = await Promise.all([
          reissue(election.id, [a.memberId], staff.token),
          reissue(election.id, [a.memberId], staff.token),
        ]);
        expect(both.map((r) => r.status)).toEqual([201, 201]);
        const tokens = [a.token, ...both.map((r) => (r.body.links as Link[])[0].token)];
        const cast = [];
        for (const t of tokens) cast.push((await vote(t, election.candidates[0].id)).status);
        expect(cast.filter((s) => s === 201)).toHaveLength(1);
        expect(cast.filter((s) => s === 410)).toHaveLength(2);

        // b votes with the old link while b's link is re-issued: whichever wins, b counts once.
        const [ballot, again] = await Promise.all([
          vote(b.token, election.candidates[1].id),
          reissue(election.id, [b.memberId], staff.token),
        ]);
        expect(again.status).toBe(201);
        const second = await vote((again.body.links as Link[])[0].token, election.candidates[1].id);
        expect([ballot.status, second.status].sort()).toEqual([201, 410]);
        expect(await tallyOf(association.id, election.id, board.token)).toMatchObject({
          ballotLinksIssued: 2,
          ballotsCast: 2,
        });
      });

      it('only members issued a link, each named once, while the election is open and its links unexpired; never by a board', async () => {
        const { board, election, links } = await issuedElection(2);
        const stranger = await reissue(election.id, ['00000000-0000-4000-8000-000000000001'], staff.token);
        expect(stranger.status).toBe(400);
        expect(stranger.body).toMatchObject({ code: 'participation.no_ballot_link', field: 'memberIds[0]' });
        const twice = await reissue(election.id, [links[0].memberId, links[0].memberId], staff.token);
        expect(twice.status).toBe(400);
        expect(twice.body).toMatchObject({ code: 'participation.repeated_member', field: 'memberIds[1]' });
        const empty = await api.post(
          `/elections/${election.id}/ballot-links/reissue`,
          { memberIds: [] },
          staff.token,
        );
        expect(empty.status).toBe(400);
        expect(empty.body.message).toMatch(/^memberIds/);
        // Nothing refused above voided anything.
        expect((await api.get(`/ballot-links/${links[0].token}`)).status).toBe(200);

        const president = await api.userWithRole('president');
        expect((await reissue(election.id, [links[0].memberId], president.token)).status).toBe(403);
        const other = await associationWithMembers(1);
        // The board may not hold its members' ballot links, its own association's included.
        expect((await reissue(election.id, [links[0].memberId], board.token)).status).toBe(403);
        expect((await reissue(election.id, [links[0].memberId], other.board.token)).status).toBe(403);

        await (
          await testDb()
        ).query(`UPDATE one_time_links SET expires_at = now() - interval '1 minute' WHERE subject_id = $1`, [
          election.id,
        ]);
        const expired = await reissue(election.id, [links[0].memberId], staff.token);
        expect(expired.status).toBe(409);
        expect(expired.body.code).toBe('participation.ballots_expired');
        await (
          await testDb()
        ).query(`UPDATE one_time_links SET expires_at = now() + interval '1 day' WHERE subject_id = $1`, [
          election.id,
        ]);

        const paper = await api.put(
          `/elections/${election.id}/recorded-votes`,
          {
            version: election.version,
            votes: { [election.candidates[0].id]: 2, [election.candidates[1].id]: 1 },
          },
          board.token,
        );
        expect(
          (await api.post(`/elections/${election.id}/count`, { version: paper.body.version }, board.token))
            .status,
        ).toBe(200);
        const counted = await reissue(election.id, [links[0].memberId], staff.token);
        expect(counted.status).toBe(409);
        expect(counted.body.code).toBe('participation.election_counted');
      });
    });
  });
});
