import { parseDatabaseUrl, redactUrl } from '../../../src/config';

describe('parseDatabaseUrl', () => {
  it.each([
    ['sqlite:///relative/file.db', 'relative/file.db'],
    ['sqlite:///./data/rulate.db', './data/rulate.db'],
    ['sqlite:////abs/file.db', '/abs/file.db'],
    ['sqlite::memory:', ':memory:'],
    ['sqlite:///:memory:', ':memory:'],
    [':memory:', ':memory:'],
    ['./data/rulate.db', './data/rulate.db'],
    ['data/rulate.db', 'data/rulate.db'],
    ['/var/lib/rulate/rulate.db', '/var/lib/rulate/rulate.db'],
    ['sqlite:///with%20space.db', 'with space.db'],
  ])('%s is the SQLite file %s', (url, path) => {
    expect(parseDatabaseUrl(url)).toEqual({ ok: true, value: { driver: 'sqlite', path } });
  });

  it.each([
    ['postgres://rulate:pw@db:5432/rulate', 'db', 5432, 'rulate', 'rulate'],
    ['postgresql://db.internal/app', 'db.internal', 5432, 'app', null],
    [
      'postgresql://u%40corp:p@10.0.0.5:6543/my_db?sslmode=require',
      '10.0.0.5',
      6543,
      'my_db',
      'u@corp',
    ],
  ])('%s is PostgreSQL', (url, host, port, database, user) => {
    expect(parseDatabaseUrl(url)).toEqual({
      ok: true,
      value: { driver: 'postgresql', url, host, port, database, user },
    });
  });

  it.each([
    ['', /is empty/],
    ['sqlite://relative.db', /not a valid SQLite URL/],
    ['sqlite:///', /not a valid SQLite URL/],
    ['mysql://root@db/rulate', /unsupported scheme "mysql:"/],
    ['postgresql://db:5432/', /must name one database/],
    ['postgresql://db:notaport/x', /not a valid PostgreSQL URL/],
  ])('refuses %j', (url, message) => {
    const result = parseDatabaseUrl(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('redactUrl', () => {
  it('hides the password only', () => {
    expect(redactUrl('postgresql://rulate:s3cret@db:5432/rulate')).toBe(
      'postgresql://rulate:***@db:5432/rulate',
    );
    expect(redactUrl('redis://cache:6379')).toBe('redis://cache:6379');
  });
});
