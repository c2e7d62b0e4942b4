import { CandidateMember, resolveCandidates } from './election-rules';

const members = new Map<string, CandidateMember>([
  ['p1', { id: 'p1', kind: 'person', nameFa: 'مریم کاظمی', current: true }],
  ['f1', { id: 'f1', kind: 'firm', nameFa: 'شرکت پسته نوین', current: true }],
  ['gone', { id: 'gone', kind: 'person', nameFa: 'رضا امینی', current: false }],
]);

describe('candidates drawn from the member register', () => {
  it('takes a person’s name and a firm’s name from the register, and keeps typed candidates', () => {
    expect(
      resolveCandidates(
        [
          { memberId: 'p1', fullName: 'نام دیگر', firmName: 'بنگاه دیگر' },
          { memberId: 'f1', fullName: 'علی رضایی', firmName: 'نام تایپ شده' },
          { fullName: 'سارا نادری', firmName: 'کارگاه نادری' },
        ],
        members,
      ),
    ).toEqual([
      { ok: true, candidate: { memberId: 'p1', fullName: 'مریم کاظمی', firmName: null } },
      { ok: true, candidate: { memberId: 'f1', fullName: 'علی رضایی', firmName: 'شرکت پسته نوین' } },
      { ok: true, candidate: { memberId: null, fullName: 'سارا نادری', firmName: 'کارگاه نادری' } },
    ]);
  });

  it('refuses, naming the row: a member who left or of no such id, one named twice, a firm without its representative', () => {
    const refusals = resolveCandidates(
      [
        { memberId: 'gone' },
        { memberId: 'nobody' },
        { memberId: 'p1' },
        { memberId: 'p1' },
        { memberId: 'f1' },
        {},
      ],
      members,
    ).filter((o) => !o.ok);
    expect(refusals).toEqual([
      { ok: false, code: 'not_member', field: 'candidates[0].memberId' },
      { ok: false, code: 'not_member', field: 'candidates[1].memberId' },
      { ok: false, code: 'repeated', field: 'candidates[3].memberId' },
      { ok: false, code: 'representative_required', field: 'candidates[4].fullName' },
      { ok: false, code: 'representative_required', field: 'candidates[5].fullName' },
    ]);
  });
});
