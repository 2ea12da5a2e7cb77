/**
 * Helpers for leaf-operator config parsing, shared by pairwise and cluster parsers:
 * type checks of config keys, `field` resolution against the schema, and warnings
 * for unknown extra keys (ignored so that existing documents import).
 */
import type { DimensionDef, Issue, SchemaDef } from '../model';
import { describeJson } from './tree';

/** What leaf parsers need to know: the dimensions of the rule set's schema. */
export interface FieldContext {
  /** null: the schema is unknown, so `field` is only type-checked. */
  readonly dimensions: ReadonlyMap<string, DimensionDef> | null;
}

/** Builds the leaf-parser context of a schema. */
export function fieldContext(schema: SchemaDef | null): FieldContext {
  if (typeof schema !== 'object' || schema === null || !Array.isArray(schema.dimensions)) {
    return { dimensions: null };
  }
  const dimensions = new Map<string, DimensionDef>();
  for (const d of schema.dimensions as unknown[]) {
    const name = typeof d === 'object' && d !== null ? (d as { name?: unknown }).name : undefined;
    if (typeof name === 'string' && !dimensions.has(name)) dimensions.set(name, d as DimensionDef);
  }
  return { dimensions };
}

/** Collects a leaf's issues while its config keys are read. */
export class ConfigReader {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];
  /** The first problem that makes the node unusable (it becomes an InvalidNode). */
  fatal: string | null = null;
  private readonly obj: Record<string, unknown> | null;

  constructor(
    readonly op: string,
    config: unknown,
    readonly path: string,
    allowedKeys: readonly string[],
  ) {
    if (typeof config === 'object' && config !== null && !Array.isArray(config)) {
      this.obj = config as Record<string, unknown>;
      for (const key of Object.keys(this.obj)) {
        if (!allowedKeys.includes(key)) {
          this.warn(
            `${path}.${key}`,
            'UNKNOWN_CONFIG_KEY',
            `'${op}' ignores unknown key '${key}' (known: ${allowedKeys.join(', ')})`,
          );
        }
      }
    } else {
      this.obj = null;
      this.fail(
        path,
        'INVALID_CONFIG',
        `'${op}' takes an object {${allowedKeys.join(', ')}}, got ${describeJson(config)}`,
      );
    }
  }

  get isObject(): boolean {
    return this.obj !== null;
  }

  /** The raw value of a key (undefined when absent or config not an object). */
  raw(key: string): unknown {
    return this.obj !== null && Object.prototype.hasOwnProperty.call(this.obj, key)
      ? this.obj[key]
      : undefined;
  }

  fail(path: string, code: string, message: string): void {
    this.errors.push({ path, code, message });
    this.fatal ??= message;
  }

  warn(path: string, code: string, message: string): void {
    this.warnings.push({ path, code, message });
  }

  /** A required string key; undefined (and an error) when absent or not a non-empty string. */
  requiredString(key: string): string | undefined {
    if (this.obj === null) return undefined;
    const v = this.raw(key);
    if (v === undefined || v === null) {
      this.fail(`${this.path}.${key}`, 'MISSING_CONFIG_KEY', `'${this.op}' requires '${key}'`);
      return undefined;
    }
    if (typeof v !== 'string' || v === '') {
      this.fail(
        `${this.path}.${key}`,
        'INVALID_CONFIG',
        `'${this.op}.${key}' must be a non-empty string, got ${describeJson(v)}`,
      );
      return undefined;
    }
    return v;
  }

  /** A number key; `required` decides whether absence is an error. */
  number(
    key: string,
    required: boolean,
    opts: { integer?: boolean; min?: number } = {},
  ): number | undefined {
    if (this.obj === null) return undefined;
    const v = this.raw(key);
    if (v === undefined || v === null) {
      if (required)
        this.fail(`${this.path}.${key}`, 'MISSING_CONFIG_KEY', `'${this.op}' requires '${key}'`);
      return undefined;
    }
    const kind = opts.integer ? 'an integer' : 'a number';
    if (typeof v !== 'number' || !Number.isFinite(v) || (opts.integer && !Number.isInteger(v))) {
      this.fail(
        `${this.path}.${key}`,
        'INVALID_CONFIG',
        `'${this.op}.${key}' must be ${kind}, got ${describeJson(v)}`,
      );
      return undefined;
    }
    if (opts.min !== undefined && v < opts.min) {
      this.fail(
        `${this.path}.${key}`,
        'INVALID_CONFIG',
        `'${this.op}.${key}' must be >= ${opts.min}, got ${v}`,
      );
      return undefined;
    }
    return v;
  }

  /**
   * A required `field` key that must name a dimension of the schema. An unknown
   * dimension is an error but the name is still returned (it evaluates as missing).
   */
  field(ctx: FieldContext, key = 'field'): string | undefined {
    const name = this.requiredString(key);
    if (name === undefined || ctx.dimensions === null) return name;
    if (!ctx.dimensions.has(name)) {
      const known = [...ctx.dimensions.keys()].join(', ') || 'none';
      this.errors.push({
        path: `${this.path}.${key}`,
        code: 'UNKNOWN_FIELD',
        message: `'${this.op}.${key}': '${name}' is not a dimension of the schema (dimensions: ${known})`,
      });
    }
    return name;
  }
}
