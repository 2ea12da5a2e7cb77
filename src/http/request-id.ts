import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request id: the client's `X-Request-Id` when it is a sane token, else a new UUID.
 * It is echoed in the response header and put on every log line of the request.
 */
export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && ACCEPTED.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

declare module 'node:http' {
  interface IncomingMessage {
    /** The request id (observability/request-observer.ts sets it first thing). */
    id?: string;
  }
}
