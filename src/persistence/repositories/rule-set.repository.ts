import type { RuleSetEntity } from '../entities/rule-set.entity';
import type { SchemaEntity } from '../entities/schema.entity';
import { NamedRepository } from './named.repository';

export class RuleSetRepository extends NamedRepository<RuleSetEntity> {
  protected readonly relations = ['schema'];

  /** Names of the rule sets written against `schema`. */
  namesUsingSchema(schema: SchemaEntity): Promise<string[]> {
    return this.namesWhere({ schema });
  }
}
