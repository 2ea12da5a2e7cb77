import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type RulateApp } from '../../../src/app';
import { createAppServer } from '../../../src/http/server-objects';
import { createLogger } from '../../../src/observability/logging/logger';
import { EngineCache } from '../../../src/services';
import { SQLITE, type TestOrm } from '../../helpers/orm';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** One raw HTTP request (`path` is sent as the request target, absolute-form included). */
function send(
  port: number,
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const TYPENAME = JSON.stringify({ query: '{ __typename }' });

describe('the app listener on its own server (createAppServer)', () => {
  let db: TestOrm;
  let rulate: RulateApp;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    db = await SQLITE.fresh();
    server = createAppServer();
    rulate = await createApp({
      config: db.config,
      logger: createLogger({ level: 'silent', environment: db.config.environment }),
      orm: db.orm,
      version: 'test',
      cache: new EngineCache(),
      httpServer: server,
    });
    server.on('request', rulate.app);
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  }, 60_000);
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise(resolve => server.close(resolve));
    await rulate.stop();
    await db.cleanup();
  });

  it('answers a POST operation with its length and no ETag', async () => {
    const res = await send(port, 'POST', '/graphql', TYPENAME);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).data).toEqual({ __typename: 'Query' });
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(res.body)));
    expect(res.headers.etag).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['ratelimit-limit']).toBeDefined(); // the guards ran
  });

  it('answers a GET operation through express (ETag, then 304 Not Modified)', async () => {
    const path = `/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const headers = { 'apollo-require-preflight': 'true' };
    const first = await send(port, 'GET', path, undefined, headers);
    expect(first.status).toBe(200);
    expect(first.headers.etag).toEqual(expect.any(String));
    const again = await send(port, 'GET', path, undefined, {
      ...headers,
      'if-none-match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
  });

  it('serves what express would route to /graphql: any case, a trailing slash, absolute-form', async () => {
    for (const path of ['/GraphQL', '/graphql/', `http://127.0.0.1:${port}/graphql`]) {
      const res = await send(port, 'POST', path, TYPENAME);
      expect({ path, status: res.status, data: JSON.parse(res.body).data }).toEqual({
        path,
        status: 200,
        data: { __typename: 'Query' },
      });
    }
  });

  it('leaves other paths to express: health, and 404 for unknown routes', async () => {
    expect((await send(port, 'GET', '/health/live')).status).toBe(200);
    expect((await send(port, 'GET', '/graphqlx')).status).toBe(404);
    expect((await send(port, 'POST', '/nowhere', TYPENAME)).status).toBe(404);
  });

  it('answers a broken body with the error handlers (400 BAD_REQUEST, coded)', async () => {
    const res = await send(port, 'POST', '/graphql', '{"query": ');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('never switches the prototype of a GraphQL request or response (express does, per request)', async () => {
    const switched = jest.spyOn(Object, 'setPrototypeOf');
    try {
      await send(port, 'POST', '/graphql', TYPENAME);
      expect(switched).not.toHaveBeenCalled();
      await send(port, 'GET', '/health/live');
      expect(switched).toHaveBeenCalled(); // the spy does see express's switch
    } finally {
      switched.mockRestore();
    }
  });
});
