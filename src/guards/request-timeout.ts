import type { Request, RequestHandler, Response } from 'express';
import { sendRefusal, type GuardRefusal, type OnReject } from './guard-response';

/** The timer functions the guard uses (injected in tests). */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface RequestTimeoutOptions {
  /** Time to answer a request, body reading included. @default 60_000 (REQUEST_TIMEOUT) */
  readonly timeoutMs?: number;
  /** @default the global setTimeout / clearTimeout */
  readonly timers?: Timers;
  readonly onReject?: OnReject;
}

const NODE_TIMERS: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: handle => clearTimeout(handle as NodeJS.Timeout),
};

const signals = new WeakMap<Request, AbortSignal>();

/**
 * Aborted when the request timed out or the client went away: long work (services,
 * engine loops) can check it to stop early. Undefined outside the guarded routes.
 */
export function requestSignal(req: Request): AbortSignal | undefined {
  return signals.get(req);
}

export function timeoutRefusal(timeoutMs: number): GuardRefusal {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return {
    status: 503,
    code: 'REQUEST_TIMEOUT',
    message: `The request was not answered within ${seconds} s (REQUEST_TIMEOUT) and was abandoned; retry later or ask for less (smaller pages, fewer evaluations).`,
    extensions: { timeoutSeconds: seconds },
  };
}

/**
 * Answers 503 REQUEST_TIMEOUT when a request is not answered in time. "Abandoned" means:
 * the client gets its answer now, the connection is closed after it, the request's
 * AbortSignal fires, and whatever the operation writes later is discarded. Node cannot
 * pre-empt running JavaScript or a database query already sent: that work finishes (or
 * notices the signal) in the background, but its result never reaches the client.
 */
export function requestTimeoutMiddleware(options: RequestTimeoutOptions = {}): RequestHandler {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const timers = options.timers ?? NODE_TIMERS;
  return (req, res, next) => {
    const controller = new AbortController();
    signals.set(req, controller.signal);
    const timer = timers.setTimeout(() => {
      if (res.writableEnded) return;
      if (!res.headersSent) {
        const refusal = timeoutRefusal(timeoutMs);
        options.onReject?.('request-timeout', refusal);
        res.setHeader('Connection', 'close');
        sendRefusal(res, refusal);
        discardLateWrites(res);
      }
      controller.abort(new Error(`request timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    // `close` follows `finish` (a tick later) and also comes when the client goes away.
    res.once('close', () => {
      timers.clearTimeout(timer);
      if (!res.writableFinished) controller.abort(new Error('client went away'));
    });
    next();
  };
}

/** After the timeout answer, the late result of the operation must not be written again. */
function discardLateWrites(res: Response): void {
  const self = res as unknown as Record<string, unknown>;
  for (const method of ['setHeader', 'writeHead', 'end'] as const) self[method] = () => res;
  self.write = () => true;
}
