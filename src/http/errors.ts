import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

import { errorBody, loggableError } from '../errors';

export { errorBody };

/**
 * Last express error handler: body-parser and multipart failures get their status and a
 * coded GraphQL-style body; anything else is a masked 500 (logged with the request id).
 */
export function createHttpErrorHandler(
  logger: Logger,
  limits: { maxRequestSizeBytes: number },
): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = Number(error?.status ?? error?.statusCode) || 500;
    // graphql-upload-minimal answers 413 for a `map` naming more files than allowed: the
    // request is malformed for this API (one file per operation), not too large.
    if (status === 413 && /max file uploads exceeded/i.test(String(error?.message))) {
      res
        .status(400)
        .json(
          errorBody(
            'BAD_REQUEST',
            'The multipart request maps more than one file; each operation takes one file (GraphQL multipart request spec: one entry in `map`).',
          ),
        );
      return;
    }
    if (status === 413) {
      const mb = (limits.maxRequestSizeBytes / (1024 * 1024)).toFixed(0);
      const message =
        error?.type === 'entity.too.large'
          ? `The request body exceeds the limit of ${mb} MB (MAX_REQUEST_SIZE_MB).`
          : String(error?.message ?? 'Payload too large.');
      res.status(413).json(errorBody('PAYLOAD_TOO_LARGE', message));
      return;
    }
    if (status >= 400 && status < 500) {
      res
        .status(status)
        .json(
          errorBody(
            'BAD_REQUEST',
            String(error?.expose === false ? 'Bad request.' : error?.message),
          ),
        );
      return;
    }
    logger.error(
      { err: loggableError(error), requestId: (req as { id?: unknown }).id },
      'unhandled HTTP error',
    );
    res.status(500).json(errorBody('INTERNAL_SERVER_ERROR', 'Internal server error.'));
  };
}
