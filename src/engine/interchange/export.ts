/**
 * Export to the interchange format (docs/semantics.md §6). Output keys follow the format's
 * order; optional fields that are null/undefined are left out, so that
 * export -> import -> export gives the same document.
 */
import type {
  CatalogDef,
  ClusterRuleSetDef,
  DimensionDef,
  ItemDef,
  JsonObject,
  JsonValue,
  RuleDef,
  RuleSetDef,
  SchemaDef,
} from '../model';
import type { InterchangeDocument } from './shape';

type Out = Record<string, JsonValue>;

/** Adds `key: value` when the value is present (not null/undefined). */
function put(out: Out, key: string, value: unknown): void {
  if (value !== undefined && value !== null) out[key] = value as JsonValue;
}

function dimensionDoc(d: DimensionDef): Out {
  const out: Out = { name: d.name, type: d.type, required: d.required === true };
  put(out, 'description', d.description);
  put(out, 'values', d.values);
  put(out, 'min', d.min);
  put(out, 'max', d.max);
  put(out, 'item_type', d.itemType);
  put(out, 'part_vocabulary', d.partVocabulary);
  return out;
}

/** A schema in document form. */
export function schemaDoc(s: SchemaDef): Out {
  const out: Out = { name: s.name, version: s.version };
  put(out, 'description', s.description);
  out.dimensions = s.dimensions.map(dimensionDoc);
  return out;
}

function ruleDoc(r: RuleDef): Out {
  const out: Out = { name: r.name, type: r.type };
  put(out, 'description', r.description);
  out.enabled = r.enabled !== false;
  out.condition = r.condition;
  return out;
}

/** A pairwise rule set in document form. */
export function ruleSetDoc(r: RuleSetDef): Out {
  const out: Out = { name: r.name, version: r.version };
  put(out, 'description', r.description);
  out.schema_ref = r.schemaName;
  out.rules = r.rules.map(ruleDoc);
  return out;
}

/** A cluster rule set in document form (rules under `rules`). */
export function clusterRuleSetDoc(r: ClusterRuleSetDef): Out {
  const out: Out = { name: r.name, version: r.version };
  put(out, 'description', r.description);
  out.schema_ref = r.schemaName;
  out.pairwise_ruleset_ref = r.pairwiseRuleSetName;
  out.rules = r.rules.map(ruleDoc);
  return out;
}

/** An item in document form. */
export function itemDoc(it: ItemDef): Out {
  const out: Out = { id: it.id, name: it.name, attributes: it.attributes };
  put(out, 'metadata', it.metadata);
  return out;
}

/** A catalog in document form (pass a slice of items to export one page). */
export function catalogDoc(c: CatalogDef, items: readonly ItemDef[] = c.items): Out {
  const out: Out = { name: c.name };
  put(out, 'description', c.description);
  out.schema_ref = c.schemaName;
  put(out, 'metadata', c.metadata);
  out.items = items.map(itemDoc);
  return out;
}

/**
 * Builds an interchange document. Each kind given (even empty) becomes its top-level key.
 */
export function toDocument(doc: InterchangeDocument): JsonObject {
  const out: Out = {};
  if (doc.schemas) out.schemas = doc.schemas.map(schemaDoc);
  if (doc.rulesets) out.rulesets = doc.rulesets.map(ruleSetDoc);
  if (doc.clusterRulesets) out.cluster_rulesets = doc.clusterRulesets.map(clusterRuleSetDoc);
  if (doc.catalogs) out.catalogs = doc.catalogs.map(c => catalogDoc(c));
  return out;
}
