import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { JsonObject } from '../../engine/model';
import type { GraphQLContext } from '../context';
import { checkPageSize } from '../common/limits';
import { PagingArgs } from '../common/paging.args';
import { Item, ItemConnection } from '../items/item.type';
import { CatalogNameScalar } from '../scalars';
import { Schema } from '../schemas/schema.type';
import { Catalog, CatalogConnection, CatalogInput, CatalogUpdateInput } from './catalog.type';
import { itemsPageAhead } from './items-lookahead';

@Resolver(_of => Catalog)
export class CatalogResolver {
  @Query(_returns => CatalogConnection)
  catalogs(@Args() { first, after }: PagingArgs, @Ctx() { services, limits }: GraphQLContext) {
    return services.catalogs.list({
      first: checkPageSize('first', first, 50, limits.itemsPageMax),
      after,
    });
  }

  @Query(_returns => Catalog, { nullable: true })
  catalog(
    @Arg('name', _type => CatalogNameScalar) name: string,
    @Ctx() { services, limits }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // `catalog(name:) { items(...) }` reads the catalog and that page together.
    const page = itemsPageAhead(info, limits.itemsPageMax);
    return page ? services.catalogs.findWithItems(name, page) : services.catalogs.find(name);
  }

  @FieldResolver(_returns => Schema)
  schema(@Root() catalog: Catalog, @Ctx() { services }: GraphQLContext) {
    return services.schemas.get(catalog.schemaName);
  }

  @FieldResolver(_returns => ItemConnection)
  items(
    @Root() catalog: Catalog,
    @Args() { first, after }: PagingArgs,
    @Ctx() { services, limits }: GraphQLContext,
  ) {
    const size = checkPageSize('first', first, 50, limits.itemsPageMax);
    return services.items.page(catalog, { first: size, after });
  }

  @FieldResolver(_returns => Item, { nullable: true })
  item(
    @Root() catalog: Catalog,
    @Arg('id', _type => ID) id: string,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.items.find(catalog.name, id);
  }

  @Mutation(_returns => Catalog)
  createCatalog(@Arg('input') input: CatalogInput, @Ctx() { services }: GraphQLContext) {
    return services.catalogs.create({ ...input, metadata: input.metadata as JsonObject | null });
  }

  @Mutation(_returns => Catalog)
  updateCatalog(
    @Arg('name', _type => CatalogNameScalar) name: string,
    @Arg('input') input: CatalogUpdateInput,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.catalogs.update(name, {
      ...input,
      metadata: input.metadata as JsonObject | null,
    });
  }

  @Mutation(_returns => Boolean)
  deleteCatalog(
    @Arg('name', _type => CatalogNameScalar) name: string,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.catalogs.delete(name);
  }
}
