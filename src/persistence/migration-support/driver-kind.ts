import type { Platform } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { BetterSqlitePlatform } from '@mikro-orm/better-sqlite';

export type DriverKind = 'sqlite' | 'postgresql';
export const DRIVER_KINDS: readonly DriverKind[] = ['sqlite', 'postgresql'];

export function driverKind(platform: Platform): DriverKind {
  if (platform instanceof BetterSqlitePlatform) return 'sqlite';
  if (platform instanceof PostgreSqlPlatform) return 'postgresql';
  throw new Error(`Unsupported database platform ${platform.constructor.name}`);
}
