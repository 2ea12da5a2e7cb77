import { Field, InputType } from 'type-graphql';
import { ResourceNameScalar } from '../scalars';
import { RuleInput } from './rule.type';

@InputType()
export class RuleSetInput {
  @Field(_type => ResourceNameScalar)
  name!: string;

  @Field()
  version!: string;

  @Field(_type => String, { nullable: true })
  description?: string | null;

  @Field(_type => ResourceNameScalar)
  schemaName!: string;

  @Field(_type => [RuleInput])
  rules!: RuleInput[];
}

@InputType()
export class RuleSetUpdateInput {
  @Field(_type => String, { nullable: true })
  version?: string | null;

  @Field(_type => String, { nullable: true })
  description?: string | null;

  @Field(_type => [RuleInput], { nullable: true })
  rules?: RuleInput[] | null;
}
