/**
 * The compatibility kernels of a prepared catalog: AND over the enabled rules'
 * pass tests (exclusion: condition false; requirement: condition true), cheapest
 * rules first, stopping at the first failure. No reasons, no allocation per pair.
 */
import type { CompiledNode, PairTest } from './operators';

/**
 * The compatibility kernel: AND over the rules' pass tests (exclusion: condition
 * false; requirement: condition true), cheapest first, stopping at the first failure.
 */
export function buildKernel(rules: readonly { type: string; node: CompiledNode }[]): PairTest {
  const passes = [...rules]
    .sort((a, b) => a.node.cost - b.node.cost)
    .map(({ type, node }): PairTest => {
      const t = node.test;
      return type === 'exclusion' ? (i, j) => !t(i, j) : t;
    });
  if (passes.length === 0) return () => true;
  if (passes.length === 1) return passes[0];
  if (passes.length === 2) {
    const [a, b] = passes;
    return (i, j) => a(i, j) && b(i, j);
  }
  if (passes.length === 3) {
    const [a, b, c] = passes;
    return (i, j) => a(i, j) && b(i, j) && c(i, j);
  }
  return (i, j) => {
    for (let k = 0; k < passes.length; k++) if (!passes[k](i, j)) return false;
    return true;
  };
}

/**
 * The row kernel: compatibility of (i, j) for a range of j, rule by rule (cheapest
 * first); each rule only runs where the pair is still compatible.
 */
export function buildRowKernel(
  rules: readonly { type: string; node: CompiledNode }[],
  n: number,
): (i: number, from: number, to: number, out: Uint8Array) => number {
  const sorted = [...rules].sort((a, b) => a.node.cost - b.node.cost);
  const exclusion = sorted.map(r => (r.type === 'exclusion' ? 1 : 0));
  const rows = sorted.map(r => r.node.row);
  const tmp = new Uint8Array(n);
  return (i, from, to, out) => {
    if (from >= to) return 0;
    out.fill(1, from, to);
    for (let k = 0; k < rows.length; k++) {
      rows[k](i, from, to, tmp, out);
      const flip = exclusion[k];
      let alive = 0;
      for (let j = from; j < to; j++) alive |= out[j] &= tmp[j] ^ flip;
      if (alive === 0) return 0;
    }
    let count = 0;
    for (let j = from; j < to; j++) count += out[j];
    return count;
  };
}
