import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
} from 'graphql';
import type { PageRequest } from '../../services/records';
import { checkPageSize } from '../common/limits';

/**
 * The page that this `catalog(name:)` field's `items(first, after)` will ask for, so that the
 * catalog and that page can be read together (one query on PostgreSQL instead of two).
 *
 * Only a plain selection qualifies: one `catalog` field node whose selections are fields (no
 * fragments), with exactly one `items` field and no directives on it. Anything else answers
 * null and `Catalog.items` pages on its own, as it always does; so do arguments it would
 * refuse (a page size out of range here, an undecodable cursor in the service): the error is
 * then reported by `Catalog.items`, on its own path, exactly as without the lookahead.
 */
export function itemsPageAhead(info: GraphQLResolveInfo, maxFirst: number): PageRequest | null {
  if (info.fieldNodes.length !== 1) return null;
  let items: FieldNode | undefined;
  for (const selection of info.fieldNodes[0].selectionSet?.selections ?? []) {
    if (selection.kind !== Kind.FIELD) return null;
    if (selection.name.value !== 'items') continue;
    if (items !== undefined || (selection.directives?.length ?? 0) > 0) return null;
    items = selection;
  }
  const type = getNamedType(info.returnType);
  const field = items && isObjectType(type) ? type.getFields().items : undefined;
  if (!items || !field) return null;
  try {
    const args = getArgumentValues(field, items, info.variableValues);
    const after: unknown = args.after;
    if (after != null && typeof after !== 'string') return null;
    return {
      first: checkPageSize('first', args.first as number | null, 50, maxFirst),
      after: after ?? null,
    };
  } catch {
    return null;
  }
}
