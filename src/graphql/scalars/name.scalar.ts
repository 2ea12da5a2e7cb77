import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const NAME_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

/** Why `value` is not an acceptable resource name, or null when it is. */
export function nameProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'a name must be a string';
  if (value.length === 0) return 'a name must not be empty';
  if (value.length > 100) return `a name is at most 100 characters (got ${value.length})`;
  if (!NAME_PATTERN.test(value)) {
    return 'a name may only contain the characters A-Z a-z 0-9 _ - (no spaces, dots, slashes or other characters)';
  }
  return null;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function createNameScalar(name: string, description: string): GraphQLScalarType<string, string> {
  const check = (value: unknown): string => {
    const problem = nameProblem(value);
    if (problem !== null) {
      throw new GraphQLError(`Invalid ${name} ${describe(value)}: ${problem}.`, {
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      });
    }
    return value as string;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: value => value as string,
    parseValue: check,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) {
        throw new GraphQLError(`Invalid ${name}: a name must be a string literal.`, {
          extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
        });
      }
      return check(ast.value);
    },
  });
}

export const CatalogNameScalar = createNameScalar(
  'CatalogName',
  'A catalog name: 1-100 characters of A-Z a-z 0-9 _ - ; anything else is refused before resolvers run.',
);

export const ResourceNameScalar = createNameScalar(
  'ResourceName',
  'A schema, rule set or cluster rule set name; same alphabet and length as CatalogName.',
);
