import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { type Args, type CostFacts } from './prices';

/** Walking an operation: its fields with fragments spread, `@skip`/`@include`, root types. */

/** Fields of a selection set with the fragments spread (type conditions ignored: no unions). */
export function* fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen: Set<string> = new Set(),
): Generator<FieldNode> {
  if (!selectionSet) return;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      yield* fieldsOf(selection.selectionSet, fragments, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      seen.add(name);
      yield* fieldsOf(fragment.selectionSet, fragments, seen);
      seen.delete(name);
    }
  }
}

/** `@skip` / `@include` with literal or variable conditions. */
export function included(node: FieldNode, variables: Args): boolean {
  for (const directive of node.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const arg = directive.arguments?.find(a => a.name.value === 'if');
    if (!arg) continue;
    const value =
      arg.value.kind === Kind.VARIABLE
        ? Boolean(variables[arg.value.name.value])
        : arg.value.kind === Kind.BOOLEAN && arg.value.value;
    if (name === 'skip' ? value : !value) return false;
  }
  return true;
}

export interface CostInput {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  /** Coerced variable values. */
  readonly variables: Args;
  /** The request's variables as sent (graphql-query-complexity coerces them itself). */
  readonly rawVariables?: Args;
  readonly facts: CostFacts;
}

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}

export function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  const type =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!type) throw new Error(`The schema has no ${operation.operation} type.`);
  return type;
}

export function fieldDef(type: GraphQLCompositeType, name: string) {
  return 'getFields' in type ? type.getFields()[name] : undefined;
}

/**
 * The catalogs whose size the operation's cost depends on (arguments `catalogName` of the
 * root fields), so that the guard can count their items before pricing.
 */
export function catalogsToSize(input: Omit<CostInput, 'facts'>): string[] {
  const names = new Set<string>();
  const type = rootType(input.schema, input.operation);
  const fragments = fragmentsOf(input.document);
  for (const node of fieldsOf(input.operation.selectionSet, fragments)) {
    const field = fieldDef(type, node.name.value);
    if (!field || !field.args.some(a => a.name === 'catalogName')) continue;
    const args = getArgumentValues(field, node, input.variables);
    if (typeof args.catalogName === 'string') names.add(args.catalogName);
  }
  return [...names];
}

/** Root field names of the operation, once per occurrence (aliases count separately). */
export function rootFieldNames(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Args,
): string[] {
  const fragments = fragmentsOf(document);
  const names: string[] = [];
  for (const node of fieldsOf(operation.selectionSet, fragments)) {
    if (included(node, variables)) names.push(node.name.value);
  }
  return names;
}
