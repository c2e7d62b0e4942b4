import { plainToInstance, Transform } from 'class-transformer';
import { config as loadDotenv } from 'dotenv';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidationError,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/** Every setting the processes read. `process.env` is read here and nowhere else. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  /** `redis` (default) or `postgres`: BullMQ's PostgreSQL backend when no Redis can be had. */
  @IsIn(['redis', 'postgres'])
  QUEUE_BACKEND: 'redis' | 'postgres' = 'redis';

  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string;

  @Matches(/^[a-zA-Z0-9_-]{1,40}$/, { message: 'QUEUE_PREFIX must be 1-40 letters, digits, _ or -' })
  QUEUE_PREFIX = 'tashakkol';

  @IsString()
  @MinLength(32, { message: 'JWT_ACCESS_SECRET must be at least 32 characters' })
  JWT_ACCESS_SECRET!: string;

  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(86400)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  JWT_REFRESH_TTL_SECONDS = 60 * 60 * 24 * 14;

  @IsEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address' })
  ADMIN_EMAIL!: string;

  @IsString()
  @MinLength(10, { message: 'ADMIN_PASSWORD must be at least 10 characters' })
  ADMIN_PASSWORD!: string;

  /** Comma-separated origins allowed by CORS; empty allows none. `*` allows every origin. */
  @IsString()
  CORS_ORIGINS = '';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_THROTTLE_LIMIT = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_THROTTLE_TTL_SECONDS = 60;

  /** Login attempts from one client address (all e-mails together) per LOGIN_THROTTLE_TTL_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_ADDRESS_LIMIT = 30;

  /** The longest an account stays blocked after repeated bursts of failed logins (the block doubles each time). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_BACKOFF_MAX_SECONDS = 3600;

  /** Refreshes per minute of one token family (one login session), wherever they come from. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  REFRESH_FAMILY_LIMIT = 10;

  /**
   * Comma-separated addresses or CIDR ranges of the reverse proxies whose `X-Forwarded-For`
   * is believed. Empty (the default): the client address is the socket's, the header is ignored.
   */
  @Matches(/^[\d.:a-fA-F/, ]*$/, {
    message: 'TRUSTED_PROXIES must be comma-separated IP addresses or CIDR ranges',
  })
  TRUSTED_PROXIES = '';

  /** How long one Redis command may take before the caller gives up (BullMQ's blocking reads excepted). */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(60000)
  REDIS_COMMAND_TIMEOUT_MS = 1000;

  /**
   * How long an API process trusts its cached copy of a user's token version: a logout,
   * deactivation or demotion made through another process takes effect within this bound.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(300)
  TOKEN_VERSION_CACHE_SECONDS = 5;

  /** Directory where uploaded evidence documents are kept. */
  @IsString()
  STORAGE_DIR = '.data/files';

  /** Where notification e-mails go out (`smtp://user:pass@host:587`, `smtps://…`); unset: in-app only. */
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The sender of notification e-mails. */
  @IsString()
  MAIL_FROM = 'Tashakkol <no-reply@tashakkol.local>';

  /** Attempts per notification e-mail before it stays `failed` (BullMQ retries with exponential backoff). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  MAIL_ATTEMPTS = 6;

  /** The first retry's delay; each next one doubles it. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  MAIL_RETRY_DELAY_MS = 30000;
}

export class InvalidEnvironmentError extends Error {}

/** The proxies to trust for `X-Forwarded-For`, as Fastify's `trustProxy` takes them: none → false. */
export function trustedProxies(env: Environment): false | string[] {
  const list = env.TRUSTED_PROXIES.split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return list.length > 0 ? list : false;
}

function firstProblem(errors: ValidationError[]): string {
  const e = errors[0];
  const constraint = e.constraints ? Object.values(e.constraints)[0] : 'is invalid';
  return constraint.startsWith(e.property) ? constraint : `${e.property}: ${constraint}`;
}

/** Validates raw environment variables into a typed object; throws one clear line naming the variable. */
export function validateEnvironment(raw: Record<string, string | undefined>): Environment {
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    throw new InvalidEnvironmentError(`Invalid configuration: ${firstProblem(errors)}`);
  }
  if (env.QUEUE_BACKEND === 'redis' && !env.REDIS_URL) {
    throw new InvalidEnvironmentError(
      'Invalid configuration: REDIS_URL is required when QUEUE_BACKEND=redis',
    );
  }
  return env;
}

let cached: Environment | undefined;

/**
 * The validated environment of this process (validated once). A `.env` file in the working
 * directory fills what the environment does not set (never in tests, which set their own).
 */
export function loadEnvironment(): Environment {
  if (!cached && process.env.NODE_ENV !== 'test') loadDotenv({ quiet: true });
  cached ??= validateEnvironment(process.env);
  return cached;
}

/** For tests that change variables between app instances in one process. */
export function resetEnvironmentCache(): void {
  cached = undefined;
}
