import type { JsonObject } from '../engine/model';
import { BadInputError, PayloadTooLargeError } from '../errors';
import { nestingDepth } from '../engine/lib/nesting-depth';

/**
 * Sizes a stored value may have (docs/limits.md). Every item write checks them (createItem,
 * updateItem, the imports), so no single request can store, and later make every evaluation
 * load, values of many megabytes, and every accepted item round-trips through export → import.
 */
export interface StoredLimits {
  /** ITEM_NAME_MAX_LENGTH: characters of an item name. */
  readonly itemNameMaxLength: number;
  /** ITEM_ATTRIBUTES_MAX_BYTES: serialized (JSON, UTF-8) bytes of an item's attributes. */
  readonly itemAttributesMaxBytes: number;
  /** ITEM_METADATA_MAX_BYTES: serialized bytes of an item's or a catalog's metadata. */
  readonly metadataMaxBytes: number;
  /** ITEMS_PER_CATALOG_MAX. */
  readonly itemsPerCatalogMax: number;
  /**
   * YAML_MAX_DEPTH of imports: the depth an item's attributes and metadata may nest is what
   * keeps its export importable (an item's values sit 5 levels deep in an export document).
   */
  readonly documentMaxDepth: number;
}

/** Levels above an item's attributes/metadata in an export document (root, catalogs, catalog, items, item). */
const ITEM_VALUE_LEVEL = 5;
/** Levels above a catalog's metadata (root, catalogs, catalog). */
const CATALOG_VALUE_LEVEL = 3;

export const DEFAULT_STORED_LIMITS: StoredLimits = {
  itemNameMaxLength: 1000,
  itemAttributesMaxBytes: 16 * 1024,
  metadataMaxBytes: 64 * 1024,
  itemsPerCatalogMax: 100_000,
  documentMaxDepth: 20,
};

interface SizedItem {
  readonly id: string;
  readonly name: string;
  readonly attributes: JsonObject;
  readonly metadata?: JsonObject | null;
}

/** Throws PAYLOAD_TOO_LARGE (413) naming the value, its size and the setting. */
export function checkItemSize(item: SizedItem, limits: StoredLimits, path = 'input'): void {
  if (item.name.length > limits.itemNameMaxLength) {
    throw new PayloadTooLargeError(
      `${path}.name of item "${short(item.id)}" has ${item.name.length} characters; at most ${limits.itemNameMaxLength} are allowed (ITEM_NAME_MAX_LENGTH).`,
      { path: `${path}.name`, limit: limits.itemNameMaxLength, size: item.name.length },
    );
  }
  const { itemAttributesMaxBytes, metadataMaxBytes } = limits;
  const at = ITEM_VALUE_LEVEL;
  checkJson(
    item.attributes,
    `${path}.attributes`,
    itemAttributesMaxBytes,
    at,
    limits,
    'ITEM_ATTRIBUTES_MAX_BYTES',
  );
  if (item.metadata) {
    checkJson(
      item.metadata,
      `${path}.metadata`,
      metadataMaxBytes,
      at,
      limits,
      'ITEM_METADATA_MAX_BYTES',
    );
  }
}

/** A catalog's metadata: the same byte limit as an item's, its own depth. */
export function checkCatalogMetadata(
  metadata: JsonObject | null | undefined,
  limits: StoredLimits,
  path = 'input.metadata',
): void {
  if (!metadata) return;
  const at = CATALOG_VALUE_LEVEL;
  checkJson(metadata, path, limits.metadataMaxBytes, at, limits, 'ITEM_METADATA_MAX_BYTES');
}

/** A catalog may hold `existing + adding` items. */
export function checkCatalogRoom(
  catalog: string,
  existing: number,
  adding: number,
  limits: StoredLimits,
): void {
  if (existing + adding <= limits.itemsPerCatalogMax) return;
  throw new PayloadTooLargeError(
    `Catalog "${catalog}" holds ${existing} items and this write adds ${adding}; a catalog holds at most ${limits.itemsPerCatalogMax} (ITEMS_PER_CATALOG_MAX). Split it into several catalogs.`,
    { limit: limits.itemsPerCatalogMax, items: existing, adding },
  );
}

/**
 * Depth first, without recursion (a value nested thousands of levels deep must not reach
 * JSON.stringify, which would overflow the stack), then bytes. `level`: how deep the value
 * sits in an export document, whose whole depth YAML_MAX_DEPTH bounds.
 */
function checkJson(
  value: unknown,
  path: string,
  maxBytes: number,
  level: number,
  limits: StoredLimits,
  setting: string,
) {
  const maxDepth = Math.max(1, limits.documentMaxDepth - level);
  if (nestingDepth(value, maxDepth) > maxDepth) {
    // A shape problem, not a size: 400, like an import nested deeper than YAML_MAX_DEPTH.
    throw new BadInputError(
      `${path} nests deeper than ${maxDepth} levels: its export would nest deeper than YAML_MAX_DEPTH (${limits.documentMaxDepth}) and could not be imported again; flatten it.`,
      { path, limit: maxDepth },
    );
  }
  const bytes = Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
  if (bytes > maxBytes) {
    throw new PayloadTooLargeError(
      `${path} is ${bytes} bytes as JSON; at most ${maxBytes} are allowed (${setting}).`,
      { path, limit: maxBytes, size: bytes },
    );
  }
}

function short(id: string): string {
  return id.length > 80 ? `${id.slice(0, 80)}…` : id;
}
