import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { RateLimiterRedis } from 'rate-limiter-flexible';
import { DomainError } from '../common/domain-error.js';
import { ENV, type Env } from '../config/env.js';
import { REDIS } from '../redis/redis.module.js';
import { addressKey } from './address-key.js';
import { msUntilAllowed, sharedLimiter } from './rate-limiters.js';

/**
 * Limits failed logins: a few failures per account and address, a larger budget per address across all
 * accounts (password spraying), and, across all addresses, a growing pause for the account itself. The
 * pause (seconds, not a lock) stops guessing from many addresses without letting anyone lock a person out:
 * their own address keeps its own budget, and the longest wait is LOGIN_SLOWDOWN_MAX_SECONDS.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perAccount: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;
  private readonly accountWide: RateLimiterRedis;
  private readonly accountPause: RateLimiterRedis;

  constructor(
    @Inject(REDIS) redis: Redis,
    @Inject(ENV) private readonly env: Env,
  ) {
    this.perAccount = sharedLimiter(redis, env, 'login-account', env.LOGIN_MAX_FAILURES);
    this.perAddress = sharedLimiter(redis, env, 'login-address', env.LOGIN_MAX_FAILURES * 10);
    this.accountWide = sharedLimiter(redis, env, 'login-account-wide', env.LOGIN_SLOWDOWN_AFTER);
    this.accountPause = sharedLimiter(redis, env, 'login-account-pause', 1);
  }

  /** Throws RATE_LIMITED when this account or address has used up its failed attempts, or the account must pause. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const from = addressKey(address);
    const [pair, anyAccount, pause] = await Promise.all([
      msUntilAllowed(this.perAccount, `${email}|${from}`),
      msUntilAllowed(this.perAddress, from),
      msUntilAllowed(this.accountPause, email),
    ]);
    if (pair || anyAccount) throw tooManyAttempts(Math.max(pair, anyAccount));
    if (pause) throw slowedDown(pause);
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const from = addressKey(address);
    const [, , accountWide] = await Promise.all([
      this.perAccount.penalty(`${email}|${from}`, 1),
      this.perAddress.penalty(from, 1),
      this.accountWide.penalty(email, 1),
    ]);
    const beyond = accountWide.consumedPoints - this.env.LOGIN_SLOWDOWN_AFTER;
    // 2, 4, 8 … seconds after each further failure, up to the configured longest pause.
    if (beyond >= 0) await this.accountPause.block(email, Math.min(2 ** (beyond + 1), this.env.LOGIN_SLOWDOWN_MAX_SECONDS));
  }

  async recordSuccess(email: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.delete(`${email}|${addressKey(address)}`), this.accountWide.delete(email)]);
  }
}

function tooManyAttempts(waitMs: number) {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return new DomainError(
    'RATE_LIMITED',
    `Too many failed logins. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
    {
      retryAfterSeconds: Math.ceil(waitMs / 1000),
    },
  );
}

function slowedDown(waitMs: number) {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new DomainError('RATE_LIMITED', `This account had many failed logins. Please wait ${seconds} seconds and try again.`, {
    reason: 'LOGIN_SLOWED_DOWN',
    seconds,
    retryAfterSeconds: seconds,
  });
}
