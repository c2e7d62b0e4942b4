import { boardRoleOf, electedBoardOf, termEndAfter } from './register-effects';

describe('the elected board the formation output writes into the register', () => {
  it('reads the seat from the Persian position, with an explicit role winning', () => {
    expect(boardRoleOf('رییس هیئت مدیره')).toBe('chair');
    expect(boardRoleOf('رئیس هیئت مدیره')).toBe('chair');
    expect(boardRoleOf('نایب رییس')).toBe('deputy');
    expect(boardRoleOf('خزانه دار')).toBe('treasurer');
    expect(boardRoleOf('خزانه‌دار')).toBe('treasurer');
    expect(boardRoleOf('دبیر')).toBe('secretary');
    expect(boardRoleOf('عضو اصلی')).toBe('member');
    expect(boardRoleOf('رییس', 'member')).toBe('member');
  });

  it('gives the board two years when the election names no end, ending the day before', () => {
    expect(termEndAfter('2026-06-15', 2)).toBe('2028-06-14');
    const board = electedBoardOf({
      electedAt: '2026-06-15',
      electedByMembers: true,
      members: [{ name: 'زهرا کرمانی', position: 'رییس هیئت مدیره' }],
    });
    expect(board).toEqual({
      electedAt: '2026-06-15',
      termEnd: '2028-06-14',
      electedBy: 'founding_assembly',
      seats: [{ fullName: 'زهرا کرمانی', role: 'chair', firmName: null }],
    });
  });
});
