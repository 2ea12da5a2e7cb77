import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ComparisonSource } from '../../services/records';
import type { GraphQLContext } from '../context';
import { checkPageSize } from '../common/limits';
import { CatalogNameScalar, ResourceNameScalar } from '../scalars';
import { ComparisonPageArgs } from './comparison-page.args';
import { ComparisonConnection, ComparisonResult } from './comparison.type';
import { ItemEvaluation, MatrixResult } from './evaluation.type';

function comparisonPage(
  source: ComparisonSource,
  { first, after, compatible }: ComparisonPageArgs,
  { limits }: GraphQLContext,
) {
  return source.page({
    first: checkPageSize('first', first, 100, limits.itemsPageMax),
    after,
    compatible,
  });
}

@Resolver(_of => MatrixResult)
export class MatrixResolver {
  @Query(_returns => MatrixResult)
  evaluateMatrix(
    @Arg('catalogName', _type => CatalogNameScalar) catalogName: string,
    @Arg('ruleSetName', _type => ResourceNameScalar) ruleSetName: string,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.evaluation.evaluateMatrix(catalogName, ruleSetName);
  }

  @FieldResolver(_returns => ComparisonConnection)
  comparisons(
    @Root() root: { comparisons: ComparisonSource },
    @Args() args: ComparisonPageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return comparisonPage(root.comparisons, args, ctx);
  }
}

/** One pair: a root query only (a ComparisonResult has no field of its own to resolve). */
@Resolver()
export class PairEvaluationResolver {
  @Query(_returns => ComparisonResult)
  evaluatePair(
    @Arg('catalogName', _type => CatalogNameScalar) catalogName: string,
    @Arg('ruleSetName', _type => ResourceNameScalar) ruleSetName: string,
    @Arg('item1Id', _type => ID) item1Id: string,
    @Arg('item2Id', _type => ID) item2Id: string,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.evaluation.evaluatePair(catalogName, ruleSetName, item1Id, item2Id);
  }
}

@Resolver(_of => ItemEvaluation)
export class ItemEvaluationResolver {
  @Query(_returns => ItemEvaluation)
  evaluateItem(
    @Arg('catalogName', _type => CatalogNameScalar) catalogName: string,
    @Arg('ruleSetName', _type => ResourceNameScalar) ruleSetName: string,
    @Arg('itemId', _type => ID) itemId: string,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.evaluation.evaluateItem(catalogName, ruleSetName, itemId);
  }

  @FieldResolver(_returns => ComparisonConnection)
  comparisons(
    @Root() root: { comparisons: ComparisonSource },
    @Args() args: ComparisonPageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return comparisonPage(root.comparisons, args, ctx);
  }
}
