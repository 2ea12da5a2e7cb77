/**
 * Value checks of the seven dimension types (docs/semantics.md §1). Each problem names the
 * sub-path inside the value (e.g. `[2].layer`) and says what was expected.
 */
import type { DimensionDef } from '../model';
import { safeText, shown } from './names';

export interface ValueProblem {
  /** Appended to the attribute's path: '' or e.g. `[1]`, `[0].parts[2]`. */
  readonly at: string;
  /** What was expected, e.g. `an integer between 1 and 5`. */
  readonly expected: string;
  readonly got: unknown;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function range(dim: DimensionDef, noun: string): string {
  const min = isNumber(dim.min) ? dim.min : null;
  const max = isNumber(dim.max) ? dim.max : null;
  if (min !== null && max !== null) return `${noun} between ${min} and ${max}`;
  if (min !== null) return `${noun} >= ${min}`;
  if (max !== null) return `${noun} <= ${max}`;
  return noun;
}

function inRange(dim: DimensionDef, v: number): boolean {
  return !(isNumber(dim.min) && v < dim.min) && !(isNumber(dim.max) && v > dim.max);
}

const SCALAR_CHECKS: Record<string, [string, (v: unknown) => boolean]> = {
  string: ['a string', v => typeof v === 'string'],
  integer: ['an integer', v => isNumber(v) && Number.isInteger(v)],
  float: ['a number', isNumber],
  boolean: ['true or false', v => typeof v === 'boolean'],
};

function checkPartLayers(dim: DimensionDef, value: unknown, out: ValueProblem[]): void {
  const shape = 'a list of {parts: [string...], layer: number >= 0} objects';
  if (!Array.isArray(value)) {
    out.push({ at: '', expected: shape, got: value });
    return;
  }
  const vocabulary = Array.isArray(dim.partVocabulary) ? new Set(dim.partVocabulary) : null;
  value.forEach((entry: unknown, k) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      out.push({
        at: `[${k}]`,
        expected: 'an object {parts: [string...], layer: number >= 0}',
        got: entry,
      });
      return;
    }
    const { parts, layer } = entry as { parts?: unknown; layer?: unknown };
    if (!Array.isArray(parts))
      out.push({ at: `[${k}].parts`, expected: 'a list of part names', got: parts });
    else {
      parts.forEach((p: unknown, m) => {
        if (typeof p !== 'string')
          out.push({ at: `[${k}].parts[${m}]`, expected: 'a part name (string)', got: p });
        else if (vocabulary !== null && !vocabulary.has(p)) {
          out.push({
            at: `[${k}].parts[${m}]`,
            expected: `a part of the vocabulary (${[...vocabulary].map(safeText).join(', ')})`,
            got: p,
          });
        }
      });
    }
    if (!isNumber(layer) || layer < 0)
      out.push({ at: `[${k}].layer`, expected: 'a number >= 0', got: layer });
  });
}

/**
 * Checks a present (non-null) value against its dimension.
 * @returns every problem found (empty when valid)
 */
export function checkValue(dim: DimensionDef, value: unknown): ValueProblem[] {
  const out: ValueProblem[] = [];
  switch (dim.type) {
    case 'string':
    case 'boolean': {
      const [expected, ok] = SCALAR_CHECKS[dim.type];
      if (!ok(value)) out.push({ at: '', expected, got: value });
      break;
    }
    case 'integer':
    case 'float': {
      const [noun, ok] = SCALAR_CHECKS[dim.type];
      if (!ok(value) || !inRange(dim, value as number))
        out.push({ at: '', expected: range(dim, noun), got: value });
      break;
    }
    case 'enum': {
      const values = Array.isArray(dim.values) ? dim.values : [];
      if (typeof value !== 'string' || !values.includes(value)) {
        out.push({
          at: '',
          expected: `one of ${values.map(v => shown(v)).join(', ')}`,
          got: value,
        });
      }
      break;
    }
    case 'list': {
      const t = safeText(dim.itemType);
      const check = Object.prototype.hasOwnProperty.call(SCALAR_CHECKS, t)
        ? SCALAR_CHECKS[t]
        : undefined;
      const noun = check ? check[0] : 'a value';
      if (!Array.isArray(value))
        out.push({ at: '', expected: `a list whose elements are each ${noun}`, got: value });
      else if (check) {
        value.forEach((e: unknown, k) => {
          if (!check[1](e)) out.push({ at: `[${k}]`, expected: noun, got: e });
        });
      }
      break;
    }
    case 'part_layer_list':
      checkPartLayers(dim, value, out);
      break;
    default:
      out.push({
        at: '',
        expected: `a value of a known dimension type (the schema says ${shown(dim.type)})`,
        got: value,
      });
  }
  return out;
}
