import type { ClusterRuleSetEntity } from '../entities/cluster-rule-set.entity';
import type { RuleSetEntity } from '../entities/rule-set.entity';
import type { SchemaEntity } from '../entities/schema.entity';
import { NamedRepository } from './named.repository';

export class ClusterRuleSetRepository extends NamedRepository<ClusterRuleSetEntity> {
  protected readonly relations = ['schema', 'pairwiseRuleSet', 'pairwiseRuleSet.schema'];

  namesUsingSchema(schema: SchemaEntity): Promise<string[]> {
    return this.namesWhere({ schema });
  }

  namesUsingRuleSet(ruleSet: RuleSetEntity): Promise<string[]> {
    return this.namesWhere({ pairwiseRuleSet: ruleSet });
  }
}
