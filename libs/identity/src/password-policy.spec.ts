import { passwordProblem } from './password-policy';

describe('a new password (ASVS 2.1)', () => {
  it.each(['password123', 'qwertyuiop', 'iloveyou12', 'Password123'])('refuses the common %j', (p) => {
    expect(passwordProblem(p)).toMatch(/^password: is one of the most common/);
  });

  it.each(['aaaaaaaaaa', '          ', '1212121212', 'abababababab'])(
    'refuses %j for lack of variety',
    (p) => {
      expect(passwordProblem(p)).toMatch(/^password: needs more variety/);
    },
  );

  it('accepts a passphrase', () => {
    expect(passwordProblem('kerman pistachio 1403')).toBeUndefined();
  });
});
