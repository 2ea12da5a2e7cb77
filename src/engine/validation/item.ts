/**
 * Item validation against a schema (docs/semantics.md §1, §2): every error is returned,
 * each naming the item and the attribute and saying what was expected.
 */
import type { DimensionDef, Issue, SchemaDef } from '../model';
import { checkItemId, safeText, shown } from './names';
import { checkValue } from './value';

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The well-formed dimensions of a schema by name (a broken schema is reported elsewhere). */
function dimensionMap(schema: SchemaDef): Map<string, DimensionDef> {
  const list: unknown[] = Array.isArray(schema?.dimensions) ? schema.dimensions : [];
  const dims = new Map<string, DimensionDef>();
  for (const d of list) {
    const name = isObject(d) ? d.name : undefined;
    if (typeof name === 'string' && !dims.has(name)) dims.set(name, d as unknown as DimensionDef);
  }
  return dims;
}

/** What a value is, for messages: `string "x"`, `a list`, `boolean true`. */
function got(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list ${shown(value)}`;
  if (value === null) return 'null';
  return `${typeof value} ${shown(value)}`;
}

/**
 * Validates an item (`{id, name, attributes, metadata?}`) against its schema.
 * @param schema the catalog's schema
 * @param item the item as written (any JSON)
 * @param path prefix of issue paths, e.g. `items[12]` (issues at `items[12].attributes.formality`)
 * @returns all errors (empty when valid)
 */
export function validateItem(schema: SchemaDef, item: unknown, path = ''): Issue[] {
  const issues: Issue[] = [];
  if (!isObject(item)) {
    return [
      {
        path: path || 'item',
        code: 'INVALID_ITEM',
        message: `An item must be an object {id, name, attributes, metadata?}, got ${got(item)}`,
      },
    ];
  }
  const idProblem = checkItemId(item.id);
  if (idProblem !== null)
    issues.push({ path: join(path, 'id'), code: 'INVALID_ID', message: idProblem });
  const label = typeof item.id === 'string' ? `Item ${shown(item.id)}` : 'Item';
  if (typeof item.name !== 'string') {
    issues.push({
      path: join(path, 'name'),
      code: 'INVALID_VALUE',
      message: `${label}: name must be a string, got ${got(item.name)}`,
    });
  } else if (item.name.trim() === '') {
    // As the original system: an empty or blank name is refused (docs/semantics.md is silent).
    issues.push({
      path: join(path, 'name'),
      code: 'INVALID_VALUE',
      message: `${label}: name must not be empty or blank, got ${shown(item.name)}`,
    });
  }
  if (item.metadata !== undefined && item.metadata !== null && !isObject(item.metadata)) {
    issues.push({
      path: join(path, 'metadata'),
      code: 'INVALID_VALUE',
      message: `${label}: metadata must be an object, got ${got(item.metadata)}`,
    });
  }
  const attributes = item.attributes;
  const attrPath = join(path, 'attributes');
  if (!isObject(attributes)) {
    issues.push({
      path: attrPath,
      code: 'INVALID_VALUE',
      message: `${label}: attributes must be an object, got ${got(attributes)}`,
    });
    return issues;
  }
  const dims = dimensionMap(schema);
  for (const dim of dims.values()) {
    const v = Object.prototype.hasOwnProperty.call(attributes, dim.name)
      ? attributes[dim.name]
      : undefined;
    if (dim.required === true && (v === undefined || v === null)) {
      issues.push({
        path: `${attrPath}.${dim.name}`,
        code: 'REQUIRED_MISSING',
        message: `${label}: required attribute '${dim.name}' (${safeText(dim.type)}) is missing`,
      });
    }
  }
  for (const [key, value] of Object.entries(attributes)) {
    // A null value counts as absent (docs/semantics.md §1), even for a key the schema lacks.
    if (value === null) continue;
    const dim = dims.get(key);
    if (dim === undefined) {
      const known = [...dims.keys()].join(', ') || 'none';
      issues.push({
        path: `${attrPath}.${key}`,
        code: 'UNKNOWN_ATTRIBUTE',
        message: `${label}: attribute '${key}' is not a dimension of schema '${safeText(schema?.name)}' (dimensions: ${known})`,
      });
      continue;
    }
    for (const p of checkValue(dim, value)) {
      issues.push({
        path: `${attrPath}.${key}${p.at}`,
        code: 'INVALID_VALUE',
        message: `${label}: attribute '${key}${p.at}' must be ${p.expected}, got ${got(p.got)}`,
      });
    }
  }
  return issues;
}

/**
 * Validates a list of items of one catalog: each item, plus unique ids.
 * @param path prefix of issue paths, e.g. `catalogs[0]` (issues at `catalogs[0].items[3].id`)
 * @param existingIds ids already in the catalog (for appends), checked for clashes too
 */
export function validateItems(
  schema: SchemaDef,
  items: unknown,
  path = '',
  existingIds: ReadonlySet<string> = new Set(),
): Issue[] {
  const listPath = join(path, 'items');
  if (!Array.isArray(items)) {
    return [
      { path: listPath, code: 'INVALID_VALUE', message: `items must be a list, got ${got(items)}` },
    ];
  }
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  items.forEach((item: unknown, k) => {
    const at = `${listPath}[${k}]`;
    issues.push(...validateItem(schema, item, at));
    const id = isObject(item) ? item.id : undefined;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push({
        path: `${at}.id`,
        code: 'DUPLICATE_ID',
        message: `Item id ${shown(id)} is used twice (also at ${listPath}[${first}])`,
      });
    } else if (existingIds.has(id)) {
      issues.push({
        path: `${at}.id`,
        code: 'DUPLICATE_ID',
        message: `Item id ${shown(id)} already exists in the catalog`,
      });
    } else seen.set(id, k);
  });
  return issues;
}
