import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Runs `handlers` in order as one express handler, as `app.use(path, ...handlers)` would, but
 * without one router layer per handler: express matches the path, trims it off `req.url` and
 * puts it back again for every layer, and the /graphql stack has about ten. A handler ends the
 * chain by answering instead of calling `next`; `next(error)` (or a rejected promise) skips
 * the rest and goes to the app's error handlers.
 */
export function chain(handlers: readonly RequestHandler[]): RequestHandler {
  const list = [...handlers];
  return (req: Request, res: Response, done: NextFunction) => {
    let at = 0;
    const next = (error?: unknown): void => {
      if (error !== undefined && error !== null) return done(error);
      const handler = list[at++];
      if (handler === undefined) return done();
      try {
        const result: unknown = handler(req, res, next);
        if (result instanceof Promise) result.catch(done);
      } catch (thrown) {
        done(thrown);
      }
    };
    next();
  };
}
