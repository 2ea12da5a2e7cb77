import { Field, InputType } from 'type-graphql';
import { RuleInput } from '../rule-sets/rule.type';
import { ResourceNameScalar } from '../scalars';

@InputType()
export class ClusterRuleSetInput {
  @Field(_type => ResourceNameScalar)
  name!: string;

  @Field()
  version!: string;

  @Field(_type => String, { nullable: true })
  description?: string | null;

  @Field(_type => ResourceNameScalar)
  schemaName!: string;

  @Field(_type => ResourceNameScalar)
  pairwiseRuleSetName!: string;

  @Field(_type => [RuleInput])
  rules!: RuleInput[];
}

@InputType()
export class ClusterRuleSetUpdateInput {
  @Field(_type => String, { nullable: true })
  version?: string | null;

  @Field(_type => String, { nullable: true })
  description?: string | null;

  @Field(_type => [RuleInput], { nullable: true })
  rules?: RuleInput[] | null;
}
