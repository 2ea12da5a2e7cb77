import { Field, Float, ObjectType } from 'type-graphql';
import { DimensionTypeEnum } from '../common/enums';
import { createConnectionType } from '../common/connection.type';
import { DateTimeScalar, ResourceNameScalar } from '../scalars';

@ObjectType()
export class Dimension {
  @Field()
  name!: string;

  @Field(_type => DimensionTypeEnum)
  type!: DimensionTypeEnum;

  @Field()
  required!: boolean;

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

@ObjectType()
export class Schema {
  @Field(_type => ResourceNameScalar)
  name!: string;

  @Field()
  version!: string;

  @Field(_type => String, { nullable: true })
  description?: string | null;

  @Field(_type => [Dimension])
  dimensions!: Dimension[];

  @Field(_type => DateTimeScalar)
  createdAt!: Date;

  @Field(_type => DateTimeScalar)
  updatedAt!: Date;
}

export const SchemaConnection = createConnectionType('Schema', Schema);
