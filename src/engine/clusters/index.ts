export { evaluateClusters, DEFAULT_WORK_BUDGET, type EvaluateClustersOptions } from './analysis';
export { validateCluster, clusterCandidates } from './validate';
export { type ClusterInput, type FlatAdjacency, buildAdjacency } from './input';
export { clusterInputFromPrepared } from './from-pairwise';
export { evaluateClusterCondition, evaluateClusterRules, type ClusterRulesVerdict } from './rules';
export { evaluateClusterLeaf, type ClusterMembers, type Verdict } from './leaves';
export { clusterId } from './report';
export { clusterRelationships } from './relationships';
