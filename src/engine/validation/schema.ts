/**
 * Schema validation (domain.md §1): name, version, unique well-formed dimension
 * names and the type-specific settings of each dimension.
 */
import { DIMENSION_TYPES, type DimensionType, type Issue, type ValidationReport } from '../model';
import { checkDimensionName, checkResourceName, checkVersion, shown } from './names';

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);
const LIST_ITEM_TYPES = ['string', 'integer', 'float', 'boolean'];
/** Settings and the types they belong to (others are ignored, with a warning). */
const SETTINGS: Record<string, readonly DimensionType[]> = {
  values: ['enum'],
  min: ['integer', 'float'],
  max: ['integer', 'float'],
  itemType: ['list'],
  partVocabulary: ['part_layer_list'],
};
const DOC_KEYS: Record<string, string> = {
  itemType: 'item_type',
  partVocabulary: 'part_vocabulary',
};

type Report = { errors: Issue[]; warnings: Issue[] };

function checkStrings(r: Report, at: string, list: unknown, what: string): void {
  if (!Array.isArray(list) || list.length === 0) {
    r.errors.push({
      path: at,
      code: 'INVALID_SETTING',
      message: `${what} must be a non-empty list of strings, got ${shown(list)}`,
    });
    return;
  }
  const seen = new Set<string>();
  list.forEach((v: unknown, k) => {
    if (typeof v !== 'string' || v === '') {
      r.errors.push({
        path: `${at}[${k}]`,
        code: 'INVALID_SETTING',
        message: `${what} must be non-empty strings, got ${shown(v)}`,
      });
    } else if (seen.has(v)) {
      r.warnings.push({
        path: `${at}[${k}]`,
        code: 'DUPLICATE_VALUE',
        message: `${what} lists ${shown(v)} twice`,
      });
    } else seen.add(v);
  });
}

function checkDimension(r: Report, d: Record<string, unknown>, at: string): void {
  const type = d.type as DimensionType;
  if (!DIMENSION_TYPES.includes(type)) {
    r.errors.push({
      path: `${at}.type`,
      code: 'INVALID_TYPE',
      message: `Dimension type must be one of ${DIMENSION_TYPES.join(', ')} (lower-case), got ${shown(d.type)}`,
    });
    return;
  }
  if (d.required !== undefined && d.required !== null && typeof d.required !== 'boolean') {
    r.errors.push({
      path: `${at}.required`,
      code: 'INVALID_SETTING',
      message: `required must be true or false, got ${shown(d.required)}`,
    });
  }
  if (d.description !== undefined && d.description !== null && typeof d.description !== 'string') {
    r.errors.push({
      path: `${at}.description`,
      code: 'INVALID_SETTING',
      message: `description must be a string`,
    });
  }
  for (const [key, types] of Object.entries(SETTINGS)) {
    if (d[key] !== undefined && d[key] !== null && !types.includes(type)) {
      r.warnings.push({
        path: `${at}.${DOC_KEYS[key] ?? key}`,
        code: 'IGNORED_SETTING',
        message: `${DOC_KEYS[key] ?? key} is ignored for a ${type} dimension`,
      });
    }
  }
  if (type === 'integer' || type === 'float') {
    const bound = (key: 'min' | 'max'): number | null => {
      const v = d[key];
      if (v === undefined || v === null) return null;
      if (
        typeof v !== 'number' ||
        !Number.isFinite(v) ||
        (type === 'integer' && !Number.isInteger(v))
      ) {
        r.errors.push({
          path: `${at}.${key}`,
          code: 'INVALID_SETTING',
          message: `${key} of a ${type} dimension must be ${type === 'integer' ? 'an integer' : 'a number'}, got ${shown(v)}`,
        });
        return null;
      }
      return v;
    };
    const min = bound('min');
    const max = bound('max');
    if (min !== null && max !== null && min > max) {
      r.errors.push({
        path: `${at}.min`,
        code: 'INVALID_SETTING',
        message: `min (${min}) must be <= max (${max})`,
      });
    }
  } else if (type === 'enum') {
    if (d.values === undefined || d.values === null) {
      r.errors.push({
        path: `${at}.values`,
        code: 'REQUIRED_MISSING',
        message: `An enum dimension needs values (a non-empty list of strings)`,
      });
    } else checkStrings(r, `${at}.values`, d.values, 'values');
  } else if (type === 'list') {
    if (!LIST_ITEM_TYPES.includes(d.itemType as string)) {
      const code =
        d.itemType === undefined || d.itemType === null ? 'REQUIRED_MISSING' : 'INVALID_SETTING';
      r.errors.push({
        path: `${at}.item_type`,
        code,
        message: `A list dimension needs item_type, one of ${LIST_ITEM_TYPES.join(', ')}; got ${shown(d.itemType)}`,
      });
    }
  } else if (
    type === 'part_layer_list' &&
    d.partVocabulary !== undefined &&
    d.partVocabulary !== null
  ) {
    checkStrings(r, `${at}.part_vocabulary`, d.partVocabulary, 'part_vocabulary');
  }
}

/**
 * Validates a schema definition (model shape, camelCase settings).
 * @param schema the schema as written (any value; never throws)
 * @param path prefix of issue paths, e.g. `schemas[0]`
 */
export function validateSchemaDef(schema: unknown, path = ''): ValidationReport {
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
    checkDimension(r, dim, at);
  });
  return r;
}
