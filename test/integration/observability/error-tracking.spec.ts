/** Unexpected GraphQL errors reach the error tracker with the request context; expected ones do not. */
import type { ErrorContext, ErrorTracker } from '../../../src/observability/errors/error-tracking';
import { EvaluationService } from '../../../src/services/evaluation.service';
import { startTestApi, type TestApi } from '../../helpers/app';
import { SQLITE } from '../../helpers/orm';

describe('error tracking', () => {
  const captured: { error: unknown; context: ErrorContext }[] = [];
  const errorTracker: ErrorTracker = {
    captureException: (error, context) => void captured.push({ error, context }),
    close: async () => {},
  };
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(SQLITE, {}, { errorTracker });
  }, 60_000);
  afterAll(() => api.close());
  beforeEach(() => (captured.length = 0));
  afterEach(() => jest.restoreAllMocks());

  it('reports an internal error with the request id, operation and path', async () => {
    const boom = new Error('engine exploded');
    jest.spyOn(EvaluationService.prototype, 'evaluateMatrix').mockRejectedValue(boom);
    const res = await api.gql(
      'query Matrix { evaluateMatrix(catalogName: "c", ruleSetName: "r") { summary { totalPairs } } }',
    );
    const error = res.body.errors?.[0];
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(captured).toHaveLength(1);
    expect(captured[0].error).toBe(boom);
    expect(captured[0].context).toMatchObject({
      requestId: error?.extensions?.requestId,
      operationName: 'Matrix',
      operationType: 'query',
      route: '/graphql',
      method: 'POST',
      path: 'evaluateMatrix',
    });
  });

  it('does not report expected errors (NOT_FOUND)', async () => {
    const res = await api.gql(
      '{ evaluateMatrix(catalogName: "nope", ruleSetName: "nope") { summary { totalPairs } } }',
    );
    expect(res.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(captured).toEqual([]);
  });
});
