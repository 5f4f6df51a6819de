import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRes, type RateLimiterRedis } from 'rate-limiter-flexible';
import { addressKey } from '../auth/address-key.js';
import { sharedLimiter } from '../auth/rate-limiters.js';
import { DomainError } from '../common/domain-error.js';
import { ENV, type Env } from '../config/env.js';
import { REDIS } from '../redis/redis.module.js';

/** What is being guessed: a join code (by a logged-in learner) or a personal code at "Class sign-in". */
export type GuessKind = 'join' | 'class-sign-in';

/**
 * Holds back code guessing the way logins are held back (in Redis, shared by every api instance):
 * a few wrong tries per person or per class and address, and a larger budget per address across all.
 * Only wrong codes count; a right one clears the narrow counter.
 */
@Injectable()
export class CodeGuessLimiter {
  private readonly narrow: Record<GuessKind, RateLimiterRedis>;
  private readonly perAddress: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(ENV) env: Env) {
    const limiter = (name: string, points: number) => sharedLimiter(redis, env, name, points);
    this.narrow = {
      join: limiter('join-code', env.LOGIN_MAX_FAILURES * 2),
      'class-sign-in': limiter('class-sign-in', env.LOGIN_MAX_FAILURES),
    };
    this.perAddress = limiter('code-address', env.LOGIN_MAX_FAILURES * 10);
  }

  /** Throws RATE_LIMITED when this key or address has used up its wrong guesses. */
  async assertAllowed(kind: GuessKind, key: string, rawAddress: string): Promise<void> {
    const address = addressKey(rawAddress);
    const limiters = [this.narrow[kind], this.perAddress];
    const states = await Promise.all([limiters[0]!.get(`${key}|${address}`), this.perAddress.get(address)]);
    const waits = states
      .map((state, i) => (state instanceof RateLimiterRes && state.consumedPoints >= limiters[i]!.points ? state.msBeforeNext : -1))
      .filter((ms) => ms >= 0);
    if (waits.length) throw tooManyGuesses(Math.max(...waits));
  }

  async recordFailure(kind: GuessKind, key: string, rawAddress: string): Promise<void> {
    const address = addressKey(rawAddress);
    await Promise.all([this.narrow[kind].penalty(`${key}|${address}`, 1), this.perAddress.penalty(address, 1)]);
  }

  async recordSuccess(kind: GuessKind, key: string, address: string): Promise<void> {
    await this.narrow[kind].delete(`${key}|${addressKey(address)}`);
  }
}

function tooManyGuesses(waitMs: number) {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return new DomainError('RATE_LIMITED', `Too many wrong codes. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`, {
    reason: 'TOO_MANY_CODE_GUESSES',
    minutes,
    retryAfterSeconds: Math.ceil(waitMs / 1000),
  });
}
