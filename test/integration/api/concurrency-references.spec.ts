/**
 * Writes that depend on another resource (a rule set on its schema, a cluster rule set on its
 * schema and pairwise rule set, a catalog on its schema, items on their catalog) racing updates
 * and deletes of that resource: every request ends OK or with a clean code (never a 500), and
 * what is stored stays consistent (nothing refers to a deleted row, every stored rule fits its
 * stored schema).
 */
import { validateClusterRuleSet, validateRuleSet } from '../../../src/engine';
import { errorCode, ok, startApi } from '../../fixtures/api';
import {
  aCatalog,
  aClusterRuleSet,
  aDocItem,
  anItem,
  aRule,
  aRuleSet,
  aSchema,
  CREATE_CATALOG,
  CREATE_CLUSTER_RULE_SET,
  CREATE_ITEM,
  CREATE_RULE_SET,
  CREATE_SCHEMA,
  DELETE_ITEM,
  garmentDimensions,
  UPDATE_CLUSTER_RULE_SET,
  UPDATE_ITEM,
  UPDATE_RULE_SET,
  UPDATE_SCHEMA,
} from '../../fixtures/builders';
import type { GraphQLResponse, TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

const outcome = (res: GraphQLResponse) => (res.body.errors ? String(errorCode(res)) : 'OK');
const IMPORT_RULE_SETS = `mutation($file: Upload!) { importRuleSets(file: $file) { ruleSets { created } } }`;
const IMPORT_ITEMS = `mutation($catalog: CatalogName!, $file: Upload!) { importItems(catalogName: $catalog, file: $file) { items { created } } }`;
const ROUNDS = 4;

jest.setTimeout(60_000);

interface Stored {
  schemas: { name: string; version: string; dimensions: Record<string, unknown>[] }[];
  rulesets?: { name: string; schema_ref: string; rules: unknown[] }[];
  cluster_rulesets?: {
    name: string;
    schema_ref: string;
    pairwise_ruleset_ref: string;
    rules: unknown[];
  }[];
  catalogs?: { name: string; schema_ref: string; items: unknown[] }[];
}

describeEachDatabase('API: concurrent writers of dependent resources', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(database, { POOL_SIZE: '5', MAX_OVERFLOW: '10' });
  }, 60_000);
  afterAll(() => api.close());

  /** Every stored rule set and cluster rule set is valid under its stored schema, references resolve. */
  async function expectConsistent(): Promise<Stored> {
    const doc = ok(await api.gql<{ exportAll: Stored }>('{ exportAll }')).exportAll;
    const schemas = new Map(
      doc.schemas.map(s => [
        s.name,
        {
          name: s.name,
          version: s.version,
          dimensions: s.dimensions.map(d => ({ ...d, itemType: d.item_type })) as never,
        },
      ]),
    );
    const ruleSets = new Map((doc.rulesets ?? []).map(r => [r.name, r]));
    for (const set of doc.rulesets ?? []) {
      const schema = schemas.get(set.schema_ref);
      expect({ set: set.name, schema: !!schema }).toEqual({ set: set.name, schema: true });
      expect(
        validateRuleSet(schema!, { ...set, schemaName: set.schema_ref } as never).errors,
      ).toEqual([]);
    }
    for (const set of doc.cluster_rulesets ?? []) {
      const schema = schemas.get(set.schema_ref);
      expect(!!schema && ruleSets.has(set.pairwise_ruleset_ref)).toBe(true);
      expect(
        validateClusterRuleSet(schema!, { ...set, schemaName: set.schema_ref } as never).errors,
      ).toEqual([]);
    }
    for (const catalog of doc.catalogs ?? []) expect(schemas.has(catalog.schema_ref)).toBe(true);
    return doc;
  }

  /** A schema whose `colors` dimension the narrowing update below removes. */
  const narrowed = () => garmentDimensions().filter(d => d.name !== 'colors');
  const onColors = (name: string) =>
    aRule({ name, type: 'EXCLUSION', condition: { equals: { field: 'colors' } } });

  it('createRuleSet and updateRuleSet racing updateSchema: no stored rule refers to a removed dimension', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const schema = `narrow${round}`;
      ok(await api.gql(CREATE_SCHEMA, { input: aSchema({ name: schema }) }));
      ok(
        await api.gql(CREATE_RULE_SET, {
          input: aRuleSet({ name: `base${round}`, schemaName: schema }),
        }),
      );
      const results = await Promise.all([
        ...Array.from({ length: 4 }, (_, k) =>
          api.gql(CREATE_RULE_SET, {
            input: aRuleSet({
              name: `colors${round}_${k}`,
              schemaName: schema,
              rules: [onColors('c')],
            }),
          }),
        ),
        api.gql(UPDATE_SCHEMA, { name: schema, input: { dimensions: narrowed() } }),
        api.gql(UPDATE_RULE_SET, { name: `base${round}`, input: { rules: [onColors('c')] } }),
        ...Array.from({ length: 2 }, (_, k) =>
          api.gql(CREATE_RULE_SET, {
            input: aRuleSet({
              name: `late${round}_${k}`,
              schemaName: schema,
              rules: [onColors('c')],
            }),
          }),
        ),
      ]);
      for (const res of results) expect(['OK', 'UNPROCESSABLE']).toContain(outcome(res));
      for (const res of results.filter(r => r.body.errors)) expect(res.status).toBe(422);
      const doc = await expectConsistent();
      const updated = outcome(results[4]) === 'OK';
      const stored = doc.rulesets!.filter(r => r.schema_ref === schema);
      // Either the schema lost `colors` and no rule uses it, or it kept it and every write went in.
      if (updated)
        expect(stored.map(r => r.name).sort()).toEqual(
          stored
            .filter(r => !JSON.stringify(r.rules).includes('colors'))
            .map(r => r.name)
            .sort(),
        );
      else expect(results.filter(r => r.body.errors)).toEqual([results[4]]);
    }
  });

  it('createClusterRuleSet and updateClusterRuleSet racing updateSchema', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const schema = `cnarrow${round}`;
      ok(await api.gql(CREATE_SCHEMA, { input: aSchema({ name: schema }) }));
      ok(
        await api.gql(CREATE_RULE_SET, {
          input: aRuleSet({ name: `cpair${round}`, schemaName: schema }),
        }),
      );
      ok(
        await api.gql(CREATE_CLUSTER_RULE_SET, {
          input: aClusterRuleSet({
            name: `cbase${round}`,
            schemaName: schema,
            pairwiseRuleSetName: `cpair${round}`,
          }),
        }),
      );
      const unique = aRule({
        name: 'u',
        type: 'REQUIREMENT',
        condition: { unique_values: { field: 'colors' } },
      });
      const results = await Promise.all([
        ...Array.from({ length: 3 }, (_, k) =>
          api.gql(CREATE_CLUSTER_RULE_SET, {
            input: aClusterRuleSet({
              name: `ccolors${round}_${k}`,
              schemaName: schema,
              pairwiseRuleSetName: `cpair${round}`,
              rules: [unique],
            }),
          }),
        ),
        api.gql(UPDATE_SCHEMA, { name: schema, input: { dimensions: narrowed() } }),
        api.gql(UPDATE_CLUSTER_RULE_SET, { name: `cbase${round}`, input: { rules: [unique] } }),
      ]);
      for (const res of results) expect(['OK', 'UNPROCESSABLE']).toContain(outcome(res));
      await expectConsistent();
    }
  });

  it('createRuleSet, createCatalog and importRuleSets racing deleteSchema: OK or NOT_FOUND / CONFLICT, never a 500', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const schema = `doomed${round}`;
      ok(await api.gql(CREATE_SCHEMA, { input: aSchema({ name: schema }) }));
      const results = await Promise.all([
        ...Array.from({ length: 3 }, (_, k) =>
          api.gql(CREATE_RULE_SET, {
            input: aRuleSet({ name: `d${round}_${k}`, schemaName: schema }),
          }),
        ),
        api.gql(CREATE_CATALOG, { input: aCatalog({ name: `dc${round}`, schemaName: schema }) }),
        api.upload(
          IMPORT_RULE_SETS,
          {},
          JSON.stringify({
            rulesets: [
              {
                name: `di${round}`,
                version: '1.0.0',
                schema_ref: schema,
                rules: [
                  { name: 'r', type: 'exclusion', condition: { equals: { field: 'category' } } },
                ],
              },
            ],
          }),
        ),
        api.gql(`mutation { deleteSchema(name: "${schema}") }`),
      ]);
      const writes = results.slice(0, -1);
      const deleted = outcome(results.at(-1)!);
      expect(['OK', 'CONFLICT']).toContain(deleted);
      // importRuleSets validates references first: a deleted schema is a bad reference (422).
      for (const res of writes)
        expect(['OK', 'NOT_FOUND', 'UNPROCESSABLE']).toContain(outcome(res));
      for (const res of results) expect(res.status).toBeLessThan(500);
      if (deleted === 'OK') for (const res of writes) expect(outcome(res)).not.toBe('OK');
      else expect(writes.some(res => outcome(res) === 'OK')).toBe(true);
      await expectConsistent();
    }
  });

  it('createClusterRuleSet racing deleteRuleSet: the cluster rule set is created (delete CONFLICT) or NOT_FOUND (delete OK)', async () => {
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema({ name: 'pairs' }) }));
    for (let round = 0; round < ROUNDS; round++) {
      const pairwise = `pair${round}`;
      ok(
        await api.gql(CREATE_RULE_SET, {
          input: aRuleSet({ name: pairwise, schemaName: 'pairs' }),
        }),
      );
      const results = await Promise.all([
        ...Array.from({ length: 3 }, (_, k) =>
          api.gql(CREATE_CLUSTER_RULE_SET, {
            input: aClusterRuleSet({
              name: `on${round}_${k}`,
              schemaName: 'pairs',
              pairwiseRuleSetName: pairwise,
            }),
          }),
        ),
        api.gql(`mutation { deleteRuleSet(name: "${pairwise}") }`),
      ]);
      const creates = results.slice(0, -1).map(outcome);
      const deleted = outcome(results.at(-1)!);
      for (const o of creates) expect(['OK', 'NOT_FOUND']).toContain(o);
      expect(['OK', 'CONFLICT']).toContain(deleted);
      if (deleted === 'OK') expect(creates.every(o => o === 'NOT_FOUND')).toBe(true);
      else expect(creates).toContain('OK');
      await expectConsistent();
    }
  });

  it('deleteCatalog racing createItem, updateItem, deleteItem and importItems: OK or NOT_FOUND, no orphan items', async () => {
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema({ name: 'shelves' }) }));
    for (let round = 0; round < ROUNDS; round++) {
      const catalog = `shelf${round}`;
      ok(
        await api.gql(CREATE_CATALOG, {
          input: aCatalog({ name: catalog, schemaName: 'shelves' }),
        }),
      );
      for (const id of ['u', 'v']) ok(await api.gql(CREATE_ITEM, { catalog, input: anItem(id) }));
      const results = await Promise.all([
        api.gql(CREATE_ITEM, { catalog, input: anItem('n1') }),
        api.gql(UPDATE_ITEM, { catalog, id: 'u', input: { name: 'renamed' } }),
        api.gql(DELETE_ITEM, { catalog, id: 'v' }),
        api.upload(
          IMPORT_ITEMS,
          { catalog },
          JSON.stringify({ items: [aDocItem('i1'), aDocItem('i2')] }),
        ),
        api.gql(`mutation { deleteCatalog(name: "${catalog}") }`),
        api.gql(CREATE_ITEM, { catalog, input: anItem('n2') }),
      ]);
      expect(outcome(results[4])).toBe('OK');
      for (const res of results) expect(['OK', 'NOT_FOUND']).toContain(outcome(res));
      const [orphans]: { n: number | string }[] = await api.db.orm.em
        .getConnection()
        .execute(
          'select count(*) as n from items where catalog_id not in (select id from catalogs)',
        );
      expect(Number(orphans.n)).toBe(0);
      expect(
        ok(await api.gql<{ catalog: unknown }>(`{ catalog(name: "${catalog}") { name } }`)).catalog,
      ).toBeNull();
    }
  });
});
