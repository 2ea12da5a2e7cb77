/**
 * docs/observability (alert rules, Grafana dashboard) only name metrics the app exposes,
 * and, where promtool is installed (`apt-get install prometheus`), pass its checks.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { parse } from 'yaml';
import { createMetrics } from '../../../../src/observability/metrics';
import { parseExposition } from '../../../helpers/exposition';

const DOCS = join(__dirname, '..', '..', '..', '..', 'docs', 'observability');
const read = (file: string) => readFileSync(join(DOCS, file), 'utf8');

interface RuleFile {
  groups: { rules: { alert: string; expr: string }[] }[];
}
interface Dashboard {
  panels: { type: string; targets?: { expr: string }[] }[];
}

const PROMQL_WORDS = new Set([
  'sum',
  'max',
  'min',
  'avg',
  'by',
  'on',
  'and',
  'or',
  'unless',
  'rate',
  'increase',
  'histogram_quantile',
  'le',
  'without',
  'ignoring',
  'group_left',
  'group_right',
]);

/** Metric names in a PromQL expression (identifiers before `{`, `[` or `)`, minus keywords and labels). */
function metricNames(expr: string): string[] {
  const withoutStrings = expr
    .replace(/"[^"]*"/g, '""')
    .replace(/\{[^}]*\}/g, '{}')
    .replace(/\[[^\]]*\]/g, '[]');
  const withoutGroupings = withoutStrings.replace(/\b(by|on|without|ignoring)\s*\([^)]*\)/g, '');
  const names = withoutGroupings.match(/[a-zA-Z_:][a-zA-Z0-9_:]*/g) ?? [];
  return names.filter(n => !PROMQL_WORDS.has(n) && !/^\d/.test(n));
}

async function exposedNames(): Promise<Set<string>> {
  const exposition = parseExposition(await createMetrics(new Registry()).registry.metrics());
  const names = new Set(['up']);
  for (const family of exposition.families.values()) {
    names.add(family.name);
    if (family.type === 'histogram' || family.type === 'summary') {
      for (const suffix of ['_bucket', '_sum', '_count']) names.add(family.name + suffix);
    }
  }
  return names;
}

const promtool = spawnSync('promtool', ['--version']).status === 0;
// In CI (which installs it) a missing promtool fails these checks rather than skipping them.
const withPromtool = promtool || process.env.CI === 'true' ? it : it.skip;

describe('docs/observability', () => {
  const rules = parse(read('alerts.yml')) as RuleFile;
  const dashboard = JSON.parse(read('grafana-dashboard.json')) as Dashboard;
  const alertExprs = rules.groups.flatMap(g => g.rules.map(r => r.expr));
  const panelExprs = dashboard.panels.flatMap(p => (p.targets ?? []).map(t => t.expr));

  it('has alerts for errors, latency, rate limits, the pool and instance down', () => {
    const alerts = rules.groups.flatMap(g => g.rules.map(r => r.alert));
    for (const name of [
      'RulateInstanceDown',
      'RulateHighErrorRate',
      'RulateHighLatencyP99',
      'RulateRateLimitRefusalsSpike',
      'RulateDbPoolExhausted',
    ]) {
      expect(alerts).toContain(name);
    }
  });

  it('names only exposed metrics in alert rules and dashboard panels', async () => {
    const exposed = await exposedNames();
    const unknown = [...alertExprs, ...panelExprs]
      .flatMap(expr => metricNames(expr).map(name => ({ name, expr })))
      .filter(({ name }) => !exposed.has(name));
    expect(unknown).toEqual([]);
    expect(panelExprs.length).toBeGreaterThan(10);
  });

  withPromtool('passes promtool check rules and the rule unit tests', () => {
    // prometheus.yml reads the scrape token from the compose secret, which exists in the
    // container only: check a copy (beside alerts.yml) that names a token file here.
    const dir = mkdtempSync(join(tmpdir(), 'rulate-prometheus-'));
    try {
      const secret = '/run/secrets/metrics_token';
      expect(read('prometheus.yml')).toContain(`credentials_file: ${secret}`);
      writeFileSync(join(dir, 'metrics_token'), 'token\n');
      writeFileSync(
        join(dir, 'prometheus.yml'),
        read('prometheus.yml').replace(secret, join(dir, 'metrics_token')),
      );
      copyFileSync(join(DOCS, 'alerts.yml'), join(dir, 'alerts.yml'));
      for (const args of [
        ['check', 'rules', join(DOCS, 'alerts.yml')],
        ['test', 'rules', join(DOCS, 'alerts.test.yml')],
        ['check', 'config', join(dir, 'prometheus.yml')],
      ]) {
        const run = spawnSync('promtool', args, { encoding: 'utf8' });
        expect({ args, status: run.status, output: run.stdout + run.stderr }).toMatchObject({
          status: 0,
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  withPromtool('exposes metrics that pass promtool check metrics', async () => {
    const metrics = createMetrics(new Registry());
    metrics.recordEvaluation('matrix', 0.1, { compatiblePairs: 1, incompatiblePairs: 2 }, 'ok');
    metrics.recordCost(3);
    const run = spawnSync('promtool', ['check', 'metrics'], {
      input: await metrics.registry.metrics(),
      encoding: 'utf8',
    });
    expect({ status: run.status, output: run.stdout + run.stderr }).toEqual({
      status: 0,
      output: '',
    });
  });
});
