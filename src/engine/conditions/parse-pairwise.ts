/**
 * Leaf parsers of the pairwise operators (docs/semantics.md §3) and the entry point that
 * parses a whole pairwise condition against a schema.
 */
import type { JsonValue, SchemaDef } from '../model';
import type { PairwiseCondition, PairwiseLeaf } from './ast';
import { ConfigReader, fieldContext, type FieldContext } from './config';
import {
  describeJson,
  parseConditionTree,
  type LeafParseResult,
  type LeafParsers,
  type ParsedTree,
  type ParseTreeOptions,
} from './tree';

type Result = LeafParseResult<PairwiseLeaf>;

function finish(r: ConfigReader, build: () => PairwiseLeaf): Result {
  const node = r.fatal === null ? build() : ({ op: 'invalid', reason: r.fatal } as const);
  return { node, errors: r.errors, warnings: r.warnings };
}

function typeWarning(
  r: ConfigReader,
  ctx: FieldContext,
  field: string | undefined,
  types: readonly string[],
): void {
  const dim = field === undefined ? undefined : ctx.dimensions?.get(field);
  if (dim !== undefined && !types.includes(dim.type)) {
    r.warn(
      `${r.path}.field`,
      'FIELD_TYPE_MISMATCH',
      `'${r.op}' on '${field}' (type ${typeof dim.type === 'string' ? dim.type : describeJson(dim.type)}) expects a field of type ${types.join(' or ')}; it will never be true`,
    );
  }
}

/** `{field}` operators: equals, has_different, any_missing, part_layer_conflict. */
function parseFieldOnly(op: string, config: unknown, path: string, ctx: FieldContext): Result {
  const r = new ConfigReader(op, config, path, ['field']);
  const field = r.field(ctx);
  if (op === 'part_layer_conflict') typeWarning(r, ctx, field, ['part_layer_list']);
  return finish(r, () => ({ op, field: field as string }) as PairwiseLeaf);
}

function parseAbsDiff(op: string, config: unknown, path: string, ctx: FieldContext): Result {
  const r = new ConfigReader(op, config, path, ['field', 'max']);
  const field = r.field(ctx);
  const max = r.number('max', true);
  typeWarning(r, ctx, field, ['integer', 'float']);
  if (max !== undefined && max < 0)
    r.warn(`${path}.max`, 'NEVER_TRUE', `'abs_diff.max' is negative: the condition is never true`);
  return finish(r, () => ({ op: 'abs_diff', field: field as string, max: max as number }));
}

function parseAnyEquals(op: string, config: unknown, path: string, ctx: FieldContext): Result {
  const r = new ConfigReader(op, config, path, ['field', 'value']);
  const field = r.field(ctx);
  const value = r.raw('value') as JsonValue | undefined;
  if (r.isObject && (value === undefined || value === null)) {
    r.warn(`${path}.value`, 'NEVER_TRUE', `'any_equals' has no value: the condition is never true`);
  }
  return finish(r, () => ({ op: 'any_equals', field: field as string, value }));
}

/** Parsers of the pairwise leaf operators, by name. */
export const PAIRWISE_LEAF_PARSERS: LeafParsers<PairwiseLeaf, FieldContext> = {
  equals: parseFieldOnly,
  has_different: parseFieldOnly,
  abs_diff: parseAbsDiff,
  any_equals: parseAnyEquals,
  any_missing: parseFieldOnly,
  part_layer_conflict: parseFieldOnly,
};

/**
 * Parses a pairwise condition (docs/semantics.md §3).
 * @param json the condition as written
 * @param path its path, e.g. `rules[2].condition`
 * @param schema the rule set's schema (null: `field` names are not checked)
 */
export function parsePairwiseCondition(
  json: unknown,
  path: string,
  schema: SchemaDef | null,
  options?: ParseTreeOptions,
): ParsedTree<PairwiseLeaf> & { node: PairwiseCondition } {
  return parseConditionTree(json, path, PAIRWISE_LEAF_PARSERS, fieldContext(schema), options);
}
