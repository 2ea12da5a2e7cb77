import type { EntityManager } from '@mikro-orm/core';
import { catalogDoc, parseDocument, parseItemsDocument, schemaDoc, toDocument } from '../../engine';
import type { Issue, JsonObject } from '../../engine/model';
import {
  CatalogEntity,
  ClusterRuleSetEntity,
  ItemEntity,
  RuleSetEntity,
  SchemaEntity,
} from '../../persistence/entities';
import {
  toClusterRuleSetDef,
  rowToItemDef,
  toItemDef,
  toRuleSetDef,
  toSchemaDef,
} from '../../persistence/mappers';
import { CatalogService } from '../catalog.service';
import { ConflictError, PayloadTooLargeError } from '../../errors';
import type {
  ConflictStrategy,
  ImportKind,
  ImportResultData,
  TransferService as TransferContract,
  UploadedDocument,
} from '../contracts';
import {
  assertNoIssues,
  decodeKey,
  encodeKey,
  lockedSchemaDef,
  mapConflicts,
  reservePositions,
} from '../support';
import {
  checkCatalogMetadata,
  checkCatalogRoom,
  checkItemSize,
  DEFAULT_STORED_LIMITS,
  type StoredLimits,
} from '../stored-limits';
import { UNLIMITED_RESPONSE, type ResponseBudget } from '../response-budget';
import { DocumentImporter, emptyResult } from './importer';
import { parseUploadedDocument, type DocumentLimits } from './parse-upload';

export interface TransferOptions {
  readonly importMaxItems: number;
  readonly exportMaxItems: number;
  readonly documentLimits: DocumentLimits;
  /** Sizes of names, attributes and metadata, items per catalog. @default the documented defaults */
  readonly storedLimits?: StoredLimits;
  /** Bytes of item data the export may carry. @default unlimited */
  readonly responseBudget?: ResponseBudget;
}

const formatIssue = (i: Issue) => `${i.path}: ${i.message}`;

/** A unique name or item id taken by a concurrent request between our checks and our writes. */
const CONCURRENT_CLASH =
  'The import clashes with resources written meanwhile by another request; nothing was written. Retry it (onConflict: SKIP or REPLACE decide what happens to them).';

/** Import (atomic: one transaction, all or nothing) and export of the interchange format. */
export class TransferService implements TransferContract {
  constructor(
    private readonly em: EntityManager,
    private readonly options: TransferOptions,
  ) {}

  async importDocument(
    kind: ImportKind,
    file: UploadedDocument,
    onConflict: ConflictStrategy,
  ): Promise<ImportResultData> {
    const json = parseUploadedDocument(file, this.options.documentLimits) as Record<
      string,
      unknown
    >;
    const own = kind === 'all' ? json : kind in json ? { [kind]: json[kind] } : {};
    this.checkItemCount(countItems(own));
    return mapConflicts(CONCURRENT_CLASH, () =>
      this.em.transactional(async em => {
        await lockReferenced(em, own);
        const parsed = parseDocument(own, await referenceContext(em));
        assertNoIssues(
          'The import was refused; nothing was written',
          parsed.errors,
          parsed.warnings,
        );
        const limits = this.options.storedLimits ?? DEFAULT_STORED_LIMITS;
        for (const catalog of parsed.document.catalogs ?? []) {
          const at = `catalogs[${catalog.name}]`;
          checkCatalogMetadata(catalog.metadata, limits, `${at}.metadata`);
          checkCatalogRoom(catalog.name, 0, catalog.items.length, limits);
          for (const item of catalog.items) checkItemSize(item, limits, `${at}.items[${item.id}]`);
        }
        const result = emptyResult(parsed.warnings.map(formatIssue));
        return new DocumentImporter(em, onConflict, result).run(parsed.document);
      }),
    );
  }

  async importItems(
    catalogName: string,
    file: UploadedDocument,
    onConflict: ConflictStrategy,
  ): Promise<ImportResultData> {
    const json = parseUploadedDocument(file, this.options.documentLimits) as Record<
      string,
      unknown
    >;
    this.checkItemCount(Array.isArray(json.items) ? json.items.length : 0);
    return mapConflicts(CONCURRENT_CLASH, () => this.importItemsIn(catalogName, json, onConflict));
  }

  private importItemsIn(
    catalogName: string,
    json: Record<string, unknown>,
    onConflict: ConflictStrategy,
  ): Promise<ImportResultData> {
    return this.em.transactional(async em => {
      const catalog = await new CatalogService(em).entity(catalogName);
      // Lock the catalog row before reading its schema and ids (see lockedSchemaDef).
      await reservePositions(em, catalog, 0);
      const ids = Array.isArray(json.items)
        ? json.items.map(i => String((i as { id?: unknown })?.id))
        : [];
      const existing = await em.getRepository(ItemEntity).existingItemIds(catalog, ids);
      const parsed = parseItemsDocument(json, await lockedSchemaDef(em, catalog));
      assertNoIssues(
        `The items import into catalog "${catalogName}" was refused; nothing was written`,
        parsed.errors,
      );
      const result = emptyResult(parsed.warnings.map(formatIssue));
      const limits = this.options.storedLimits ?? DEFAULT_STORED_LIMITS;
      for (const item of parsed.items) checkItemSize(item, limits, `items[${item.id}]`);
      const fresh = parsed.items.filter(i => !existing.has(i.id));
      if (fresh.length > 0) {
        const count = await em.count(ItemEntity, { catalog });
        checkCatalogRoom(catalogName, count, fresh.length, limits);
      }
      const clashing = parsed.items.filter(i => existing.has(i.id));
      // An id that exists already is a clash (409), as for createItem and the other imports.
      if (onConflict === 'FAIL' && clashing.length > 0) throw itemClashes(catalogName, clashing);
      if (onConflict === 'SKIP') result.items.skipped += clashing.length;
      if (onConflict === 'REPLACE') {
        for (const entity of await em.getRepository(ItemEntity).findByItemIds(
          catalog,
          clashing.map(i => i.id),
        )) {
          const def = clashing.find(i => i.id === entity.itemId)!;
          Object.assign(entity, {
            name: def.name,
            attributes: def.attributes,
            metadata: def.metadata ?? null,
          });
        }
        result.items.updated += clashing.length;
      }
      const start = await reservePositions(em, catalog, fresh.length);
      fresh.forEach((item, k) => {
        em.persist(new ItemEntity({ ...item, itemId: item.id, catalog, position: start + k }));
      });
      result.items.created += fresh.length;
      await em.flush();
      return result;
    });
  }

  async exportAll(): Promise<JsonObject> {
    const total = await this.em.count(ItemEntity, {});
    if (total > this.options.exportMaxItems) {
      throw new PayloadTooLargeError(
        `exportAll is limited to ${this.options.exportMaxItems} items (EXPORT_MAX_ITEMS) and the database holds ${total}; export catalogs page by page with exportCatalog.`,
        { limit: this.options.exportMaxItems, items: total },
      );
    }
    const byId = { orderBy: { id: 'asc' } } as const;
    const schemas = await this.em.find(SchemaEntity, {}, byId);
    const ruleSets = await this.em.find(RuleSetEntity, {}, { ...byId, populate: ['schema'] });
    const clusterRuleSets = await this.em.find(
      ClusterRuleSetEntity,
      {},
      { ...byId, populate: ['schema', 'pairwiseRuleSet'] },
    );
    const catalogs = [];
    for (const catalog of await this.em.find(
      CatalogEntity,
      {},
      { ...byId, populate: ['schema'] },
    )) {
      const rows = await this.em.getRepository(ItemEntity).allPlain(catalog.id);
      for (const row of rows) this.budget.chargeItem(row);
      const items = rows.map(rowToItemDef);
      catalogs.push({
        name: catalog.name,
        description: catalog.description,
        schemaName: catalog.schema.name,
        metadata: catalog.metadata,
        items,
      });
    }
    return toDocument({
      schemas: schemas.map(toSchemaDef),
      rulesets: ruleSets.map(toRuleSetDef),
      clusterRulesets: clusterRuleSets.map(toClusterRuleSetDef),
      catalogs,
    });
  }

  /**
   * One page of a catalog as a document: `{catalogs: [catalog with this page's items]}`, and on
   * the first page also `schemas: [its schema]`, so page one imports with importAll and the
   * following pages' `catalogs[0].items` with importItems.
   */
  async exportCatalog(name: string, { first, after }: { first: number; after?: string | null }) {
    const catalog = await new CatalogService(this.em).entity(name);
    const from = decodeKey('export', after);
    const page = await this.em.getRepository(ItemEntity).page(catalog, { first, after: from });
    for (const item of page.items) this.budget.chargeItem(item);
    const def = {
      name: catalog.name,
      description: catalog.description,
      schemaName: catalog.schema.name,
      metadata: catalog.metadata,
      items: [],
    };
    const document: JsonObject = {
      ...(from === null ? { schemas: [schemaDoc(toSchemaDef(catalog.schema))] } : {}),
      catalogs: [catalogDoc(def, page.items.map(toItemDef))],
    };
    const last = page.items.at(-1);
    return {
      document,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        endCursor: last ? encodeKey('export', last.position) : null,
      },
    };
  }

  private get budget(): ResponseBudget {
    return this.options.responseBudget ?? UNLIMITED_RESPONSE;
  }

  private checkItemCount(count: number): void {
    if (count > this.options.importMaxItems) {
      throw new PayloadTooLargeError(
        `One import takes at most ${this.options.importMaxItems} items (IMPORT_MAX_ITEMS) and this document has ${count}; import the catalog without items, then add them in batches with importItems.`,
        { limit: this.options.importMaxItems, items: count },
      );
    }
  }
}

const MAX_LISTED_CLASHES = 20;

function itemClashes(catalogName: string, clashing: readonly { id: string }[]): ConflictError {
  const conflicts = clashing.map(i => `item ${JSON.stringify(i.id)}`);
  const more =
    conflicts.length > MAX_LISTED_CLASHES
      ? ` (and ${conflicts.length - MAX_LISTED_CLASHES} more)`
      : '';
  return new ConflictError(
    `The items import clashes with ${conflicts.slice(0, MAX_LISTED_CLASHES).join(', ')}${more} already in catalog "${catalogName}"; nothing was written. Use onConflict: SKIP or REPLACE.`,
    { conflicts },
  );
}

function countItems(doc: Record<string, unknown>): number {
  const catalogs = Array.isArray(doc.catalogs) ? doc.catalogs : [];
  return catalogs.reduce(
    (n: number, c) =>
      n +
      (Array.isArray((c as { items?: unknown })?.items)
        ? (c as { items: unknown[] }).items.length
        : 0),
    0,
  );
}

/**
 * Locks (see lockRow) the stored schemas and rule sets a document names or refers to, before it
 * is validated against them: a concurrent updateSchema, deleteSchema or deleteRuleSet then waits
 * for the import or is waited for, as for createRuleSet and createClusterRuleSet.
 */
async function lockReferenced(em: EntityManager, doc: Record<string, unknown>): Promise<void> {
  const schemas = new Set<string>();
  const ruleSets = new Set<string>();
  const each = (list: unknown, visit: (entry: Record<string, unknown>) => void) => {
    if (!Array.isArray(list)) return;
    for (const entry of list) if (entry && typeof entry === 'object') visit(entry);
  };
  const add = (names: Set<string>, value: unknown) => {
    if (typeof value === 'string') names.add(value);
  };
  each(doc.schemas, e => add(schemas, e.name));
  each(doc.rulesets, e => (add(schemas, e.schema_ref), add(ruleSets, e.name)));
  each(
    doc.cluster_rulesets,
    e => (add(schemas, e.schema_ref), add(ruleSets, e.pairwise_ruleset_ref)),
  );
  each(doc.catalogs, e => add(schemas, e.schema_ref));
  await em.getRepository(SchemaEntity).lockByNames([...schemas]);
  await em.getRepository(RuleSetEntity).lockByNames([...ruleSets]);
}

/** References a document may make to stored schemas and rule sets. */
async function referenceContext(em: EntityManager) {
  const schemas = new Map((await em.find(SchemaEntity, {})).map(s => [s.name, toSchemaDef(s)]));
  const ruleSets = new Map(
    (await em.find(RuleSetEntity, {}, { populate: ['schema'] })).map(r => [
      r.name,
      { schemaName: r.schema.name },
    ]),
  );
  return {
    resolveSchema: (name: string) => schemas.get(name) ?? null,
    resolveRuleSet: (name: string) => ruleSets.get(name) ?? null,
  };
}
