import type { Issue } from '../../engine/model';
import { UnprocessableError } from '../../errors';

/** Throws UNPROCESSABLE with every issue when there is any. */
export function assertNoIssues(
  summary: string,
  errors: readonly Issue[],
  warnings: readonly Issue[] = [],
): void {
  if (errors.length > 0) throw new UnprocessableError(summary, errors, warnings);
}

/** Issue paths from GraphQL arguments: `input.dimensions[2].name` rather than `dimensions[2].name`. */
export function underInput(issues: readonly Issue[], prefix = 'input'): Issue[] {
  return issues.map(i => ({ ...i, path: i.path === '' ? prefix : `${prefix}.${i.path}` }));
}
