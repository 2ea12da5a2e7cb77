import express from 'express';
import request from 'supertest';
import {
  checkHost,
  checkUrl,
  httpLimitsMiddleware,
  isAllowedHost,
} from '../../../src/guards/http-limits';

describe('checkUrl', () => {
  it('accepts URLs without or within limits', () => {
    expect(checkUrl('/graphql')).toBeUndefined();
    expect(checkUrl(`/graphql?q=${'x'.repeat(4094)}`)).toBeUndefined(); // 4096 characters
  });

  it('refuses a long query string with 400 BAD_USER_INPUT (not 414: see the error table)', () => {
    expect(checkUrl(`/graphql?q=${'x'.repeat(20)}`, { maxQueryStringLength: 10 })).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      message:
        'The query string is 22 characters long; at most 10 are allowed (MAX_QUERY_STRING_LENGTH). Send the operation in a POST body instead.',
      extensions: { limit: 10 },
    });
  });

  it('counts parameters, ignoring empty pieces', () => {
    expect(checkUrl('/graphql?a=1&&b=2&', { maxQueryParams: 2 })).toBeUndefined();
    expect(checkUrl('/graphql?a=1&b=2&c', { maxQueryParams: 2 })?.message).toBe(
      'The query string has 3 parameters; at most 2 are allowed (MAX_QUERY_PARAMS).',
    );
  });
});

describe('Host allow-list', () => {
  const allowed = ['api.example.com', '*.rulate.dev', '[::1]'];

  it.each([
    ['api.example.com', true],
    ['API.Example.COM.', true],
    ['eu.rulate.dev', true],
    ['rulate.dev', false],
    ['evilrulate.dev', false],
    ['[::1]', true],
    ['example.com', false],
  ])('%s -> %s', (host, ok) => expect(isAllowedHost(host, allowed)).toBe(ok));

  it("['*'] accepts any host, even none", () => {
    expect(checkHost('anything', ['*'])).toBeUndefined();
    expect(checkHost(undefined, ['*'])).toBeUndefined();
  });

  it('refuses other hosts and a missing Host with 400 BAD_REQUEST', () => {
    expect(checkHost('evil.test', allowed)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(checkHost('evil.test', allowed)?.message).toMatch(
      /Host header "evil.test".*ALLOWED_HOSTS/,
    );
    expect(checkHost(undefined, allowed)?.message).toMatch(/no Host header/);
  });
});

describe('httpLimitsMiddleware', () => {
  const rejected: string[] = [];
  const app = express();
  app.use(
    httpLimitsMiddleware({
      allowedHosts: ['api.example.com'],
      maxQueryParams: 1,
      onReject: guard => rejected.push(guard),
    }),
  );
  app.get('/', (_req, res) => void res.json({ ok: true }));

  it('answers refusals as GraphQL-shaped JSON and reports them', async () => {
    const host = await request(app).get('/').set('Host', 'evil.test');
    expect(host.status).toBe(400);
    expect(host.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    const url = await request(app).get('/?a=1&b=2').set('Host', 'api.example.com:8080');
    expect(url.status).toBe(400);
    expect(url.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(rejected).toEqual(['allowed-hosts', 'url-limits']);
  });

  it('passes allowed requests (port ignored)', async () => {
    const res = await request(app).get('/?a=1').set('Host', 'api.example.com:8080');
    expect(res.status).toBe(200);
  });
});
