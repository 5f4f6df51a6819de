import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRes, type RateLimiterRedis } from 'rate-limiter-flexible';
import { addressKey } from '../auth/address-key.js';
import { sharedLimiter } from '../auth/rate-limiters.js';
import { DomainError } from '../common/domain-error.js';
import { ENV, type Env } from '../config/env.js';
import { REDIS } from '../redis/redis.module.js';

const HOUR = 3600;
/** A colleague reading a course through comments on many units; far more is someone (or something) flooding the draft. */
const PER_ADDRESS_AND_LINK = 60;
/** Every reviewer of one link together. */
const PER_LINK = 300;

/**
 * Comments come from people without an account, so they are held back per link and address, and per link across
 * addresses (in Redis, shared by every api instance; in-process while Redis is down, as for log-in).
 */
@Injectable()
export class ReviewCommentLimiter {
  private readonly perAddress: RateLimiterRedis;
  private readonly perLink: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(ENV) env: Env) {
    this.perAddress = sharedLimiter(redis, env, 'review-comment-address', PER_ADDRESS_AND_LINK, HOUR);
    this.perLink = sharedLimiter(redis, env, 'review-comment-link', PER_LINK, HOUR);
  }

  /** Counts one comment on the link; throws RATE_LIMITED (nothing stored) once either budget is spent. */
  async consume(linkId: string, rawAddress: string): Promise<void> {
    try {
      await this.perAddress.consume(`${linkId}|${addressKey(rawAddress)}`);
      await this.perLink.consume(linkId);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw tooManyComments(refusal.msBeforeNext);
      throw refusal;
    }
  }
}

function tooManyComments(waitMs: number) {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return new DomainError(
    'RATE_LIMITED',
    `Too many comments through this link for now. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
    { reason: 'TOO_MANY_REVIEW_COMMENTS', minutes, retryAfterSeconds: Math.ceil(waitMs / 1000) },
  );
}
