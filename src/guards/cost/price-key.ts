import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import type { CostInput } from './walk';

/**
 * Arguments no price reads: cursors say where a page starts, not how much it holds. The
 * requested cost of `items(first: 50, after: $cursor)` is the same at every cursor.
 */
export const UNPRICED_ARGUMENTS: ReadonlySet<string> = new Set(['after', 'before']);

/** Per document: the variables used somewhere other than as an unpriced argument. */
const pricedVariablesOf = new WeakMap<DocumentNode, ReadonlySet<string>>();

/**
 * The variables of `document` that can change its price: every variable used at least once
 * other than directly as the value of an {@link UNPRICED_ARGUMENTS} argument (nested in an
 * input object or list, in a directive, or as any other argument).
 */
export function pricedVariables(document: DocumentNode): ReadonlySet<string> {
  let priced = pricedVariablesOf.get(document);
  if (priced) return priced;
  const names = new Set<string>();
  visit(document, {
    Variable(node, _key, parent) {
      const owner = Array.isArray(parent) ? undefined : (parent as ASTNode | undefined);
      if (owner?.kind === Kind.VARIABLE_DEFINITION) return;
      if (owner?.kind === Kind.ARGUMENT && UNPRICED_ARGUMENTS.has(owner.name.value)) return;
      names.add(node.name.value);
    },
  });
  priced = names;
  pricedVariablesOf.set(document, priced);
  return priced;
}

/**
 * What the requested cost of one document depends on: the operation, the priced variables
 * (as sent) and the catalog sizes. Two requests with the same key have the same price, so a
 * page walk that only moves its cursor is priced once.
 */
export function priceKey(input: CostInput): string {
  const sent = input.rawVariables ?? {};
  const priced = pricedVariables(input.document);
  const kept: Record<string, unknown> = {};
  for (const name of Object.keys(sent).sort()) if (priced.has(name)) kept[name] = sent[name];
  const sizes = [...input.facts.catalogSizes].join(';');
  return `${input.operation.name?.value ?? ''}\u0000${JSON.stringify(kept)}\u0000${sizes}`;
}
