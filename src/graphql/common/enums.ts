import { registerEnumType } from 'type-graphql';

/** GraphQL names are upper-case; internal values are the lower-case names of the data format. */
export enum DimensionTypeEnum {
  STRING = 'string',
  INTEGER = 'integer',
  FLOAT = 'float',
  BOOLEAN = 'boolean',
  ENUM = 'enum',
  LIST = 'list',
  PART_LAYER_LIST = 'part_layer_list',
}

export enum RuleTypeEnum {
  EXCLUSION = 'exclusion',
  REQUIREMENT = 'requirement',
}

export enum ClusterRelationshipTypeEnum {
  SUBSET = 'SUBSET',
  SUPERSET = 'SUPERSET',
  OVERLAPPING = 'OVERLAPPING',
}

export enum ImportConflictStrategy {
  FAIL = 'FAIL',
  SKIP = 'SKIP',
  REPLACE = 'REPLACE',
}

registerEnumType(DimensionTypeEnum, { name: 'DimensionType' });
registerEnumType(RuleTypeEnum, { name: 'RuleType' });
registerEnumType(ClusterRelationshipTypeEnum, { name: 'ClusterRelationshipType' });
registerEnumType(ImportConflictStrategy, {
  name: 'ImportConflictStrategy',
  description: 'What an import does when a resource of the same name exists.',
});
