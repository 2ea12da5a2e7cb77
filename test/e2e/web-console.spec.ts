/**
 * The web console (examples/web) in a real browser against the real server: the compiled
 * server (`npm run build` runs first) in production mode with PERSISTED_OPERATIONS=enforce on
 * a temporary SQLite file, the console built into a temporary folder and served from another
 * origin, Debian's chromium driven by playwright-core. Screenshots go to artifacts/e2e/ on
 * every run (UPDATE_DOC_IMAGES=1 also refreshes docs/images/). Without chromium the suite
 * fails with CI=true and is skipped otherwise.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { TEST_SECRET_KEY } from '../helpers/config';

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const IN_CI = ['1', 'true'].includes((process.env.CI ?? '').toLowerCase());
const SHOTS = join(ROOT, 'artifacts', 'e2e');
const DOC_IMAGES = join(ROOT, 'docs', 'images');
/** Generous: a 2-core machine shared with other builds and test runs. */
const STEP_MS = 60_000;

/** The part of HTMLCanvasElement read in the page (the test's tsconfig has no DOM types). */
interface CanvasLike {
  readonly width: number;
  readonly height: number;
  getContext(kind: '2d'): {
    getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> };
  } | null;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

/** Serves the built console (static files) on 127.0.0.1. */
async function serveStatic(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

async function waitForReady(url: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited:\n${output()}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server never became ready:\n${output()}`);
    await new Promise(r => setTimeout(r, 250));
  }
}

async function shot(page: Page, name: string, docImage?: string) {
  mkdirSync(SHOTS, { recursive: true });
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  if (docImage && process.env.UPDATE_DOC_IMAGES === '1') {
    mkdirSync(DOC_IMAGES, { recursive: true });
    copyFileSync(file, join(DOC_IMAGES, docImage));
  }
}

const describeWithChromium = (name: string, body: () => void) => {
  if (existsSync(CHROMIUM)) describe(name, body);
  else if (IN_CI) {
    describe(name, () => {
      it('needs chromium', () => {
        throw new Error(`No chromium at ${CHROMIUM} (CI=true): apt-get install chromium`);
      });
    });
  } else {
    console.warn(`Skipping "${name}": no chromium at ${CHROMIUM} (apt-get install chromium)`);
    describe.skip(name, body);
  }
};

describeWithChromium('web console in chromium against an enforcing server', () => {
  let dir: string;
  let server: ChildProcess;
  let serverOutput = '';
  let stat: { server: Server; origin: string };
  let api: string;
  let context: BrowserContext;
  let page: Page;
  /** Requests the page sent to the API: [method, operation name or hash, status]. */
  const sent: { method: string; url: string; status: number }[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rulate-e2e-'));
    const built = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        join(ROOT, 'examples', 'web', 'vite.config.mts'),
        '--outDir',
        join(dir, 'web'),
        '--logLevel',
        'warn',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    if (built.status !== 0) throw new Error(`vite build failed:\n${built.stdout}${built.stderr}`);
    stat = await serveStatic(join(dir, 'web'));

    const port = await freePort();
    api = `http://127.0.0.1:${port}/graphql`;
    server = spawn('sh', [join(ROOT, 'scripts', 'start.sh')], {
      cwd: ROOT,
      env: {
        ...process.env,
        ENVIRONMENT: 'production',
        DATABASE_URL: `sqlite:///${join(dir, 'rulate.db')}`,
        SECRET_KEY: TEST_SECRET_KEY,
        MIGRATE_ON_START: 'true',
        PERSISTED_OPERATIONS: 'enforce',
        CORS_ORIGINS: stat.origin,
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        REDIS_URL: '',
      },
    });
    server.stdout?.on('data', (d: Buffer) => (serverOutput += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (serverOutput += d.toString()));
    await waitForReady(`http://127.0.0.1:${port}/health/ready`, server, () => serverOutput);

    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
      timeout: 120_000,
    });
    context.setDefaultTimeout(STEP_MS);
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', error => pageErrors.push(error.message));
    page.on('response', res => {
      if (res.url().startsWith(api)) {
        sent.push({ method: res.request().method(), url: res.url(), status: res.status() });
      }
    });
    await page.goto(`${stat.origin}/?api=${encodeURIComponent(api)}`);
  }, 300_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise(resolve => server.once('exit', resolve));
    }
    await new Promise(resolve => stat?.server.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('starts empty and imports a document by upload (multipart, through CORS)', async () => {
    await page.getByText('No catalogs yet').waitFor();
    await page.getByTestId('tab-import').click();
    await page.getByTestId('import-file').setInputFiles(join(ROOT, 'examples', 'wardrobe-v2.json'));
    await page.getByTestId('import-submit').click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.locator('tr', { hasText: 'catalogs' }).textContent()).toBe('catalogs100');
    expect(await result.locator('tr', { hasText: 'items' }).textContent()).toBe('items5300');
  }, 120_000);

  it('lists the catalogs and pages through items', async () => {
    const catalogs = page.getByTestId('catalogs');
    await catalogs.getByText('gender_agnostic_wardrobe_v2').waitFor();
    expect(await catalogs.textContent()).toContain('53 items');
    await page.getByTestId('tab-items').click();
    const rows = page.getByTestId('items').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(15);
    const first = await rows.first().textContent();
    await page.getByRole('button', { name: 'Next ›' }).last().click();
    await page.getByText('page 2 · 53 in all').waitFor();
    expect(await rows.first().textContent()).not.toBe(first);
  }, 120_000);

  it('draws the matrix heatmap with its summary; clicking a cell explains that pair', async () => {
    await page.getByTestId('tab-matrix').click();
    const loaded = page.getByTestId('matrix-loaded');
    await loaded.getByText('1378 of 1378 pairs').waitFor({ timeout: 120_000 });
    const summary = await page.getByTestId('matrix-summary').textContent();
    expect(summary).toMatch(/Pairs1378Compatible(\d+)Incompatible(\d+)Rate/);
    const canvas = page.getByTestId('matrix-canvas');
    expect(await canvas.getAttribute('data-items')).toBe('53');
    const cell = Number(await canvas.getAttribute('data-cell'));
    // Painted cells: the canvas is not blank.
    const painted = await canvas.evaluate(element => {
      const c = element as unknown as CanvasLike;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
      const colors = new Set<string>();
      for (let i = 0; i < data.length; i += 4 * 97) {
        colors.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      }
      return colors.size;
    });
    expect(painted).toBeGreaterThanOrEqual(3); // compatible, incompatible, background
    await canvas.click({ position: { x: cell * 1.5, y: cell * 0.5 } }); // row 0, column 1
    const verdict = page.getByTestId('pair-verdict');
    await verdict.waitFor();
    expect(await verdict.textContent()).toMatch(/ × .*: (compatible|incompatible)$/);
    expect(await page.locator('.pair table.rules tbody tr').count()).toBeGreaterThan(0);
    await shot(page, 'matrix', 'console-matrix.png');
  }, 180_000);

  it('explains a chosen pair rule by rule', async () => {
    await page.getByTestId('tab-pair').click();
    await page.getByTestId('pair-item-1').selectOption('bra_001');
    const second = await page
      .getByTestId('pair-item-2')
      .locator('option')
      .nth(2)
      .getAttribute('value');
    await page.getByTestId('pair-item-2').selectOption(second ?? '');
    const verdict = page.getByTestId('pair-verdict');
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain('Black Sports Bra × ');
    const reasons = await page
      .locator('.pair table.rules tbody tr td:nth-child(3)')
      .allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason.trim()).not.toBe('');
    await shot(page, 'pair');
  }, 120_000);

  it('finds maximal clusters and builds one with candidates', async () => {
    await page.getByTestId('tab-clusters').click();
    await page.getByTestId('find-clusters').click();
    const summary = page.getByTestId('clusters-summary');
    await summary.waitFor({ timeout: 120_000 });
    expect(await summary.textContent()).toMatch(/^\d+ maximal clusters/);
    const clusters = page.getByTestId('cluster-list').locator('li');
    expect(await clusters.count()).toBeGreaterThan(0);
    const relationships = page.getByTestId('relationships');
    await relationships.locator('summary').click();
    expect(await relationships.locator('tbody tr').count()).toBeGreaterThan(0);
    await relationships.locator('summary').click();
    await clusters.first().getByRole('button', { name: 'open in builder' }).click();
    const verdict = page.getByTestId('builder-verdict');
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain('A valid cluster');
    await page.getByTestId('candidates').waitFor();
    await shot(page, 'clusters', 'console-clusters.png');
  }, 180_000);

  it('imports a second document: the catalog list grows', async () => {
    await page.getByTestId('tab-import').click();
    await page.getByTestId('import-file').setInputFiles(join(ROOT, 'examples', 'wardrobe-v1.json'));
    await page.getByTestId('import-submit').click();
    await page.getByTestId('catalogs').getByText('my_wardrobe').waitFor();
    expect(
      await page.getByTestId('import-result').locator('tr', { hasText: 'items' }).textContent(),
    ).toBe('items1900');
  }, 120_000);

  it('sent only hashes the server knows: queries by GET, no refusals, no page errors', () => {
    expect(pageErrors).toEqual([]);
    expect(sent.length).toBeGreaterThan(5);
    const gets = sent.filter(r => r.method === 'GET');
    expect(gets.length).toBeGreaterThan(0);
    for (const r of gets) expect(decodeURIComponent(r.url)).toContain('"sha256Hash"');
    for (const r of sent) expect([r.method, r.status]).toEqual([r.method, 200]);
    expect(serverOutput).not.toMatch(/PERSISTED_QUERY_NOT_FOUND|OPERATION_NOT_TRUSTED/);
  });
});
