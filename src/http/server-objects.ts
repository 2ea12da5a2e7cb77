import {
  createServer,
  IncomingMessage,
  ServerResponse,
  type RequestListener,
  type Server,
} from 'node:http';
import type { Express, Request, Response } from 'express';

/**
 * express gives every request and response its methods (`req.ip`, `res.status`...) by
 * switching their prototypes in `app.handle` (`Object.setPrototypeOf`), once per request. V8
 * then drops its optimised shapes for those two objects, and every later property access on
 * them is slower: on a small request that costs about as much as the rest of express
 * together. A server made by {@link createAppServer} creates its requests and responses as
 * express's from the start (node's `IncomingMessage` / `ServerResponse` server options), so
 * the GraphQL route (app.ts), which does not go through express's router, never switches.
 */
interface BoundPrototypes {
  readonly request: object;
  readonly response: object;
}

const servers = new WeakMap<Server, BoundPrototypes>();

/** An http server whose requests and responses become express's once {@link bindToExpress} ran. */
export function createAppServer(): Server {
  class AppRequest extends IncomingMessage {}
  class AppResponse extends ServerResponse {}
  const server = createServer({ IncomingMessage: AppRequest, ServerResponse: AppResponse });
  servers.set(server, { request: AppRequest.prototype, response: AppResponse.prototype });
  return server;
}

/**
 * Puts `app`'s request and response prototypes under those of `server`'s classes (once, before
 * it serves anything). A server not made by {@link createAppServer} is left as it is.
 */
export function bindToExpress(server: Server | undefined, app: Express): void {
  const bound = server && servers.get(server);
  if (!bound) return;
  Object.setPrototypeOf(bound.request, app.request);
  Object.setPrototypeOf(bound.response, app.response);
}

/**
 * `req` and `res` as express's request and response of `app`: as they are when they come from
 * a bound {@link createAppServer}, else switched here as express would (any other server:
 * supertest's, a test's), and linked to each other as express links them.
 */
export function asExpress(
  app: Express,
  req: IncomingMessage,
  res: ServerResponse,
): [Request, Response] {
  if ((req as Partial<Request>).app !== app) {
    Object.setPrototypeOf(req, app.request);
    Object.setPrototypeOf(res, app.response);
  }
  const request = req as Request;
  const response = res as Response;
  request.res = response;
  response.req = request;
  return [request, response];
}

/** The listener type the app answers with (`http.createServer(listener)`, supertest). */
export type AppListener = RequestListener;
