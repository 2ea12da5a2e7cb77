import { ArgsType, Field, Int } from 'type-graphql';
import { CatalogNameScalar } from '../scalars';

/** The contract's default page size of exportCatalog (lowered to EXPORT_MAX_ITEMS when that is smaller). */
export const EXPORT_DEFAULT_FIRST = 10000;

@ArgsType()
export class ExportCatalogArgs {
  @Field(_type => CatalogNameScalar)
  name!: string;

  @Field(_type => Int, { nullable: true, defaultValue: EXPORT_DEFAULT_FIRST })
  first?: number | null;

  @Field(_type => String, { nullable: true })
  after?: string | null;
}
