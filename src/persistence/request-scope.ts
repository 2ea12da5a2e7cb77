import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import { RequestAbortedError } from '../errors';

/**
 * The request a piece of database work belongs to, carried by AsyncLocalStorage from the HTTP
 * layer (app.ts runs each GraphQL request inside `runInRequestScope`) down to the ORM, so that
 * no service has to pass it along.
 */
interface RequestScope {
  readonly signal: AbortSignal;
  readonly expireIfDue?: () => void;
}

const scope = new AsyncLocalStorage<RequestScope>();

/**
 * Runs `fn` (and everything it awaits) as part of the request whose signal is `signal`.
 * `expireIfDue` aborts the signal when the request's deadline has passed although its timer
 * could not fire yet (the event loop was blocked by a synchronous statement): checked before
 * every commit and by throwIfRequestAborted.
 */
export function runInRequestScope<T>(
  signal: AbortSignal,
  fn: () => T,
  expireIfDue?: () => void,
): T {
  return scope.run({ signal, expireIfDue }, fn);
}

/** The abort signal of the request the caller works for, if any (aborted: timed out or gone). */
export function currentRequestSignal(): AbortSignal | undefined {
  return scope.getStore()?.signal;
}

/** Throws REQUEST_TIMEOUT when the current request was abandoned (long loops call it). */
export function throwIfRequestAborted(): void {
  const current = scope.getStore();
  if (!current) return;
  current.expireIfDue?.();
  if (current.signal.aborted) throw new RequestAbortedError(abortReason(current.signal));
}

function abortReason(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason.message : 'request abandoned';
}

interface PgConnection {
  readonly processID?: number;
}
interface KnexTransaction {
  readonly client?: { acquireConnection?: () => Promise<PgConnection> };
}
interface RootKnex {
  raw(sql: string, bindings: readonly unknown[]): Promise<unknown>;
}

/**
 * The commit gate: a transaction of a request that was abandoned (answered 503
 * REQUEST_TIMEOUT, or its client went away) never commits. `beforeTransactionCommit` throws,
 * so MikroORM rolls back. It also times the request out itself when the deadline has passed
 * but the timer has not fired yet (a synchronous SQLite statement held the event loop past
 * it): the COMMIT statement then runs synchronously after the check, so no timer can answer
 * REQUEST_TIMEOUT between the check and the commit. On PostgreSQL the statement running when the request is abandoned is
 * cancelled too (`pg_cancel_backend` from another pooled connection), so a long write stops
 * at once instead of finishing in the background.
 */
export class CommitGate implements EventSubscriber {
  private readonly cancels = new WeakMap<object, () => void>();

  async afterTransactionStart({ em, transaction }: TransactionEventArgs): Promise<void> {
    const signal = currentRequestSignal();
    // Never throw here: MikroORM would not roll back a transaction whose start hook failed
    // (its connection would stay checked out). An aborted request's work is refused at commit.
    if (!signal || !transaction || signal.aborted) return;
    const connection = await (transaction as KnexTransaction).client?.acquireConnection?.();
    const pid = connection?.processID;
    if (typeof pid !== 'number') return; // SQLite: in-process, nothing to cancel
    const root = (em.getConnection() as unknown as { getKnex(): RootKnex }).getKnex();
    const cancel = () => {
      root.raw('select pg_cancel_backend(?)', [pid]).catch(() => {
        // The database is gone too: the transaction dies with its connection.
      });
    };
    signal.addEventListener('abort', cancel, { once: true });
    this.cancels.set(transaction as object, () => signal.removeEventListener('abort', cancel));
  }

  async beforeTransactionCommit(): Promise<void> {
    throwIfRequestAborted();
  }

  async afterTransactionCommit({ transaction }: TransactionEventArgs): Promise<void> {
    this.release(transaction);
  }

  async afterTransactionRollback({ transaction }: TransactionEventArgs): Promise<void> {
    this.release(transaction);
  }

  private release(transaction: unknown): void {
    if (!transaction || typeof transaction !== 'object') return;
    this.cancels.get(transaction)?.();
    this.cancels.delete(transaction);
  }
}
