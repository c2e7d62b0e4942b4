import { hashPassword, newRefreshToken, parseRefreshToken, secretMatches, verifyPassword } from './tokens';

describe('credentials', () => {
  it('stores passwords as argon2id and verifies them', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'wrong')).toBe(false);
  });

  it('issues refresh tokens whose secret only matches its own hash', () => {
    const t = newRefreshToken();
    const parsed = parseRefreshToken(t.token);
    expect(parsed?.id).toBe(t.id);
    expect(secretMatches(parsed!.secret, t.hash)).toBe(true);
    expect(secretMatches(parsed!.secret, newRefreshToken().hash)).toBe(false);
  });

  it('rejects malformed refresh tokens', () => {
    expect(parseRefreshToken('garbage')).toBeNull();
  });
});
