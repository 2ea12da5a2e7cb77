import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import request from 'supertest';
import { chain } from '../../../src/http/chain';

function appWith(handlers: RequestHandler[]) {
  const app = express();
  app.use('/graphql', chain(handlers));
  app.use((_req, res) => {
    res.status(404).send('after the chain');
  });
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    res.status(500).send(`error: ${(error as Error).message}`);
  };
  app.use(onError);
  return app;
}

describe('chain', () => {
  it('runs the handlers in order on the mounted path and stops at the one that answers', async () => {
    const seen: string[] = [];
    const app = appWith([
      (req, _res, next) => {
        seen.push(`a ${req.baseUrl} ${req.url}`);
        next();
      },
      (_req, res) => {
        seen.push('b');
        res.send('answered by b');
      },
      () => seen.push('never'),
    ]);
    const res = await request(app).get('/graphql?x=1');
    expect(res.text).toBe('answered by b');
    expect(seen).toEqual(['a /graphql /?x=1', 'b']);
  });

  it('goes on to the next app handler when every handler calls next', async () => {
    const app = appWith([(_req, _res, next) => next(), (_req, _res, next) => next()]);
    const res = await request(app).get('/graphql');
    expect(res.status).toBe(404);
    expect(res.text).toBe('after the chain');
  });

  it('sends next(error), a throw and a rejected promise to the error handlers, skipping the rest', async () => {
    const later = jest.fn();
    const failures: RequestHandler[] = [
      (_req, _res, next) => next(new Error('passed on')),
      () => {
        throw new Error('thrown');
      },
      async () => {
        throw new Error('rejected');
      },
    ];
    for (const failure of failures) {
      const res = await request(appWith([failure, later])).get('/graphql');
      expect(res.status).toBe(500);
      expect(res.text).toMatch(/^error: (passed on|thrown|rejected)$/);
    }
    expect(later).not.toHaveBeenCalled();
  });

  it('leaves other paths alone', async () => {
    const handler = jest.fn();
    const res = await request(appWith([handler])).get('/other');
    expect(res.status).toBe(404);
    expect(handler).not.toHaveBeenCalled();
  });
});
