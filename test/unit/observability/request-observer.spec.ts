import { Writable } from 'node:stream';
import express, { type Request } from 'express';
import { Registry } from 'prom-client';
import request from 'supertest';
import { createLogger } from '../../../src/observability/logging/logger';
import { createMetrics } from '../../../src/observability/metrics';
import {
  requestObserverMiddleware,
  routeLabel,
  UNMATCHED_ROUTE,
} from '../../../src/observability/request-observer';
import { parseExposition, sampleValue } from '../../helpers/exposition';

function observedApp(level: 'info' | 'warn' = 'info') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const logger = createLogger({ level, environment: 'development' }, stream);
  const registry = new Registry();
  const metrics = createMetrics(registry);
  const app = express();
  app.use(requestObserverMiddleware({ metrics, logger }));
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/graphql', (req, res) => {
    if (req.query.fail) res.status(503).json({ errors: [] });
    else if (req.query.hang)
      return; // never answered: the client gives up
    else res.json({ data: { id: req.id } });
  });
  return { app, lines, registry };
}

/** The access lines written so far (after the response's `close`, a tick later). */
async function settled<T>(value: T): Promise<T> {
  await new Promise(resolve => setImmediate(resolve));
  return value;
}

describe('requestObserverMiddleware', () => {
  it('gives each request an id, echoes it and logs one access line without the query string', async () => {
    const { app, lines } = observedApp();
    const res = await request(app)
      .post('/graphql?variables=%7B%22password%22%3A%22x%22%7D')
      .set('Authorization', 'Bearer secret')
      .set('X-Request-Id', 'client-id-1');
    expect(res.headers['x-request-id']).toBe('client-id-1');
    expect(res.body.data.id).toBe('client-id-1');
    await settled(null);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      msg: 'request completed',
      req: { id: 'client-id-1', method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
    });
    expect(typeof lines[0].responseTime).toBe('number');
    const raw = JSON.stringify(lines[0]);
    expect(raw).not.toContain('password');
    expect(raw).not.toContain('secret');
  });

  it('makes a new id when the client sends none or an unsafe one', async () => {
    const { app } = observedApp();
    const a = await request(app).get('/health/live');
    const b = await request(app).get('/health/live').set('X-Request-Id', 'bad id\twith spaces');
    expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.headers['x-request-id']).not.toBe(a.headers['x-request-id']);
  });

  it('logs a 5xx at error, and probes not at all, but counts them all', async () => {
    const { app, lines, registry } = observedApp();
    await request(app).get('/health/live').expect(200);
    await request(app).get('/graphql?fail=1').expect(503);
    await request(app).get('/nowhere').expect(404);
    await settled(null);
    expect(lines.map(l => [l.level, l.msg, (l.res as { statusCode: number }).statusCode])).toEqual([
      ['error', 'request errored', 503],
      ['info', 'request completed', 404],
    ]);
    const samples = parseExposition(await registry.metrics());
    const count = (labels: Record<string, string>) =>
      sampleValue(samples, 'http_requests_total', labels);
    expect(count({ method: 'GET', route: '/health/live', status: '200' })).toBe(1);
    expect(count({ method: 'GET', route: '/graphql', status: '503' })).toBe(1);
    expect(count({ method: 'GET', route: UNMATCHED_ROUTE, status: '404' })).toBe(1);
  });

  it('records a request the client gave up on as 499, "request aborted"', async () => {
    const { app, lines, registry } = observedApp();
    const server = app.listen(0, '127.0.0.1');
    await new Promise(resolve => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    const controller = new AbortController();
    const pending = fetch(`http://127.0.0.1:${port}/graphql?hang=1`, {
      signal: controller.signal,
    }).catch(() => 'aborted');
    try {
      await new Promise(resolve => setTimeout(resolve, 200));
      controller.abort();
      expect(await pending).toBe('aborted');
      for (let k = 0; k < 100 && lines.length === 0; k++) {
        await new Promise(resolve => setTimeout(resolve, 20));
      }
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ msg: 'request aborted', res: { statusCode: 499 } });
      const samples = parseExposition(await registry.metrics());
      expect(
        sampleValue(samples, 'http_requests_total', {
          method: 'GET',
          route: '/graphql',
          status: '499',
        }),
      ).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise(resolve => server.close(resolve));
    }
  });

  it('writes no access line below its level, but still counts', async () => {
    const { app, lines, registry } = observedApp('warn');
    await request(app).post('/graphql').expect(200);
    await settled(null);
    expect(lines).toEqual([]);
    const samples = parseExposition(await registry.metrics());
    expect(
      sampleValue(samples, 'http_requests_total', {
        method: 'POST',
        route: '/graphql',
        status: '200',
      }),
    ).toBe(1);
  });
});

describe('routeLabel', () => {
  const req = (fields: object) => fields as unknown as Request;
  it('uses the matched route, then the mount, never the raw URL', () => {
    const mounts = ['/graphql'];
    expect(routeLabel(req({ route: { path: '/health/ready' }, baseUrl: '' }), mounts)).toBe(
      '/health/ready',
    );
    expect(routeLabel(req({ originalUrl: '/graphql?query=x', url: '/' }), mounts)).toBe('/graphql');
    expect(routeLabel(req({ originalUrl: '/graphql/extra', url: '/' }), mounts)).toBe('/graphql');
    expect(routeLabel(req({ originalUrl: '/items/123', url: '/items/123' }), mounts)).toBe(
      UNMATCHED_ROUTE,
    );
  });
});
