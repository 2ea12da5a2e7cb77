import express, { type ErrorRequestHandler } from 'express';
import request from 'supertest';
import {
  expireRequestIfDue,
  requestSignal,
  requestTimeoutMiddleware,
  timeoutRefusal,
  type Timers,
} from '../../../src/guards/request-timeout';

/** Timers that fire only when the test says so. */
function manualTimers() {
  const pending = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      pending.set(++next, { callback, ms });
      return next;
    },
    clearTimeout: handle => void pending.delete(handle as number),
  };
  const fireAll = () => [...pending.values()].forEach(t => t.callback());
  return { timers, pending, fireAll };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>(r => (resolve = r));
  return { promise, resolve };
}

describe('timeoutRefusal', () => {
  it('is a 503 REQUEST_TIMEOUT that names the setting', () => {
    expect(timeoutRefusal(60_000)).toEqual({
      status: 503,
      code: 'REQUEST_TIMEOUT',
      message:
        'The request was not answered within 60 s (REQUEST_TIMEOUT) and was abandoned; retry later or ask for less (smaller pages, fewer evaluations).',
      extensions: { timeoutSeconds: 60 },
    });
    expect(timeoutRefusal(1500).extensions).toEqual({ timeoutSeconds: 1.5 });
  });
});

describe('requestTimeoutMiddleware', () => {
  it('answers 503 once, aborts the signal and discards the late result', async () => {
    const { timers, pending, fireAll } = manualTimers();
    const entered = deferred();
    const release = deferred();
    const late = deferred();
    const seen: { signal?: AbortSignal; lateError?: unknown } = {};
    const app = express();
    app.use(requestTimeoutMiddleware({ timeoutMs: 1500, timers }));
    app.get('/slow', async (req, res) => {
      seen.signal = requestSignal(req);
      entered.resolve();
      await release.promise;
      try {
        res.status(200).setHeader('x-late', '1');
        res.json({ data: 'late' });
      } catch (error) {
        seen.lateError = error;
      }
      late.resolve();
    });
    const response = request(app)
      .get('/slow')
      .then(r => r);
    await entered.promise;
    expect(pending.size).toBe(1);
    expect([...pending.values()][0].ms).toBe(1500);
    fireAll();
    const res = await response;
    expect(res.status).toBe(503);
    expect(res.headers.connection).toBe('close');
    expect(res.body.errors[0].extensions).toEqual({ code: 'REQUEST_TIMEOUT', timeoutSeconds: 1.5 });
    expect(seen.signal?.aborted).toBe(true);
    release.resolve();
    await late.promise;
    expect(seen.lateError).toBeUndefined();
  });

  it('clears its timer when the answer is sent in time', async () => {
    const { timers, pending } = manualTimers();
    const errors: unknown[] = [];
    const onError: ErrorRequestHandler = (error, _req, res, _next) => {
      errors.push(error);
      res.status(500).end();
    };
    const app = express();
    app.use(requestTimeoutMiddleware({ timeoutMs: 10, timers }));
    app.get('/fast', (req, res) => void res.json({ aborted: requestSignal(req)?.aborted }));
    app.use(onError);
    const res = await request(app).get('/fast');
    expect(res.body).toEqual({ aborted: false });
    expect(pending.size).toBe(0);
    expect(errors).toEqual([]);
  });

  it('times out on demand once the deadline has passed, though the timer has not fired', async () => {
    const { timers, pending } = manualTimers();
    let clock = 1_000;
    const now = () => clock;
    const checked: { before?: boolean; after?: boolean; stillPending?: number } = {};
    const app = express();
    app.use(requestTimeoutMiddleware({ timeoutMs: 1500, timers: { ...timers, now } }));
    app.get('/blocked', (req, res) => {
      // A synchronous statement held the event loop: the clock moved, the timer did not fire.
      clock += 1499;
      expireRequestIfDue(req);
      checked.before = requestSignal(req)?.aborted;
      clock += 1;
      expireRequestIfDue(req);
      checked.after = requestSignal(req)?.aborted;
      checked.stillPending = pending.size;
      res.json({ data: 'committed?' }); // discarded: the 503 is already out
    });
    const res = await request(app).get('/blocked');
    expect(res.status).toBe(503);
    expect(res.body.errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
    expect(checked).toEqual({ before: false, after: true, stillPending: 0 });
  });

  it('uses real timers by default', async () => {
    const app = express();
    app.use(requestTimeoutMiddleware({ timeoutMs: 20 }));
    app.get('/never', () => {});
    const res = await request(app).get('/never');
    expect(res.status).toBe(503);
  });
});
