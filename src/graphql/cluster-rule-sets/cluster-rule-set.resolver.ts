import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { checkPageSize } from '../common/limits';
import { PagingArgs } from '../common/paging.args';
import { toRuleDefs } from '../rule-sets/rule.mapper';
import { RuleSet } from '../rule-sets/rule-set.type';
import { ResourceNameScalar } from '../scalars';
import { Schema } from '../schemas/schema.type';
import { ClusterRuleSetInput, ClusterRuleSetUpdateInput } from './cluster-rule-set.input';
import { ClusterRuleSet, ClusterRuleSetConnection } from './cluster-rule-set.type';

@Resolver(_of => ClusterRuleSet)
export class ClusterRuleSetResolver {
  @Query(_returns => ClusterRuleSetConnection)
  clusterRuleSets(
    @Args() { first, after }: PagingArgs,
    @Ctx() { services, limits }: GraphQLContext,
  ) {
    const size = checkPageSize('first', first, 50, limits.itemsPageMax);
    return services.clusterRuleSets.list({ first: size, after });
  }

  @Query(_returns => ClusterRuleSet, { nullable: true })
  clusterRuleSet(
    @Arg('name', _type => ResourceNameScalar) name: string,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.clusterRuleSets.find(name);
  }

  @FieldResolver(_returns => Schema)
  schema(@Root() set: ClusterRuleSet, @Ctx() { services }: GraphQLContext) {
    return services.schemas.get(set.schemaName);
  }

  @FieldResolver(_returns => RuleSet)
  pairwiseRuleSet(@Root() set: ClusterRuleSet, @Ctx() { services }: GraphQLContext) {
    return services.ruleSets.get(set.pairwiseRuleSetName);
  }

  @Mutation(_returns => ClusterRuleSet)
  createClusterRuleSet(
    @Arg('input') input: ClusterRuleSetInput,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.clusterRuleSets.create({ ...input, rules: toRuleDefs(input.rules) });
  }

  @Mutation(_returns => ClusterRuleSet)
  updateClusterRuleSet(
    @Arg('name', _type => ResourceNameScalar) name: string,
    @Arg('input') input: ClusterRuleSetUpdateInput,
    @Ctx() { services }: GraphQLContext,
  ) {
    const { rules, ...rest } = input;
    return services.clusterRuleSets.update(name, {
      ...rest,
      ...(rules ? { rules: toRuleDefs(rules) } : {}),
    });
  }

  @Mutation(_returns => Boolean)
  deleteClusterRuleSet(
    @Arg('name', _type => ResourceNameScalar) name: string,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.clusterRuleSets.delete(name);
  }
}
