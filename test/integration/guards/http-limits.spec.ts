import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { SQLITE } from '../../helpers/orm';
import { startTestApi, type TestApi } from '../../helpers/app';

const QUERY = '{ catalogs { totalCount } }';

describe('guard 1: HTTP limits over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(SQLITE, {
      ALLOWED_HOSTS: 'api.example.com,127.0.0.1',
      MAX_QUERY_STRING_LENGTH: '200',
      MAX_QUERY_PARAMS: '3',
      MAX_REQUEST_SIZE_MB: '0.001', // 1048 bytes
    });
  }, 60_000);
  afterAll(() => api.close());

  const get = (path: string) => request(api.app).get(path).set('apollo-require-preflight', 'true');

  it('serves allowed hosts, by GET and POST', async () => {
    const res = await get(`/graphql?query=${encodeURIComponent(QUERY)}`).set(
      'Host',
      'api.example.com:4000',
    );
    expect(res.status).toBe(200);
    expect(res.body.data.catalogs.totalCount).toBe(0);
    expect((await api.gql(QUERY)).status).toBe(200);
  });

  it('refuses any other Host with 400 BAD_REQUEST', async () => {
    const res = await request(api.app)
      .post('/graphql')
      .set('Host', 'evil.test')
      .send({ query: QUERY });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(res.body.errors[0].message).toMatch(/Host header "evil.test" is not accepted/);
  });

  it('ignores X-Forwarded-Host when TRUST_PROXY is off', async () => {
    const res = await request(api.app)
      .post('/graphql')
      .set('Host', 'evil.test')
      .set('X-Forwarded-Host', 'api.example.com')
      .send({ query: QUERY });
    expect(res.status).toBe(400);
  });

  it('does not check the Host of health probes (Kubernetes calls them by pod IP)', async () => {
    const res = await request(api.app).get('/health/live').set('Host', '10.1.2.3:4000');
    expect(res.status).toBe(200);
  });

  it('refuses a long query string with 400 BAD_USER_INPUT', async () => {
    const res = await get(`/graphql?query=${encodeURIComponent(QUERY)}&pad=${'x'.repeat(200)}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 200 });
  });

  it('refuses too many query parameters with 400 BAD_USER_INPUT', async () => {
    const res = await get(`/graphql?query=${encodeURIComponent(QUERY)}&a=1&b=2&c=3`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/4 parameters; at most 3/);
  });

  it('refuses a JSON body over MAX_REQUEST_SIZE_MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await api.gql(`{ catalogs { totalCount } } # ${'x'.repeat(2000)}`);
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(res.body.errors?.[0].message).toMatch(/MAX_REQUEST_SIZE_MB/);
  });

  it('executes queries only over GET: a mutation is answered 405', async () => {
    const mutation = 'mutation { deleteCatalog(name: "x") }';
    const res = await get(`/graphql?query=${encodeURIComponent(mutation)}`);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });
});

describe('guard 1: REQUEST_TIMEOUT over a real socket', () => {
  let api: TestApi;
  let server: Server;
  beforeAll(async () => {
    api = await startTestApi(SQLITE, { REQUEST_TIMEOUT: '0.2' });
    server = createServer(api.app).listen(0, '127.0.0.1');
    await new Promise(resolve => server.once('listening', resolve));
  }, 60_000);
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise(resolve => server.close(resolve));
    await api.close();
  });

  it('answers 503 REQUEST_TIMEOUT when the request is not complete in time', async () => {
    const { port } = server.address() as AddressInfo;
    const body = JSON.stringify({ query: QUERY });
    const started = Date.now();
    const res = await new Promise<{ status?: number; text: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          port,
          host: '127.0.0.1',
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json', 'content-length': body.length },
        },
        response => {
          let text = '';
          response.on('data', chunk => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 5)); // the rest never comes: the server waits for the body
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(res.status).toBe(503);
    expect(JSON.parse(res.text).errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
  });
});
