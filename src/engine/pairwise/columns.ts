/**
 * Columnar per-item data of a catalog: interned value ids (Int32Array), numbers
 * (Float64Array) and part/layer masks, built per field on first use.
 */
import type { ItemDef } from '../model';
import { partLayerColumn, type PartLayerColumn } from './part-layer';
import { attr, formatValue, internColumn, numberColumn, type InternedColumn } from './values';

/** Per-field columns of a catalog, built on first use and shared by all rules. */
export class Columns {
  private readonly interned = new Map<string, InternedColumn>();
  private readonly numeric = new Map<string, Float64Array>();
  private readonly partLayers = new Map<string, PartLayerColumn>();

  constructor(readonly items: readonly ItemDef[]) {}

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
