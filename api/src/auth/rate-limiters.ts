import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Env } from '../config/env.js';

/**
 * A limiter whose counts live in Redis (shared by every api instance), with an in-process "insurance"
 * limiter of the same size that takes over at once while Redis is unreachable: log-in keeps working
 * and stays limited (per api process) instead of failing for everyone or letting every guess through.
 */
export function sharedLimiter(redis: Redis, env: Env, name: string, points: number, duration = env.LOGIN_WINDOW_SECONDS) {
  return new InsuredRedisLimiter(redis, new RateLimiterMemory({ keyPrefix: name, points, duration }), {
    keyPrefix: `${env.REDIS_PREFIX}:${name}`,
    points,
    duration,
  });
}

/** rate-limiter-flexible's delete does not look at the connection first (it would wait in ioredis's queue). */
class InsuredRedisLimiter extends RateLimiterRedis {
  constructor(
    private readonly redis: Redis,
    private readonly insurance: RateLimiterMemory,
    options: { keyPrefix: string; points: number; duration: number },
  ) {
    super({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: insurance });
  }

  override delete(key: string | number): Promise<boolean> {
    return this.redis.status === 'ready' ? super.delete(key) : this.insurance.delete(key);
  }
}

/** How long until `key` may try again at `limiter` (0: it may now). */
export async function msUntilAllowed(limiter: RateLimiterRedis, key: string): Promise<number> {
  const state = await limiter.get(key);
  return state instanceof RateLimiterRes && state.consumedPoints >= limiter.points ? Math.max(1, state.msBeforeNext) : 0;
}
