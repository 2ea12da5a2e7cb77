import { describeEachDatabase } from '../../helpers/orm';
import { example, startTestApi, type TestApi } from '../../helpers/app';

describeEachDatabase('API smoke', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(database);
    await api.importAll(example('wardrobe-v2'));
  }, 60_000);
  afterAll(() => api.close());

  it('serves the wardrobe-v2 matrix summary', async () => {
    const res = await api.gql<{ evaluateMatrix: { summary: { totalPairs: number } } }>(
      '{ evaluateMatrix(catalogName: "gender_agnostic_wardrobe_v2", ruleSetName: "wardrobe_rules_v2") { summary { totalPairs compatiblePairs } } }',
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.evaluateMatrix.summary.totalPairs).toBe((53 * 52) / 2);
  });

  it('forks no EntityManager for an operation that reads no data', async () => {
    const fork = jest.spyOn(api.db.orm.em, 'fork');
    try {
      const plain = await api.gql('{ __typename }');
      expect(plain.body.data).toEqual({ __typename: 'Query' });
      expect(fork).not.toHaveBeenCalled();
      const withData = await api.gql<{ catalogs: { totalCount: number } }>(
        '{ catalogs { totalCount } }',
      );
      expect(withData.body.data?.catalogs.totalCount).toBeGreaterThan(0);
      expect(fork).toHaveBeenCalledTimes(1);
    } finally {
      fork.mockRestore();
    }
  });
});
