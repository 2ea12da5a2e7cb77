/**
 * The cost model of guard 5, by job: the price table (prices.ts), the walk over an operation
 * (walk.ts), the requested cost before execution (requested.ts) and the actual cost over the
 * returned data (actual.ts).
 */
export * from './prices';
export * from './walk';
export * from './requested';
export * from './actual';
export * from './price-key';
