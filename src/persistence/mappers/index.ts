export {
  rowToItemDef,
  rowToItemRecord,
  rowToCatalogData,
  toCatalogData,
  toItemDef,
  toItemRecord,
  type CatalogData,
} from './catalog.mapper';
export { loadedName, type Timestamped } from './loaded';
export {
  toClusterRuleSetDef,
  toClusterRuleSetRecord,
  toRuleDefs,
  toRuleSetDef,
  toRuleSetRecord,
} from './rule-set.mapper';
export { toSchemaDef, toSchemaRecord } from './schema.mapper';
