/**
 * One dimension of a schema: its type and the type-specific settings (docs/semantics.md §1).
 * Settings that belong to another type are ignored with a warning.
 */
import { DIMENSION_TYPES, type DimensionType, type Issue } from '../model';
import { shown } from './names';

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

/** Setting names in paths: `document` (item_type, as in the interchange format) or `input` (itemType, as in GraphQL). */
export type KeyStyle = 'document' | 'input';

export type Report = { errors: Issue[]; warnings: Issue[] };

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
    // docs/semantics.md §1 asks for a non-empty list of strings; the empty string is a string.
    if (typeof v !== 'string') {
      r.errors.push({
        path: `${at}[${k}]`,
        code: 'INVALID_SETTING',
        message: `${what} must be strings, got ${shown(v)}`,
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

/** Checks one dimension's type and type-specific settings (`at` is its path). */
export function checkDimension(
  r: Report,
  d: Record<string, unknown>,
  at: string,
  keyStyle: KeyStyle = 'document',
): void {
  const k = (key: string): string => (keyStyle === 'document' ? (DOC_KEYS[key] ?? key) : key);
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
        path: `${at}.${k(key)}`,
        code: 'IGNORED_SETTING',
        message: `${k(key)} is ignored for a ${type} dimension`,
      });
    }
  }
  if (type === 'integer' || type === 'float') {
    const bound = (key: 'min' | 'max'): number | null => {
      const v = d[key];
      if (v === undefined || v === null) return null;
      // Any finite number, also for an integer dimension (as the original system).
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        r.errors.push({
          path: `${at}.${key}`,
          code: 'INVALID_SETTING',
          message: `${key} of a ${type} dimension must be a number, got ${shown(v)}`,
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
        path: `${at}.${k('itemType')}`,
        code,
        message: `A list dimension needs ${k('itemType')}, one of ${LIST_ITEM_TYPES.join(', ')}; got ${shown(d.itemType)}`,
      });
    }
  } else if (
    type === 'part_layer_list' &&
    d.partVocabulary !== undefined &&
    d.partVocabulary !== null
  ) {
    checkStrings(r, `${at}.${k('partVocabulary')}`, d.partVocabulary, k('partVocabulary'));
  }
}
