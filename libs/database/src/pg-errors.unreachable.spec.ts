import { QueryFailedError } from 'typeorm';
import { isDatabaseUnreachable } from './pg-errors';

describe('isDatabaseUnreachable: a stopped or restarting database, not a refused query', () => {
  it('recognises a refused connection, a server shutting down and a pool that cannot connect', () => {
    expect(
      isDatabaseUnreachable(
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnreachable(
        new QueryFailedError(
          'SELECT 1',
          [],
          Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
        ),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnreachable(
        Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      ),
    ).toBe(true);
    expect(isDatabaseUnreachable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnreachable(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('leaves query errors and anything else alone', () => {
    expect(
      isDatabaseUnreachable(
        new QueryFailedError('INSERT', [], Object.assign(new Error('duplicate key'), { code: '23505' })),
      ),
    ).toBe(false);
    expect(isDatabaseUnreachable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnreachable(null)).toBe(false);
    expect(isDatabaseUnreachable('ECONNREFUSED')).toBe(false);
  });
});
