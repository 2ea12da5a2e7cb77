export { CatalogRepository, type CatalogRow } from './catalog.repository';
export { ClusterRuleSetRepository } from './cluster-rule-set.repository';
export {
  findRuleSetDependents,
  findSchemaDependents,
  hasDependents,
  type SchemaDependents,
} from './dependents';
export { ItemRepository } from './item.repository';
export { NamedRepository, type NamedRow } from './named.repository';
export { checkKeysetArgs, type KeysetArgs, type KeysetPage } from './paging';
export { markRevised, type Revised } from './revision';
export { RuleSetRepository } from './rule-set.repository';
export { SchemaRepository } from './schema.repository';
