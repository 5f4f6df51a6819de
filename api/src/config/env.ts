import { parse as parseHost } from 'tldts';
import { z } from 'zod';

// Every setting the api and worker read from the environment, validated once at start-up.
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/kinship'),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  /** Prefix for every BullMQ and rate-limiter key, so that several instances can share one Redis. */
  REDIS_PREFIX: z.string().min(1).default('kinship'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  API_HOST: z.string().default('127.0.0.1'),
  /**
   * Which proxies' X-Forwarded-For to believe for the client address (login rate limits), in Express's
   * "trust proxy" terms: the web server on the same machine by default; 'uniquelocal' in Docker.
   */
  TRUST_PROXY: z.string().default('loopback'),
  /** The public address of the web app: certificates print verification links under it. */
  WEB_URL: z.url().default('http://localhost:3000'),
  /** Where the course folders live (each with a course.yaml); several folders joined with ':' are allowed. */
  COURSES_DIR: z.string().optional(),
  /** Absolute lifetime of a login session, however active (ASVS 7.3.2). */
  SESSION_TTL_DAYS: z.coerce.number().int().positive().default(30),
  /** A session unused for this long ends (ASVS 7.3.1); a "shared computer" session ends sooner. */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .default(3 * 24 * 60),
  SESSION_SHARED_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  /** smtp:// or smtps:// (user and password in the address); unset: mail is caught as .eml files in MAIL_DIR. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'use smtp://user:password@host:port or smtps://…' }).optional(),
  /** The sender of every mail, e.g. "Kinship <no-reply@example.org>". */
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, { error: 'an e-mail address, optionally as "Name <address>"' })
    .default('Kinship <no-reply@kinship.localhost>'),
  /** Where the embedded mail catcher writes each message when SMTP_URL is unset. */
  MAIL_DIR: z.string().default('var/mail'),
  /** How long an api process trusts a session it has looked up, before asking the database again (0: always ask). */
  SESSION_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(5),
  /** How often the worker looks for finished courses whose completion was never recorded (a lost evaluation). */
  PROGRESS_SWEEP_SECONDS: z.coerce.number().int().positive().default(60),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(15 * 60),
  /** Failed logins of one account, from any address, after which each further one makes the account pause. */
  LOGIN_SLOWDOWN_AFTER: z.coerce.number().int().positive().default(10),
  /** The longest such pause (it doubles from 2 seconds): a delay for the real person, never a lock-out. */
  LOGIN_SLOWDOWN_MAX_SECONDS: z.coerce.number().int().positive().default(60),
  /** Where uploaded SCORM packages and their unpacked files are kept (local disk storage). */
  STORAGE_DIR: z.string().default('var/storage'),
  /** Where packages are kept: 'local' (STORAGE_DIR) or 's3' (a bucket on AWS or an S3-compatible server). */
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  /** An S3-compatible server's address (MinIO, Garage, …); AWS itself when unset. */
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().default('us-east-1'),
  /** Required with STORAGE_DRIVER=s3. */
  S3_BUCKET: z.string().optional(),
  /** Folder inside the bucket that every stored key lives under, so that several instances can share a bucket. */
  S3_PREFIX: z.string().default(''),
  /** Both or neither: without them the AWS SDK's default credentials (environment, instance role, …) apply. */
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Bucket name in the path rather than the host name, as most self-hosted S3-compatible servers need. */
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /**
   * The public address of the SCORM content origin. It must be a different site from WEB_URL (another
   * host name, not just another port) so that package code never runs with the platform's cookies.
   */
  CONTENT_URL: z.url().default('http://127.0.0.1:4100'),
  CONTENT_PORT: z.coerce.number().int().min(0).max(65535).default(4100),
  CONTENT_HOST: z.string().default('127.0.0.1'),
  /** Signs SCORM launch addresses (HMAC-SHA-256); at least 32 characters, and in production not a well-known one. */
  CONTENT_SIGNING_KEY: z.string().min(32).default('development-only-content-signing-key-change-me'),
  /** How long a signed launch address stays valid. */
  CONTENT_LINK_HOURS: z.coerce.number().positive().default(8),
  /** Signs the links of scheduled report mails (HMAC-SHA-256); at least 32 characters, and secret in production. */
  REPORT_LINK_SIGNING_KEY: z.string().min(32).default('development-only-report-link-signing-key-change-me'),
  /** How long the link in a scheduled report mail works. */
  REPORT_LINK_HOURS: z.coerce.number().positive().default(72),
  /** How often the worker looks for scheduled reports that are due. */
  REPORT_SCHEDULE_SWEEP_SECONDS: z.coerce.number().int().positive().default(300),
  PACKAGE_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 ** 3),
  PACKAGE_MAX_UNPACKED_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 ** 3),
  PACKAGE_MAX_ENTRIES: z.coerce.number().int().positive().default(20_000),
  /** Largest compression ratio allowed for an entry (or the whole zip) before it is treated as a zip bomb. */
  PACKAGE_MAX_RATIO: z.coerce.number().positive().default(200),
  /** `pnpm bench` only: a file where the commit batcher keeps counts of its batch sizes (unset: not counted). */
  BENCH_STATS: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

export class InvalidEnvironmentError extends Error {}

/** Signing keys that are written down somewhere (this file, docker-compose.yml of earlier versions): never secret. */
const WELL_KNOWN_KEYS = [
  'development-only-content-signing-key-change-me',
  'development-only-report-link-signing-key-change-me',
  'local-docker-trial-key-set-your-own-secret',
];
/** The keys that sign what the platform hands out (launch addresses, report links): each must be a secret in production. */
const SIGNING_KEYS = ['CONTENT_SIGNING_KEY', 'REPORT_LINK_SIGNING_KEY'] as const;

/**
 * The site of an address (its registrable domain, by the Public Suffix List, or the IP address or
 * single-label host itself): two addresses on one site share cookies' SameSite protection.
 */
export function siteOf(address: string): string {
  const { hostname } = new URL(address);
  // Browsers read the whole list, its private section (github.io, …) included.
  const host = parseHost(hostname, { allowPrivateDomains: true });
  return host.isIp ? hostname : (host.domain ?? hostname);
}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) {
    for (const key of SIGNING_KEYS)
      if (parsed.data.NODE_ENV === 'production' && WELL_KNOWN_KEYS.includes(parsed.data[key]))
        throw new InvalidEnvironmentError(`Invalid environment:\n  - ${key}: set a secret of your own in production`);
    // Package code must never run on the platform's site (not even a subdomain of it): see README, SCORM content.
    if (siteOf(parsed.data.CONTENT_URL) === siteOf(parsed.data.WEB_URL))
      throw new InvalidEnvironmentError(
        `Invalid environment:\n  - CONTENT_URL: must be on another site than WEB_URL (both are on ${siteOf(parsed.data.WEB_URL)})`,
      );
    if (parsed.data.SESSION_SHARED_IDLE_MINUTES > parsed.data.SESSION_IDLE_MINUTES)
      throw new InvalidEnvironmentError('Invalid environment:\n  - SESSION_SHARED_IDLE_MINUTES: at most SESSION_IDLE_MINUTES');
    if (parsed.data.SESSION_IDLE_MINUTES > parsed.data.SESSION_TTL_DAYS * 24 * 60)
      throw new InvalidEnvironmentError('Invalid environment:\n  - SESSION_IDLE_MINUTES: at most SESSION_TTL_DAYS');
    if (parsed.data.STORAGE_DRIVER === 's3' && !parsed.data.S3_BUCKET)
      throw new InvalidEnvironmentError('Invalid environment:\n  - S3_BUCKET: required when STORAGE_DRIVER is s3');
    return parsed.data;
  }
  const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
  throw new InvalidEnvironmentError(`Invalid environment:\n${problems.join('\n')}`);
}

/** Injection token for the validated environment. */
export const ENV = Symbol('ENV');
