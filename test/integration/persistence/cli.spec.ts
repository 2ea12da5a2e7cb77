/**
 * The MikroORM CLI as operators run it (`npx mikro-orm migration:*`), from TypeScript
 * sources (MIKRO_ORM_CLI_USE_TS_NODE=1, no build needed) against SQLite and PostgreSQL.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  describeWithPostgres,
  type TestDatabase,
} from '../../helpers/postgres';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'node_modules/@mikro-orm/cli/cli.js');

function cli(databaseUrl: string, ...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      MIKRO_ORM_CLI_USE_TS_NODE: '1',
      DATABASE_URL: databaseUrl,
      ENVIRONMENT: 'production',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function migrationCycle(databaseUrl: () => string): void {
  it('migration:pending, up, list, down and up again', () => {
    const pending = cli(databaseUrl(), 'migration:pending');
    expect(pending.output).toMatch(/Migration\d{14}_initial/);
    expect(pending.status).toBe(0);

    const up = cli(databaseUrl(), 'migration:up');
    expect(up.output).toMatch(/Successfully migrated up to the latest version/);
    expect(up.status).toBe(0);

    const list = cli(databaseUrl(), 'migration:list');
    expect(list.output).toMatch(/Migration\d{14}_initial/);
    expect(list.status).toBe(0);
    expect(cli(databaseUrl(), 'migration:pending').output).not.toMatch(/_initial/);

    const down = cli(databaseUrl(), 'migration:down');
    expect(down.output).toMatch(/Successfully migrated down/);
    expect(down.status).toBe(0);

    expect(cli(databaseUrl(), 'migration:up').status).toBe(0);
    expect(cli(databaseUrl(), 'migration:check').output).toMatch(/No changes required/);
  }, 180_000);
}

describe('mikro-orm CLI on SQLite', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rulate-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  migrationCycle(() => `sqlite:///${join(dir, 'data', 'rulate.db')}`);
});

describeWithPostgres('mikro-orm CLI on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());
  migrationCycle(() => database.url);
});
