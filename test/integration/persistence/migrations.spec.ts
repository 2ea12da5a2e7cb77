import type { MikroORM } from '@mikro-orm/core';
import { MIGRATIONS_TABLE } from '../../../src/persistence/mikro-orm.config';
import { getMigrationStatus } from '../../../src/persistence/orm';
import { describeEachDatabase, type TestOrm } from '../../helpers/orm';

const APP_TABLES = ['catalogs', 'cluster_rule_sets', 'items', 'rule_sets', 'schemas'];

async function tableNames(orm: MikroORM): Promise<string[]> {
  const platform = orm.em.getPlatform().constructor.name;
  const sql = platform.startsWith('PostgreSql')
    ? "select table_name as name from information_schema.tables where table_schema = 'public'"
    : "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'";
  const rows: { name: string }[] = await orm.em.getConnection().execute(sql);
  return rows.map(r => r.name).sort();
}

/** SQL MikroORM would run to make the database match the entities: '' when none. */
async function schemaDrift(orm: MikroORM): Promise<string> {
  return (await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim();
}

describeEachDatabase('migrations', database => {
  let db: TestOrm;

  beforeAll(async () => {
    db = await database.fresh({ migrations: 'skip' });
  }, 30_000);
  afterAll(() => db?.cleanup());

  it('start from an empty database with every migration pending', async () => {
    const status = await getMigrationStatus(db.orm);
    expect(status.executed).toEqual([]);
    expect(status.pending.length).toBeGreaterThan(0);
    expect(await tableNames(db.orm)).toEqual([MIGRATIONS_TABLE]);
  });

  it('go up on an empty database and create every table', async () => {
    const applied = await db.orm.getMigrator().up();
    expect(applied.length).toBeGreaterThan(0);
    expect(await tableNames(db.orm)).toEqual([...APP_TABLES, MIGRATIONS_TABLE].sort());
    expect((await getMigrationStatus(db.orm)).pending).toEqual([]);
  });

  it('create exactly the schema of the entities (no missing migration)', async () => {
    expect(await schemaDrift(db.orm)).toBe('');
    expect(await db.orm.getMigrator().checkMigrationNeeded()).toBe(false);
  });

  it('go down to zero, leaving only the migrations table', async () => {
    await db.orm.getMigrator().down({ to: 0 });
    expect(await tableNames(db.orm)).toEqual([MIGRATIONS_TABLE]);
    const status = await getMigrationStatus(db.orm);
    expect(status.executed).toEqual([]);
  });

  it('go up again after going down', async () => {
    await db.orm.getMigrator().up();
    expect(await tableNames(db.orm)).toEqual([...APP_TABLES, MIGRATIONS_TABLE].sort());
    expect(await schemaDrift(db.orm)).toBe('');
  });
});
