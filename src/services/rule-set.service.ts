import type { EntityManager } from '@mikro-orm/core';
import { validateRuleSet } from '../engine';
import { RuleSetEntity, SchemaEntity } from '../persistence/entities';
import { toRuleSetRecord, toSchemaDef } from '../persistence/mappers';
import { findRuleSetDependents } from '../persistence/repositories';
import { ConflictError, NotFoundError } from '../errors';
import type { Connection, PageRequest, RuleSetRecord } from './records';
import type { ResourceService, RuleSetInputData, RuleSetUpdateData } from './contracts';
import {
  applyRulesUpdate,
  assertNoIssues,
  decodeKey,
  deletedMeanwhile,
  deleteRow,
  lockFound,
  lockNamed,
  mapConflicts,
  RULE_SET_KIND,
  SCHEMA_KIND,
  toConnection,
  underInput,
} from './support';

export class RuleSetService implements ResourceService<
  RuleSetRecord,
  RuleSetInputData,
  RuleSetUpdateData
> {
  constructor(private readonly em: EntityManager) {}

  async list({ first, after }: PageRequest): Promise<Connection<RuleSetRecord>> {
    const page = await this.em
      .getRepository(RuleSetEntity)
      .listLazy({ first, after: decodeKey('ruleset', after) });
    return toConnection(page, 'ruleset', e => e.id, toRuleSetRecord);
  }

  async find(name: string): Promise<RuleSetRecord | null> {
    const entity = await this.em.getRepository(RuleSetEntity).findByName(name);
    return entity ? toRuleSetRecord(entity) : null;
  }

  async get(name: string): Promise<RuleSetRecord> {
    return toRuleSetRecord(await this.entity(name));
  }

  async entity(name: string): Promise<RuleSetEntity> {
    const entity = await this.em.getRepository(RuleSetEntity).findByName(name);
    if (!entity)
      throw new NotFoundError('Rule set', name, 'Create it with createRuleSet or importRuleSets.');
    return entity;
  }

  /**
   * Validates against the schema as committed, with the schema row locked until the rule set is
   * written: a concurrent updateSchema (which checks the stored rule sets) or deleteSchema waits,
   * or is waited for, so the stored rule set always fits its stored schema.
   */
  async create(input: RuleSetInputData): Promise<RuleSetRecord> {
    const conflict = `Rule set "${input.name}" already exists; choose another name or use updateRuleSet.`;
    return mapConflicts(conflict, () =>
      this.em.transactional(async em => {
        const schema = await lockNamed(em, SchemaEntity, input.schemaName, SCHEMA_KIND);
        const report = validateRuleSet(toSchemaDef(schema), input);
        assertNoIssues(
          `Rule set "${input.name}" is invalid`,
          underInput(report.errors),
          report.warnings,
        );
        if (await em.getRepository(RuleSetEntity).findByName(input.name))
          throw new ConflictError(conflict);
        const entity = new RuleSetEntity({ ...input, schema, rules: [...input.rules] });
        await em.persist(entity).flush();
        return toRuleSetRecord(entity);
      }),
    );
  }

  /** Validates as on create, against the schema as committed (schema row, then own row locked). */
  async update(name: string, input: RuleSetUpdateData): Promise<RuleSetRecord> {
    return this.em.transactional(async em => {
      const found = await new RuleSetService(em).entity(name);
      const gone = () => deletedMeanwhile(RULE_SET_KIND, name);
      const schema = await lockFound(em, SchemaEntity, found.schema, gone);
      const entity = await lockFound(em, RuleSetEntity, found, gone);
      applyRulesUpdate(name, 'Rule set', entity, input, next =>
        validateRuleSet(toSchemaDef(schema), next),
      );
      em.getRepository(RuleSetEntity).markRevised(entity);
      await em.flush();
      return toRuleSetRecord(entity);
    });
  }

  async delete(name: string): Promise<boolean> {
    const entity = await this.entity(name);
    const dependents = await findRuleSetDependents(this.em, entity);
    if (dependents.length > 0) {
      const list = dependents.map(n => `cluster rule set "${n}"`).join(', ');
      throw new ConflictError(
        `Rule set "${name}" is still referenced by ${list}; delete those first.`,
        {
          dependents: { clusterRuleSets: dependents },
        },
      );
    }
    await deleteRow(this.em, RuleSetEntity, entity.id, {
      notFound: () => new NotFoundError('Rule set', name),
      referenced: () =>
        new ConflictError(
          `Rule set "${name}" was referenced by a cluster rule set created meanwhile; nothing was deleted.`,
        ),
    });
    return true;
  }
}
