/**
 * The public API of the Rulate engine: pure, synchronous, side-effect free.
 */
export * from './model';
export type {
  AllNode,
  AnyNode,
  NotNode,
  InvalidNode,
  PairwiseLeaf,
  PairwiseCondition,
  ClusterLeaf,
  ClusterCondition,
  ParsedRule,
} from './conditions/ast';
export {
  parseConditionTree,
  MAX_CONDITION_DEPTH,
  type ConditionTree,
  type LeafParser,
  type LeafParsers,
  type ParsedTree,
  type ParseTreeOptions,
} from './conditions/tree';
export { parsePairwiseCondition, PAIRWISE_LEAF_PARSERS } from './conditions/parse-pairwise';
export {
  parseClusterCondition,
  parseClusterRules,
  CLUSTER_LEAF_PARSERS,
} from './conditions/parse-cluster';
export * from './validation';
export * from './pairwise';
export * from './interchange';
export * from './clusters';
