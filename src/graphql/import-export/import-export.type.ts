import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/page-info.type';
import { JSONObjectScalar } from '../scalars';

@ObjectType()
export class ImportCounts {
  @Field(_type => Int)
  created!: number;

  @Field(_type => Int)
  updated!: number;

  @Field(_type => Int)
  skipped!: number;
}

@ObjectType()
export class ImportResult {
  @Field(_type => ImportCounts)
  schemas!: ImportCounts;

  @Field(_type => ImportCounts)
  ruleSets!: ImportCounts;

  @Field(_type => ImportCounts)
  clusterRuleSets!: ImportCounts;

  @Field(_type => ImportCounts)
  catalogs!: ImportCounts;

  @Field(_type => ImportCounts)
  items!: ImportCounts;

  @Field(_type => [String])
  warnings!: string[];
}

@ObjectType({
  description: 'One page of a catalog in the interchange format (docs/semantics.md section 6).',
})
export class CatalogExportPage {
  @Field(_type => JSONObjectScalar)
  document!: Record<string, unknown>;

  @Field(_type => PageInfo)
  pageInfo!: PageInfo;
}
