import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../common/domain-error.js';
import { ENV, type Env } from '../config/env.js';
import { REDIS } from '../redis/redis.module.js';

/**
 * Limits failed logins, in Redis so that every api instance shares the count: a few failures per
 * account and address, and a larger budget per address across all accounts (password spraying).
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perAccount: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(ENV) env: Env) {
    const common = { storeClient: redis, duration: env.LOGIN_WINDOW_SECONDS };
    this.perAccount = new RateLimiterRedis({ ...common, keyPrefix: `${env.REDIS_PREFIX}:login-account`, points: env.LOGIN_MAX_FAILURES });
    this.perAddress = new RateLimiterRedis({
      ...common,
      keyPrefix: `${env.REDIS_PREFIX}:login-address`,
      points: env.LOGIN_MAX_FAILURES * 10,
    });
  }

  /** Throws RATE_LIMITED when this account or address has used up its failed attempts. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, addressState] = await Promise.all([this.perAccount.get(accountKey(email, address)), this.perAddress.get(address)]);
    const blocked = [
      [account, this.perAccount.points],
      [addressState, this.perAddress.points],
    ].filter(([state, points]) => state instanceof RateLimiterRes && state.consumedPoints >= (points as number));
    if (blocked.length) {
      const waitMs = Math.max(...blocked.map(([state]) => (state as RateLimiterRes).msBeforeNext));
      throw tooManyAttempts(waitMs);
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(accountKey(email, address), 1), this.perAddress.penalty(address, 1)]);
  }

  async recordSuccess(email: string, address: string): Promise<void> {
    await this.perAccount.delete(accountKey(email, address));
  }
}

const accountKey = (email: string, address: string) => `${email}|${address}`;

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
