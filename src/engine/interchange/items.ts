/**
 * Catalog and item parts of an import: a document's catalogs and the
 * `importItems` document `{ "items": [...] }`.
 */
import type { CatalogDef, Issue, ItemDef, SchemaDef } from '../model';
import { validateItems } from '../validation/item';
import { checkResourceName } from '../validation/names';
import { ShapeReader } from './shape';

/** Validates a catalog of a document (name, description, metadata, items against its schema). */
export function validateCatalog(c: CatalogDef, path: string, schema: SchemaDef | null): Issue[] {
  const issues: Issue[] = [];
  const nameProblem = checkResourceName(c.name);
  if (nameProblem !== null)
    issues.push({ path: `${path}.name`, code: 'INVALID_NAME', message: nameProblem });
  if (c.description !== undefined && c.description !== null && typeof c.description !== 'string') {
    issues.push({
      path: `${path}.description`,
      code: 'INVALID_VALUE',
      message: 'description must be a string',
    });
  }
  if (
    c.metadata !== undefined &&
    c.metadata !== null &&
    (typeof c.metadata !== 'object' || Array.isArray(c.metadata))
  ) {
    issues.push({
      path: `${path}.metadata`,
      code: 'INVALID_VALUE',
      message: 'metadata must be an object',
    });
  }
  if (schema !== null) issues.push(...validateItems(schema, c.items, path));
  else if (!Array.isArray(c.items))
    issues.push({ path: `${path}.items`, code: 'INVALID_VALUE', message: 'items must be a list' });
  return issues;
}

/**
 * Reads an `importItems` document `{ "items": [...] }` for an existing catalog.
 * @param existingIds ids already in the catalog (a clash is an error unless the caller replaces)
 */
export function parseItemsDocument(
  json: unknown,
  schema: SchemaDef,
  existingIds: ReadonlySet<string> = new Set(),
): { items: ItemDef[]; errors: Issue[]; warnings: Issue[] } {
  const shape = new ShapeReader();
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    shape.errors.push({
      path: 'document',
      code: 'INVALID_DOCUMENT',
      message: 'An items document must be an object { "items": [...] }',
    });
    return { items: [], errors: shape.errors, warnings: shape.warnings };
  }
  const doc = json as Record<string, unknown>;
  shape.extraKeys(doc, 'document', ['items']);
  const items = shape.items(doc.items, 'items');
  shape.errors.push(...validateItems(schema, items, '', existingIds));
  return {
    items: Array.isArray(items) ? items : [],
    errors: shape.errors,
    warnings: shape.warnings,
  };
}
