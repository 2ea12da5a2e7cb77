/**
 * A naive reference of docs/semantics.md §3, written straight from the text on raw JSON,
 * to check the compiled engine against.
 */
type J = unknown;
type Attrs = Record<string, J>;

const get = (a: Attrs, f: string): J => (a[f] === null ? undefined : a[f]);

export function refDeepEqual(a: J, b: J): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, k) => refDeepEqual(x, b[k]))
    );
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return refDeepEqual(ka, kb) && ka.every(k => refDeepEqual((a as Attrs)[k], (b as Attrs)[k]));
  }
  return a === b;
}

function layers(v: J): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of v as { parts: string[]; layer: number }[])
    for (const p of e.parts) m.set(p, e.layer);
  return m;
}

function cmp(a: string, b: string): number {
  const x = [...a].map(c => c.codePointAt(0) as number);
  const y = [...b].map(c => c.codePointAt(0) as number);
  for (let k = 0; k < Math.min(x.length, y.length); k++) if (x[k] !== y[k]) return x[k] - y[k];
  return x.length - y.length;
}

export function refCondition(c: J, a: Attrs, b: Attrs): boolean {
  const [op, cfg] = Object.entries(c as Attrs)[0] as [string, Attrs & J[]];
  const f = cfg?.field as string;
  const v1 = get(a, f);
  const v2 = get(b, f);
  switch (op) {
    case 'equals':
      return v1 !== undefined && v2 !== undefined && refDeepEqual(v1, v2);
    case 'has_different':
      return v1 === undefined || v2 === undefined || !refDeepEqual(v1, v2);
    case 'abs_diff':
      return (
        typeof v1 === 'number' && typeof v2 === 'number' && Math.abs(v1 - v2) <= (cfg.max as number)
      );
    case 'any_equals':
      return (
        cfg.value !== undefined &&
        cfg.value !== null &&
        (refDeepEqual(v1, cfg.value) || refDeepEqual(v2, cfg.value))
      );
    case 'any_missing':
      return v1 === undefined || v2 === undefined;
    case 'part_layer_conflict': {
      if (v1 === undefined || v2 === undefined) return false;
      const m1 = layers(v1);
      const m2 = layers(v2);
      const common = [...m1.keys()].filter(p => m2.has(p)).sort(cmp);
      let first: string | null = null;
      for (const p of common) {
        const l1 = m1.get(p) as number;
        const l2 = m2.get(p) as number;
        if (l1 === l2) return true;
        const dir = l1 > l2 ? 'over' : 'under';
        if (first === null) first = dir;
        else if (first !== dir) return true;
      }
      return false;
    }
    case 'all':
      return cfg.length > 0 && cfg.every(x => refCondition(x, a, b));
    case 'any':
    case 'or':
      return cfg.some(x => refCondition(x, a, b));
    case 'not':
      return (
        cfg !== null &&
        typeof cfg === 'object' &&
        Object.keys(cfg).length > 0 &&
        !refCondition(cfg, a, b)
      );
    default:
      throw new Error(`reference: unknown ${op}`);
  }
}

export interface RefRule {
  name: string;
  type: 'exclusion' | 'requirement';
  enabled: boolean;
  condition: J;
}

/** Per enabled rule (exclusions first, then requirements): passed. */
export function refPair(
  rules: RefRule[],
  a: Attrs,
  b: Attrs,
): { compatible: boolean; passed: [string, boolean][] } {
  const enabled = rules.filter(r => r.enabled);
  const ordered = [
    ...enabled.filter(r => r.type === 'exclusion'),
    ...enabled.filter(r => r.type === 'requirement'),
  ];
  const passed = ordered.map((r): [string, boolean] => {
    const v = refCondition(r.condition, a, b);
    return [r.name, r.type === 'exclusion' ? !v : v];
  });
  return { compatible: passed.every(([, p]) => p), passed };
}
