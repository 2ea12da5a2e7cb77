import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { createConnectionType } from '../common/connection.type';
import { DateTimeScalar, JSONObjectScalar } from '../scalars';

@ObjectType()
export class Item {
  @Field(_type => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(_type => JSONObjectScalar)
  attributes!: Record<string, unknown>;

  @Field(_type => JSONObjectScalar, { nullable: true })
  metadata?: Record<string, unknown> | null;

  @Field(_type => DateTimeScalar)
  createdAt!: Date;

  @Field(_type => DateTimeScalar)
  updatedAt!: Date;
}

export const ItemConnection = createConnectionType('Item', Item);

@InputType()
export class ItemInput {
  @Field(_type => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(_type => JSONObjectScalar)
  attributes!: Record<string, unknown>;

  @Field(_type => JSONObjectScalar, { nullable: true })
  metadata?: Record<string, unknown> | null;
}

@InputType()
export class ItemUpdateInput {
  @Field(_type => String, { nullable: true })
  name?: string | null;

  @Field(_type => JSONObjectScalar, { nullable: true })
  attributes?: Record<string, unknown> | null;

  @Field(_type => JSONObjectScalar, { nullable: true })
  metadata?: Record<string, unknown> | null;
}
