import {
  getNamedType,
  isCompositeType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { costOfField } from './prices';
import { type CostInput, fieldDef, fieldsOf, fragmentsOf, included, rootType } from './walk';

/** The actual cost: the same prices over the data an operation returned. */

interface Walk {
  readonly input: CostInput;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** The fields of a selection set under a type, priced once (not once per list element). */
  readonly plans: Map<SelectionSetNode | undefined, Map<string, readonly PlannedField[]>>;
}

interface PlannedField {
  readonly key: string;
  /** What the field computes (evaluations, mutations). */
  readonly own: number;
  /** The element type when the field returns objects. */
  readonly named?: GraphQLCompositeType;
  readonly selectionSet?: SelectionSetNode;
}

function planOf(
  walk: Walk,
  type: GraphQLCompositeType,
  selectionSet: SelectionSetNode | undefined,
): readonly PlannedField[] {
  let byType = walk.plans.get(selectionSet);
  if (!byType) walk.plans.set(selectionSet, (byType = new Map()));
  const cached = byType.get(type.name);
  if (cached) return cached;
  const plan: PlannedField[] = [];
  for (const node of fieldsOf(selectionSet, walk.fragments)) {
    if (!included(node, walk.input.variables)) continue;
    const field = fieldDef(type, node.name.value);
    if (!field) continue;
    const args = getArgumentValues(field, node, walk.input.variables);
    const named = getNamedType(field.type);
    plan.push({
      key: node.alias?.value ?? node.name.value,
      own: costOfField(type.name, field.name, args, walk.input.facts),
      ...(isCompositeType(named) ? { named, selectionSet: node.selectionSet } : {}),
    });
  }
  byType.set(type.name, plan);
  return plan;
}

/**
 * The actual cost: the same model over the data that was returned (lists at their real
 * lengths, null objects free). Evaluation costs are the same as requested: they were spent.
 */
export function actualCost(input: CostInput, data: unknown): number {
  const walk: Walk = { input, fragments: fragmentsOf(input.document), plans: new Map() };
  const type = rootType(input.schema, input.operation);
  return dataCost(walk, type, input.operation.selectionSet, data);
}

function dataCost(
  walk: Walk,
  type: GraphQLCompositeType,
  selectionSet: SelectionSetNode | undefined,
  data: unknown,
): number {
  if (data === null || typeof data !== 'object') return 0;
  const record = data as Record<string, unknown>;
  let total = 0;
  for (const { key, own, named, selectionSet: children } of planOf(walk, type, selectionSet)) {
    if (!(key in record)) continue;
    total += own;
    if (!named) continue;
    const value = record[key];
    const elements = Array.isArray(value) ? value : [value];
    for (const element of elements) {
      if (element === null || element === undefined) continue;
      total += 1 + dataCost(walk, named, children, element);
    }
  }
  return total;
}
