import Database from 'better-sqlite3';
import { cacheStatements } from '../../../src/persistence/sqlite-statements';

describe('cacheStatements (SQLite)', () => {
  function database() {
    const db = new Database(':memory:');
    const compiled: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      compiled.push(sql);
      return prepare(sql);
    }) as typeof db.prepare;
    return { db: cacheStatements(db, 2), compiled };
  }

  it('compiles a SQL text once and gives the same statement back', () => {
    const { db, compiled } = database();
    const a = db.prepare('select ? as v');
    const b = db.prepare('select ? as v');
    expect(b).toBe(a);
    expect(compiled).toEqual(['select ? as v']);
    expect(a.all(1)).toEqual([{ v: 1 }]);
    expect(b.all(2)).toEqual([{ v: 2 }]);
  });

  it('keeps the most recently used statements and compiles evicted ones again', () => {
    const { db, compiled } = database();
    db.prepare('select 1');
    db.prepare('select 2');
    db.prepare('select 1'); // now the most recent
    db.prepare('select 3'); // evicts "select 2"
    db.prepare('select 1');
    db.prepare('select 2');
    expect(compiled).toEqual(['select 1', 'select 2', 'select 3', 'select 2']);
  });

  it('still works after the schema changed under a cached statement', () => {
    const { db } = database();
    db.prepare('create table t (a integer)').run();
    db.prepare('insert into t (a) values (?)').run(1);
    expect(db.prepare('select * from t').all()).toEqual([{ a: 1 }]);
    db.prepare('alter table t add column b text').run();
    db.prepare('insert into t (a, b) values (?, ?)').run(2, 'x');
    expect(db.prepare('select * from t').all()).toEqual([
      { a: 1, b: null },
      { a: 2, b: 'x' },
    ]);
  });
});
