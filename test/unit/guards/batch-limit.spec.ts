import { checkBatch } from '../../../src/guards/batch-limit';

describe('checkBatch', () => {
  const op = { query: '{ hello }' };

  it('lets single operations through whatever the setting', () => {
    expect(checkBatch(op)).toBeUndefined();
    expect(checkBatch(undefined, { enabled: true, maxBatchSize: 1 })).toBeUndefined();
  });

  it('refuses any array while batching is off (the default)', () => {
    expect(checkBatch([op])).toEqual({
      status: 400,
      code: 'DOCUMENT_LIMIT_EXCEEDED',
      message: 'Batched requests are turned off (BATCHING=false): send one operation per request.',
      extensions: { limit: 0, actual: 1 },
    });
  });

  it('accepts up to maxBatchSize when on and refuses one more', () => {
    const options = { enabled: true, maxBatchSize: 2 };
    expect(checkBatch([op, op], options)).toBeUndefined();
    expect(checkBatch([op, op, op], options)).toMatchObject({
      status: 400,
      code: 'DOCUMENT_LIMIT_EXCEEDED',
      message:
        'The batch holds 3 operations; at most 2 are allowed per request (MAX_BATCH_SIZE). Split it.',
    });
  });

  it('defaults maxBatchSize to 10', () => {
    expect(checkBatch(Array(10).fill(op), { enabled: true })).toBeUndefined();
    expect(checkBatch(Array(11).fill(op), { enabled: true })).toBeDefined();
  });
});
