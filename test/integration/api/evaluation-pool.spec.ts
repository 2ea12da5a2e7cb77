/**
 * Large evaluations run in the evaluation pool: the event loop stays free (liveness answers
 * while a matrix of millions of pairs is computed) and an abandoned request cancels its work.
 * Real HTTP, real worker threads; timings sized for a loaded 2-core machine.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  compileRuleSet,
  matrixSummary,
  parseDocument,
  prepareCatalog,
  type ItemDef,
} from '../../../src/engine';
import { createApp, type RulateApp } from '../../../src/app';
import { createAppServer } from '../../../src/http/server-objects';
import { createLogger } from '../../../src/observability/logging/logger';
import { EngineCache } from '../../../src/services';
import { example, startTestApi, type TestApi } from '../../helpers/app';
import { SQLITE } from '../../helpers/orm';

const RULES = 'wardrobe_rules_v2';
const MATRIX = `query($catalog: CatalogName!) {
  evaluateMatrix(catalogName: $catalog, ruleSetName: "${RULES}") {
    summary { totalPairs compatiblePairs }
    comparisons(first: 3, compatible: false) { totalCount edges { node { item1Id item2Id compatible } } }
  } }`;

/** wardrobe-v2 with extra catalogs of its items repeated (fresh ids) to the given sizes. */
function documentWith(sizes: Record<string, number>) {
  const doc = example('wardrobe-v2') as {
    catalogs: { name: string; items: ItemDef[] }[];
  };
  const template = doc.catalogs[0];
  const items = (n: number) =>
    Array.from({ length: n }, (_, k) => {
      const item = template.items[(k * 7) % template.items.length];
      return { ...item, id: `${item.id}-${k}` };
    });
  const extra = Object.entries(sizes).map(([name, n]) => ({ ...template, name, items: items(n) }));
  return { ...doc, catalogs: [...doc.catalogs, ...extra] };
}

async function listen(api: TestApi): Promise<{ server: Server; url: string }> {
  const server = createServer(api.app).listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise(resolve => server.close(resolve));
}

interface Answer {
  readonly status: number;
  readonly body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed JSON
}

/** One request on its own connection (no keep-alive: nothing is left open after the tests). */
function send(url: string, path: string, body?: unknown): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}${path}`,
      {
        method: payload === undefined ? 'GET' : 'POST',
        agent: false,
        headers: payload === undefined ? {} : { 'content-type': 'application/json' },
      },
      res => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', chunk => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || '{}') as unknown }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const post = (url: string, query: string, variables: Record<string, unknown>) =>
  send(url, '/graphql', { query, variables });

describe('evaluation pool over HTTP', () => {
  jest.setTimeout(240_000);

  describe('a large matrix', () => {
    const SIZE = 6_000; // 17,997,000 pairs
    let api: TestApi;
    let server: Server;
    let url: string;
    let doc: ReturnType<typeof documentWith>;

    beforeAll(async () => {
      api = await startTestApi(SQLITE, {
        EVALUATION_THREADS: '2',
        EVALUATION_POOL_MIN_PAIRS: '100000',
        IMPORT_MAX_ITEMS: '50000',
        REQUEST_TIMEOUT: '180',
      });
      doc = documentWith({ big: SIZE });
      await api.importAll(doc);
      ({ server, url } = await listen(api));
    }, 240_000);
    afterAll(async () => {
      if (server) await stop(server);
      await api?.close();
    });

    it('leaves /health/live answering within 1 s while it runs, then answers as the engine', async () => {
      const started = Date.now();
      let done = false;
      const matrix = post(url, MATRIX, { catalog: 'big' }).finally(() => (done = true));
      const latencies: number[] = [];
      while (!done) {
        const t0 = Date.now();
        const live = await send(url, '/health/live');
        latencies.push(Date.now() - t0);
        expect(live.status).toBe(200);
        await new Promise(resolve => setTimeout(resolve, 100));
      }
      const { status, body } = await matrix;
      const elapsed = Date.now() - started;
      expect(status).toBe(200);
      // Probes were answered all along (a blocked loop answers none until the end).
      expect(latencies.length).toBeGreaterThanOrEqual(Math.floor(elapsed / 1_000));
      expect(Math.max(...latencies)).toBeLessThan(1_000);

      const { document } = parseDocument(doc);
      const compiled = compileRuleSet(document.schemas![0], document.rulesets![0].rules);
      const big = document.catalogs!.find(c => c.name === 'big')!;
      const expected = matrixSummary(prepareCatalog(compiled, big.items));
      const m = body.data.evaluateMatrix;
      expect(m).toMatchObject({
        summary: { totalPairs: expected.totalPairs, compatiblePairs: expected.compatiblePairs },
        comparisons: { totalCount: expected.incompatiblePairs },
      });
    });
  });

  describe('an abandoned request', () => {
    let api: TestApi;
    let timed: RulateApp;
    let server: Server;
    let url: string;

    beforeAll(async () => {
      api = await startTestApi(SQLITE, {
        IMPORT_MAX_ITEMS: '50000',
        MAX_UPLOAD_SIZE_MB: '50',
        REQUEST_TIMEOUT: '120',
      });
      // 30,000 items: about 450 million pairs, several seconds on 2 threads even on a quiet
      // machine, against a 1 s REQUEST_TIMEOUT (slower machines only widen the margin).
      await api.importAll(documentWith({ huge: 30_000, small: 600 }));
      // A second app over the same database, with a short REQUEST_TIMEOUT.
      const { config } = api.db;
      const httpServer = createAppServer();
      timed = await createApp({
        config: {
          ...config,
          http: { ...config.http, requestTimeoutMs: 1_000 },
          evaluation: { ...config.evaluation, threads: 2, poolMinPairs: 100_000 },
        },
        logger: createLogger({ level: 'silent', environment: config.environment }),
        orm: api.db.orm,
        version: 'test',
        cache: new EngineCache(),
        httpServer,
      });
      const server_ = httpServer.on('request', timed.app).listen(0, '127.0.0.1');
      await new Promise(resolve => server_.once('listening', resolve));
      server = server_;
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      // Warm 'small' in this app's cache, so that afterwards it is answered well within 1 s
      // unless the threads are still busy (a timed-out warm-up still fills the cache).
      for (let attempt = 0; attempt < 20; attempt++) {
        if ((await post(url, MATRIX, { catalog: 'small' })).status === 200) break;
      }
    }, 240_000);
    afterAll(async () => {
      if (server) await stop(server);
      await timed?.stop();
      await api?.close();
    });

    it('answers REQUEST_TIMEOUT and cancels its evaluation: the threads serve the next request', async () => {
      const res = await post(url, MATRIX, { catalog: 'huge' });
      expect(res.status).toBe(503);
      expect(res.body.errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
      // Were the threads still computing 'huge', this would wait for them (and time out).
      const next = await post(url, MATRIX, { catalog: 'small' });
      expect(next.status).toBe(200);
      expect(next.body.data.evaluateMatrix.summary).toMatchObject({ totalPairs: (600 * 599) / 2 });
    });
  });
});
