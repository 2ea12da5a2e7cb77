import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Request, RequestHandler } from 'express';

/**
 * Runs a GraphQL request in Apollo Server: what `@as-integrations/express5`'s
 * `expressMiddleware` does (same request, same answers), for the route app.ts serves without
 * express's router. One difference: a complete POST answer is written as it is, with its
 * length, rather than through `res.send`, which hashes every body for an ETag that no client
 * can use on a POST; GET and HEAD answers still go through `res.send` (ETag, 304 Not Modified).
 */
export function apolloHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: (req: Request) => Promise<TContext>,
): RequestHandler {
  server.assertStarted('apolloHandler()');
  return async (req, res) => {
    if (!('body' in req)) {
      res.status(500);
      res.send('`req.body` is not set: the body parser must run before the GraphQL handler.');
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.originalUrl ?? req.url;
    const at = url.indexOf('?');
    const answer = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        search: at < 0 ? '' : url.slice(at),
        body: req.body,
      },
      context: () => context(req),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status || 200;
    if (answer.body.kind === 'complete') {
      if (req.method === 'GET' || req.method === 'HEAD') {
        res.send(answer.body.string);
        return;
      }
      res.setHeader('Content-Length', Buffer.byteLength(answer.body.string));
      res.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
