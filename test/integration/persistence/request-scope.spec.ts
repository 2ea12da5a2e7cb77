import { SchemaEntity } from '../../../src/persistence/entities';
import { runInRequestScope } from '../../../src/persistence/request-scope';
import { RequestAbortedError } from '../../../src/errors';
import { describeEachDatabase, type TestOrm } from '../../helpers/orm';

const schema = (name: string) =>
  new SchemaEntity({
    name,
    version: '1.0.0',
    description: null,
    dimensions: [{ name: 'color', type: 'enum', values: ['red'] } as never],
  });

describeEachDatabase('the commit gate', database => {
  let db: TestOrm;
  beforeAll(async () => {
    db = await database.fresh();
  }, 60_000);
  afterAll(() => db.cleanup());

  it('rolls back a transaction whose request was abandoned before it committed', async () => {
    const controller = new AbortController();
    const em = db.orm.em.fork();
    const write = runInRequestScope(controller.signal, () =>
      em.transactional(async tx => {
        tx.persist(schema('abandoned'));
        await tx.flush();
        controller.abort(new Error('request timed out after 1000 ms'));
      }),
    );
    await expect(write).rejects.toBeInstanceOf(RequestAbortedError);
    expect(await db.orm.em.fork().count(SchemaEntity, { name: 'abandoned' })).toBe(0);
  });

  it('rolls back when the deadline passed during a statement, before the timer could fire', async () => {
    // A synchronous driver (better-sqlite3) holds the event loop while a statement runs: the
    // request's timer is overdue but has not fired, so the signal is not aborted yet. The
    // gate asks the request scope to expire it before committing.
    const controller = new AbortController();
    let deadlinePassed = false;
    const expireIfDue = () => {
      if (deadlinePassed) controller.abort(new Error('request timed out after 1000 ms'));
    };
    const em = db.orm.em.fork();
    const write = runInRequestScope(
      controller.signal,
      () =>
        em.transactional(async tx => {
          tx.persist(schema('overdue'));
          await tx.flush();
          deadlinePassed = true;
        }),
      expireIfDue,
    );
    await expect(write).rejects.toBeInstanceOf(RequestAbortedError);
    expect(controller.signal.aborted).toBe(true);
    expect(await db.orm.em.fork().count(SchemaEntity, { name: 'overdue' })).toBe(0);
  });

  it('commits the same transaction when the request is still alive', async () => {
    const controller = new AbortController();
    const em = db.orm.em.fork();
    await runInRequestScope(controller.signal, () =>
      em.transactional(async tx => {
        tx.persist(schema('kept'));
      }),
    );
    expect(await db.orm.em.fork().count(SchemaEntity, { name: 'kept' })).toBe(1);
  });

  it('leaves work outside any request (migrations, seeding) alone', async () => {
    await db.orm.em.fork().transactional(async tx => {
      tx.persist(schema('outside'));
    });
    expect(await db.orm.em.fork().count(SchemaEntity, { name: 'outside' })).toBe(1);
  });
});
