/**
 * Minimal valid rows for persistence-level tests (services and the API have their own
 * builders). Each function writes and flushes in its own transaction.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import type { DimensionDef, JsonObject, RuleDef } from '../../src/engine/model';
import {
  CatalogEntity,
  ClusterRuleSetEntity,
  ItemEntity,
  RuleSetEntity,
  SchemaEntity,
} from '../../src/persistence/entities';
import { createServices, EngineCache } from '../../src/services';
import type { TestOrm } from './orm';

export const COLOR_DIMENSION: DimensionDef = {
  name: 'color',
  type: 'string',
  required: false,
};

export const SAME_COLOR_RULE: RuleDef = {
  name: 'no_same_color',
  type: 'exclusion',
  enabled: true,
  condition: { equals: { field: 'color' } },
};

export async function createSchema(em: EntityManager, name: string): Promise<SchemaEntity> {
  const schema = new SchemaEntity({ name, version: '1.0.0', dimensions: [COLOR_DIMENSION] });
  await em.persist(schema).flush();
  return schema;
}

export async function createRuleSet(
  em: EntityManager,
  name: string,
  schema: SchemaEntity,
): Promise<RuleSetEntity> {
  const ruleSet = new RuleSetEntity({ name, version: '1.0.0', schema, rules: [SAME_COLOR_RULE] });
  await em.persist(ruleSet).flush();
  return ruleSet;
}

export async function createClusterRuleSet(
  em: EntityManager,
  name: string,
  pairwiseRuleSet: RuleSetEntity,
): Promise<ClusterRuleSetEntity> {
  const clusterRuleSet = new ClusterRuleSetEntity({
    name,
    version: '1.0.0',
    schema: pairwiseRuleSet.schema,
    pairwiseRuleSet,
    rules: [{ ...SAME_COLOR_RULE, condition: { min_cluster_size: 2 } }],
  });
  await em.persist(clusterRuleSet).flush();
  return clusterRuleSet;
}

export async function createCatalog(
  em: EntityManager,
  name: string,
  schema: SchemaEntity,
): Promise<CatalogEntity> {
  const catalog = new CatalogEntity({ name, schema });
  await em.persist(catalog).flush();
  return catalog;
}

/**
 * Appends items in the given order, the way services do: reserve positions and insert in
 * one transaction. `attributes` defaults to `{ color: <id> }`.
 */
export async function addItems(
  em: EntityManager,
  catalog: CatalogEntity,
  itemIds: readonly string[],
  attributes: (id: string) => JsonObject = id => ({ color: id }),
): Promise<ItemEntity[]> {
  return em.transactional(async tx => {
    const first = await tx.getRepository(CatalogEntity).reservePositions(catalog, itemIds.length);
    const owner = tx.getReference(CatalogEntity, catalog.id);
    const items = itemIds.map(
      (itemId, i) =>
        new ItemEntity({
          catalog: owner,
          itemId,
          name: `Item ${itemId}`,
          attributes: attributes(itemId),
          position: first + i,
        }),
    );
    tx.persist(items);
    return items;
  });
}

/** An example document's bytes (`examples/<file>`). */
export function exampleFile(file: 'wardrobe-v1.json' | 'wardrobe-v2.json'): Buffer {
  return readFileSync(join(__dirname, '..', '..', 'examples', file));
}

/** Imports an example document (everything in it) through the transfer service. */
export async function importExample(
  db: TestOrm,
  file: 'wardrobe-v1.json' | 'wardrobe-v2.json',
): Promise<void> {
  await createServices(db.orm.em.fork(), new EngineCache(), db.config).transfer.importDocument(
    'all',
    { filename: file, mimetype: 'application/json', content: exampleFile(file) },
    'FAIL',
  );
}
