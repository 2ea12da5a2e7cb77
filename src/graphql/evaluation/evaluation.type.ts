import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CatalogNameScalar, DateTimeScalar, ResourceNameScalar } from '../scalars';
import { MatrixSummary } from './comparison.type';

@ObjectType()
export class MatrixResult {
  @Field(_type => CatalogNameScalar)
  catalogName!: string;

  @Field(_type => ResourceNameScalar)
  ruleSetName!: string;

  @Field(_type => ResourceNameScalar)
  schemaName!: string;

  @Field(_type => MatrixSummary)
  summary!: MatrixSummary;

  @Field(_type => DateTimeScalar)
  evaluatedAt!: Date;
}

@ObjectType()
export class ItemEvaluation {
  @Field(_type => ID)
  itemId!: string;

  @Field(_type => CatalogNameScalar)
  catalogName!: string;

  @Field(_type => ResourceNameScalar)
  ruleSetName!: string;

  @Field(_type => Int)
  compatibleCount!: number;

  @Field(_type => Int)
  incompatibleCount!: number;
}
