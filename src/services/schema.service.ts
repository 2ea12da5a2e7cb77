import type { EntityManager } from '@mikro-orm/core';
import {
  validateClusterRuleSet,
  validateItems,
  validateRuleSet,
  validateSchemaDef,
} from '../engine';
import type { Issue, SchemaDef } from '../engine/model';
import {
  CatalogEntity,
  ClusterRuleSetEntity,
  ItemEntity,
  RuleSetEntity,
  SchemaEntity,
} from '../persistence/entities';
import { toItemDef, toSchemaRecord } from '../persistence/mappers';
import { findSchemaDependents, hasDependents } from '../persistence/repositories';
import { ConflictError, NotFoundError } from '../errors';
import type { Connection, PageRequest, SchemaRecord } from './records';
import type { ResourceService, SchemaInputData, SchemaUpdateData } from './contracts';
import {
  assertNoIssues,
  decodeKey,
  deletedMeanwhile,
  deleteRow,
  lockFound,
  mapConflicts,
  SCHEMA_KIND,
  toConnection,
  underInput,
} from './support';

export class SchemaService implements ResourceService<
  SchemaRecord,
  SchemaInputData,
  SchemaUpdateData
> {
  constructor(private readonly em: EntityManager) {}

  async list({ first, after }: PageRequest): Promise<Connection<SchemaRecord>> {
    const page = await this.em
      .getRepository(SchemaEntity)
      .listLazy({ first, after: decodeKey('schema', after) });
    return toConnection(page, 'schema', e => e.id, toSchemaRecord);
  }

  async find(name: string): Promise<SchemaRecord | null> {
    const entity = await this.em.getRepository(SchemaEntity).findByName(name);
    return entity ? toSchemaRecord(entity) : null;
  }

  async get(name: string): Promise<SchemaRecord> {
    return toSchemaRecord(await this.entity(name));
  }

  async entity(name: string): Promise<SchemaEntity> {
    const entity = await this.em.getRepository(SchemaEntity).findByName(name);
    if (!entity)
      throw new NotFoundError('Schema', name, 'Create it with createSchema or importSchemas.');
    return entity;
  }

  async create(input: SchemaInputData): Promise<SchemaRecord> {
    const report = validateSchemaDef(input, '', 'input');
    assertNoIssues(`Schema "${input.name}" is invalid`, underInput(report.errors), report.warnings);
    const conflict = `Schema "${input.name}" already exists; choose another name or use updateSchema.`;
    if (await this.em.getRepository(SchemaEntity).findByName(input.name))
      throw new ConflictError(conflict);
    const entity = new SchemaEntity({ ...input, dimensions: [...input.dimensions] });
    await mapConflicts(conflict, () => this.em.persist(entity).flush());
    return toSchemaRecord(entity);
  }

  /** Refused when the new definition would invalidate an item or a rule of a dependent. */
  async update(name: string, input: SchemaUpdateData): Promise<SchemaRecord> {
    return this.em.transactional(async em => {
      // Lock the schema row first: rule set writes lock it before validating against it, so
      // none is validated against the old definition and stored after the check below.
      const found = await new SchemaService(em).entity(name);
      const entity = await lockFound(em, SchemaEntity, found, () =>
        deletedMeanwhile(SCHEMA_KIND, name),
      );
      const next: SchemaDef = {
        name,
        version: input.version ?? entity.version,
        description: input.description !== undefined ? input.description : entity.description,
        dimensions: input.dimensions ? [...input.dimensions] : entity.dimensions,
      };
      const report = validateSchemaDef(next, '', 'input');
      assertNoIssues(`Schema "${name}" update is invalid`, underInput(report.errors));
      if (input.dimensions) {
        // Lock the catalogs first: item writes lock their catalog row, then validate against
        // the schema as committed, so none slips in between this check and the commit.
        await em.getRepository(CatalogEntity).lockBySchemas([entity.id], { revise: true });
        const failures = await dependentIssues(em, entity, next);
        assertNoIssues(
          `Schema "${name}" update would invalidate existing data; nothing was changed`,
          failures,
        );
      }
      entity.version = next.version;
      entity.description = next.description ?? null;
      entity.dimensions = [...next.dimensions];
      em.getRepository(SchemaEntity).markRevised(entity);
      await em.flush();
      return toSchemaRecord(entity);
    });
  }

  async delete(name: string): Promise<boolean> {
    const entity = await this.entity(name);
    const dependents = await findSchemaDependents(this.em, entity);
    if (hasDependents(dependents)) {
      const list = [
        ...dependents.ruleSets.map(n => `rule set "${n}"`),
        ...dependents.clusterRuleSets.map(n => `cluster rule set "${n}"`),
        ...dependents.catalogs.map(n => `catalog "${n}"`),
      ];
      throw new ConflictError(
        `Schema "${name}" is still referenced by ${list.join(', ')}; delete those first.`,
        {
          dependents,
        },
      );
    }
    await deleteRow(this.em, SchemaEntity, entity.id, {
      notFound: () => new NotFoundError('Schema', name),
      referenced: () =>
        new ConflictError(
          `Schema "${name}" was referenced by a resource created meanwhile; nothing was deleted.`,
        ),
    });
    return true;
  }
}

/** Every item, rule and cluster rule that `next` would make invalid. */
export async function dependentIssues(
  em: EntityManager,
  schema: SchemaEntity,
  next: SchemaDef,
): Promise<Issue[]> {
  const issues: Issue[] = [];
  for (const catalog of await em.find(CatalogEntity, { schema })) {
    const items = await em.getRepository(ItemEntity).all(catalog);
    issues.push(...validateItems(next, items.map(toItemDef), `catalogs[${catalog.name}]`));
  }
  for (const ruleSet of await em.find(RuleSetEntity, { schema })) {
    issues.push(...validateRuleSet(next, ruleSet, `ruleSets[${ruleSet.name}]`).errors);
  }
  for (const set of await em.find(ClusterRuleSetEntity, { schema })) {
    issues.push(...validateClusterRuleSet(next, set, `clusterRuleSets[${set.name}]`).errors);
  }
  return issues;
}
