import { Field, InputType, ObjectType } from 'type-graphql';
import { RuleTypeEnum } from '../common/enums';
import { JSONObjectScalar } from '../scalars';

@ObjectType()
export class Rule {
  @Field()
  name!: string;

  @Field(_type => RuleTypeEnum)
  type!: RuleTypeEnum;

  @Field(_type => String, { nullable: true })
  description?: string | null;

  @Field()
  enabled!: boolean;

  @Field(_type => JSONObjectScalar)
  condition!: Record<string, unknown>;
}

@InputType()
export class RuleInput {
  @Field()
  name!: string;

  @Field(_type => RuleTypeEnum)
  type!: RuleTypeEnum;

  @Field(_type => String, { nullable: true })
  description?: string | null;

  @Field({ nullable: true, defaultValue: true })
  enabled?: boolean;

  @Field(_type => JSONObjectScalar)
  condition!: Record<string, unknown>;
}
