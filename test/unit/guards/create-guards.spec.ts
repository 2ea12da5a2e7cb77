import { MemoryStore } from 'express-rate-limit';
import { createGuards } from '../../../src/guards';
import { testConfig } from '../../helpers/config';

const logger = { warn: jest.fn(), error: jest.fn() };

describe('createGuards', () => {
  it('composes guards 1, 2, 4, 5 and 6 from the config, in order', async () => {
    const close = jest.fn(async () => {});
    const guards = await createGuards(testConfig(), {
      logger,
      rateLimitStore: async () => ({ store: new MemoryStore(), kind: 'test', close }),
    });
    // Host + URL limits, timeout, rate limit; batching and body depth after the body parsers.
    expect(guards.httpMiddleware).toHaveLength(3);
    expect(guards.bodyMiddleware).toHaveLength(2);
    // selections, aliases, directives, depth
    expect(guards.validationRules).toHaveLength(4);
    // cost limit, per-operation limits and cost bucket: one Apollo plugin
    expect(guards.plugins).toHaveLength(1);
    expect(typeof guards.plugins[0].requestDidStart).toBe('function');
    await guards.close();
    await guards.close();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('opens no store when RATE_LIMIT_ENABLED=false', async () => {
    const factory = jest.fn();
    const guards = await createGuards(testConfig({ RATE_LIMIT_ENABLED: 'false' }), {
      logger,
      rateLimitStore: factory,
    });
    expect(factory).not.toHaveBeenCalled();
    expect(guards.httpMiddleware).toHaveLength(2);
    await guards.close();
  });

  it('uses an in-memory store by default and closes it', async () => {
    const guards = await createGuards(testConfig(), { logger });
    expect(guards.httpMiddleware).toHaveLength(3);
    await expect(guards.close()).resolves.toBeUndefined();
  });
});
