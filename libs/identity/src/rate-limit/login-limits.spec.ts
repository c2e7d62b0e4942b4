import { accountBlockMs } from './login-limits';

describe('an account under repeated guessing backs off', () => {
  it('blocks for the window after the first burst, then twice as long each time, up to the cap', () => {
    const minute = 60_000;
    expect([1, 2, 3, 4].map((n) => accountBlockMs(n, minute, 3_600_000))).toEqual([
      minute,
      2 * minute,
      4 * minute,
      8 * minute,
    ]);
    expect(accountBlockMs(20, minute, 3_600_000)).toBe(3_600_000);
  });
});
