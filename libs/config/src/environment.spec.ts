import { validateEnvironment } from './environment';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_ACCESS_SECRET: 'a'.repeat(32),
  ADMIN_EMAIL: 'admin@example.org',
  ADMIN_PASSWORD: 'long-enough-password',
};

describe('configuration at boot', () => {
  it('accepts a complete environment and fills defaults', () => {
    const env = validateEnvironment(valid);
    expect(env.PORT).toBe(3000);
    expect(env.JWT_ACCESS_TTL_SECONDS).toBe(900);
    expect(env.QUEUE_PREFIX).toBe('tashakkol');
  });

  it('names the missing variable in one line', () => {
    const { DATABASE_URL: _omit, ...rest } = valid;
    expect(() => validateEnvironment(rest)).toThrow(/^Invalid configuration: DATABASE_URL/);
  });

  it('refuses a non-numeric port, naming it', () => {
    expect(() => validateEnvironment({ ...valid, PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('refuses a short JWT secret', () => {
    expect(() => validateEnvironment({ ...valid, JWT_ACCESS_SECRET: 'short' })).toThrow(/JWT_ACCESS_SECRET/);
  });

  it('needs REDIS_URL unless queues run on PostgreSQL', () => {
    const { REDIS_URL: _omit, ...rest } = valid;
    expect(() => validateEnvironment(rest)).toThrow(/REDIS_URL/);
    expect(validateEnvironment({ ...rest, QUEUE_BACKEND: 'postgres' }).QUEUE_BACKEND).toBe('postgres');
  });
});
