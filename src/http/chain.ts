import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Runs `handlers` in order as one express handler, as `app.use(path, ...handlers)` would, but
 * without express's router: app.ts calls the /graphql stack (about ten handlers) directly
 * from its request listener. A handler ends the chain by answering instead of calling `next`;
 * `next(error)` (or a rejected promise) skips the rest and goes to `done` (the app's error
 * handlers), as does the end of the chain (`done()`: no one answered).
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
