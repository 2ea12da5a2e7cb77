import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { resolvers } from './resolvers';
import { DateTimeScalar, JSONScalar } from './scalars';

let built: GraphQLSchema | undefined;

/**
 * The served schema, built once per process: type-graphql keeps its metadata in global
 * storage, so building twice is wasted work.
 */
export function getSchema(): GraphQLSchema {
  if (!built) {
    const generated = buildSchemaSync({
      resolvers,
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      validate: false,
    });
    // `JSON` is part of the published contract although no field uses it yet.
    const config = generated.toConfig();
    built = new GraphQLSchema({ ...config, types: [...config.types, JSONScalar] });
  }
  return built;
}

/** The SDL committed at schema/schema.graphql (sorted, so diffs stay small). */
export function printServedSchema(): string {
  return `${printSchema(lexicographicSortSchema(getSchema()))}\n`;
}
