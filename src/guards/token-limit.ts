/**
 * MAX_TOKENS is enforced by graphql-js itself (Apollo's `parseOptions.maxTokens`): its
 * syntax error ("Document contains more that N tokens", sic) is renamed here so formatError
 * can answer DOCUMENT_LIMIT_EXCEEDED (HTTP 400) with a message that says what to do.
 */
const GRAPHQL_JS_TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;

export interface TokenLimitError {
  readonly message: string;
  readonly limit: number;
}

/** The guard message for a token-limit syntax error, or undefined for any other message. */
export function tokenLimitError(parseMessage: string): TokenLimitError | undefined {
  const match = GRAPHQL_JS_TOKEN_LIMIT.exec(parseMessage);
  if (!match) return undefined;
  const limit = Number(match[1]);
  return {
    limit,
    message: `The document has more than ${limit} tokens (MAX_TOKENS); send a smaller document or split the operation.`,
  };
}
