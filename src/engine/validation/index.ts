export {
  checkResourceName,
  checkItemId,
  checkVersion,
  checkDimensionName,
  checkRuleName,
} from './names';
export { checkValue, type ValueProblem } from './value';
export { validateSchemaDef } from './schema';
export type { KeyStyle } from './dimension';
export { validateItem, validateItems } from './item';
export {
  validateRules,
  validateRuleSetHeader,
  type RulesReport,
  type ConditionParser,
} from './rules';
export { validateRuleSet, validatePairwiseRules } from './ruleset';
export { validateClusterRuleSet } from './cluster-ruleset';
