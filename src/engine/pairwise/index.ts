export { compileRuleSet, type CompiledRuleSet } from './compile';
export {
  kernelsBuilt,
  prepareCatalog,
  type MatrixCache,
  type PreparedCatalog,
  type PreparedRule,
} from './prepare';
export {
  evaluatePair,
  explainPair,
  evaluateItem,
  itemRow,
  type ItemEvaluationResult,
  type ItemRow,
} from './evaluate';
export {
  matrixSummary,
  matrixPage,
  reprepareCatalog,
  adjacency,
  pairAt,
  pairCount,
  rowStart,
  matrixRows,
  matrixWords,
  adoptMatrix,
  computedMatrix,
  matrixBitsBuilt,
  MAX_TOUCHED,
  MAX_CACHED_PAIRS,
} from './matrix';
export { encodeCursor, decodeCursor, type Page, type PageOptions } from './cursor';
export { deepEqual, equalityKey } from './values';
export { partLayerMap, compareCodePoints } from './part-layer';
