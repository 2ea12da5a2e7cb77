/**
 * Reading the interchange document (docs/semantics.md §6) into model definitions. This layer
 * only maps document keys to model fields (`schema_ref` -> `schemaName`, `item_type` ->
 * `itemType`, legacy `cluster_rules` -> `rules`) and reports shape problems; values
 * are kept as written so that validation reports them with their paths.
 */
import type {
  CatalogDef,
  ClusterRuleSetDef,
  DimensionDef,
  Issue,
  ItemDef,
  RuleDef,
  RuleSetDef,
  SchemaDef,
} from '../model';

/** The four kinds of a document, normalized. A kind absent from the document is undefined. */
export interface InterchangeDocument {
  readonly schemas?: SchemaDef[];
  readonly rulesets?: RuleSetDef[];
  readonly clusterRulesets?: ClusterRuleSetDef[];
  readonly catalogs?: CatalogDef[];
}

export const TOP_LEVEL_KEYS = ['schemas', 'rulesets', 'cluster_rulesets', 'catalogs'] as const;
const KEYS = {
  schema: ['name', 'version', 'description', 'dimensions'],
  dimension: [
    'name',
    'type',
    'required',
    'description',
    'values',
    'min',
    'max',
    'item_type',
    'part_vocabulary',
  ],
  ruleset: ['name', 'version', 'description', 'schema_ref', 'rules'],
  rule: ['name', 'type', 'description', 'enabled', 'condition'],
  cluster: [
    'name',
    'version',
    'description',
    'schema_ref',
    'pairwise_ruleset_ref',
    'rules',
    'cluster_rules',
  ],
  catalog: ['name', 'description', 'schema_ref', 'metadata', 'items'],
  item: ['id', 'name', 'attributes', 'metadata'],
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects shape issues while a document is read. */
export class ShapeReader {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];

  /** The entries of a list that are objects (others are reported). */
  list(value: unknown, path: string, what: string): { obj: Obj; path: string }[] {
    if (!Array.isArray(value)) {
      this.errors.push({
        path,
        code: 'INVALID_VALUE',
        message: `${path} must be a list of ${what} objects`,
      });
      return [];
    }
    const out: { obj: Obj; path: string }[] = [];
    value.forEach((v: unknown, k) => {
      if (isObj(v)) out.push({ obj: v, path: `${path}[${k}]` });
      else
        this.errors.push({
          path: `${path}[${k}]`,
          code: 'INVALID_VALUE',
          message: `Expected a ${what} object`,
        });
    });
    return out;
  }

  /** Warns about keys the format does not define (they are ignored). */
  extraKeys(obj: Obj, path: string, known: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key)) {
        this.warnings.push({
          path: `${path}.${key}`,
          code: 'UNKNOWN_KEY',
          message: `Unknown key '${key}' is ignored`,
        });
      }
    }
  }

  schema(s: Obj, path: string): SchemaDef {
    this.extraKeys(s, path, KEYS.schema);
    const dims = Array.isArray(s.dimensions) ? (s.dimensions as unknown[]) : [];
    dims.forEach(
      (d, k) => isObj(d) && this.extraKeys(d, `${path}.dimensions[${k}]`, KEYS.dimension),
    );
    const dimension = (d: unknown): DimensionDef => {
      if (!isObj(d)) return d as DimensionDef;
      const { item_type, part_vocabulary, required, ...rest } = d;
      const out: Obj = { ...rest, required: required ?? false };
      if (item_type !== undefined) out.itemType = item_type;
      if (part_vocabulary !== undefined) out.partVocabulary = part_vocabulary;
      return out as unknown as DimensionDef;
    };
    const dimensions = Array.isArray(s.dimensions)
      ? dims.map(dimension)
      : (s.dimensions as DimensionDef[]);
    return {
      ...(pick(s, ['name', 'version', 'description']) as Pick<SchemaDef, 'name' | 'version'>),
      dimensions,
    };
  }

  rules(value: unknown, path: string): RuleDef[] {
    if (!Array.isArray(value)) return value as RuleDef[];
    return value.map((r: unknown, k) => {
      if (!isObj(r)) return r as RuleDef;
      this.extraKeys(r, `${path}[${k}]`, KEYS.rule);
      return {
        ...pick(r, ['name', 'type', 'description', 'condition']),
        enabled: r.enabled ?? true,
      } as unknown as RuleDef;
    });
  }

  ruleset(r: Obj, path: string): RuleSetDef {
    this.extraKeys(r, path, KEYS.ruleset);
    return {
      ...pick(r, ['name', 'version', 'description']),
      schemaName: r.schema_ref,
      rules: this.rules(r.rules, `${path}.rules`),
    } as unknown as RuleSetDef;
  }

  clusterRuleset(r: Obj, path: string): ClusterRuleSetDef {
    this.extraKeys(r, path, KEYS.cluster);
    const legacy = r.rules === undefined && r.cluster_rules !== undefined;
    if (r.rules !== undefined && r.cluster_rules !== undefined) {
      this.warnings.push({
        path: `${path}.cluster_rules`,
        code: 'UNKNOWN_KEY',
        message: `Both 'rules' and legacy 'cluster_rules' given: 'cluster_rules' is ignored`,
      });
    }
    const rulesKey = legacy ? 'cluster_rules' : 'rules';
    return {
      ...pick(r, ['name', 'version', 'description']),
      schemaName: r.schema_ref,
      pairwiseRuleSetName: r.pairwise_ruleset_ref,
      rules: this.rules(r[rulesKey], `${path}.${rulesKey}`),
    } as unknown as ClusterRuleSetDef;
  }

  items(value: unknown, path: string): ItemDef[] {
    if (!Array.isArray(value)) return value as ItemDef[];
    value.forEach((it: unknown, k) => isObj(it) && this.extraKeys(it, `${path}[${k}]`, KEYS.item));
    return value.map((it: unknown) => (isObj(it) ? pick(it, KEYS.item) : it) as ItemDef);
  }

  catalog(c: Obj, path: string): CatalogDef {
    this.extraKeys(c, path, KEYS.catalog);
    return {
      ...pick(c, ['name', 'description', 'metadata']),
      schemaName: c.schema_ref,
      items: c.items === undefined ? [] : this.items(c.items, `${path}.items`),
    } as unknown as CatalogDef;
  }
}

/** The given keys of an object that are present (undefined ones are left out). */
function pick(obj: Obj, keys: readonly string[]): Obj {
  const out: Obj = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
}
