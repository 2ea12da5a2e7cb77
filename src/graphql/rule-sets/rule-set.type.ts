import { Field, ObjectType } from 'type-graphql';
import { createConnectionType } from '../common/connection.type';
import { DateTimeScalar, ResourceNameScalar } from '../scalars';
import { Rule } from './rule.type';

@ObjectType()
export class RuleSet {
  @Field(_type => ResourceNameScalar)
  name!: string;

  @Field()
  version!: string;

  @Field(_type => String, { nullable: true })
  description?: string | null;

  /** Resolved by RuleSetResolver.schema. */
  schemaName!: string;

  @Field(_type => [Rule])
  rules!: Rule[];

  @Field(_type => DateTimeScalar)
  createdAt!: Date;

  @Field(_type => DateTimeScalar)
  updatedAt!: Date;
}

export const RuleSetConnection = createConnectionType('RuleSet', RuleSet);
