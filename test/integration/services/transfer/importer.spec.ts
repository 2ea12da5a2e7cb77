/**
 * An import costs what it writes: a new catalog under a schema that already holds other
 * catalogs neither re-reads nor locks them. Shown on PostgreSQL with another transaction
 * holding a row lock on an existing catalog of the same schema: the import must not wait for
 * it (it used to lock every catalog of the schema, and so waited until DB_LOCK_TIMEOUT).
 */
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import { describeEachDatabase, POSTGRESQL } from '../../../helpers/orm';
import { describeWithPostgres } from '../../../helpers/postgres';
import { startTestApi, type TestApi } from '../../../helpers/app';

const SCHEMA = {
  name: 'shared',
  version: '1.0.0',
  dimensions: [{ name: 'color', type: 'enum', values: ['red', 'blue'] }],
};

function catalog(name: string, items: number) {
  return {
    name,
    schema_ref: 'shared',
    items: Array.from({ length: items }, (_, i) => ({
      id: `${name}_${i}`,
      name: `${name} ${i}`,
      attributes: { color: i % 2 ? 'red' : 'blue' },
    })),
  };
}

describeWithPostgres('importing a catalog under a busy schema', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(POSTGRESQL, { DB_LOCK_TIMEOUT: '3', RATE_LIMIT_ENABLED: 'false' });
    await api.importAll({ schemas: [SCHEMA], catalogs: [catalog('big', 1000)] });
  }, 120_000);
  afterAll(() => api.close(), 60_000);

  it('does not wait for locks on the other catalogs of the schema', async () => {
    const knex = (api.db.orm.em.getConnection() as unknown as AbstractSqlConnection).getKnex();
    const trx = await knex.transaction();
    try {
      await trx.raw('select id from catalogs where name = ? for update', ['big']);
      const started = Date.now();
      await api.importAll({ catalogs: [catalog('small', 10)] });
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await trx.rollback();
    }
    const res = await api.gql(
      '{ catalog(name: "small") { itemCount } big: catalog(name: "big") { itemCount } }',
    );
    expect(res.body.data).toEqual({ catalog: { itemCount: 10 }, big: { itemCount: 1000 } });
  }, 120_000);
});

describeEachDatabase('import cost follows the import, not the stored data', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(database, { RATE_LIMIT_ENABLED: 'false' });
    await api.importAll({
      schemas: [SCHEMA, { ...SCHEMA, name: 'empty' }],
    });
    await api.importAll({ catalogs: [catalog('big', 1000)] });
  }, 120_000);
  afterAll(() => api.close(), 60_000);

  /** SQL statements the server sends while `run` runs. */
  async function queriesDuring(run: () => Promise<void>): Promise<string[]> {
    const knex = (api.db.orm.em.getConnection() as unknown as AbstractSqlConnection).getKnex();
    const seen: string[] = [];
    const listener = (q: { sql: string }) => seen.push(q.sql);
    knex.on('query', listener);
    try {
      await run();
    } finally {
      knex.off('query', listener);
    }
    return seen;
  }

  it('sends the same statements next to a 1000-item catalog as under an empty schema', async () => {
    const alone = await queriesDuring(() =>
      api.importAll({ catalogs: [{ ...catalog('lonely', 10), schema_ref: 'empty' }] }),
    );
    const beside = await queriesDuring(() => api.importAll({ catalogs: [catalog('beside', 10)] }));
    expect(beside.length).toBe(alone.length);
    // None of them reads the other catalog's items.
    expect(
      beside.filter(sql => /from .?items.?/i.test(sql) && /catalog_id/i.test(sql)).length,
    ).toBe(alone.filter(sql => /from .?items.?/i.test(sql) && /catalog_id/i.test(sql)).length);
  }, 120_000);
});
