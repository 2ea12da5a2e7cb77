import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { PagingArgs } from '../common/paging.args';
import { checkPageSize } from '../common/limits';
import { ResourceNameScalar } from '../scalars';
import { SchemaInput, SchemaUpdateInput } from './schema.input';
import { Schema, SchemaConnection } from './schema.type';
import { toDimensionDefs } from './schema.mapper';

@Resolver(_of => Schema)
export class SchemaResolver {
  @Query(_returns => SchemaConnection)
  schemas(@Args() { first, after }: PagingArgs, @Ctx() { services, limits }: GraphQLContext) {
    return services.schemas.list({
      first: checkPageSize('first', first, 50, limits.itemsPageMax),
      after,
    });
  }

  @Query(_returns => Schema, { nullable: true })
  schema(
    @Arg('name', _type => ResourceNameScalar) name: string,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.schemas.find(name);
  }

  @Mutation(_returns => Schema)
  createSchema(@Arg('input') input: SchemaInput, @Ctx() { services }: GraphQLContext) {
    return services.schemas.create({ ...input, dimensions: toDimensionDefs(input.dimensions) });
  }

  @Mutation(_returns => Schema)
  updateSchema(
    @Arg('name', _type => ResourceNameScalar) name: string,
    @Arg('input') input: SchemaUpdateInput,
    @Ctx() { services }: GraphQLContext,
  ) {
    const { dimensions, ...rest } = input;
    return services.schemas.update(name, {
      ...rest,
      ...(dimensions ? { dimensions: toDimensionDefs(dimensions) } : {}),
    });
  }

  @Mutation(_returns => Boolean)
  deleteSchema(
    @Arg('name', _type => ResourceNameScalar) name: string,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.schemas.delete(name);
  }
}
