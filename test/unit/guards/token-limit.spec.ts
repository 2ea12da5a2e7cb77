import { parse } from 'graphql';
import { tokenLimitError } from '../../../src/guards/token-limit';

function parseMessage(source: string, maxTokens: number): string {
  try {
    parse(source, { maxTokens });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a syntax error');
}

describe('tokenLimitError', () => {
  it("rewrites graphql-js' own token-limit message (as Apollo's parseOptions.maxTokens raises it)", () => {
    const message = parseMessage('{ a b c d e f g h }', 5);
    expect(tokenLimitError(message)).toEqual({
      limit: 5,
      message:
        'The document has more than 5 tokens (MAX_TOKENS); send a smaller document or split the operation.',
    });
  });

  it('leaves every other syntax error alone', () => {
    expect(tokenLimitError(parseMessage('{ a ', 100))).toBeUndefined();
  });
});
