export { compileRuleSet, type CompiledRuleSet } from './compile';
export { prepareCatalog, type PreparedCatalog, type PreparedRule } from './prepare';
export { evaluatePair, explainPair, evaluateItem, type ItemEvaluationResult } from './evaluate';
export {
  matrixSummary,
  matrixPage,
  reprepareCatalog,
  adjacency,
  pairAt,
  pairCount,
  MAX_CACHED_PAIRS,
} from './matrix';
export { encodeCursor, decodeCursor, type Page, type PageOptions } from './cursor';
export { deepEqual, equalityKey } from './values';
export { partLayerMap, compareCodePoints } from './part-layer';
