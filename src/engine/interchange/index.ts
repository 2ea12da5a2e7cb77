export { type InterchangeDocument, TOP_LEVEL_KEYS } from './shape';
export {
  parseDocument,
  parseItemsDocument,
  type DocumentContext,
  type ParsedDocument,
} from './document';
export {
  toDocument,
  schemaDoc,
  ruleSetDoc,
  clusterRuleSetDoc,
  catalogDoc,
  itemDoc,
} from './export';
