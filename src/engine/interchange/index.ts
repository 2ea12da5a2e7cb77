export { type InterchangeDocument, TOP_LEVEL_KEYS } from './shape';
export { parseDocument, type DocumentContext, type ParsedDocument } from './document';
export { parseItemsDocument, validateCatalog } from './items';
export {
  toDocument,
  schemaDoc,
  ruleSetDoc,
  clusterRuleSetDoc,
  catalogDoc,
  itemDoc,
} from './export';
