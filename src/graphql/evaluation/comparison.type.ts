import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { createConnectionType } from '../common/connection.type';

@ObjectType()
export class RuleEvaluation {
  @Field()
  ruleName!: string;

  @Field()
  passed!: boolean;

  @Field()
  reason!: string;
}

@ObjectType()
export class ComparisonResult {
  @Field(_type => ID)
  item1Id!: string;

  @Field(_type => ID)
  item2Id!: string;

  @Field()
  compatible!: boolean;

  @Field(_type => [RuleEvaluation])
  rulesEvaluated!: RuleEvaluation[];
}

export const ComparisonConnection = createConnectionType('Comparison', ComparisonResult);

@ObjectType()
export class MatrixSummary {
  @Field(_type => Int)
  totalPairs!: number;

  @Field(_type => Int)
  compatiblePairs!: number;

  @Field(_type => Int)
  incompatiblePairs!: number;

  @Field(_type => Float)
  compatibilityRate!: number;
}
