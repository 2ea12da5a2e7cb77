import type { Environment } from '../app-config';

/** What per-concern schemas may depend on besides the variables themselves. */
export interface SchemaContext {
  readonly environment: Environment;
  /** Directory that relative paths are resolved against. */
  readonly cwd: string;
}
