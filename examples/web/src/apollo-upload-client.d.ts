// apollo-upload-client 18 types itself with JSDoc in .mjs files; this is the part used here.
declare module 'apollo-upload-client/createUploadLink.mjs' {
  import type { ApolloLink } from '@apollo/client';

  export default function createUploadLink(options?: {
    uri?: string;
    useGETForQueries?: boolean;
    headers?: Record<string, string>;
    credentials?: string;
    fetchOptions?: RequestInit;
  }): ApolloLink;
}
