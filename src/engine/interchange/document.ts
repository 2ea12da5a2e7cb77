/**
 * Import side of the interchange format (docs/semantics.md §6): reads a whole document,
 * resolves references inside it (and, through the context, outside it) and validates
 * every entity, reporting each problem with its document path.
 */
import type { Issue, SchemaDef } from '../model';
import { validateClusterRuleSet } from '../validation/cluster-ruleset';
import { shown } from '../validation/names';
import { validateRuleSet } from '../validation/ruleset';
import { validateSchemaDef } from '../validation/schema';
import { validateCatalog } from './items';
import { ShapeReader, TOP_LEVEL_KEYS, type InterchangeDocument } from './shape';

/** Resolves references to resources that are not in the document (e.g. in the database). */
export interface DocumentContext {
  resolveSchema?(name: string): SchemaDef | null | undefined;
  /** A pairwise rule set's schema name, or null when it does not exist. */
  resolveRuleSet?(name: string): { schemaName: string } | null | undefined;
}

export interface ParsedDocument {
  readonly document: InterchangeDocument;
  readonly errors: Issue[];
  readonly warnings: Issue[];
}

type Named = { name?: unknown };

function duplicates(list: readonly Named[] | undefined, kind: string, errors: Issue[]): void {
  const seen = new Set<unknown>();
  list?.forEach((e, k) => {
    if (seen.has(e.name))
      errors.push({
        path: `${kind}[${k}].name`,
        code: 'DUPLICATE_NAME',
        message: `${shown(e.name)} appears twice in ${kind}`,
      });
    seen.add(e.name);
  });
}

/**
 * Reads and validates an interchange document. Never throws.
 * @param json the parsed JSON (or YAML) document
 * @param context resolves references to resources outside the document
 * @returns the normalized definitions (kinds absent from the document are undefined) and every problem
 */
export function parseDocument(json: unknown, context: DocumentContext = {}): ParsedDocument {
  const shape = new ShapeReader();
  const { errors, warnings } = shape;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    errors.push({
      path: 'document',
      code: 'INVALID_DOCUMENT',
      message: `A document must be an object with ${TOP_LEVEL_KEYS.join(', ')}`,
    });
    return { document: {}, errors, warnings };
  }
  const doc = json as Record<string, unknown>;
  shape.extraKeys(doc, 'document', TOP_LEVEL_KEYS);
  const read = <T>(
    key: string,
    what: string,
    f: (o: Record<string, unknown>, p: string) => T,
  ): T[] | undefined =>
    doc[key] === undefined
      ? undefined
      : shape.list(doc[key], key, what).map(({ obj, path }) => f(obj, path));
  const document: InterchangeDocument = {
    schemas: read('schemas', 'schema', (o, p) => shape.schema(o, p)),
    rulesets: read('rulesets', 'rule set', (o, p) => shape.ruleset(o, p)),
    clusterRulesets: read('cluster_rulesets', 'cluster rule set', (o, p) =>
      shape.clusterRuleset(o, p),
    ),
    catalogs: read('catalogs', 'catalog', (o, p) => shape.catalog(o, p)),
  };
  validateDocument(document, doc, context, errors, warnings);
  return { document, errors, warnings };
}

function validateDocument(
  d: InterchangeDocument,
  raw: Record<string, unknown>,
  ctx: DocumentContext,
  errors: Issue[],
  warnings: Issue[],
): void {
  const schemas = new Map<string, SchemaDef>();
  d.schemas?.forEach((s, k) => {
    const r = validateSchemaDef(s, `schemas[${k}]`);
    errors.push(...r.errors);
    warnings.push(...r.warnings);
    if (typeof s.name === 'string' && !schemas.has(s.name)) schemas.set(s.name, s);
  });
  const schemaAt = (ref: unknown, path: string): SchemaDef | null => {
    const found =
      typeof ref === 'string' ? (schemas.get(ref) ?? ctx.resolveSchema?.(ref) ?? null) : null;
    if (found === null)
      errors.push({
        path,
        code: 'UNKNOWN_REFERENCE',
        message: `Schema ${shown(ref)} is neither in the document nor in the database`,
      });
    return found;
  };
  const ruleSetSchemas = new Map<string, string>();
  d.rulesets?.forEach((r, k) => {
    const path = `rulesets[${k}]`;
    const schema = schemaAt(r.schemaName, `${path}.schema_ref`);
    const report = validateRuleSet(schema, r, path);
    errors.push(...report.errors);
    warnings.push(...report.warnings);
    if (typeof r.name === 'string' && !ruleSetSchemas.has(r.name))
      ruleSetSchemas.set(r.name, r.schemaName);
  });
  const rawClusters = Array.isArray(raw.cluster_rulesets)
    ? (raw.cluster_rulesets as unknown[])
    : [];
  d.clusterRulesets?.forEach((r, k) => {
    const path = `cluster_rulesets[${k}]`;
    const schema = schemaAt(r.schemaName, `${path}.schema_ref`);
    const ref = r.pairwiseRuleSetName;
    const pairwiseSchema =
      typeof ref === 'string'
        ? (ruleSetSchemas.get(ref) ?? ctx.resolveRuleSet?.(ref)?.schemaName)
        : undefined;
    if (pairwiseSchema === undefined) {
      errors.push({
        path: `${path}.pairwise_ruleset_ref`,
        code: 'UNKNOWN_REFERENCE',
        message: `Rule set ${shown(ref)} is neither in the document nor in the database`,
      });
    } else if (pairwiseSchema !== r.schemaName) {
      errors.push({
        path: `${path}.pairwise_ruleset_ref`,
        code: 'SCHEMA_MISMATCH',
        message: `Rule set ${shown(ref)} uses schema ${shown(pairwiseSchema)}, not ${shown(r.schemaName)}`,
      });
    }
    const legacy = (rawClusters[k] as Record<string, unknown> | undefined)?.rules === undefined;
    const report = validateClusterRuleSet(schema, r, path);
    const fix = (i: Issue): Issue =>
      legacy ? { ...i, path: i.path.replace(`${path}.rules`, `${path}.cluster_rules`) } : i;
    errors.push(...report.errors.map(fix));
    warnings.push(...report.warnings.map(fix));
  });
  d.catalogs?.forEach((c, k) =>
    errors.push(
      ...validateCatalog(c, `catalogs[${k}]`, schemaAt(c.schemaName, `catalogs[${k}].schema_ref`)),
    ),
  );
  for (const [kind, list] of [
    ['schemas', d.schemas],
    ['rulesets', d.rulesets],
    ['cluster_rulesets', d.clusterRulesets],
    ['catalogs', d.catalogs],
  ] as const) {
    duplicates(list, kind, errors);
  }
}
