export { EvaluationPool, type CatalogSource, type EvaluationPoolOptions } from './pool';
