import {
  ForeignKeyConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import {
  CatalogEntity,
  ClusterRuleSetEntity,
  RuleSetEntity,
  SchemaEntity,
} from '../../../src/persistence/entities';
import {
  toClusterRuleSetDef,
  toRuleSetDef,
  toSchemaDef,
  toSchemaRecord,
} from '../../../src/persistence/mappers';
import { findRuleSetDependents, findSchemaDependents } from '../../../src/persistence/repositories';
import {
  COLOR_DIMENSION,
  createCatalog,
  createClusterRuleSet,
  createRuleSet,
  createSchema,
  SAME_COLOR_RULE,
} from '../../helpers/entities';
import { describeEachDatabase, type TestOrm } from '../../helpers/orm';

describeEachDatabase('named resources', database => {
  let db: TestOrm;
  beforeAll(async () => {
    db = await database.fresh();
  }, 30_000);
  afterAll(() => db?.cleanup());
  beforeEach(() => db.orm.schema.clearDatabase());

  const fork = () => db.orm.em.fork();

  it('stores a schema and finds it by name, JSON as written', async () => {
    await createSchema(fork(), 'wardrobe');
    const found = await fork().getRepository(SchemaEntity).findByName('wardrobe');
    expect(found).not.toBeNull();
    expect(toSchemaDef(found!)).toEqual({
      name: 'wardrobe',
      version: '1.0.0',
      description: null,
      dimensions: [COLOR_DIMENSION],
    });
    expect(toSchemaRecord(found!).createdAt).toBeInstanceOf(Date);
    expect(await fork().getRepository(SchemaEntity).findByName('Wardrobe')).toBeNull();
  });

  it('refuses a second schema, rule set or catalog with the same name', async () => {
    const schema = await createSchema(fork(), 'dup');
    await expect(createSchema(fork(), 'dup')).rejects.toBeInstanceOf(
      UniqueConstraintViolationException,
    );
    const em = fork();
    const ref = em.getReference(SchemaEntity, schema.id);
    await createRuleSet(em, 'rs', ref);
    await expect(
      createRuleSet(fork(), 'rs', fork().getReference(SchemaEntity, schema.id)),
    ).rejects.toBeInstanceOf(UniqueConstraintViolationException);
    await createCatalog(fork(), 'cat', fork().getReference(SchemaEntity, schema.id));
    await expect(
      createCatalog(fork(), 'cat', fork().getReference(SchemaEntity, schema.id)),
    ).rejects.toBeInstanceOf(UniqueConstraintViolationException);
  });

  it('lists in creation order with keyset pages', async () => {
    const names = ['zeta', 'Alpha', 'beta', 'gamma', 'delta'];
    for (const name of names) await createSchema(fork(), name);
    const repo = fork().getRepository(SchemaEntity);

    const first = await repo.list({ first: 2 });
    expect(first.items.map(s => s.name)).toEqual(['zeta', 'Alpha']);
    expect(first).toMatchObject({ hasNextPage: true, totalCount: 5 });

    const second = await repo.list({ first: 2, after: first.items[1]!.id });
    expect(second.items.map(s => s.name)).toEqual(['beta', 'gamma']);
    expect(second.hasNextPage).toBe(true);

    const last = await repo.list({ first: 2, after: second.items[1]!.id });
    expect(last.items.map(s => s.name)).toEqual(['delta']);
    expect(last.hasNextPage).toBe(false);

    expect(await repo.list({ first: 5 })).toMatchObject({ hasNextPage: false, totalCount: 5 });
    expect(await repo.list({ first: 0 })).toMatchObject({ items: [], hasNextPage: true });
    await expect(repo.list({ first: -1 })).rejects.toThrow(RangeError);
  });

  it('bumps revision atomically on every flushed update', async () => {
    const created = await createSchema(fork(), 'rev');
    expect(created.revision).toBe(1);

    const em = fork();
    const repo = em.getRepository(SchemaEntity);
    const schema = (await repo.findByName('rev'))!;
    const before = schema.updatedAt;
    schema.description = 'changed';
    repo.markRevised(schema);
    await em.flush();
    expect(schema.revision).toBe(2);
    expect(schema.updatedAt.getTime()).toBeGreaterThanOrEqual(before.getTime());

    // Two writers that both loaded revision 2 still produce 3 and 4, never 3 twice.
    const [em1, em2] = [fork(), fork()];
    const a = (await em1.getRepository(SchemaEntity).findByName('rev'))!;
    const b = (await em2.getRepository(SchemaEntity).findByName('rev'))!;
    em1.getRepository(SchemaEntity).markRevised(a);
    em2.getRepository(SchemaEntity).markRevised(b);
    await em1.flush();
    await em2.flush();
    expect([a.revision, b.revision]).toEqual([3, 4]);
    expect((await fork().getRepository(SchemaEntity).findByName('rev'))!.revision).toBe(4);
  });

  it('loads the relations the mappers need', async () => {
    const schema = await createSchema(fork(), 's');
    const ruleSet = await createRuleSet(fork(), 'pairs', schema);
    await createClusterRuleSet(fork(), 'groups', ruleSet);

    const rs = await fork().getRepository(RuleSetEntity).findByName('pairs');
    expect(toRuleSetDef(rs!)).toEqual({
      name: 'pairs',
      version: '1.0.0',
      description: null,
      schemaName: 's',
      rules: [SAME_COLOR_RULE],
    });
    const crs = await fork().getRepository(ClusterRuleSetEntity).findByName('groups');
    expect(toClusterRuleSetDef(crs!)).toMatchObject({
      schemaName: 's',
      pairwiseRuleSetName: 'pairs',
    });

    const list = await fork().getRepository(ClusterRuleSetEntity).list({ first: 10 });
    expect(list.items.map(toClusterRuleSetDef).map(d => d.pairwiseRuleSetName)).toEqual(['pairs']);
  });

  it('mappers refuse a relation that was not loaded', async () => {
    const schema = await createSchema(fork(), 's');
    await createRuleSet(fork(), 'pairs', schema);
    const bare = await fork().findOneOrFail(RuleSetEntity, { name: 'pairs' });
    expect(() => toRuleSetDef(bare)).toThrow(/not loaded/);
  });

  it('names the dependents of a schema and of a rule set', async () => {
    const schema = await createSchema(fork(), 's');
    const other = await createSchema(fork(), 'other');
    const ruleSet = await createRuleSet(fork(), 'pairs', schema);
    await createRuleSet(fork(), 'more-pairs', schema);
    await createClusterRuleSet(fork(), 'groups', ruleSet);
    await createCatalog(fork(), 'closet', schema);

    expect(await findSchemaDependents(fork(), schema)).toEqual({
      ruleSets: ['pairs', 'more-pairs'],
      clusterRuleSets: ['groups'],
      catalogs: ['closet'],
    });
    expect(await findSchemaDependents(fork(), other)).toEqual({
      ruleSets: [],
      clusterRuleSets: [],
      catalogs: [],
    });
    expect(await findRuleSetDependents(fork(), ruleSet)).toEqual(['groups']);
  });

  it('refuses (ON DELETE RESTRICT) to delete a schema or rule set still referenced', async () => {
    const schema = await createSchema(fork(), 's');
    const ruleSet = await createRuleSet(fork(), 'pairs', schema);
    await createClusterRuleSet(fork(), 'groups', ruleSet);
    await createCatalog(fork(), 'closet', schema);

    await expect(fork().nativeDelete(SchemaEntity, { id: schema.id })).rejects.toBeInstanceOf(
      ForeignKeyConstraintViolationException,
    );
    await expect(fork().nativeDelete(RuleSetEntity, { id: ruleSet.id })).rejects.toBeInstanceOf(
      ForeignKeyConstraintViolationException,
    );
    await fork().nativeDelete(ClusterRuleSetEntity, {});
    await fork().nativeDelete(CatalogEntity, {});
    await fork().nativeDelete(RuleSetEntity, {});
    expect(await fork().nativeDelete(SchemaEntity, { id: schema.id })).toBe(1);
  });
});
