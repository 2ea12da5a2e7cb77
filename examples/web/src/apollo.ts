import { ApolloClient, InMemoryCache } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import createUploadLink from 'apollo-upload-client/createUploadLink.mjs';
import type { DocumentNode } from 'graphql';

/** `?api=` in the page URL, else VITE_API_URL at build time, else a local server. */
export function apiUrl(): string {
  const fromPage = new URLSearchParams(window.location.search).get('api');
  return fromPage ?? import.meta.env.VITE_API_URL ?? 'http://localhost:4000/graphql';
}

/**
 * The manifest hash codegen put on every generated document (bare hex: its APQ hash). Only
 * generated documents are sent, so an enforcing server knows every one of them.
 */
function manifestHash(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (hash === undefined) throw new Error('Not a generated document: no manifest hash.');
  return hash.replace(/^sha256:/, '');
}

export function createClient(uri: string = apiUrl()) {
  const link = createPersistedQueryLink({
    generateHash: manifestHash,
    useGETForHashedQueries: true,
  }).concat(
    // Multipart for file variables (imports); JSON otherwise. Apollo-Require-Preflight
    // satisfies the server's CSRF prevention for multipart requests.
    createUploadLink({ uri, headers: { 'Apollo-Require-Preflight': 'true' } }),
  );
  return new ApolloClient({
    link,
    cache: new InMemoryCache({
      // Items and clusters are identified per catalog (and per analysis): no normalisation by id.
      typePolicies: {
        Item: { keyFields: false },
        ComparisonResult: { keyFields: false },
        Cluster: { keyFields: false },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
