import { ArgsType, Field, Int } from 'type-graphql';
import { CatalogNameScalar } from '../scalars';

@ArgsType()
export class ExportCatalogArgs {
  @Field(_type => CatalogNameScalar)
  name!: string;

  @Field(_type => Int, { nullable: true, defaultValue: 10000 })
  first?: number | null;

  @Field(_type => String, { nullable: true })
  after?: string | null;
}
