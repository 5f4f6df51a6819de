import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { RateLimiterRedis } from 'rate-limiter-flexible';
import { DomainError } from '../common/domain-error.js';
import { ENV, type Env } from '../config/env.js';
import { REDIS } from '../redis/redis.module.js';
import { addressKey } from './address-key.js';
import { msUntilAllowed, sharedLimiter } from './rate-limiters.js';

/**
 * Limits the anonymous requests that could tell or trouble whoever owns an address: sign-ups that meet a
 * taken e-mail (so probing which addresses have accounts is as slow as guessing passwords), and password
 * reset requests (per address, answered; per e-mail, silently, so nobody can flood a mailbox).
 */
@Injectable()
export class AccountRequestLimiter {
  private readonly takenSignUps: RateLimiterRedis;
  private readonly resetsPerAddress: RateLimiterRedis;
  private readonly resetsPerEmail: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(ENV) env: Env) {
    this.takenSignUps = sharedLimiter(redis, env, 'sign-up-taken', env.LOGIN_MAX_FAILURES);
    this.resetsPerAddress = sharedLimiter(redis, env, 'reset-address', env.LOGIN_MAX_FAILURES * 2, 60 * 60);
    this.resetsPerEmail = sharedLimiter(redis, env, 'reset-email', 3, 60 * 60);
  }

  /** Every sign-up from an address that has met too many taken e-mails is refused, new or taken alike. */
  async assertSignUpAllowed(address: string): Promise<void> {
    const wait = await msUntilAllowed(this.takenSignUps, addressKey(address));
    if (wait) throw tooMany(wait);
  }

  async recordTakenSignUp(address: string): Promise<void> {
    await this.takenSignUps.penalty(addressKey(address), 1);
  }

  /** Counts a reset request; throws RATE_LIMITED for an address that asked too often, whatever it asked for. */
  async assertResetAllowed(address: string): Promise<void> {
    const key = addressKey(address);
    const wait = await msUntilAllowed(this.resetsPerAddress, key);
    if (wait) throw tooMany(wait);
    await this.resetsPerAddress.penalty(key, 1);
  }

  /** Whether another reset mail may go to this e-mail now (at most 3 an hour); a refusal is never told. */
  async mayMailReset(email: string): Promise<boolean> {
    if (await msUntilAllowed(this.resetsPerEmail, email)) return false;
    await this.resetsPerEmail.penalty(email, 1);
    return true;
  }
}

function tooMany(waitMs: number) {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return new DomainError('RATE_LIMITED', `Too many requests from your network. Please wait ${minutes} minutes and try again.`, {
    reason: 'TOO_MANY_REQUESTS',
    minutes,
    retryAfterSeconds: Math.ceil(waitMs / 1000),
  });
}
