import type { RequestHandler } from 'express';
import { sendRefusal, type GuardRefusal, type OnReject } from './guard-response';

export interface BatchLimitOptions {
  /** Whether a body may hold an array of operations. @default false (BATCHING) */
  readonly enabled?: boolean;
  /** Operations per batched request when enabled. @default 10 (MAX_BATCH_SIZE) */
  readonly maxBatchSize?: number;
  readonly onReject?: OnReject;
}

/** Batching (guard 4): arrays refused when off, or longer than maxBatchSize when on. */
export function checkBatch(
  body: unknown,
  options: BatchLimitOptions = {},
): GuardRefusal | undefined {
  if (!Array.isArray(body)) return undefined;
  const { enabled = false, maxBatchSize = 10 } = options;
  if (!enabled) {
    return refusal(
      'Batched requests are turned off (BATCHING=false): send one operation per request.',
      { limit: 0, actual: body.length },
    );
  }
  if (body.length <= maxBatchSize) return undefined;
  return refusal(
    `The batch holds ${body.length} operations; at most ${maxBatchSize} are allowed per request (MAX_BATCH_SIZE). Split it.`,
    { limit: maxBatchSize, actual: body.length },
  );
}

/** Runs after the body parsers (JSON and multipart), before Apollo. */
export function batchLimitMiddleware(options: BatchLimitOptions = {}): RequestHandler {
  return (req, res, next) => {
    const refused = checkBatch(req.body, options);
    if (!refused) return next();
    options.onReject?.('batching', refused);
    sendRefusal(res, refused);
  };
}

function refusal(message: string, extensions: Record<string, unknown>): GuardRefusal {
  return { status: 400, code: 'DOCUMENT_LIMIT_EXCEEDED', message, extensions };
}
