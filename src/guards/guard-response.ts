import type { Response } from 'express';
import { errorBody, specOf } from '../errors';

/** A guard refusal: the HTTP status, the `extensions.code` and a message that says how to fix it. */
export interface GuardRefusal {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  /** Extra `extensions` fields (limits, seconds to wait...). */
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** Called on every refusal (metrics, logs); never changes the answer. */
export type OnReject = (guard: string, refusal: GuardRefusal) => void;

/** The GraphQL-shaped body of a refusal answered before GraphQL runs. */
export function refusalBody(refusal: GuardRefusal) {
  return errorBody(refusal.code, refusal.message, refusal.extensions);
}

/** Answers a refusal as JSON (no-op when a response was already sent). */
export function sendRefusal(res: Response, refusal: GuardRefusal): void {
  if (res.headersSent) return;
  const retryAfter = specOf(refusal.code).retryAfterSeconds;
  if (retryAfter !== undefined && !res.getHeader('Retry-After')) {
    res.setHeader('Retry-After', String(retryAfter));
  }
  res.status(refusal.status).json(refusalBody(refusal));
}
