import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class ComparisonPageArgs {
  @Field(_type => Int, { nullable: true, defaultValue: 100 })
  first?: number | null;

  @Field(_type => String, { nullable: true })
  after?: string | null;

  @Field(_type => Boolean, { nullable: true })
  compatible?: boolean | null;
}
