import { RequestGraphQLContext } from '../../../src/graphql/context';
import type { Services } from '../../../src/services/contracts';

const LIMITS = { itemsPageMax: 1, exportPageMax: 1, maxClustersCap: 1, maxUploadBytes: 1 };

describe('RequestGraphQLContext', () => {
  it('makes the services on first read only, once per copy Apollo makes', () => {
    const services = { marker: true } as unknown as Services;
    const make = jest.fn(() => services);
    const context = new RequestGraphQLContext('req-1', '127.0.0.1', LIMITS, make);
    // What Apollo Server does with the context value of each operation.
    const copy = Object.assign(Object.create(Object.getPrototypeOf(context)), context);
    expect(make).not.toHaveBeenCalled();
    expect(copy.requestId).toBe('req-1');
    expect(copy.clientKey).toBe('127.0.0.1');
    expect(copy.services).toBe(services);
    expect(copy.services).toBe(services);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('keeps what the guards set on it', () => {
    const context = new RequestGraphQLContext('req-2', 'k', LIMITS, () => ({}) as Services);
    context.persistedOperationId = 'sha256:abc';
    context.queryCost = 12;
    expect({ ...context }).toMatchObject({ persistedOperationId: 'sha256:abc', queryCost: 12 });
  });
});
