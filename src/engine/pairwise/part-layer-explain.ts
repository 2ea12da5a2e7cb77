/**
 * The explanation of `part_layer_conflict` for one pair: every collision and
 * phasing violation over the common parts, in sorted part order.
 */
import type { PartLayerColumn } from './part-layer';
import { formatNumber, missingSide } from './values';

/** Common parts of two items in sorted order, as [rank, layer1, layer2] triples. */
function commonParts(c: PartLayerColumn, i: number, j: number): number[][] {
  const out: number[][] = [];
  if (c.words === 1) {
    for (let bits = c.masks[i] & c.masks[j]; bits !== 0;) {
      const low = bits & -bits;
      bits ^= low;
      const r = 31 - Math.clz32(low);
      out.push([r, c.dense[c.rowOf[i] + r], c.dense[c.rowOf[j] + r]]);
    }
    return out;
  }
  let a = c.offsets[i];
  let b = c.offsets[j];
  while (a < c.offsets[i + 1] && b < c.offsets[j + 1]) {
    if (c.ranks[a] < c.ranks[b]) a++;
    else if (c.ranks[a] > c.ranks[b]) b++;
    else out.push([c.ranks[a], c.layers[a++], c.layers[b++]]);
  }
  return out;
}

/** Full evaluation with the reason listing every collision and phasing violation. */
export function explainPartLayer(
  c: PartLayerColumn,
  field: string,
  i: number,
  j: number,
): { value: boolean; reason: string } {
  if (!c.present[i] || !c.present[j]) {
    return {
      value: false,
      reason: `${field} is missing on ${missingSide(!c.present[i], !c.present[j])} (no conflict)`,
    };
  }
  const common = commonParts(c, i, j);
  if (common.length === 0)
    return { value: false, reason: `No common parts in ${field} (no conflict)` };
  const problems: string[] = [];
  const word = (x: number) => (x > 0 ? 'over' : 'under');
  let dir = 0;
  for (const [r, l1, l2] of common) {
    const part = c.parts[r];
    if (l1 === l2) {
      problems.push(`Collision at ${part}: both at layer ${formatNumber(l1)}`);
      continue;
    }
    const s = l1 > l2 ? 1 : -1;
    if (dir === 0) dir = s;
    else if (dir !== s) {
      problems.push(
        `Phasing violation at ${part}: item1 ${word(s)} item2 (layer ${formatNumber(l1)} vs ${formatNumber(l2)}) but ${word(dir)} it on an earlier part`,
      );
    }
  }
  if (problems.length > 0) return { value: true, reason: problems.join('; ') };
  const names = common.map(([r]) => c.parts[r]).join(', ');
  return {
    value: false,
    reason: `No conflict on common parts (${names}): item1 consistently ${word(dir)} item2`,
  };
}
