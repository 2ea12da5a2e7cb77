/**
 * Row evaluation: a condition's value for pair (i, j) over a whole range of j at
 * once, written as 0/1 bytes. The matrix and item evaluations run these tight,
 * monomorphic loops over typed arrays, one call per row instead of one per pair.
 * Contract: `row(i, from, to, out, mask)` writes out[j] for j in [from, to);
 * where `mask[j] === 0` the entry may be left unwritten (the caller ignores it).
 */
import type { PairwiseLeaf } from '../conditions/ast';
import type { PartLayerColumn } from './part-layer';
import type { PairTest } from './operators';
import { MISSING } from './values';

export type RowEval = (
  i: number,
  from: number,
  to: number,
  out: Uint8Array,
  mask: Uint8Array | null,
) => void;

/** A constant row. */
export const constRow =
  (v: 0 | 1): RowEval =>
  (_i, from, to, out) =>
    out.fill(v, from, to);

/** Rows of an interned-value leaf (equals, has_different, any_missing, any_equals). */
export function idsRow(op: PairwiseLeaf['op'], ids: Int32Array, target = -3): RowEval {
  switch (op) {
    case 'equals':
      return (i, from, to, out) => {
        const a = ids[i];
        if (a === MISSING) out.fill(0, from, to);
        else for (let j = from; j < to; j++) out[j] = ids[j] === a ? 1 : 0;
      };
    case 'has_different':
      return (i, from, to, out) => {
        const a = ids[i];
        if (a === MISSING) out.fill(1, from, to);
        else for (let j = from; j < to; j++) out[j] = ids[j] === a ? 0 : 1;
      };
    case 'any_missing':
      return (i, from, to, out) => {
        if (ids[i] === MISSING) out.fill(1, from, to);
        else for (let j = from; j < to; j++) out[j] = ids[j] === MISSING ? 1 : 0;
      };
    default:
      if (target < 0) return constRow(0);
      return (i, from, to, out) => {
        if (ids[i] === target) out.fill(1, from, to);
        else for (let j = from; j < to; j++) out[j] = ids[j] === target ? 1 : 0;
      };
  }
}

/** Rows of abs_diff (NaN = missing or not numeric compares false). */
export function absDiffRow(x: Float64Array, max: number): RowEval {
  return (i, from, to, out) => {
    const xi = x[i];
    for (let j = from; j < to; j++) out[j] = Math.abs(xi - x[j]) <= max ? 1 : 0;
  };
}

/** Rows of part_layer_conflict; the one-word case inlines the scan of common parts. */
export function partLayerRow(c: PartLayerColumn, test: PairTest): RowEval {
  if (c.words !== 1) {
    return (i, from, to, out, mask) => {
      for (let j = from; j < to; j++)
        if (mask === null || mask[j] !== 0) out[j] = test(i, j) ? 1 : 0;
    };
  }
  const { masks, dense, rowOf } = c;
  return (i, from, to, out, mask) => {
    const mi = masks[i];
    const bi = rowOf[i];
    for (let j = from; j < to; j++) {
      if (mask !== null && mask[j] === 0) continue;
      let bits = mi & masks[j];
      let hit = 0;
      if (bits !== 0) {
        const bj = rowOf[j];
        let dir = 0;
        do {
          const low = bits & -bits;
          bits ^= low;
          const r = 31 - Math.clz32(low);
          const d = dense[bi + r] - dense[bj + r];
          const s = d > 0 ? 1 : -1;
          if (d === 0 || (dir !== 0 && dir !== s)) {
            hit = 1;
            break;
          }
          dir = s;
        } while (bits !== 0);
      }
      out[j] = hit;
    }
  };
}

/** `not`: the child's row, flipped. */
export function notRow(child: RowEval): RowEval {
  return (i, from, to, out, mask) => {
    child(i, from, to, out, mask);
    for (let j = from; j < to; j++) out[j] ^= 1;
  };
}

/** `all` (non-empty): later children only run where the earlier ones hold. */
export function allRow(children: readonly RowEval[], n: number): RowEval {
  const tmp = new Uint8Array(n);
  return (i, from, to, out, mask) => {
    children[0](i, from, to, out, mask);
    for (let k = 1; k < children.length; k++) {
      children[k](i, from, to, tmp, out);
      let alive = 0;
      for (let j = from; j < to; j++) alive |= out[j] &= tmp[j];
      if (alive === 0) return;
    }
  };
}

/** `any` (non-empty): later children only run where the earlier ones fail. */
export function anyRow(children: readonly RowEval[], n: number): RowEval {
  const tmp = new Uint8Array(n);
  const open = new Uint8Array(n);
  return (i, from, to, out, mask) => {
    children[0](i, from, to, out, mask);
    for (let k = 1; k < children.length; k++) {
      let alive = 0;
      for (let j = from; j < to; j++)
        alive |= open[j] = (mask === null ? 1 : mask[j]) & (out[j] ^ 1);
      if (alive === 0) return;
      children[k](i, from, to, tmp, open);
      for (let j = from; j < to; j++) out[j] |= tmp[j] & open[j];
    }
  };
}
