import type { MikroORM } from '@mikro-orm/core';
import express from 'express';
import request from 'supertest';
import { createHealthRouter } from '../../../src/http/health';
import { describeEachDatabase, type TestOrm } from '../../helpers/orm';

const STARTED = new Date('2030-01-01T00:00:00Z');
const NOW = new Date('2030-01-01T01:00:05Z');

function app(db: TestOrm, environment: 'development' | 'production' = 'development') {
  return express().use(
    createHealthRouter({
      orm: db.orm,
      config: { environment },
      startedAt: STARTED,
      version: '1.2.3',
      now: () => NOW,
    }),
  );
}

describeEachDatabase('health endpoints', database => {
  describe('with a migrated database', () => {
    let db: TestOrm;
    beforeAll(async () => {
      db = await database.fresh();
    }, 30_000);
    afterAll(() => db?.cleanup());

    it('GET /health reports status, version, environment, uptime and the database', async () => {
      const res = await request(app(db)).get('/health').expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toEqual({
        status: 'ok',
        version: '1.2.3',
        environment: 'development',
        uptimeSeconds: 3605,
        timestamp: NOW.toISOString(),
        checks: {
          database: { status: 'ok', driver: database.kind, latencyMs: expect.any(Number) },
        },
      });
    });

    it('GET /health/ready is 200', async () => {
      const res = await request(app(db)).get('/health/ready').expect(200);
      expect(res.body).toMatchObject({
        status: 'ready',
        checks: { database: { status: 'ok' }, migrations: { status: 'ok', pending: 0 } },
      });
    });

    it('GET /health/live is 200', async () => {
      const res = await request(app(db)).get('/health/live').expect(200);
      expect(res.body).toEqual({ status: 'alive', uptimeSeconds: 3605 });
    });

    it('GET /health is 503 when the database does not answer in time', async () => {
      const hanging = Object.create(db.orm, {
        checkConnection: { value: () => new Promise(() => undefined) },
      }) as MikroORM;
      const server = express().use(
        createHealthRouter({
          orm: hanging,
          config: { environment: 'production' },
          startedAt: STARTED,
          version: '1.2.3',
          dbTimeoutMs: 50,
        }),
      );
      const res = await request(server).get('/health').expect(503);
      expect(res.body.checks.database).toMatchObject({
        status: 'error',
        error: 'no answer within 50 ms',
      });
    });
  });

  describe('with pending migrations', () => {
    let db: TestOrm;
    beforeAll(async () => {
      db = await database.fresh({ migrations: 'skip' });
    }, 30_000);
    afterAll(() => db?.cleanup());

    it('GET /health/ready is 503 until they are applied', async () => {
      const server = app(db);
      const res = await request(server).get('/health/ready').expect(503);
      expect(res.body).toMatchObject({
        status: 'not_ready',
        checks: { database: { status: 'ok' }, migrations: { status: 'error' } },
      });
      expect(res.body.checks.migrations.pending).toBeGreaterThan(0);
      await request(server).get('/health').expect(200);

      await db.orm.getMigrator().up();
      await request(server).get('/health/ready').expect(200);
    });
  });

  describe('when the database is gone', () => {
    let db: TestOrm;
    beforeAll(async () => {
      db = await database.fresh();
      await db.orm.close(true);
    }, 30_000);
    afterAll(() => db?.cleanup());

    it('GET /health is 503 with the reason in development', async () => {
      const res = await request(app(db)).get('/health').expect(503);
      expect(res.body.status).toBe('unhealthy');
      expect(res.body.checks.database).toMatchObject({
        status: 'error',
        error: expect.any(String),
      });
    });

    it('GET /health hides the reason in production', async () => {
      const res = await request(app(db, 'production')).get('/health').expect(503);
      expect(res.body.checks.database.error).toBe('unreachable');
    });

    it('GET /health/ready is 503 and /health/live still 200', async () => {
      await request(app(db)).get('/health/ready').expect(503);
      await request(app(db)).get('/health/live').expect(200);
    });
  });
});
