import { validateClusterRuleSet, validateRuleSet } from '../../../../src/engine/validation';
import { SCHEMA } from '../helpers';

const ok = { name: 'r1', type: 'exclusion', condition: { equals: { field: 'category' } } };

describe('validateRuleSet', () => {
  it('accepts a valid rule set and returns parsed rules (disabled ones included)', () => {
    const r = validateRuleSet(SCHEMA, {
      name: 'rs',
      version: '1.0.0',
      rules: [ok, { ...ok, name: 'r2', type: 'requirement', enabled: false }],
    });
    expect(r.errors).toEqual([]);
    expect(r.rules.map(x => [x.name, x.type, x.enabled, x.condition.op])).toEqual([
      ['r1', 'exclusion', true, 'equals'],
      ['r2', 'requirement', false, 'equals'],
    ]);
  });

  it('refuses bad names, duplicates, types, enabled and conditions with their paths', () => {
    const r = validateRuleSet(
      SCHEMA,
      {
        name: '../x',
        version: '1',
        rules: [
          ok,
          { ...ok },
          { ...ok, name: 'has space', type: 'EXCLUSION', enabled: 'yes' },
          {
            name: 'r4',
            type: 'requirement',
            condition: { all: [{ equals: { field: 'category' } }, { equals: { field: 'nope' } }] },
          },
          { name: 'r5', type: 'requirement' },
          'junk',
        ],
      },
      'rulesets[1]',
    );
    expect(r.errors.map(e => [e.path, e.code])).toEqual([
      ['rulesets[1].name', 'INVALID_NAME'],
      ['rulesets[1].version', 'INVALID_VERSION'],
      ['rulesets[1].rules[1].name', 'DUPLICATE_NAME'],
      ['rulesets[1].rules[2].name', 'INVALID_NAME'],
      ['rulesets[1].rules[2].type', 'INVALID_VALUE'],
      ['rulesets[1].rules[2].enabled', 'INVALID_VALUE'],
      ['rulesets[1].rules[3].condition.all[1].equals.field', 'UNKNOWN_FIELD'],
      ['rulesets[1].rules[4].condition', 'INVALID_CONDITION'],
      ['rulesets[1].rules[5]', 'INVALID_VALUE'],
    ]);
  });

  it('validates disabled rules too (they are written)', () => {
    const r = validateRuleSet(SCHEMA, {
      name: 'rs',
      version: '1.0.0',
      rules: [{ ...ok, enabled: false, condition: { bogus: 1 } }],
    });
    expect(r.errors.map(e => e.code)).toEqual(['UNKNOWN_OPERATOR']);
  });

  it('returns warnings for unknown config keys', () => {
    const r = validateRuleSet(SCHEMA, {
      name: 'rs',
      version: '1.0.0',
      rules: [{ ...ok, condition: { equals: { field: 'category', extra: 1 } } }],
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map(w => w.path)).toEqual(['rules[0].condition.equals.extra']);
  });
});

describe('validateClusterRuleSet', () => {
  it('parses cluster conditions with their paths', () => {
    const r = validateClusterRuleSet(SCHEMA, {
      name: 'crs',
      version: '1.0.0',
      rules: [
        { name: 'min', type: 'requirement', condition: { min_cluster_size: 2 } },
        {
          name: 'bad',
          type: 'requirement',
          condition: {
            or: [{ unique_values: { field: 'nope' } }, { equals: { field: 'category' } }],
          },
        },
      ],
    });
    expect(r.errors.map(e => [e.path, e.code])).toEqual([
      ['rules[1].condition.or[0].unique_values.field', 'UNKNOWN_FIELD'],
      ['rules[1].condition.or[1]', 'UNKNOWN_OPERATOR'],
    ]);
  });
});
