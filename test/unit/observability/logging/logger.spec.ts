import { Writable } from 'node:stream';
import { createLogger } from '../../../../src/observability/logging/logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

describe('createLogger', () => {
  it('writes JSON lines with level names, ISO time, service and environment', () => {
    const { lines, stream } = capture();
    createLogger({ level: 'info', environment: 'staging' }, stream).info({ a: 1 }, 'hello');
    expect(lines).toEqual([
      {
        level: 'info',
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        service: 'rulate-graphql',
        environment: 'staging',
        a: 1,
        msg: 'hello',
      },
    ]);
  });

  it('honours the level', () => {
    const { lines, stream } = capture();
    const logger = createLogger({ level: 'warn', environment: 'production' }, stream);
    logger.info('hidden');
    logger.warn('shown');
    expect(lines.map(l => l.msg)).toEqual(['shown']);
  });

  it('redacts secrets wherever they appear', () => {
    const { lines, stream } = capture();
    createLogger({ level: 'info', environment: 'production' }, stream).info({
      req: { url: '/graphql', headers: { authorization: 'Bearer abc', cookie: 'sid=1' } },
      secrets: { secretKey: 'k' },
      db: { url: 'postgresql://u:p@db/x' },
      options: { password: 'p', token: 't' },
    });
    const text = JSON.stringify(lines[0]);
    for (const secret of ['Bearer abc', 'sid=1', '"k"', 'u:p@db', '"p"', '"t"']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('/graphql');
    expect(text).toContain('[REDACTED]');
  });
});
