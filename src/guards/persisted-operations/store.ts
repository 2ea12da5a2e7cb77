/**
 * Where trusted (persisted) documents come from: a `Map` in tests, the manifest file in
 * production (file-store.ts). Like envelop's `usePersistedOperations` store: one method.
 */
export interface PersistedDocumentStore {
  /** The document stored under `id` (canonical form `sha256:<64 hex>`), or undefined. */
  get(id: string): string | undefined | Promise<string | undefined>;
}
