import type { EntityManager } from '@mikro-orm/core';
import { validateClusterRuleSet } from '../engine';
import { ClusterRuleSetEntity } from '../persistence/entities';
import { toClusterRuleSetRecord, toSchemaDef } from '../persistence/mappers';
import { ConflictError, NotFoundError, UnprocessableError } from './errors';
import type { ClusterRuleSetRecord, Connection, PageRequest } from './records';
import { RuleSetService } from './rule-set.service';
import { SchemaService } from './schema.service';
import type { ClusterRuleSetInputData, ResourceService, RuleSetUpdateData } from './services';
import {
  assertNoIssues,
  decodeKey,
  deleteRow,
  mapConflicts,
  toConnection,
  underInput,
} from './support';

export class ClusterRuleSetService implements ResourceService<
  ClusterRuleSetRecord,
  ClusterRuleSetInputData,
  RuleSetUpdateData
> {
  constructor(private readonly em: EntityManager) {}

  async list({ first, after }: PageRequest): Promise<Connection<ClusterRuleSetRecord>> {
    const repo = this.em.getRepository(ClusterRuleSetEntity);
    const page = await repo.list({ first, after: decodeKey('clusterruleset', after) });
    return toConnection(page, 'clusterruleset', e => e.id, toClusterRuleSetRecord);
  }

  async find(name: string): Promise<ClusterRuleSetRecord | null> {
    const entity = await this.em.getRepository(ClusterRuleSetEntity).findByName(name);
    return entity ? toClusterRuleSetRecord(entity) : null;
  }

  async get(name: string): Promise<ClusterRuleSetRecord> {
    return toClusterRuleSetRecord(await this.entity(name));
  }

  async entity(name: string): Promise<ClusterRuleSetEntity> {
    const entity = await this.em.getRepository(ClusterRuleSetEntity).findByName(name);
    if (!entity) {
      throw new NotFoundError(
        'Cluster rule set',
        name,
        'Create it with createClusterRuleSet or importClusterRuleSets.',
      );
    }
    return entity;
  }

  async create(input: ClusterRuleSetInputData): Promise<ClusterRuleSetRecord> {
    const schema = await new SchemaService(this.em).entity(input.schemaName);
    const pairwise = await new RuleSetService(this.em).entity(input.pairwiseRuleSetName);
    if (pairwise.schema.id !== schema.id) {
      throw new UnprocessableError(`Cluster rule set "${input.name}" is invalid`, [
        {
          path: 'input.pairwiseRuleSetName',
          code: 'SCHEMA_MISMATCH',
          message: `pairwise rule set "${pairwise.name}" is written for schema "${pairwise.schema.name}", not "${schema.name}"`,
        },
      ]);
    }
    const report = validateClusterRuleSet(toSchemaDef(schema), input);
    assertNoIssues(
      `Cluster rule set "${input.name}" is invalid`,
      underInput(report.errors),
      report.warnings,
    );
    const conflict = `Cluster rule set "${input.name}" already exists; choose another name or use updateClusterRuleSet.`;
    if (await this.em.getRepository(ClusterRuleSetEntity).findByName(input.name))
      throw new ConflictError(conflict);
    const entity = new ClusterRuleSetEntity({
      ...input,
      schema,
      pairwiseRuleSet: pairwise,
      rules: [...input.rules],
    });
    await mapConflicts(conflict, () => this.em.persist(entity).flush());
    return toClusterRuleSetRecord(entity);
  }

  async update(name: string, input: RuleSetUpdateData): Promise<ClusterRuleSetRecord> {
    const entity = await this.entity(name);
    const next = {
      name,
      version: input.version ?? entity.version,
      description: input.description !== undefined ? input.description : entity.description,
      rules: input.rules ? [...input.rules] : entity.rules,
    };
    const report = validateClusterRuleSet(toSchemaDef(entity.schema), next);
    assertNoIssues(
      `Cluster rule set "${name}" update is invalid`,
      underInput(report.errors),
      report.warnings,
    );
    entity.version = next.version;
    entity.description = next.description ?? null;
    entity.rules = next.rules;
    this.em.getRepository(ClusterRuleSetEntity).markRevised(entity);
    await this.em.flush();
    return toClusterRuleSetRecord(entity);
  }

  async delete(name: string): Promise<boolean> {
    const entity = await this.entity(name);
    await deleteRow(this.em, ClusterRuleSetEntity, entity.id, {
      notFound: () => new NotFoundError('Cluster rule set', name),
    });
    return true;
  }
}
