// graphql-depth-limit 1.1.0 ships no types; this is the part we use (index.js).
declare module 'graphql-depth-limit' {
  import type { ValidationContext } from 'graphql';

  interface DepthLimitOptions {
    ignore?: Array<string | RegExp | ((fieldName: string) => boolean)>;
  }

  function depthLimit(
    maxDepth: number,
    options?: DepthLimitOptions,
    callback?: (depths: Record<string, number>) => void,
  ): (context: ValidationContext) => unknown;

  export = depthLimit;
}
