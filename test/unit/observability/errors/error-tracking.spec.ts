import * as Sentry from '@sentry/node';
import type { Request, Response } from 'express';
import {
  startErrorTracking,
  type ErrorContext,
  type ErrorTracker,
} from '../../../../src/observability/errors/error-tracking';
import { errorTrackingMiddleware } from '../../../../src/observability/errors/error-tracking.plugin';

describe('startErrorTracking', () => {
  it('is off without SENTRY_DSN', () => {
    expect(startErrorTracking({ dsn: null })).toBeNull();
  });

  it('sends the exception with the request context to Sentry (fake transport)', async () => {
    const envelopes: string[] = [];
    const tracker = startErrorTracking({
      dsn: 'https://public@sentry.example.invalid/1',
      environment: 'test',
      release: '1.2.3',
      defaultIntegrations: false,
      transport: options =>
        Sentry.createTransport(options, async request => {
          envelopes.push(
            typeof request.body === 'string'
              ? request.body
              : Buffer.from(request.body).toString('utf8'),
          );
          return { statusCode: 200 };
        }),
    });
    expect(tracker).not.toBeNull();
    tracker!.captureException(new Error('database on fire'), {
      requestId: 'req-123',
      operationName: 'Matrix',
      operationType: 'query',
      route: '/graphql',
      path: 'evaluateMatrix',
    });
    await tracker!.close(2000);
    const sent = envelopes.join('\n');
    expect(sent).toContain('database on fire');
    expect(sent).toContain('"request_id":"req-123"');
    expect(sent).toContain('"graphql.operation.name":"Matrix"');
    expect(sent).toContain('"environment":"test"');
    expect(sent).toContain('"release":"1.2.3"');
  });
});

describe('errorTrackingMiddleware', () => {
  it('reports 5xx errors with the request id and passes every error on', () => {
    const captured: [unknown, ErrorContext][] = [];
    const tracker: ErrorTracker = {
      captureException: (error, context) => void captured.push([error, context]),
      close: async () => {},
    };
    const middleware = errorTrackingMiddleware(tracker);
    const req = { id: 'r-1', method: 'POST', baseUrl: '/graphql' } as unknown as Request;
    const next = jest.fn();
    const crash = new Error('crash');
    const tooLarge = Object.assign(new Error('too large'), { status: 413 });
    middleware(crash, req, {} as Response, next);
    middleware(tooLarge, req, {} as Response, next);
    expect(captured).toEqual([[crash, { requestId: 'r-1', method: 'POST', route: '/graphql' }]]);
    expect(next.mock.calls).toEqual([[crash], [tooLarge]]);
  });
});
