export {
  globalRateLimitMiddleware,
  type GlobalRateLimitOptions,
  type RateLimitLogger,
} from './middleware';
export {
  describeWindow,
  rateLimitRefusal,
  retryAfterSeconds,
  storeUnavailableRefusal,
} from './refusal';
export {
  defaultStoreFactory,
  memoryStoreFactory,
  redisStoreFactory,
  type RateLimitStoreFactory,
  type RateLimitStoreHandle,
  type RedisStoreOptions,
  type StoreLogger,
} from './store';
