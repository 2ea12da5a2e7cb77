import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { MemoryStore } from 'express-rate-limit';
import { createGuards } from '../../../src/guards';
import { ManifestError } from '../../../src/guards/persisted-operations';
import { testConfig } from '../../helpers/config';

const logger = { warn: jest.fn(), error: jest.fn() };
const catalogSize = async () => 0;

describe('createGuards', () => {
  it('composes guards 1, 2, 4, 5 and 6 from the config, in order', async () => {
    const close = jest.fn(async () => {});
    const guards = await createGuards(testConfig({ PERSISTED_OPERATIONS: 'off' }), {
      logger,
      catalogSize,
      rateLimitStore: async () => ({ store: new MemoryStore(), kind: 'test', close }),
    });
    // Host + URL limits, timeout, rate limit; batching and body depth after the body parsers.
    expect(guards.httpMiddleware).toHaveLength(3);
    expect(guards.bodyMiddleware).toHaveLength(2);
    // selections, aliases, directives, depth
    expect(guards.validationRules).toHaveLength(4);
    // directive overloading; cost limit, per-operation limits and cost bucket: two plugins
    expect(guards.plugins).toHaveLength(2);
    expect(guards.plugins.every(p => typeof p.requestDidStart === 'function')).toBe(true);
    await guards.close();
    await guards.close();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('opens no store when RATE_LIMIT_ENABLED=false', async () => {
    const factory = jest.fn();
    const guards = await createGuards(testConfig({ RATE_LIMIT_ENABLED: 'false' }), {
      logger,
      catalogSize,
      rateLimitStore: factory,
    });
    expect(factory).not.toHaveBeenCalled();
    expect(guards.httpMiddleware).toHaveLength(2);
    await guards.close();
  });

  it('uses an in-memory store by default and closes it', async () => {
    const guards = await createGuards(testConfig(), { logger, catalogSize });
    expect(guards.httpMiddleware).toHaveLength(3);
    await expect(guards.close()).resolves.toBeUndefined();
  });

  describe('guard 3, persisted operations', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'rulate-guards-'));
      // The id is not the sha256 of its document.
      writeFileSync(join(dir, 'tampered.json'), JSON.stringify({ ['0'.repeat(64)]: '{ a }' }));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('allow: its plugins come before the cost guard, APQ on', async () => {
      const guards = await createGuards(
        testConfig({
          PERSISTED_OPERATIONS: 'allow',
          PERSISTED_OPERATIONS_MANIFEST: join(dir, 'none.json'),
        }),
        { logger, catalogSize },
      );
      // persisted-operations plugin, APQ cache closer, directive overloading, cost guard
      expect(guards.plugins).toHaveLength(4);
      expect(guards.persistedQueries).toMatchObject({ cache: expect.any(InMemoryLRUCache) });
      await guards.close();
    });

    it('off: no plugin of its own, APQ off', async () => {
      const guards = await createGuards(testConfig({ PERSISTED_OPERATIONS: 'off' }), {
        logger,
        catalogSize,
      });
      expect(guards.plugins).toHaveLength(2); // directive overloading, cost guard
      expect(guards.persistedQueries).toBe(false);
      await guards.close();
    });

    it('an untrusted manifest throws before any store is opened', async () => {
      const factory = jest.fn();
      await expect(
        createGuards(
          testConfig({
            PERSISTED_OPERATIONS: 'enforce',
            PERSISTED_OPERATIONS_MANIFEST: join(dir, 'tampered.json'),
          }),
          { logger, catalogSize, rateLimitStore: factory },
        ),
      ).rejects.toThrow(ManifestError);
      expect(factory).not.toHaveBeenCalled();
    });
  });
});
