import { Field, Float, InputType } from 'type-graphql';
import { DimensionTypeEnum } from '../common/enums';
import { ResourceNameScalar } from '../scalars';

@InputType()
export class DimensionInput {
  @Field()
  name!: string;

  @Field(_type => DimensionTypeEnum)
  type!: DimensionTypeEnum;

  @Field({ nullable: true, defaultValue: false })
  required?: boolean;

  @Field(_type => String, { nullable: true })
  description?: string | null;

  @Field(_type => [String], { nullable: true })
  values?: string[] | null;

  @Field(_type => Float, { nullable: true })
  min?: number | null;

  @Field(_type => Float, { nullable: true })
  max?: number | null;

  @Field(_type => String, { nullable: true })
  itemType?: string | null;

  @Field(_type => [String], { nullable: true })
  partVocabulary?: string[] | null;
}

@InputType()
export class SchemaInput {
  @Field(_type => ResourceNameScalar)
  name!: string;

  @Field()
  version!: string;

  @Field(_type => String, { nullable: true })
  description?: string | null;

  @Field(_type => [DimensionInput])
  dimensions!: DimensionInput[];
}

@InputType()
export class SchemaUpdateInput {
  @Field(_type => String, { nullable: true })
  version?: string | null;

  @Field(_type => String, { nullable: true })
  description?: string | null;

  @Field(_type => [DimensionInput], { nullable: true })
  dimensions?: DimensionInput[] | null;
}
