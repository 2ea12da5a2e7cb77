/**
 * A deliberately naive reading of the domain specification (docs/semantics.md), written without looking
 * at the engine's algorithms. It works on the raw JSON of conditions and items, tries
 * every subset for clusters, and favours obviousness over speed. The conformance
 * property tests compare the engine's public functions with it.
 *
 * Where docs/semantics.md is silent this follows the decisions written in docs/engine.md
 * (e.g. `sorted` = code-point order, cluster rule evaluations listed like pairwise ones).
 */
import { createHash } from 'crypto';

type Attrs = Record<string, unknown>;

export interface RefItem {
  readonly id: string;
  readonly attributes: Attrs;
}

export interface RefRule {
  readonly name: string;
  readonly type: 'exclusion' | 'requirement';
  readonly enabled?: boolean;
  readonly condition: unknown;
}

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** "Missing": absent or null. Returns undefined when missing. */
export function valueOf(attrs: Attrs, field: string): unknown {
  if (!own(attrs, field)) return undefined;
  const v = attrs[field];
  return v === null ? undefined : v;
}

/** Deep equality: arrays element-wise in order, objects key-wise, numbers by value (1 == 1.0). */
export function deepEq(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (a === null || b === null) return a === b;
  if (typeof a !== typeof b) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) if (!deepEq(a[k], b[k])) return false;
    return true;
  }
  if (typeof a === 'object') {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.length !== ky.length) return false;
    for (const k of kx) if (!own(y, k) || !deepEq(x[k], y[k])) return false;
    return true;
  }
  return a === b;
}

/** Python's `sorted` on strings: code-point order. */
export function codePointCompare(a: string, b: string): number {
  const x = [...a].map(c => c.codePointAt(0) as number);
  const y = [...b].map(c => c.codePointAt(0) as number);
  for (let k = 0; k < Math.min(x.length, y.length); k++) if (x[k] !== y[k]) return x[k] - y[k];
  return x.length - y.length;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function single(node: unknown): [string, unknown] | null {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return null;
  const keys = Object.keys(node);
  if (keys.length !== 1) return null;
  return [keys[0], (node as Record<string, unknown>)[keys[0]]];
}

function cfg(config: unknown): Record<string, unknown> | null {
  return typeof config === 'object' && config !== null && !Array.isArray(config)
    ? (config as Record<string, unknown>)
    : null;
}

/** part -> layer, a later entry overriding an earlier one. Malformed entries are skipped. */
export function partMap(value: unknown): Map<string, number> | null {
  if (!Array.isArray(value)) return null;
  const m = new Map<string, number>();
  for (const e of value) {
    const o = cfg(e);
    if (o === null || !Array.isArray(o.parts) || !isNum(o.layer)) continue;
    for (const p of o.parts) if (typeof p === 'string') m.set(p, o.layer);
  }
  return m;
}

/** Collisions and phasing violations of two coverage maps. */
export function partConflict(m1: Map<string, number>, m2: Map<string, number>): boolean {
  const common = [...m1.keys()].filter(p => m2.has(p)).sort(codePointCompare);
  let first: 'over' | 'under' | null = null;
  for (const p of common) {
    const l1 = m1.get(p) as number;
    const l2 = m2.get(p) as number;
    if (l1 === l2) return true; // collision
    const dir = l1 > l2 ? 'over' : 'under';
    if (first === null) first = dir;
    else if (dir !== first) return true; // phasing violation
  }
  return false;
}

/** A pairwise condition on (item1, item2) attributes. */
export function pairCondition(node: unknown, a: Attrs, b: Attrs): boolean {
  const s = single(node);
  if (s === null) return false;
  const [op, config] = s;
  if (op === 'all' || op === 'any' || op === 'or') {
    if (!Array.isArray(config) || config.length === 0) return false;
    if (op === 'all') {
      for (const c of config) if (!pairCondition(c, a, b)) return false;
      return true;
    }
    for (const c of config) if (pairCondition(c, a, b)) return true;
    return false;
  }
  if (op === 'not') {
    if (single(config) === null) return false;
    return !pairCondition(config, a, b);
  }
  const c = cfg(config);
  if (c === null || typeof c.field !== 'string' || c.field === '') return false;
  const v1 = valueOf(a, c.field);
  const v2 = valueOf(b, c.field);
  switch (op) {
    case 'equals':
      return v1 !== undefined && v2 !== undefined && deepEq(v1, v2);
    case 'has_different':
      return v1 === undefined || v2 === undefined || !deepEq(v1, v2);
    case 'abs_diff':
      if (!isNum(c.max)) return false;
      return (
        typeof v1 === 'number' && typeof v2 === 'number' && Math.abs(v1 - v2) <= (c.max as number)
      );
    case 'any_equals': {
      const want = c.value;
      if (want === undefined || want === null) return false;
      return (v1 !== undefined && deepEq(v1, want)) || (v2 !== undefined && deepEq(v2, want));
    }
    case 'any_missing':
      return v1 === undefined || v2 === undefined;
    case 'part_layer_conflict': {
      const m1 = partMap(v1);
      const m2 = partMap(v2);
      if (m1 === null || m2 === null) return false;
      return partConflict(m1, m2);
    }
    default:
      return false;
  }
}

export interface RefRuleResult {
  readonly ruleName: string;
  readonly passed: boolean;
}

export interface RefPair {
  readonly item1Id: string;
  readonly item2Id: string;
  readonly compatible: boolean;
  readonly rules: RefRuleResult[];
}

/** Enabled rules, exclusions first then requirements, each in rule-set order. */
export function pairRuleOrder(rules: readonly RefRule[]): RefRule[] {
  const on = rules.filter(r => r.enabled !== false);
  return [...on.filter(r => r.type === 'exclusion'), ...on.filter(r => r.type === 'requirement')];
}

export function refPair(rules: readonly RefRule[], x: RefItem, y: RefItem): RefPair {
  const results = pairRuleOrder(rules).map(r => {
    const c = pairCondition(r.condition, x.attributes, y.attributes);
    return { ruleName: r.name, passed: r.type === 'exclusion' ? !c : c };
  });
  return {
    item1Id: x.id,
    item2Id: y.id,
    compatible: results.every(r => r.passed),
    rules: results,
  };
}

export function refItem(
  rules: readonly RefRule[],
  items: readonly RefItem[],
  i: number,
): { compatibleCount: number; incompatibleCount: number; results: RefPair[] } {
  const results: RefPair[] = [];
  items.forEach((it, j) => {
    if (j !== i) results.push(refPair(rules, items[i], it));
  });
  const compatibleCount = results.filter(r => r.compatible).length;
  return { compatibleCount, incompatibleCount: results.length - compatibleCount, results };
}

export function refMatrix(
  rules: readonly RefRule[],
  items: readonly RefItem[],
): {
  pairs: RefPair[];
  summary: {
    totalPairs: number;
    compatiblePairs: number;
    incompatiblePairs: number;
    compatibilityRate: number;
  };
} {
  const pairs: RefPair[] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) pairs.push(refPair(rules, items[i], items[j]));
  const total = pairs.length;
  const compatible = pairs.filter(p => p.compatible).length;
  return {
    pairs,
    summary: {
      totalPairs: total,
      compatiblePairs: compatible,
      incompatiblePairs: total - compatible,
      compatibilityRate: total === 0 ? 0 : compatible / total,
    },
  };
}

// ---------------------------------------------------------------- clusters

function sizeArg(config: unknown): number | null {
  if (typeof config === 'number' && Number.isInteger(config)) return config;
  const c = cfg(config);
  if (c !== null && typeof c.value === 'number' && Number.isInteger(c.value)) return c.value;
  return null;
}

function present(members: readonly Attrs[], field: string): unknown[] {
  return members.map(m => valueOf(m, field)).filter(v => v !== undefined);
}

function distinctCount(values: readonly unknown[]): number {
  const seen: unknown[] = [];
  for (const v of values) if (!seen.some(s => deepEq(s, v))) seen.push(v);
  return seen.length;
}

/** A cluster condition on a set of items (their attributes). */
export function clusterCondition(node: unknown, members: readonly Attrs[]): boolean {
  const s = single(node);
  if (s === null) return false;
  const [op, config] = s;
  if (op === 'all' || op === 'any' || op === 'or') {
    if (!Array.isArray(config) || config.length === 0) return false;
    return op === 'all'
      ? config.every(c => clusterCondition(c, members))
      : config.some(c => clusterCondition(c, members));
  }
  if (op === 'not') {
    if (single(config) === null) return false;
    return !clusterCondition(config, members);
  }
  if (op === 'min_cluster_size' || op === 'max_cluster_size') {
    const n = sizeArg(config);
    if (n === null) return false;
    return op === 'min_cluster_size' ? members.length >= n : members.length <= n;
  }
  const c = cfg(config);
  if (c === null) return false;
  if (op === 'formality_range') {
    if (!isNum(c.max_diff)) return false;
    const values = present(members, 'formality');
    if (values.length === 0) return true;
    if (values.some(v => typeof v !== 'number')) return false;
    const nums = values as number[];
    return Math.max(...nums) - Math.min(...nums) <= c.max_diff;
  }
  if (typeof c.field !== 'string' || c.field === '') return false;
  const values = present(members, c.field);
  switch (op) {
    case 'unique_values':
      return distinctCount(values) === values.length;
    case 'has_item_with':
      if (c.value === undefined || c.value === null) return false;
      return values.some(v => deepEq(v, c.value));
    case 'count_by_field': {
      if (values.length === 0) return false;
      const d = distinctCount(values);
      if (isNum(c.min) && d < c.min) return false;
      if (isNum(c.max) && d > c.max) return false;
      return true;
    }
    default:
      return false;
  }
}

/** Enabled cluster rules, listed as pairwise ones: exclusions first, then requirements. */
export function clusterRules(
  rules: readonly RefRule[],
  members: readonly Attrs[],
): { passed: boolean; results: RefRuleResult[] } {
  const results = pairRuleOrder(rules).map(r => {
    const c = clusterCondition(r.condition, members);
    return { ruleName: r.name, passed: r.type === 'exclusion' ? !c : c };
  });
  return { passed: results.every(r => r.passed), results };
}

export interface RefWorld {
  readonly items: readonly RefItem[];
  readonly pairwise: readonly RefRule[];
  readonly cluster: readonly RefRule[];
}

export const compatible = (w: RefWorld, i: number, j: number): boolean =>
  refPair(w.pairwise, w.items[i], w.items[j]).compatible;

/** Positions with duplicates removed, first occurrence kept. */
const dedupe = (xs: readonly number[]): number[] => [...new Set(xs)];

export interface RefValidation {
  readonly itemIds: string[];
  readonly valid: boolean;
  readonly pairwiseCompatible: boolean;
  /** Incompatible pairs, the member given first as item1, in request order of pairs. */
  readonly incompatiblePairs: [string, string][];
  readonly rules: RefRuleResult[];
}

export function refValidate(w: RefWorld, positions: readonly number[]): RefValidation {
  const members = dedupe(positions);
  const bad: [string, string][] = [];
  for (let x = 0; x < members.length; x++)
    for (let y = x + 1; y < members.length; y++)
      if (!compatible(w, members[x], members[y]))
        bad.push([w.items[members[x]].id, w.items[members[y]].id]);
  const verdict = clusterRules(
    w.cluster,
    members.map(i => w.items[i].attributes),
  );
  return {
    itemIds: members.map(i => w.items[i].id),
    valid: bad.length === 0 && verdict.passed,
    pairwiseCompatible: bad.length === 0,
    incompatiblePairs: bad,
    rules: verdict.results,
  };
}

export function refCandidates(
  w: RefWorld,
  base: readonly number[],
  candidates?: readonly number[],
): {
  base: RefValidation;
  candidates: { itemId: string; pairwiseCompatible: boolean; validIfAdded: RefValidation }[];
} {
  const b = dedupe(base);
  const list =
    candidates === undefined
      ? w.items.map((_, i) => i).filter(i => !b.includes(i))
      : dedupe(candidates);
  return {
    base: refValidate(w, b),
    candidates: list.map(c => ({
      itemId: w.items[c].id,
      pairwiseCompatible: b.every(x => x === c || compatible(w, x, c)),
      validIfAdded: refValidate(w, b.includes(c) ? b : [...b, c]),
    })),
  };
}

export function md5Id(sortedIds: readonly string[]): string {
  return createHash('md5').update(sortedIds.join(','), 'utf8').digest('hex').slice(0, 12);
}

/** Answer order: size descending, then sorted id lists lexicographically. */
export function compareClusters(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) return b.length - a.length;
  for (let k = 0; k < a.length; k++) {
    const c = codePointCompare(a[k], b[k]);
    if (c !== 0) return c;
  }
  return 0;
}

export interface RefCluster {
  readonly id: string;
  readonly itemIds: string[];
  readonly size: number;
  readonly isMaximum: boolean;
  readonly rules: RefRuleResult[];
}

export interface RefRelationship {
  readonly clusterId: string;
  readonly relatedClusterId: string;
  readonly relationshipType: 'SUBSET' | 'SUPERSET' | 'OVERLAPPING';
  readonly sharedItems: string[];
  readonly overlapSize: number;
}

/** Every maximal valid cluster, by trying every subset, in answer order. */
export function refClusters(
  w: RefWorld,
  opts: { minClusterSize?: number; maxClusterSize?: number } = {},
): RefCluster[] {
  const n = w.items.length;
  const min = Math.max(1, opts.minClusterSize ?? 2);
  const max = opts.maxClusterSize;
  const edge: boolean[][] = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => i !== j && compatible(w, Math.min(i, j), Math.max(i, j))),
  );
  const valid: number[] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const members: number[] = [];
    for (let i = 0; i < n; i++) if (mask & (1 << i)) members.push(i);
    if (members.length < min || (max !== undefined && members.length > max)) continue;
    let clique = true;
    for (let x = 0; x < members.length && clique; x++)
      for (let y = x + 1; y < members.length && clique; y++) clique = edge[members[x]][members[y]];
    if (!clique) continue;
    if (
      !clusterRules(
        w.cluster,
        members.map(i => w.items[i].attributes),
      ).passed
    )
      continue;
    valid.push(mask);
  }
  const maximal = valid.filter(m => !valid.some(o => o !== m && (o & m) === m));
  const lists = maximal.map(m => {
    const members: number[] = [];
    for (let i = 0; i < n; i++) if (m & (1 << i)) members.push(i);
    return members;
  });
  const largest = Math.max(0, ...lists.map(l => l.length));
  return lists
    .map(members => {
      const ids = members.map(i => w.items[i].id).sort(codePointCompare);
      return {
        id: md5Id(ids),
        itemIds: ids,
        size: ids.length,
        isMaximum: ids.length === largest,
        // the rules see the members in itemIds (sorted id) order
        rules: clusterRules(
          w.cluster,
          [...members]
            .sort((a, b) => codePointCompare(w.items[a].id, w.items[b].id))
            .map(i => w.items[i].attributes),
        ).results,
      };
    })
    .sort((a, b) => compareClusters(a.itemIds, b.itemIds));
}

/** Relationships between clusters sharing items, both directions. */
export function refRelationships(clusters: readonly RefCluster[]): RefRelationship[] {
  const out: RefRelationship[] = [];
  for (const a of clusters) {
    for (const b of clusters) {
      if (a === b) continue;
      const shared = a.itemIds.filter(id => b.itemIds.includes(id)).sort(codePointCompare);
      if (shared.length === 0) continue;
      const type =
        shared.length === a.size && a.size < b.size
          ? 'SUBSET'
          : shared.length === b.size && b.size < a.size
            ? 'SUPERSET'
            : 'OVERLAPPING';
      out.push({
        clusterId: a.id,
        relatedClusterId: b.id,
        relationshipType: type,
        sharedItems: shared,
        overlapSize: shared.length,
      });
    }
  }
  return out;
}

export function refSummary(clusters: readonly RefCluster[]): {
  totalClusters: number;
  maxClusterSize: number;
  minClusterSize: number;
  avgClusterSize: number;
  totalItemsCovered: number;
} {
  const sizes = clusters.map(c => c.size);
  return {
    totalClusters: clusters.length,
    maxClusterSize: sizes.length ? Math.max(...sizes) : 0,
    minClusterSize: sizes.length ? Math.min(...sizes) : 0,
    avgClusterSize: sizes.length ? sizes.reduce((x, y) => x + y, 0) / sizes.length : 0,
    totalItemsCovered: new Set(clusters.flatMap(c => c.itemIds)).size,
  };
}

/**
 * The same answer as {@link refClusters} for larger catalogs: a valid cluster is a
 * clique, so it is enough to try every clique of the compatibility graph (each once,
 * by extending with later compatible items). `limit` caps the cliques tried (null
 * when exceeded, so the caller can discard the case).
 */
export function refClustersByCliques(
  w: RefWorld,
  opts: { minClusterSize?: number; maxClusterSize?: number } = {},
  limit = 20_000,
): RefCluster[] | null {
  const n = w.items.length;
  const min = Math.max(1, opts.minClusterSize ?? 2);
  const max = opts.maxClusterSize ?? Infinity;
  const edge: boolean[][] = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => i !== j && compatible(w, Math.min(i, j), Math.max(i, j))),
  );
  const valid: { members: number[]; mask: bigint }[] = [];
  let tried = 0;
  const extend = (clique: number[], mask: bigint, from: number): boolean => {
    if (++tried > limit) return false;
    if (clique.length >= min && clique.length <= max) {
      if (
        clusterRules(
          w.cluster,
          clique.map(i => w.items[i].attributes),
        ).passed
      )
        valid.push({ members: [...clique], mask });
    }
    for (let v = from; v < n; v++) {
      if (!clique.every(u => edge[u][v])) continue;
      clique.push(v);
      const ok = extend(clique, mask | (1n << BigInt(v)), v + 1);
      clique.pop();
      if (!ok) return false;
    }
    return true;
  };
  if (!extend([], 0n, 0)) return null;
  const maximal = valid.filter(
    s => !valid.some(t => t.members.length > s.members.length && (t.mask & s.mask) === s.mask),
  );
  const largest = Math.max(0, ...maximal.map(s => s.members.length));
  return maximal
    .map(({ members }) => {
      const ids = members.map(i => w.items[i].id).sort(codePointCompare);
      return {
        id: md5Id(ids),
        itemIds: ids,
        size: ids.length,
        isMaximum: ids.length === largest,
        // the rules see the members in itemIds (sorted id) order
        rules: clusterRules(
          w.cluster,
          [...members]
            .sort((a, b) => codePointCompare(w.items[a].id, w.items[b].id))
            .map(i => w.items[i].attributes),
        ).results,
      };
    })
    .sort((a, b) => compareClusters(a.itemIds, b.itemIds));
}
