import {
  buildSchema,
  parse,
  specifiedRules,
  validate,
  type GraphQLError,
  type ValidationRule,
} from 'graphql';

/** A small recursive schema for the document rules (no Apollo, no app). */
export const SCHEMA = buildSchema(`
  type Query { node(id: ID): Node, nodes: [Node!]!, hello: String }
  type Node { id: ID!, name: String, child: Node, children: [Node!]! }
`);

/** Validates `source` with graphql-js' rules followed by `rules`. */
export function check(source: string, rules: ValidationRule[]): readonly GraphQLError[] {
  return validate(SCHEMA, parse(source), [...specifiedRules, ...rules]);
}

/** Only `rules`, without graphql-js' own (to test documents it would refuse). */
export function checkOnly(source: string, rules: ValidationRule[]): readonly GraphQLError[] {
  return rules.flatMap(rule => validate(SCHEMA, parse(source), [rule]));
}

/** `{ node { child { child ... { id } } } }` with `levels` nested `child` fields. */
export function nested(levels: number): string {
  return `{ node { ${'child { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
}
