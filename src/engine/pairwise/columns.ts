/**
 * Columnar per-item data of a catalog: interned value ids (Int32Array), numbers
 * (Float64Array) and part/layer masks, built per field on first use, or derived from the
 * columns of a previous revision of the catalog (see {@link Columns.derive}).
 */
import type { ItemDef } from '../model';
import { derivePartLayerColumn, partLayerColumn, type PartLayerColumn } from './part-layer';
import {
  attr,
  deriveInternColumn,
  deriveNumberColumn,
  formatValue,
  internColumn,
  numberColumn,
  type InternedColumn,
} from './values';

/** Per-field columns of a catalog, built on first use and shared by all rules. */
export class Columns {
  private readonly interned = new Map<string, InternedColumn>();
  private readonly numeric = new Map<string, Float64Array>();
  private readonly partLayers = new Map<string, PartLayerColumn>();

  constructor(readonly items: readonly ItemDef[]) {}

  /**
   * The columns of `items`, a later revision of `previous.items`: every field `previous` has
   * built is derived at once from its column (unchanged items copied, `origin[k] === -1`
   * items read), the others are built on first use. Keeps no reference to `previous`.
   * @param origin per item of `items`: its index in `previous.items` (unchanged) or -1
   */
  static derive(previous: Columns, items: readonly ItemDef[], origin: ArrayLike<number>): Columns {
    const next = new Columns(items);
    for (const [field, column] of previous.interned) {
      next.interned.set(field, deriveInternColumn(column, items, origin, field));
    }
    for (const [field, column] of previous.numeric) {
      next.numeric.set(field, deriveNumberColumn(column, items, origin, field));
    }
    for (const [field, column] of previous.partLayers) {
      next.partLayers.set(field, derivePartLayerColumn(column, items, origin, field));
    }
    return next;
  }

  ids(field: string): InternedColumn {
    return memo(this.interned, field, () => internColumn(this.items, field));
  }
  numbers(field: string): Float64Array {
    return memo(this.numeric, field, () => numberColumn(this.items, field));
  }
  parts(field: string): PartLayerColumn {
    return memo(this.partLayers, field, () => partLayerColumn(this.items, field));
  }
  value(i: number, field: string): string {
    const v = attr(this.items[i], field);
    return v === undefined ? 'missing' : formatValue(v);
  }
}

function memo<V>(map: Map<string, V>, key: string, build: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = build()));
  return v;
}
