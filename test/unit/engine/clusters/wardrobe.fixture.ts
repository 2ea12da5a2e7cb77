/** Loads an example wardrobe document into cluster-engine inputs (real pairwise engine). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterCondition, ParsedRule } from '../../../../src/engine/conditions/ast';
import { parseClusterRules } from '../../../../src/engine/conditions/parse-cluster';
import type { ClusterInput } from '../../../../src/engine/clusters';
import { clusterInputFromPrepared } from '../../../../src/engine/clusters';
import type {
  DimensionDef,
  Issue,
  ItemDef,
  RuleDef,
  SchemaDef,
} from '../../../../src/engine/model';
import { compileRuleSet, prepareCatalog } from '../../../../src/engine/pairwise';

interface Doc {
  schemas: { name: string; version: string; dimensions: Record<string, unknown>[] }[];
  rulesets: { rules: RuleDef[] }[];
  cluster_rulesets: { rules: unknown[] }[];
  catalogs: { items: ItemDef[] }[];
}

export interface Wardrobe {
  readonly input: ClusterInput;
  readonly rules: readonly ParsedRule<ClusterCondition>[];
  readonly warnings: readonly Issue[];
  readonly errors: readonly Issue[];
}

/** Reads `examples/<file>` and prepares its catalog, pairwise and cluster rule sets. */
export function loadWardrobe(file: string): Wardrobe {
  const path = join(__dirname, '../../../../examples', file);
  const doc = JSON.parse(readFileSync(path, 'utf8')) as Doc;
  const s = doc.schemas[0];
  const schema: SchemaDef = {
    name: s.name,
    version: s.version,
    dimensions: s.dimensions.map((d): DimensionDef => ({
      name: String(d.name),
      type: d.type as DimensionDef['type'],
      required: d.required === true,
      values: (d.values as string[] | undefined) ?? null,
      min: (d.min as number | undefined) ?? null,
      max: (d.max as number | undefined) ?? null,
      itemType: (d.item_type as DimensionDef['itemType']) ?? null,
      partVocabulary: (d.part_vocabulary as string[] | undefined) ?? null,
    })),
  };
  const prepared = prepareCatalog(
    compileRuleSet(schema, doc.rulesets[0].rules),
    doc.catalogs[0].items,
  );
  const report = parseClusterRules(schema, doc.cluster_rulesets[0].rules);
  return {
    input: clusterInputFromPrepared(prepared, report.rules),
    rules: report.rules,
    warnings: report.warnings,
    errors: report.errors,
  };
}
