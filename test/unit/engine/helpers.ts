/** Builders for engine tests: a valid default, overrides per test. */
import * as fs from 'fs';
import * as path from 'path';
import type {
  DimensionDef,
  ItemDef,
  JsonObject,
  RuleDef,
  SchemaDef,
} from '../../../src/engine/model';
import {
  compileRuleSet,
  prepareCatalog,
  evaluatePair,
  type PreparedCatalog,
} from '../../../src/engine/pairwise';

export const SCHEMA: SchemaDef = {
  name: 'test_schema',
  version: '1.0.0',
  dimensions: [
    { name: 'category', type: 'enum', required: false, values: ['shirt', 'pants', 'hat'] },
    { name: 'label', type: 'string', required: false },
    { name: 'formality', type: 'integer', required: false, min: 1, max: 5 },
    { name: 'weight', type: 'float', required: false },
    { name: 'flag', type: 'boolean', required: false },
    { name: 'colors', type: 'list', required: false, itemType: 'string' },
    { name: 'coverage', type: 'part_layer_list', required: false },
    { name: 'meta', type: 'string', required: false },
  ] satisfies DimensionDef[],
};

export function item(id: string, attributes: Record<string, unknown> = {}): ItemDef {
  return { id, name: id, attributes: attributes as JsonObject };
}

export function rule(
  name: string,
  type: 'exclusion' | 'requirement',
  condition: unknown,
  enabled = true,
): RuleDef {
  return { name, type, enabled, condition: condition as JsonObject };
}

export function prepared(
  rules: RuleDef[],
  items: ItemDef[],
  schema: SchemaDef | null = SCHEMA,
): PreparedCatalog {
  return prepareCatalog(compileRuleSet(schema, rules), items);
}

/** The verdict and reason of one condition on (a, b), via a requirement rule. */
export function verdict(
  condition: unknown,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
): { value: boolean; reason: string } {
  const p = prepared([rule('r', 'requirement', condition)], [item('a', a), item('b', b)], null);
  const r = evaluatePair(p, 0, 1).rulesEvaluated[0];
  return { value: r.passed, reason: r.reason };
}

export function loadExample(name: 'wardrobe-v1' | 'wardrobe-v2'): Record<string, unknown> {
  const file = path.join(__dirname, '../../../examples', `${name}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}
