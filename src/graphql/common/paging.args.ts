import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class PagingArgs {
  @Field(_type => Int, { nullable: true, defaultValue: 50 })
  first?: number | null;

  @Field(_type => String, { nullable: true })
  after?: string | null;
}
