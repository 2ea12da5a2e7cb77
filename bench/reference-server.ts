/**
 * The bare reference for `npm run bench:http`: Apollo Server 5 + express 5 with the same
 * response shapes as the real server's catalog queries, but no guards, no database, no
 * logging, no metrics. It answers `{ __typename }`, `catalogs(first, after)` (10 fixed
 * catalogs) and `catalog(name)`. What the real server costs above this is what the guards,
 * the database and the observability add.
 *
 * Run: `node dist/bench/reference-server.js` with PORT (default 0); prints `listening <port>`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

const typeDefs = `#graphql
  type Catalog {
    name: String!
    description: String
  }
  type CatalogEdge {
    cursor: String!
    node: Catalog!
  }
  type CatalogConnection {
    edges: [CatalogEdge!]!
  }
  type Query {
    catalogs(first: Int, after: String): CatalogConnection!
    catalog(name: String!): Catalog
  }
`;

const CATALOGS = Array.from({ length: 10 }, (_, k) => ({
  name: k === 0 ? 'my_wardrobe' : `bench_catalog_${k}`,
  description: `Catalog number ${k} of the reference server, a description of ordinary length`,
}));

const resolvers = {
  Query: {
    catalogs: (_: unknown, { first }: { first?: number | null }) => ({
      edges: CATALOGS.slice(0, first ?? 50).map((node, k) => ({
        cursor: Buffer.from(`c:${k}`).toString('base64url'),
        node,
      })),
    }),
    catalog: (_: unknown, { name }: { name: string }) =>
      CATALOGS.find(c => c.name === name) ?? null,
  },
};

async function main(): Promise<void> {
  const app = express();
  const httpServer = createServer(app);
  const server = new ApolloServer({
    typeDefs,
    resolvers,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await server.start();
  app.use('/graphql', express.json(), expressMiddleware(server));
  await new Promise<void>(resolve =>
    httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve),
  );
  console.log(`listening ${(httpServer.address() as AddressInfo).port}`);
  const stop = () => {
    // A signal handler cannot await: exit once Apollo has drained, or with 1 if it fails.
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
