import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { JsonObject } from '../../engine/model';
import type { GraphQLContext } from '../context';
import { CatalogNameScalar } from '../scalars';
import { Item, ItemInput, ItemUpdateInput } from './item.type';

@Resolver(_of => Item)
export class ItemResolver {
  @Mutation(_returns => Item)
  createItem(
    @Arg('catalogName', _type => CatalogNameScalar) catalogName: string,
    @Arg('input') input: ItemInput,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.items.create(catalogName, {
      id: input.id,
      name: input.name,
      attributes: input.attributes as JsonObject,
      metadata: (input.metadata ?? null) as JsonObject | null,
    });
  }

  @Mutation(_returns => Item)
  updateItem(
    @Arg('catalogName', _type => CatalogNameScalar) catalogName: string,
    @Arg('id', _type => ID) id: string,
    @Arg('input') input: ItemUpdateInput,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.items.update(catalogName, id, {
      name: input.name,
      attributes: input.attributes as JsonObject | null | undefined,
      metadata: input.metadata as JsonObject | null | undefined,
    });
  }

  @Mutation(_returns => Boolean)
  deleteItem(
    @Arg('catalogName', _type => CatalogNameScalar) catalogName: string,
    @Arg('id', _type => ID) id: string,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.items.delete(catalogName, id);
  }
}
