/**
 * Optional error tracking with Sentry (docs/operations.md: `SENTRY_DSN`, request context
 * attached). Errors only: no Sentry performance tracing (OpenTelemetry does tracing) and no
 * personal data (no IP addresses, headers or bodies). Unexpected errors are reported:
 * INTERNAL_SERVER_ERROR in GraphQL responses and unhandled express errors (5xx).
 */
import type * as SentryModule from '@sentry/node';

/** What is known about the request an error happened in (tags and context on the event). */
export interface ErrorContext {
  readonly requestId?: string;
  readonly operationName?: string | null;
  readonly operationType?: string;
  readonly persistedOperationId?: string;
  readonly method?: string;
  /** The route (`/graphql`), never a raw URL. */
  readonly route?: string;
  /** The GraphQL path of the field that failed (`evaluateMatrix.summary`). */
  readonly path?: string;
}

/** Where unexpected errors go; the app calls it, tests pass a fake. */
export interface ErrorTracker {
  captureException(error: unknown, context: ErrorContext): void;
  /** Sends what is queued, then stops (graceful shutdown). */
  close(timeoutMs?: number): Promise<void>;
}

export interface ErrorTrackingOptions {
  /** SENTRY_DSN; null: no tracking (the factory returns null). */
  readonly dsn: string | null;
  /** @default none */
  readonly environment?: string;
  /** The app version. @default none */
  readonly release?: string;
  /** Replaces the HTTP transport (tests). @default Sentry's Node transport */
  readonly transport?: SentryModule.NodeOptions['transport'];
  /** Sentry's default integrations (global handlers, context, breadcrumbs). @default true */
  readonly defaultIntegrations?: boolean;
}

/**
 * Starts the Sentry client when a DSN is configured; null otherwise. Default integrations
 * minus performance ones; OpenTelemetry stays ours (Sentry 11 sets no tracer provider).
 */
export function startErrorTracking(options: ErrorTrackingOptions): ErrorTracker | null {
  if (options.dsn === null) return null;
  // Loaded only when configured: requiring the SDK costs about 200 ms at start.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Sentry = require('@sentry/node') as typeof SentryModule;
  const client = Sentry.init({
    dsn: options.dsn,
    environment: options.environment,
    release: options.release,
    // No personal or request data beyond the context we attach ourselves.
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: false,
      httpBodies: [],
      urlQueryParams: false,
      graphQL: { document: false, variables: false },
      databaseQueryData: false,
      stackFrameVariables: false,
    },
    tracesSampleRate: undefined,
    ...(options.defaultIntegrations === false
      ? { defaultIntegrations: false as const }
      : {
          defaultIntegrations: Sentry.getDefaultIntegrationsWithoutPerformance(),
          // Keep Node 20's behaviour: an unhandled rejection still ends the process.
          integrations: [Sentry.onUnhandledRejectionIntegration({ mode: 'strict' })],
        }),
    ...(options.transport ? { transport: options.transport } : {}),
  });
  return {
    captureException(error, context) {
      Sentry.withScope(scope => {
        if (context.requestId) scope.setTag('request_id', context.requestId);
        if (context.operationName) scope.setTag('graphql.operation.name', context.operationName);
        if (context.operationType) scope.setTag('graphql.operation.type', context.operationType);
        if (context.route) scope.setTag('route', context.route);
        scope.setContext('request', { ...context });
        scope.setClient(client);
        Sentry.captureException(error);
      });
    },
    async close(timeoutMs = 2000) {
      await client?.close(timeoutMs);
    },
  };
}
