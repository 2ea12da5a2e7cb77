import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { BadInputError } from '../../errors';
import type { GraphQLContext } from '../context';
import { CatalogNameScalar, ResourceNameScalar } from '../scalars';
import { ClusterAnalysis, ClusterCandidates, ClusterValidation } from './cluster.type';

@Resolver()
export class ClusterResolver {
  @Query(_returns => ClusterAnalysis)
  evaluateClusters(
    @Arg('catalogName', _type => CatalogNameScalar) catalogName: string,
    @Arg('clusterRuleSetName', _type => ResourceNameScalar) clusterRuleSetName: string,
    @Arg('minClusterSize', _type => Int, { nullable: true, defaultValue: 2 })
    minClusterSize: number | null,
    @Arg('maxClusterSize', _type => Int, { nullable: true }) maxClusterSize: number | null,
    @Arg('maxClusters', _type => Int, { nullable: true, defaultValue: 100 })
    maxClusters: number | null,
    @Ctx() { services, limits }: GraphQLContext,
  ) {
    const options = {
      minClusterSize: minClusterSize ?? 2,
      maxClusterSize,
      maxClusters: maxClusters ?? 100,
    };
    checkClusterArgs(
      options.minClusterSize,
      maxClusterSize,
      options.maxClusters,
      limits.maxClustersCap,
    );
    return services.evaluation.evaluateClusters(catalogName, clusterRuleSetName, options);
  }

  @Query(_returns => ClusterValidation)
  validateCluster(
    @Arg('catalogName', _type => CatalogNameScalar) catalogName: string,
    @Arg('clusterRuleSetName', _type => ResourceNameScalar) clusterRuleSetName: string,
    @Arg('itemIds', _type => [ID]) itemIds: string[],
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.evaluation.validateCluster(catalogName, clusterRuleSetName, itemIds);
  }

  @Query(_returns => ClusterCandidates)
  clusterCandidates(
    @Arg('catalogName', _type => CatalogNameScalar) catalogName: string,
    @Arg('clusterRuleSetName', _type => ResourceNameScalar) clusterRuleSetName: string,
    @Arg('itemIds', _type => [ID]) itemIds: string[],
    @Arg('candidateIds', _type => [ID], { nullable: true }) candidateIds: string[] | null,
    @Ctx() { services }: GraphQLContext,
  ) {
    return services.evaluation.clusterCandidates(
      catalogName,
      clusterRuleSetName,
      itemIds,
      candidateIds,
    );
  }
}

function checkClusterArgs(min: number, max: number | null, maxClusters: number, cap: number): void {
  if (min < 1) throw new BadInputError(`minClusterSize must be at least 1 (got ${min}).`);
  if (max != null && max < min) {
    throw new BadInputError(`maxClusterSize (${max}) must be >= minClusterSize (${min}).`);
  }
  if (maxClusters < 1 || maxClusters > cap) {
    throw new BadInputError(`maxClusters must be between 1 and ${cap} (got ${maxClusters}).`);
  }
}
