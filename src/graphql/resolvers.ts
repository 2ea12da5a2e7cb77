import type { NonEmptyArray } from 'type-graphql';
import { CatalogResolver } from './catalogs/catalog.resolver';
import { ClusterRuleSetResolver } from './cluster-rule-sets/cluster-rule-set.resolver';
import { ClusterResolver } from './evaluation/cluster.resolver';
import {
  ItemEvaluationResolver,
  MatrixResolver,
  PairEvaluationResolver,
} from './evaluation/evaluation.resolver';
import { ImportExportResolver } from './import-export/import-export.resolver';
import { ItemResolver } from './items/item.resolver';
import { RuleSetResolver } from './rule-sets/rule-set.resolver';
import { SchemaResolver } from './schemas/schema.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  SchemaResolver,
  RuleSetResolver,
  ClusterRuleSetResolver,
  CatalogResolver,
  ItemResolver,
  PairEvaluationResolver,
  ItemEvaluationResolver,
  MatrixResolver,
  ClusterResolver,
  ImportExportResolver,
];
