import { isServing, seatIsTaken } from './association-rules';

describe('board seats', () => {
  const serving = [
    { id: 'm1', role: 'chair' as const },
    { id: 'm2', role: 'member' as const },
  ];

  it('refuses a second serving chair', () => {
    expect(seatIsTaken('chair', serving)).toBe(true);
  });

  it('lets the chair itself be edited without clashing with itself', () => {
    expect(seatIsTaken('chair', serving, 'm1')).toBe(false);
  });

  it('lets any number of ordinary members serve', () => {
    expect(seatIsTaken('member', serving)).toBe(false);
  });

  it('counts a term as serving from its start until its end day inclusive', () => {
    expect(isServing({ termStart: '2024-01-01', termEnd: null }, '2025-06-01')).toBe(true);
    expect(isServing({ termStart: '2024-01-01', termEnd: '2025-06-01' }, '2025-06-01')).toBe(true);
    expect(isServing({ termStart: '2024-01-01', termEnd: '2025-05-31' }, '2025-06-01')).toBe(false);
    expect(isServing({ termStart: '2025-07-01', termEnd: null }, '2025-06-01')).toBe(false);
  });
});
