/**
 * Leaf parsers of the cluster operators (docs/semantics.md §5) and the entry points that parse
 * a cluster condition, or a whole list of cluster rules, against a schema.
 */
import type { Issue, JsonValue, SchemaDef } from '../model';
import type { RulesReport } from '../validation/rules';
import { validateRules } from '../validation/rules';
import type { ClusterCondition, ClusterLeaf } from './ast';
import { ConfigReader, type FieldContext, fieldContext } from './config';
import {
  type LeafParseResult,
  type LeafParsers,
  type ParseTreeOptions,
  describeJson,
  parseConditionTree,
} from './tree';

type Result = LeafParseResult<ClusterLeaf>;

function finish(r: ConfigReader, build: () => ClusterLeaf): Result {
  const node = r.fatal === null ? build() : ({ op: 'invalid', reason: r.fatal } as const);
  return { node, errors: r.errors, warnings: r.warnings };
}

/** `min_cluster_size` / `max_cluster_size`: an integer n, or `{value: n}`. */
function parseSize(op: string, config: unknown, path: string): Result {
  const kind = op as 'min_cluster_size' | 'max_cluster_size';
  let n: number | undefined;
  let r: ConfigReader | null = null;
  const errors: Issue[] = [];
  if (typeof config === 'object' && config !== null && !Array.isArray(config)) {
    r = new ConfigReader(op, config, path, ['value']);
    n = r.number('value', true, { integer: true });
  } else if (typeof config === 'number' && Number.isInteger(config)) {
    n = config;
  } else {
    const message = `'${op}' takes an integer or {value: integer}, got ${describeJson(config)}`;
    errors.push({ path, code: 'INVALID_CONFIG', message });
    return { node: { op: 'invalid', reason: message }, errors };
  }
  const warnings = r ? [...r.warnings] : [];
  if (n !== undefined && n < 0) {
    const what = kind === 'min_cluster_size' ? 'always true' : 'never true';
    warnings.push({ path, code: 'NEGATIVE_SIZE', message: `'${op}' is negative: ${what}` });
  }
  if (r && r.fatal !== null)
    return { node: { op: 'invalid', reason: r.fatal }, errors: r.errors, warnings };
  return { node: { op: kind, n: n as number }, errors: r ? r.errors : [], warnings };
}

function parseUnique(op: string, config: unknown, path: string, ctx: FieldContext): Result {
  const r = new ConfigReader(op, config, path, ['field']);
  const field = r.field(ctx);
  return finish(r, () => ({ op: 'unique_values', field: field as string }));
}

function parseHasItemWith(op: string, config: unknown, path: string, ctx: FieldContext): Result {
  const r = new ConfigReader(op, config, path, ['field', 'value']);
  const field = r.field(ctx);
  const value = r.raw('value') as JsonValue | undefined;
  if (r.isObject && value === undefined) {
    r.fail(`${path}.value`, 'MISSING_CONFIG_KEY', `'${op}' requires 'value'`);
  } else if (r.isObject && value === null) {
    r.warn(`${path}.value`, 'NEVER_TRUE', `'${op}.value' is null: the condition is never true`);
  }
  return finish(r, () => ({
    op: 'has_item_with',
    field: field as string,
    value: value as JsonValue,
  }));
}

function parseCountByField(op: string, config: unknown, path: string, ctx: FieldContext): Result {
  const r = new ConfigReader(op, config, path, ['field', 'min', 'max']);
  const field = r.field(ctx);
  const min = r.number('min', false);
  const max = r.number('max', false);
  if (min !== undefined && max !== undefined && min > max) {
    r.warn(`${path}.max`, 'NEVER_TRUE', `'${op}' has min ${min} > max ${max}: never true`);
  }
  return finish(r, () => ({
    op: 'count_by_field',
    field: field as string,
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
  }));
}

function parseFormalityRange(op: string, config: unknown, path: string, ctx: FieldContext): Result {
  const r = new ConfigReader(op, config, path, ['max_diff']);
  const maxDiff = r.number('max_diff', true);
  if (ctx.dimensions !== null && !ctx.dimensions.has('formality')) {
    r.warn(path, 'UNKNOWN_FIELD', `'${op}' reads 'formality', which the schema lacks: always true`);
  }
  if (maxDiff !== undefined && maxDiff < 0) {
    r.warn(
      `${path}.max_diff`,
      'NEVER_TRUE',
      `'${op}.max_diff' is negative: true only without formality values`,
    );
  }
  return finish(r, () => ({ op: 'formality_range', maxDiff: maxDiff as number }));
}

/** Parsers of the cluster leaf operators, by name. */
export const CLUSTER_LEAF_PARSERS: LeafParsers<ClusterLeaf, FieldContext> = {
  min_cluster_size: parseSize,
  max_cluster_size: parseSize,
  unique_values: parseUnique,
  has_item_with: parseHasItemWith,
  count_by_field: parseCountByField,
  formality_range: parseFormalityRange,
};

/**
 * Parses a cluster condition (docs/semantics.md §5). Never throws.
 * @param json the condition as written
 * @param schema the cluster rule set's schema (null: `field` names are not checked)
 * @param path its path, e.g. `rules[2].condition`
 * @returns the tree (InvalidNode where broken) with errors and warnings
 */
export function parseClusterCondition(
  json: unknown,
  schema: SchemaDef | null,
  path = 'condition',
  options?: ParseTreeOptions,
): { node: ClusterCondition; errors: Issue[]; warnings: Issue[] } {
  return parseConditionTree(json, path, CLUSTER_LEAF_PARSERS, fieldContext(schema), options);
}

/**
 * Validates a list of cluster rules: unique well-formed names, types, `enabled`, and
 * conditions (issues at `${pathPrefix}.rules[k]...`).
 * @returns errors, warnings and the parsed rules (rule-set order, disabled ones included)
 */
export function parseClusterRules(
  schema: SchemaDef | null,
  rules: unknown,
  pathPrefix = '',
): RulesReport<ClusterCondition> {
  return validateRules(rules, pathPrefix, (json, at) => parseClusterCondition(json, schema, at));
}
