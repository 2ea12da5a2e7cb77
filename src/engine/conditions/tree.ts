/**
 * Generic parser for condition trees (docs/semantics.md §3, §5): nested JSON objects, each
 * node an object with exactly one key (the operator). The combinators `all`, `any`
 * (alias `or`) and `not` are handled here; leaves are delegated to per-operator
 * parsers, so pairwise and cluster conditions share one implementation.
 * Never throws: every problem becomes an {@link Issue}, and a broken node becomes an
 * {@link InvalidNode} that evaluates to false.
 */
import type { Issue } from '../model';
import type { AllNode, AnyNode, InvalidNode, NotNode } from './ast';

/** A condition tree over leaves `L`. `PairwiseCondition` = `ConditionTree<PairwiseLeaf>`. */
export type ConditionTree<L> =
  | L
  | AllNode<ConditionTree<L>>
  | AnyNode<ConditionTree<L>>
  | NotNode<ConditionTree<L>>
  | InvalidNode;

/** What a leaf parser returns: the node (an InvalidNode when unusable) and its issues. */
export interface LeafParseResult<L> {
  readonly node: L | InvalidNode;
  readonly errors?: readonly Issue[];
  readonly warnings?: readonly Issue[];
}

/**
 * Parses one leaf operator's config. `path` is the config's path
 * (e.g. `rules[0].condition.equals`); a config key's path is `${path}.field`.
 */
export type LeafParser<L, C> = (
  op: string,
  config: unknown,
  path: string,
  ctx: C,
) => LeafParseResult<L>;

/** Leaf parsers by operator name; their keys are the known leaf operators. */
export type LeafParsers<L, C> = Readonly<Record<string, LeafParser<L, C>>>;

export interface ParseTreeOptions {
  /** Deepest allowed nesting (the root is level 1). @default 32 */
  readonly maxDepth?: number;
  /** Most nodes in one condition (guards shared sub-objects from JS callers). @default 50000 */
  readonly maxNodes?: number;
}

export interface ParsedTree<L> {
  readonly node: ConditionTree<L>;
  readonly errors: Issue[];
  readonly warnings: Issue[];
}

export const MAX_CONDITION_DEPTH = 32;
export const MAX_CONDITION_NODES = 50_000;
const COMBINATORS = ['all', 'any', 'or', 'not'];

/** Builds an InvalidNode and records the matching error. */
export function invalid(errors: Issue[], path: string, code: string, message: string): InvalidNode {
  errors.push({ path, code, message });
  return { op: 'invalid', reason: message };
}

/** A short, safe rendering of a JSON value for messages. */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Parses a condition tree.
 * @param json the condition as written by the user (any JSON; cycles are cut by depth)
 * @param path the path of the condition, e.g. `rules[2].condition`
 * @param leafParsers parsers of the leaf operators, by name
 * @param ctx passed through to the leaf parsers (e.g. the schema)
 * @returns the tree (InvalidNode where broken), errors and warnings
 */
export function parseConditionTree<L, C>(
  json: unknown,
  path: string,
  leafParsers: LeafParsers<L, C>,
  ctx: C,
  options: ParseTreeOptions = {},
): ParsedTree<L> {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const maxDepth = options.maxDepth ?? MAX_CONDITION_DEPTH;
  const maxNodes = options.maxNodes ?? MAX_CONDITION_NODES;
  let nodes = 0;
  const known = [...COMBINATORS, ...Object.keys(leafParsers)].sort().join(', ');

  const parse = (value: unknown, at: string, depth: number): ConditionTree<L> => {
    if (++nodes > maxNodes) {
      const message = `Condition has more than ${maxNodes} nodes`;
      if (nodes === maxNodes + 1) errors.push({ path: at, code: 'CONDITION_TOO_LARGE', message });
      return { op: 'invalid', reason: message };
    }
    if (depth > maxDepth) {
      return invalid(
        errors,
        at,
        'CONDITION_TOO_DEEP',
        `Condition is deeper than ${maxDepth} levels`,
      );
    }
    if (!isPlainObject(value)) {
      return invalid(
        errors,
        at,
        'INVALID_CONDITION',
        `Expected a condition object with one operator key, got ${describeJson(value)}`,
      );
    }
    const keys = Object.keys(value);
    if (keys.length !== 1) {
      const got = keys.length === 0 ? 'none' : keys.join(', ');
      return invalid(
        errors,
        at,
        'INVALID_CONDITION',
        `A condition node must have exactly one operator key, got ${got}`,
      );
    }
    const op = keys[0];
    const config = value[op];
    const inner = `${at}.${op}`;
    if (op === 'all' || op === 'any' || op === 'or') {
      if (!Array.isArray(config)) {
        return invalid(
          errors,
          inner,
          'INVALID_OPERAND',
          `'${op}' takes a list of conditions, got ${describeJson(config)}`,
        );
      }
      const children = config.map((c, k) => parse(c, `${inner}[${k}]`, depth + 1));
      return op === 'all' ? { op: 'all', children } : { op: 'any', children };
    }
    if (op === 'not') {
      if (
        config === undefined ||
        config === null ||
        (isPlainObject(config) && Object.keys(config).length === 0)
      ) {
        errors.push({
          path: inner,
          code: 'MISSING_CONDITION',
          message: `'not' needs one condition`,
        });
        return { op: 'not', child: null };
      }
      if (!isPlainObject(config)) {
        return invalid(
          errors,
          inner,
          'INVALID_OPERAND',
          `'not' takes one condition object, got ${describeJson(config)}`,
        );
      }
      return { op: 'not', child: parse(config, inner, depth + 1) };
    }
    const leaf = Object.prototype.hasOwnProperty.call(leafParsers, op)
      ? leafParsers[op]
      : undefined;
    if (leaf === undefined) {
      return invalid(
        errors,
        at,
        'UNKNOWN_OPERATOR',
        `Unknown operator '${op}'; known operators: ${known}`,
      );
    }
    const result = leaf(op, config, inner, ctx);
    if (result.errors) errors.push(...result.errors);
    if (result.warnings) warnings.push(...result.warnings);
    return result.node;
  };

  try {
    return { node: parse(json, path, 1), errors, warnings };
  } catch (e) {
    // Only reachable from hostile JS objects (throwing getters, proxies); JSON cannot get here.
    const node = invalid(
      errors,
      path,
      'INVALID_CONDITION',
      `Condition could not be read: ${e instanceof Error ? e.message : 'unreadable value'}`,
    );
    return { node, errors, warnings };
  }
}
