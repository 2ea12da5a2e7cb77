import type { RequestHandler } from 'express';
import { nestingDepth } from '../engine/lib/nesting-depth';
import { sendRefusal, type GuardRefusal, type OnReject } from './guard-response';

/**
 * Nesting the JSON body of a request may have. Deep enough for every legitimate input (a rule
 * condition nests at most 32 operators, two JSON levels each, plus the envelope), far below
 * what recursive code (JSON.stringify, validators, the cost guard's cache key) can take: a
 * body nested thousands of levels deep is refused here, before anything walks it.
 */
export const MAX_BODY_DEPTH = 100;

export interface BodyDepthOptions {
  /** @default MAX_BODY_DEPTH */
  readonly maxDepth?: number;
  readonly onReject?: OnReject;
}

export function checkBodyDepth(body: unknown, maxDepth = MAX_BODY_DEPTH): GuardRefusal | undefined {
  if (nestingDepth(body, maxDepth) <= maxDepth) return undefined;
  return {
    status: 400,
    code: 'BAD_USER_INPUT',
    message: `The request body nests deeper than ${maxDepth} levels; no input of this API needs that much. Flatten the values (stored metadata and attributes nest at most YAML_MAX_DEPTH - 5 levels).`,
    extensions: { limit: maxDepth },
  };
}

/** Runs after the JSON body parser, before Apollo (multipart bodies carry files, checked on import). */
export function bodyDepthMiddleware(options: BodyDepthOptions = {}): RequestHandler {
  return (req, res, next) => {
    const refused = checkBodyDepth(req.body, options.maxDepth);
    if (!refused) return next();
    options.onReject?.('body-depth', refused);
    sendRefusal(res, refused);
  };
}
