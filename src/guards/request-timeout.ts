import type { Request, RequestHandler, Response } from 'express';
import { sendRefusal, type GuardRefusal, type OnReject } from './guard-response';

/** The timer functions the guard uses (injected in tests). */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /**
   * A monotonic clock in ms. With it, `expireIfDue` can tell that the deadline has passed
   * while the timer could not fire yet (the event loop was blocked, e.g. by a synchronous
   * SQLite statement or lock wait). Without it, only the timer ends the request.
   */
  now?(): number;
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
  now: () => performance.now(),
};

interface Deadline {
  readonly signal: AbortSignal;
  readonly expireIfDue: () => void;
}

const deadlines = new WeakMap<Request, Deadline>();

/**
 * Aborted when the request timed out or the client went away: long work (services,
 * engine loops) can check it to stop early. Undefined outside the guarded routes.
 */
export function requestSignal(req: Request): AbortSignal | undefined {
  return deadlines.get(req)?.signal;
}

/**
 * Times the request out now (503 REQUEST_TIMEOUT, signal aborted) when its deadline has passed
 * but the timer has not fired yet. A timer only fires between two turns of the event loop: a
 * synchronous statement (better-sqlite3) that outlasts the deadline delays it, and the work
 * that follows could reach its commit first. The commit gate calls this before every commit
 * (persistence/request-scope.ts), so "answered REQUEST_TIMEOUT" and "committed" never meet.
 */
export function expireRequestIfDue(req: Request): void {
  deadlines.get(req)?.expireIfDue();
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
    const now = timers.now?.bind(timers);
    const deadlineAt = now ? now() + timeoutMs : undefined;
    const expire = () => {
      if (res.writableEnded || controller.signal.aborted) return;
      timers.clearTimeout(timer);
      if (!res.headersSent) {
        const refusal = timeoutRefusal(timeoutMs);
        options.onReject?.('request-timeout', refusal);
        res.setHeader('Connection', 'close');
        sendRefusal(res, refusal);
        discardLateWrites(res);
      }
      controller.abort(new Error(`request timed out after ${timeoutMs} ms`));
    };
    const timer = timers.setTimeout(expire, timeoutMs);
    deadlines.set(req, {
      signal: controller.signal,
      expireIfDue: () => {
        if (now && deadlineAt !== undefined && now() >= deadlineAt) expire();
      },
    });
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
