/**
 * Schema validation (docs/semantics.md §1): name, version, unique well-formed dimension
 * names and the type-specific settings of each dimension.
 */
import type { ValidationReport } from '../model';
import { checkDimension, type KeyStyle, type Report } from './dimension';
import { checkDimensionName, checkResourceName, checkVersion, shown } from './names';

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);
/**
 * Validates a schema definition (model shape, camelCase settings).
 * @param schema the schema as written (any value; never throws)
 * @param path prefix of issue paths, e.g. `schemas[0]`
 * @param keyStyle setting names in paths: `item_type` (document) or `itemType` (input) @default 'document'
 */
export function validateSchemaDef(
  schema: unknown,
  path = '',
  keyStyle: KeyStyle = 'document',
): ValidationReport {
  const r: Report = { errors: [], warnings: [] };
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    r.errors.push({
      path: path || 'schema',
      code: 'INVALID_SCHEMA',
      message: `A schema must be an object, got ${shown(schema)}`,
    });
    return r;
  }
  const s = schema as Record<string, unknown>;
  const nameProblem = checkResourceName(s.name);
  if (nameProblem !== null)
    r.errors.push({ path: join(path, 'name'), code: 'INVALID_NAME', message: nameProblem });
  const versionProblem = checkVersion(s.version);
  if (versionProblem !== null)
    r.errors.push({
      path: join(path, 'version'),
      code: 'INVALID_VERSION',
      message: versionProblem,
    });
  if (s.description !== undefined && s.description !== null && typeof s.description !== 'string') {
    r.errors.push({
      path: join(path, 'description'),
      code: 'INVALID_VALUE',
      message: 'description must be a string',
    });
  }
  if (!Array.isArray(s.dimensions)) {
    r.errors.push({
      path: join(path, 'dimensions'),
      code: 'INVALID_VALUE',
      message: `dimensions must be a list, got ${shown(s.dimensions)}`,
    });
    return r;
  }
  const seen = new Map<string, number>();
  s.dimensions.forEach((d: unknown, k) => {
    const at = `${join(path, 'dimensions')}[${k}]`;
    if (typeof d !== 'object' || d === null || Array.isArray(d)) {
      r.errors.push({
        path: at,
        code: 'INVALID_VALUE',
        message: `A dimension must be an object, got ${shown(d)}`,
      });
      return;
    }
    const dim = d as Record<string, unknown>;
    const problem = checkDimensionName(dim.name);
    if (problem !== null)
      r.errors.push({ path: `${at}.name`, code: 'INVALID_NAME', message: problem });
    else if (seen.has(dim.name as string)) {
      r.errors.push({
        path: `${at}.name`,
        code: 'DUPLICATE_NAME',
        message: `Dimension name ${shown(dim.name)} is used twice (also dimensions[${seen.get(dim.name as string)}])`,
      });
    } else seen.set(dim.name as string, k);
    checkDimension(r, dim, at, keyStyle);
  });
  return r;
}
