import type { EntityManager } from '@mikro-orm/core';
import { validateClusterRuleSet } from '../engine';
import { ClusterRuleSetEntity, RuleSetEntity, SchemaEntity } from '../persistence/entities';
import { toClusterRuleSetRecord, toSchemaDef } from '../persistence/mappers';
import { ConflictError, NotFoundError, UnprocessableError } from '../errors';
import type { ClusterRuleSetRecord, Connection, PageRequest } from './records';
import type { ClusterRuleSetInputData, ResourceService, RuleSetUpdateData } from './contracts';
import {
  applyRulesUpdate,
  assertNoIssues,
  decodeKey,
  CLUSTER_RULE_SET_KIND,
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

export class ClusterRuleSetService implements ResourceService<
  ClusterRuleSetRecord,
  ClusterRuleSetInputData,
  RuleSetUpdateData
> {
  constructor(private readonly em: EntityManager) {}

  async list({ first, after }: PageRequest): Promise<Connection<ClusterRuleSetRecord>> {
    const repo = this.em.getRepository(ClusterRuleSetEntity);
    const page = await repo.listLazy({ first, after: decodeKey('clusterruleset', after) });
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

  /**
   * Validates against the schema and pairwise rule set as committed, with both rows locked
   * until the cluster rule set is written (schema first, then rule set: the order every writer
   * uses), so a concurrent updateSchema, deleteSchema or deleteRuleSet waits or is waited for.
   */
  async create(input: ClusterRuleSetInputData): Promise<ClusterRuleSetRecord> {
    const conflict = `Cluster rule set "${input.name}" already exists; choose another name or use updateClusterRuleSet.`;
    return mapConflicts(conflict, () =>
      this.em.transactional(async em => {
        const schema = await lockNamed(em, SchemaEntity, input.schemaName, SCHEMA_KIND);
        const pairwise = await lockNamed(
          em,
          RuleSetEntity,
          input.pairwiseRuleSetName,
          RULE_SET_KIND,
        );
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
        if (await em.getRepository(ClusterRuleSetEntity).findByName(input.name))
          throw new ConflictError(conflict);
        const entity = new ClusterRuleSetEntity({
          ...input,
          schema,
          pairwiseRuleSet: pairwise,
          rules: [...input.rules],
        });
        await em.persist(entity).flush();
        return toClusterRuleSetRecord(entity);
      }),
    );
  }

  /** Validates as on create, against the schema as committed (schema row, then own row locked). */
  async update(name: string, input: RuleSetUpdateData): Promise<ClusterRuleSetRecord> {
    return this.em.transactional(async em => {
      const found = await new ClusterRuleSetService(em).entity(name);
      const gone = () => deletedMeanwhile(CLUSTER_RULE_SET_KIND, name);
      const schema = await lockFound(em, SchemaEntity, found.schema, gone);
      const entity = await lockFound(em, ClusterRuleSetEntity, found, gone);
      applyRulesUpdate(name, 'Cluster rule set', entity, input, next =>
        validateClusterRuleSet(toSchemaDef(schema), next),
      );
      em.getRepository(ClusterRuleSetEntity).markRevised(entity);
      await em.flush();
      return toClusterRuleSetRecord(entity);
    });
  }

  async delete(name: string): Promise<boolean> {
    const entity = await this.entity(name);
    await deleteRow(this.em, ClusterRuleSetEntity, entity.id, {
      notFound: () => new NotFoundError('Cluster rule set', name),
    });
    return true;
  }
}
