import { Field, ObjectType } from 'type-graphql';
import { createConnectionType } from '../common/connection.type';
import { Rule } from '../rule-sets/rule.type';
import { DateTimeScalar, ResourceNameScalar } from '../scalars';

@ObjectType()
export class ClusterRuleSet {
  @Field(_type => ResourceNameScalar)
  name!: string;

  @Field()
  version!: string;

  @Field(_type => String, { nullable: true })
  description?: string | null;

  /** Resolved by ClusterRuleSetResolver.schema. */
  schemaName!: string;

  /** Resolved by ClusterRuleSetResolver.pairwiseRuleSet. */
  pairwiseRuleSetName!: string;

  @Field(_type => [Rule])
  rules!: Rule[];

  @Field(_type => DateTimeScalar)
  createdAt!: Date;

  @Field(_type => DateTimeScalar)
  updatedAt!: Date;
}

export const ClusterRuleSetConnection = createConnectionType('ClusterRuleSet', ClusterRuleSet);
