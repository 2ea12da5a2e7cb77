import type { EntityManager } from '@mikro-orm/core';
import type {
  CatalogDef,
  ClusterRuleSetDef,
  Issue,
  RuleSetDef,
  SchemaDef,
} from '../../engine/model';
import type { InterchangeDocument } from '../../engine';
import {
  CatalogEntity,
  ClusterRuleSetEntity,
  ItemEntity,
  RuleSetEntity,
  SchemaEntity,
} from '../../persistence/entities';
import { toSchemaDef } from '../../persistence/mappers';
import { ConflictError } from '../../errors';
import { dependentIssues } from '../schema.service';
import type { ConflictStrategy, ImportCountsData, ImportResultData } from '../contracts';
import { assertNoIssues } from '../support';

const zero = (): ImportCountsData => ({ created: 0, updated: 0, skipped: 0 });

export function emptyResult(warnings: string[] = []): ImportResultData {
  return {
    schemas: zero(),
    ruleSets: zero(),
    clusterRuleSets: zero(),
    catalogs: zero(),
    items: zero(),
    warnings,
  };
}

type Named = { name: string };

/**
 * Writes a validated interchange document inside the caller's transaction, in dependency
 * order, applying the conflict strategy; then re-checks every stored schema it REPLACED
 * against everything stored under it, so a REPLACE can never leave invalid data behind.
 * Rule sets and catalogs written under a schema the import leaves unchanged were validated
 * against it (locked) by parseDocument: other catalogs of that schema are not re-read, locked
 * or invalidated, so an import costs what it writes, not what the schema already holds.
 */
export class DocumentImporter {
  private readonly touchedSchemas = new Set<SchemaEntity>();
  /** Rule sets and cluster rule sets this import wrote (created or replaced). */
  private readonly touchedRuleSets = new Set<RuleSetEntity>();
  private readonly touchedClusterRuleSets = new Set<ClusterRuleSetEntity>();

  constructor(
    private readonly em: EntityManager,
    private readonly onConflict: ConflictStrategy,
    private readonly result: ImportResultData,
  ) {}

  async run(doc: InterchangeDocument): Promise<ImportResultData> {
    await this.refuseConflicts(doc);
    for (const def of doc.schemas ?? []) await this.schema(def);
    await this.em.flush();
    for (const def of doc.rulesets ?? []) await this.ruleSet(def);
    await this.em.flush();
    for (const def of doc.clusterRulesets ?? []) await this.clusterRuleSet(def);
    await this.em.flush();
    for (const def of doc.catalogs ?? []) await this.catalog(def);
    await this.em.flush();
    // Lock the catalogs under the replaced schemas before reading their items, as updateSchema
    // does: item writes lock their catalog, then validate against the schema as committed.
    if (this.touchedSchemas.size > 0) {
      await this.em
        .getRepository(CatalogEntity)
        .lockBySchemas([...this.touchedSchemas].map(s => s.id));
    }
    const issues: Issue[] = [];
    for (const schema of this.touchedSchemas)
      issues.push(...(await dependentIssues(this.em, schema, toSchemaDef(schema))));
    issues.push(...(await this.pairwiseSchemaIssues()));
    assertNoIssues('The import would leave invalid data behind; nothing was written', issues);
    return this.result;
  }

  /**
   * A cluster rule set and its pairwise rule set share one schema (docs/semantics.md §5): checked for
   * every cluster rule set written here and every stored one built on a rule set written here
   * (a REPLACE may move a rule set to another schema under a cluster rule set it does not name).
   */
  private async pairwiseSchemaIssues(): Promise<Issue[]> {
    const sets = new Set(this.touchedClusterRuleSets);
    for (const ruleSet of this.touchedRuleSets) {
      for (const set of await this.em.find(ClusterRuleSetEntity, { pairwiseRuleSet: ruleSet }))
        sets.add(set);
    }
    if (sets.size === 0) return [];
    await this.em.populate([...sets], ['schema', 'pairwiseRuleSet.schema']);
    const issues: Issue[] = [];
    for (const set of sets) {
      const pairwise = set.pairwiseRuleSet;
      if (set.schema.id === pairwise.schema.id) continue;
      issues.push({
        path: `clusterRuleSets[${set.name}].pairwiseRuleSet`,
        code: 'SCHEMA_MISMATCH',
        message: `cluster rule set "${set.name}" uses schema "${set.schema.name}" but its pairwise rule set "${pairwise.name}" would use schema "${pairwise.schema.name}"; both must use the same schema`,
      });
    }
    return issues;
  }

  /** FAIL: every name clash is reported at once, before anything is written. */
  private async refuseConflicts(doc: InterchangeDocument): Promise<void> {
    if (this.onConflict !== 'FAIL') return;
    const clashes = [
      ...(await this.existing(SchemaEntity, doc.schemas, 'schema')),
      ...(await this.existing(RuleSetEntity, doc.rulesets, 'rule set')),
      ...(await this.existing(ClusterRuleSetEntity, doc.clusterRulesets, 'cluster rule set')),
      ...(await this.existing(CatalogEntity, doc.catalogs, 'catalog')),
    ];
    if (clashes.length > 0) {
      throw new ConflictError(
        `The import clashes with existing ${clashes.join(', ')}; nothing was written. Use onConflict: SKIP or REPLACE.`,
        { conflicts: clashes },
      );
    }
  }

  private async existing(
    entity:
      | typeof SchemaEntity
      | typeof RuleSetEntity
      | typeof ClusterRuleSetEntity
      | typeof CatalogEntity,
    defs: readonly Named[] | undefined,
    kind: string,
  ): Promise<string[]> {
    if (!defs?.length) return [];
    const rows = await this.em.find(entity as typeof SchemaEntity, {
      name: { $in: defs.map(d => d.name) },
    });
    return rows.map(r => `${kind} "${r.name}"`);
  }

  /** Looks a name up; decides between create, replace and skip. */
  private async decide<T>(
    entity: new (...args: never[]) => T,
    name: string,
    counts: ImportCountsData,
  ) {
    const found = (await this.em.findOne(entity as never, { name } as never)) as T | null;
    if (found && this.onConflict === 'SKIP') counts.skipped += 1;
    else if (found) counts.updated += 1;
    else counts.created += 1;
    return { found, skip: found !== null && this.onConflict === 'SKIP' };
  }

  private async schemaNamed(name: string): Promise<SchemaEntity> {
    return this.em.findOneOrFail(SchemaEntity, { name });
  }

  private async schema(def: SchemaDef): Promise<void> {
    const { found, skip } = await this.decide(SchemaEntity, def.name, this.result.schemas);
    if (skip) return;
    const fields = {
      version: def.version,
      description: def.description ?? null,
      dimensions: [...def.dimensions],
    };
    if (!found) {
      this.em.persist(new SchemaEntity({ name: def.name, ...fields }));
      return;
    }
    Object.assign(found, fields);
    this.em.getRepository(SchemaEntity).markRevised(found);
    this.touchedSchemas.add(found);
  }

  private async ruleSet(def: RuleSetDef): Promise<void> {
    const { found, skip } = await this.decide(RuleSetEntity, def.name, this.result.ruleSets);
    if (skip) return;
    const schema = await this.schemaNamed(def.schemaName);
    const fields = {
      version: def.version,
      description: def.description ?? null,
      schema,
      rules: [...def.rules],
    };
    if (!found) {
      this.em.persist(new RuleSetEntity({ name: def.name, ...fields }));
      return;
    }
    Object.assign(found, fields);
    this.em.getRepository(RuleSetEntity).markRevised(found);
    this.touchedRuleSets.add(found);
  }

  private async clusterRuleSet(def: ClusterRuleSetDef): Promise<void> {
    const { found, skip } = await this.decide(
      ClusterRuleSetEntity,
      def.name,
      this.result.clusterRuleSets,
    );
    if (skip) return;
    const schema = await this.schemaNamed(def.schemaName);
    const pairwiseRuleSet = await this.em.findOneOrFail(RuleSetEntity, {
      name: def.pairwiseRuleSetName,
    });
    const fields = {
      version: def.version,
      description: def.description ?? null,
      schema,
      pairwiseRuleSet,
      rules: [...def.rules],
    };
    if (!found) {
      const created = new ClusterRuleSetEntity({ name: def.name, ...fields });
      this.em.persist(created);
      this.touchedClusterRuleSets.add(created);
      return;
    }
    Object.assign(found, fields);
    this.em.getRepository(ClusterRuleSetEntity).markRevised(found);
    this.touchedClusterRuleSets.add(found);
  }

  private async catalog(def: CatalogDef): Promise<void> {
    const { found, skip } = await this.decide(CatalogEntity, def.name, this.result.catalogs);
    if (skip) {
      this.result.items.skipped += def.items.length;
      return;
    }
    const schema = await this.schemaNamed(def.schemaName);
    const fields = { description: def.description ?? null, schema, metadata: def.metadata ?? null };
    let catalog: CatalogEntity;
    if (found) {
      catalog = Object.assign(found, fields);
      const before = await this.em.getRepository(ItemEntity).existingItemIds(
        catalog,
        def.items.map(i => i.id),
      );
      this.result.items.updated += before.size;
      this.result.items.created += def.items.length - before.size;
      await this.em.getRepository(ItemEntity).deleteAllOf(catalog);
      this.em.getRepository(CatalogEntity).markRevised(catalog);
    } else {
      catalog = new CatalogEntity({ name: def.name, ...fields });
      this.em.persist(catalog);
      this.result.items.created += def.items.length;
    }
    catalog.nextPosition = def.items.length;
    def.items.forEach((item, position) => {
      this.em.persist(new ItemEntity({ ...item, itemId: item.id, catalog, position }));
    });
  }
}
