import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { checkPageSize } from '../common/limits';
import { PagingArgs } from '../common/paging.args';
import { ResourceNameScalar } from '../scalars';
import { Schema } from '../schemas/schema.type';
import { RuleSetInput, RuleSetUpdateInput } from './rule-set.input';
import { RuleSet, RuleSetConnection } from './rule-set.type';
import { toRuleDefs } from './rule.mapper';

@Resolver(_of => RuleSet)
export class RuleSetResolver {
  @Query(_returns => RuleSetConnection)
  ruleSets(@Args() { first, after }: PagingArgs, @Ctx() { services, limits }: GraphQLContext) {
    return services.ruleSets.list({
      first: checkPageSize('first', first, 50, limits.itemsPageMax),
      after,
    });
  }

  @Query(_returns => RuleSet, { nullable: true })
  ruleSet(
    @Arg('name', _type => ResourceNameScalar) name: string,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.ruleSets.find(name);
  }

  @FieldResolver(_returns => Schema)
  schema(@Root() ruleSet: RuleSet, @Ctx() { services }: GraphQLContext) {
    return services.schemas.get(ruleSet.schemaName);
  }

  @Mutation(_returns => RuleSet)
  createRuleSet(@Arg('input') input: RuleSetInput, @Ctx() { services }: GraphQLContext) {
    return services.ruleSets.create({ ...input, rules: toRuleDefs(input.rules) });
  }

  @Mutation(_returns => RuleSet)
  updateRuleSet(
    @Arg('name', _type => ResourceNameScalar) name: string,
    @Arg('input') input: RuleSetUpdateInput,
    @Ctx() { services }: GraphQLContext,
  ) {
    const { rules, ...rest } = input;
    return services.ruleSets.update(name, {
      ...rest,
      ...(rules ? { rules: toRuleDefs(rules) } : {}),
    });
  }

  @Mutation(_returns => Boolean)
  deleteRuleSet(
    @Arg('name', _type => ResourceNameScalar) name: string,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.ruleSets.delete(name);
  }
}
