import { cpus, totalmem } from 'node:os';

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
