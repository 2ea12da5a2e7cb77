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
});
