import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ClusterRelationshipTypeEnum } from '../common/enums';
import { CatalogNameScalar, DateTimeScalar, ResourceNameScalar } from '../scalars';
import { ComparisonResult, RuleEvaluation } from './comparison.type';

@ObjectType()
export class Cluster {
  @Field(_type => ID)
  id!: string;

  @Field(_type => [ID])
  itemIds!: string[];

  @Field(_type => Int)
  size!: number;

  @Field()
  isMaximal!: boolean;

  @Field()
  isMaximum!: boolean;

  @Field(_type => [RuleEvaluation])
  ruleEvaluations!: RuleEvaluation[];
}

@ObjectType()
export class ClusterRelationship {
  @Field(_type => ID)
  clusterId!: string;

  @Field(_type => ID)
  relatedClusterId!: string;

  @Field(_type => ClusterRelationshipTypeEnum)
  relationshipType!: ClusterRelationshipTypeEnum;

  @Field(_type => [ID])
  sharedItems!: string[];

  @Field(_type => Int)
  overlapSize!: number;
}

@ObjectType()
export class ClusterAnalysis {
  @Field(_type => CatalogNameScalar)
  catalogName!: string;

  @Field(_type => ResourceNameScalar)
  ruleSetName!: string;

  @Field(_type => ResourceNameScalar)
  clusterRuleSetName!: string;

  @Field(_type => [Cluster])
  clusters!: Cluster[];

  @Field(_type => [ClusterRelationship])
  /** A lazy getter in service answers: computed only when the field is selected. */
  relationships!: readonly ClusterRelationship[];

  @Field(_type => Int)
  totalClusters!: number;

  @Field(_type => Int)
  maxClusterSize!: number;

  @Field(_type => Int)
  minClusterSize!: number;

  @Field(_type => Float)
  avgClusterSize!: number;

  @Field(_type => Int)
  totalItemsCovered!: number;

  @Field()
  truncated!: boolean;

  @Field(_type => Int, {
    description: 'The search work budget (steps) in force for this answer (a server setting).',
  })
  workBudget!: number;

  @Field(_type => DateTimeScalar)
  evaluatedAt!: Date;
}

@ObjectType()
export class ClusterValidation {
  @Field(_type => [ID])
  itemIds!: string[];

  @Field()
  valid!: boolean;

  @Field()
  pairwiseCompatible!: boolean;

  @Field(_type => [ComparisonResult])
  incompatiblePairs!: ComparisonResult[];

  @Field(_type => [RuleEvaluation])
  ruleEvaluations!: RuleEvaluation[];
}

@ObjectType()
export class ClusterCandidate {
  @Field(_type => ID)
  itemId!: string;

  @Field()
  pairwiseCompatible!: boolean;

  @Field(_type => ClusterValidation)
  validIfAdded!: ClusterValidation;
}

@ObjectType()
export class ClusterCandidates {
  @Field(_type => ClusterValidation)
  base!: ClusterValidation;

  @Field(_type => [ClusterCandidate])
  candidates!: ClusterCandidate[];
}
