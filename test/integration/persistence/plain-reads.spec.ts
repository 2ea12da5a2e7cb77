import { readRows } from '../../../src/persistence/repositories/plain';
import { createSchema } from '../../helpers/entities';
import {
  countPoolAcquires,
  describeEachDatabase,
  freshSqliteOrm,
  type TestOrm,
} from '../../helpers/orm';

const NAMES = 'select name from schemas where name like ? order by name';

describeEachDatabase('readRows (plain reads)', database => {
  let db: TestOrm;
  beforeAll(async () => {
    db = await database.fresh();
    await createSchema(db.orm.em.fork(), 'plain_a');
    await createSchema(db.orm.em.fork(), 'plain_b');
  }, 60_000);
  afterAll(() => db.cleanup());

  it('returns the rows of the statement with its parameters', async () => {
    const rows = await readRows<{ name: string }>(db.orm.em.fork(), NAMES, ['plain_%']);
    expect(rows).toEqual([{ name: 'plain_a' }, { name: 'plain_b' }]);
  });

  it('sees what its own transaction wrote before it commits', async () => {
    await db.orm.em
      .fork()
      .transactional(async tx => {
        await createSchema(tx, 'plain_in_tx');
        const rows = await readRows<{ name: string }>(tx, NAMES, ['plain_in%']);
        expect(rows).toEqual([{ name: 'plain_in_tx' }]);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await readRows(db.orm.em.fork(), NAMES, ['plain_in%'])).toEqual([]);
  });

  it('fails as MikroORM execute fails (the same driver error)', async () => {
    const sql = 'select * from no_such_table';
    const viaOrm = await db.orm.em
      .fork()
      .getConnection()
      .execute(sql)
      .catch((error: unknown) => error as Error & { code?: unknown });
    const viaReadRows = await readRows(db.orm.em.fork(), sql, []).catch(
      (error: unknown) => error as Error & { code?: unknown },
    );
    // (Not `toBeInstanceOf(Error)`: a native driver's errors may come from another realm than
    // the test's `Error`.)
    expect(viaReadRows).toBeDefined();
    expect(viaReadRows.constructor).toBe(viaOrm.constructor);
    expect((viaReadRows as { code?: unknown }).code).toBe((viaOrm as { code?: unknown }).code);
    expect((viaReadRows as Error).message).toContain('no_such_table');
  });
});

describe('readRows on SQLite', () => {
  let db: TestOrm;
  beforeAll(async () => {
    db = await freshSqliteOrm({ file: true });
  }, 60_000);
  afterAll(() => db.cleanup());

  it('runs on the idle connection without going through the pool', async () => {
    const em = db.orm.em.fork();
    const acquires = countPoolAcquires(em);
    try {
      await readRows(em, NAMES, ['%']);
      expect(acquires.count).toBe(0);
      await em.getConnection().execute('select 1');
      expect(acquires.count).toBe(1); // the spy does see the ORM's path
    } finally {
      acquires.restore();
    }
  });

  it('waits for a transaction that holds the connection and never reads its uncommitted rows', async () => {
    let release!: () => void;
    const held = new Promise<void>(resolve => (release = resolve));
    let written!: () => void;
    const insertFlushed = new Promise<void>(resolve => (written = resolve));
    const writer = db.orm.em.fork().transactional(async tx => {
      await createSchema(tx, 'plain_late');
      written();
      await held; // the transaction stays open, holding SQLite's one pooled connection
    });
    await insertFlushed;
    let seen: { name: string }[] | undefined;
    const reader = readRows<{ name: string }>(db.orm.em.fork(), NAMES, ['plain_late']).then(
      rows => (seen = rows),
    );
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(seen).toBeUndefined(); // not answered from the connection the transaction holds
    release();
    await writer;
    await reader;
    expect(seen).toEqual([{ name: 'plain_late' }]); // read after the commit
  });
});
