/**
 * A strict reader of the Prometheus text exposition format (version 0.0.4), for tests:
 * what `promtool check metrics` rejects is reported as a problem.
 */

export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export interface Family {
  readonly name: string;
  readonly type: string;
  readonly help: string;
  readonly samples: Sample[];
}

export interface Exposition {
  readonly families: ReadonlyMap<string, Family>;
  /** Every format or lint problem found (empty when the text is valid). */
  readonly problems: string[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)(\s+-?\d+)?$/;
const LABEL = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)/;

function parseValue(raw: string): number | null {
  // Prometheus reads values with Go's ParseFloat: NaN and Inf in any case.
  const lower = raw.toLowerCase();
  if (lower === '+inf' || lower === 'inf') return Infinity;
  if (lower === '-inf') return -Infinity;
  if (lower === 'nan') return NaN;
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw) ? Number(raw) : null;
}

function parseLabels(raw: string, problems: string[], line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  let rest = raw;
  while (rest.length > 0) {
    const match = LABEL.exec(rest);
    if (!match) {
      problems.push(`bad label set: ${line}`);
      return labels;
    }
    const [all, name, value] = match;
    if (name.startsWith('__')) problems.push(`reserved label name ${name}: ${line}`);
    if (name in labels) problems.push(`duplicate label ${name}: ${line}`);
    labels[name] = value.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
    rest = rest.slice(all.length);
  }
  return labels;
}

/** The family a sample belongs to (histogram and summary suffixes stripped). */
function familyOf(name: string, families: Map<string, Family>): Family | undefined {
  if (families.has(name)) return families.get(name);
  const base = name.replace(/_(bucket|sum|count)$/, '');
  const family = families.get(base);
  if (!family) return undefined;
  const suffix = name.slice(base.length);
  if (family.type === 'histogram') return family;
  if (family.type === 'summary' && suffix !== '_bucket') return family;
  return undefined;
}

export function parseExposition(text: string): Exposition {
  const problems: string[] = [];
  const families = new Map<string, Family>();
  const closed = new Set<string>();
  const series = new Set<string>();
  let current: string | null = null;
  const open = (name: string) => {
    if (current !== name) {
      if (current !== null) closed.add(current);
      if (closed.has(name)) problems.push(`family ${name} is not contiguous`);
      current = name;
    }
  };
  if (!text.endsWith('\n')) problems.push('the exposition must end with a newline');
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const meta = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
    if (meta) {
      const [, kind, name, rest] = meta;
      if (!METRIC_NAME.test(name)) problems.push(`bad metric name ${name}`);
      open(name);
      const family = families.get(name) ?? { name, type: '', help: '', samples: [] };
      if (family.samples.length > 0) problems.push(`${kind} after samples for ${name}`);
      if (kind === 'TYPE') {
        if (family.type) problems.push(`second TYPE for ${name}`);
        if (!TYPES.has(rest)) problems.push(`bad type ${rest} for ${name}`);
        families.set(name, { ...family, type: rest });
      } else {
        if (family.help) problems.push(`second HELP for ${name}`);
        if (!rest.trim()) problems.push(`empty HELP for ${name}`);
        families.set(name, { ...family, help: rest });
      }
      continue;
    }
    if (line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match) {
      problems.push(`bad sample line: ${line}`);
      continue;
    }
    const [, name, , rawLabels, rawValue] = match;
    const labels = parseLabels(rawLabels ?? '', problems, line);
    const value = parseValue(rawValue);
    if (value === null) problems.push(`bad value: ${line}`);
    const family = familyOf(name, families);
    if (!family) {
      problems.push(`sample without HELP/TYPE: ${line}`);
      continue;
    }
    open(family.name);
    const key = `${name}{${Object.keys(labels)
      .sort()
      .map(k => `${k}=${JSON.stringify(labels[k])}`)
      .join(',')}}`;
    if (series.has(key)) problems.push(`duplicate series ${key}`);
    series.add(key);
    family.samples.push({ name, labels, value: value ?? NaN });
  }
  for (const family of families.values()) lint(family, problems);
  return { families, problems };
}

/** promtool's lint rules that apply here, plus histogram consistency. */
function lint(family: Family, problems: string[]): void {
  const { name, type } = family;
  if (!type) problems.push(`no TYPE for ${name}`);
  if (!family.help) problems.push(`no HELP for ${name}`);
  if (type === 'counter' && !name.endsWith('_total')) {
    problems.push(`counter ${name} should end with _total`);
  }
  if (type !== 'counter' && name.endsWith('_total')) {
    problems.push(`non-counter ${name} should not end with _total`);
  }
  for (const sample of family.samples) {
    for (const label of Object.keys(sample.labels)) {
      if (!LABEL_NAME.test(label)) problems.push(`bad label name ${label} in ${name}`);
    }
  }
  if (type === 'histogram') lintHistogram(family, problems);
}

function lintHistogram(family: Family, problems: string[]): void {
  const groups = new Map<string, Sample[]>();
  const keyOf = (labels: Readonly<Record<string, string>>) =>
    JSON.stringify(
      Object.entries(labels)
        .filter(([k]) => k !== 'le')
        .sort(),
    );
  for (const sample of family.samples) {
    const key = keyOf(sample.labels);
    groups.set(key, [...(groups.get(key) ?? []), sample]);
  }
  for (const [key, samples] of groups) {
    const buckets = samples.filter(s => s.name === `${family.name}_bucket`);
    const count = samples.find(s => s.name === `${family.name}_count`);
    const inf = buckets.find(s => s.labels.le === '+Inf');
    if (!inf || !count || !samples.some(s => s.name === `${family.name}_sum`)) {
      problems.push(`histogram ${family.name}${key} lacks +Inf, _sum or _count`);
      continue;
    }
    if (inf.value !== count.value) problems.push(`${family.name}${key}: +Inf != _count`);
    let previous = -Infinity;
    let last = -Infinity;
    for (const bucket of buckets) {
      const le = parseValue(bucket.labels.le ?? '');
      if (le === null || le <= previous) problems.push(`${family.name}${key}: le not increasing`);
      if (bucket.value < last) problems.push(`${family.name}${key}: buckets not cumulative`);
      previous = le ?? previous;
      last = bucket.value;
    }
  }
}

/** The value of one series, or undefined (labels must match exactly). */
export function sampleValue(
  exposition: Exposition,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  for (const family of exposition.families.values()) {
    for (const sample of family.samples) {
      if (sample.name !== name) continue;
      const keys = Object.keys(sample.labels);
      if (keys.length !== Object.keys(labels).length) continue;
      if (keys.every(k => sample.labels[k] === labels[k])) return sample.value;
    }
  }
  return undefined;
}
