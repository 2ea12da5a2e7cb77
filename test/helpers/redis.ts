/**
 * Redis for tests: TEST_REDIS_URL (default redis://127.0.0.1:6379). Suites use a key prefix
 * of their own and delete their keys. When the server is unreachable, Redis suites fail
 * with CI=true and are skipped (with a warning) otherwise, as PostgreSQL suites are.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const IN_CI = ['1', 'true'].includes((process.env.CI ?? '').toLowerCase());

let reachable: boolean | undefined;

/** Whether TEST_REDIS_URL answers PING (probed once per process, synchronously). */
export function redisReachable(): boolean {
  if (reachable === undefined) {
    const probe = `const { createClient } = require('redis');
const c = createClient({ url: process.env.PROBE_URL, socket: { connectTimeout: 2000, reconnectStrategy: false } });
c.on('error', () => {});
c.connect().then(() => c.ping()).then(() => c.close()).then(() => process.exit(0), () => process.exit(1));`;
    const result = spawnSync(process.execPath, ['-e', probe], {
      cwd: __dirname,
      env: { ...process.env, PROBE_URL: TEST_REDIS_URL },
      timeout: 10_000,
    });
    reachable = result.status === 0;
  }
  return reachable;
}

/** `describe` for suites that need Redis: fails in CI when unreachable, skipped locally. */
export function describeWithRedis(name: string, body: () => void): void {
  if (redisReachable()) {
    describe(name, body);
  } else if (IN_CI) {
    describe(name, () => {
      it('needs Redis', () => {
        throw new Error(`Redis is not reachable at ${TEST_REDIS_URL} (CI=true)`);
      });
    });
  } else {
    console.warn(`Skipping "${name}": Redis not reachable at ${TEST_REDIS_URL}`);
    describe.skip(name, body);
  }
}

/** A key prefix no other test run uses. */
export function uniqueRedisPrefix(label: string): string {
  return `rulate-test:${label}:${process.pid}:${randomBytes(4).toString('hex')}:`;
}

export type TestRedisClient = ReturnType<typeof createClient>;

/** An admin client for assertions and cleanup (close it in afterAll). */
export async function testRedisClient(): Promise<TestRedisClient> {
  const client: TestRedisClient = createClient({ url: TEST_REDIS_URL });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** Deletes every key that starts with `prefix`. */
export async function deleteRedisKeys(client: TestRedisClient, prefix: string): Promise<void> {
  const keys: string[] = [];
  for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 100 })) {
    keys.push(...batch);
  }
  if (keys.length) await client.del(keys);
}
