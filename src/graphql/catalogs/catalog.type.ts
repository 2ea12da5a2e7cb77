import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { PrefetchedItemPage } from '../../services/records';
import { createConnectionType } from '../common/connection.type';
import {
  CatalogNameScalar,
  DateTimeScalar,
  JSONObjectScalar,
  ResourceNameScalar,
} from '../scalars';

@ObjectType()
export class Catalog {
  @Field(_type => CatalogNameScalar)
  name!: string;

  @Field(_type => String, { nullable: true })
  description?: string | null;

  /** Resolved by CatalogResolver.schema. */
  schemaName!: string;

  @Field(_type => JSONObjectScalar, { nullable: true })
  metadata?: Record<string, unknown> | null;

  /** A promise when the service counts lazily (read only if selected). */
  @Field(_type => Int)
  itemCount!: number | Promise<number>;

  /** Row id from the service (not a GraphQL field). */
  rowId?: number;

  /** A page of items read with the catalog (not a GraphQL field; see Catalog.items). */
  itemsPage?: PrefetchedItemPage;

  @Field(_type => DateTimeScalar)
  createdAt!: Date;

  @Field(_type => DateTimeScalar)
  updatedAt!: Date;
}

export const CatalogConnection = createConnectionType('Catalog', Catalog);

@InputType()
export class CatalogInput {
  @Field(_type => CatalogNameScalar)
  name!: string;

  @Field(_type => String, { nullable: true })
  description?: string | null;

  @Field(_type => ResourceNameScalar)
  schemaName!: string;

  @Field(_type => JSONObjectScalar, { nullable: true })
  metadata?: Record<string, unknown> | null;
}

@InputType()
export class CatalogUpdateInput {
  @Field(_type => String, { nullable: true })
  description?: string | null;

  @Field(_type => JSONObjectScalar, { nullable: true })
  metadata?: Record<string, unknown> | null;
}
