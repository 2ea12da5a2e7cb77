import {
  LOCAL_ORIGINS,
  originMatcher,
  parseOrigin,
  parseOriginPattern,
} from '../../../src/http/origin-patterns';

describe('CORS origin patterns', () => {
  it('parses exact origins, subdomain and port wildcards', () => {
    expect(parseOriginPattern('https://App.Example.com')).toEqual({
      scheme: 'https',
      host: 'app.example.com',
      subdomains: false,
      port: null,
    });
    expect(parseOriginPattern('http://localhost:5173')).toMatchObject({ port: 5173 });
    expect(parseOriginPattern('http://[::1]:*')).toMatchObject({ host: '[::1]', port: '*' });
    expect(parseOriginPattern('*.example.com')).toEqual({
      scheme: 'https',
      host: 'example.com',
      subdomains: true,
      port: null,
    });
    // The default port is the same origin as no port.
    expect(parseOriginPattern('https://example.com:443')).toMatchObject({ port: null });
  });

  it.each([
    'https://example.com/path',
    'ftp://example.com',
    'https://exa mple.com',
    'https://ex*ample.com',
    'https://*',
    'https://example.com:0',
    'https://example.com:70000',
    'https://user@example.com',
    '',
  ])('refuses %j with a message', raw => {
    expect(() => parseOriginPattern(raw)).toThrow(/origin pattern|port/);
  });

  it('matches exact origins only (scheme, host and port)', () => {
    const allowed = originMatcher(['https://app.example.com', 'http://localhost:5173']);
    expect(allowed('https://app.example.com')).toBe(true);
    expect(allowed('https://APP.example.com')).toBe(true);
    expect(allowed('https://app.example.com:443')).toBe(true);
    expect(allowed('http://app.example.com')).toBe(false);
    expect(allowed('https://app.example.com:8443')).toBe(false);
    expect(allowed('https://app.example.com.evil.test')).toBe(false);
    expect(allowed('https://evilapp.example.com')).toBe(false);
    expect(allowed('http://localhost:5173')).toBe(true);
    expect(allowed('http://localhost:5174')).toBe(false);
  });

  it('matches subdomains for *.host, never the bare host or look-alikes', () => {
    const allowed = originMatcher(['*.example.com']);
    expect(allowed('https://app.example.com')).toBe(true);
    expect(allowed('https://a.b.example.com')).toBe(true);
    expect(allowed('https://example.com')).toBe(false);
    expect(allowed('https://badexample.com')).toBe(false);
    expect(allowed('https://example.com.evil.test')).toBe(false);
    expect(allowed('http://app.example.com')).toBe(false); // no scheme = https
  });

  it('the development default allows local pages on any port only', () => {
    const allowed = originMatcher(LOCAL_ORIGINS);
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'http://[::1]:3000']) {
      expect(allowed(origin)).toBe(true);
    }
    expect(allowed('http://localhost')).toBe(true);
    expect(allowed('http://localhost.evil.test:5173')).toBe(false);
    expect(allowed('http://192.168.1.5:5173')).toBe(false);
  });

  it('refuses opaque and malformed Origin values', () => {
    const allowed = originMatcher(['http://localhost:*']);
    expect(parseOrigin('null')).toBeNull();
    expect(allowed('null')).toBe(false);
    expect(allowed('file://')).toBe(false);
    expect(allowed('http://localhost:5173/path')).toBe(false);
    expect(originMatcher([])('http://localhost:5173')).toBe(false);
    expect(originMatcher(['*'])('https://anything.test')).toBe(true);
  });
});
