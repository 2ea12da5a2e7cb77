/**
 * Parsed (validated) condition trees. Conditions are parsed once, when a rule set is
 * written or loaded, and evaluated many times. A node that could not be parsed but
 * must still be evaluated (a stored document predating validation) becomes `invalid`:
 * it evaluates to false with `reason`.
 */
import type { JsonValue } from '../model';

export interface AllNode<T> {
  readonly op: 'all';
  readonly children: readonly T[];
}
export interface AnyNode<T> {
  /** `any` and its alias `or`. */
  readonly op: 'any';
  readonly children: readonly T[];
}
export interface NotNode<T> {
  readonly op: 'not';
  /** null when the sub-condition is missing or empty (evaluates to false). */
  readonly child: T | null;
}
export interface InvalidNode {
  readonly op: 'invalid';
  readonly reason: string;
}

export type PairwiseLeaf =
  | { readonly op: 'equals'; readonly field: string }
  | { readonly op: 'has_different'; readonly field: string }
  | { readonly op: 'abs_diff'; readonly field: string; readonly max: number }
  | { readonly op: 'any_equals'; readonly field: string; readonly value: JsonValue | undefined }
  | { readonly op: 'any_missing'; readonly field: string }
  | { readonly op: 'part_layer_conflict'; readonly field: string };

export type PairwiseCondition =
  | PairwiseLeaf
  | AllNode<PairwiseCondition>
  | AnyNode<PairwiseCondition>
  | NotNode<PairwiseCondition>
  | InvalidNode;

export type ClusterLeaf =
  | { readonly op: 'min_cluster_size'; readonly n: number }
  | { readonly op: 'max_cluster_size'; readonly n: number }
  | { readonly op: 'unique_values'; readonly field: string }
  | { readonly op: 'has_item_with'; readonly field: string; readonly value: JsonValue }
  | {
      readonly op: 'count_by_field';
      readonly field: string;
      readonly min?: number;
      readonly max?: number;
    }
  | { readonly op: 'formality_range'; readonly maxDiff: number };

export type ClusterCondition =
  | ClusterLeaf
  | AllNode<ClusterCondition>
  | AnyNode<ClusterCondition>
  | NotNode<ClusterCondition>
  | InvalidNode;

/** A rule whose condition has been parsed. */
export interface ParsedRule<C> {
  readonly name: string;
  readonly type: 'exclusion' | 'requirement';
  readonly enabled: boolean;
  readonly description?: string | null;
  readonly condition: C;
}
