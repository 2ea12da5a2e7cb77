/**
 * An import costs what it writes: a new catalog under a schema that already holds other
 * catalogs neither re-reads nor locks them. Shown on PostgreSQL with another transaction
 * holding a row lock on an existing catalog of the same schema: the import must not wait for
 * it (it used to lock every catalog of the schema, and so waited until DB_LOCK_TIMEOUT).
 */
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import { POSTGRESQL } from '../../../helpers/orm';
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
