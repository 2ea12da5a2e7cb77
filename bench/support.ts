import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { knex } from '@mikro-orm/postgresql';

/** The machine and date line every benchmark prints first (docs/performance.md quotes it). */
export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${new Date().toISOString()} | ${cpu} x${cpus().length} | ${(totalmem() / 2 ** 30).toFixed(0)} GiB | node ${process.version}`;
}

/** The p-th percentile (nearest rank) of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/**
 * Runs `work` against a fresh PostgreSQL database (`<prefix>_<random>`) on the server of
 * `adminUrl`, and drops it afterwards (connections included), whatever happens.
 */
export async function withScratchPostgres<T>(
  adminUrl: string,
  prefix: string,
  work: (databaseUrl: string) => Promise<T>,
): Promise<T> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = knex({ client: 'pg', connection: adminUrl, pool: { min: 0, max: 1 } });
  await admin.raw('create database ??', [name]);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin.raw('drop database if exists ?? with (force)', [name]);
    await admin.destroy();
  }
}
