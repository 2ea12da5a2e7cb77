import type { Platform } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { SqlitePlatform } from '@mikro-orm/sqlite';

export type DriverKind = 'sqlite' | 'postgresql';
export const DRIVER_KINDS: readonly DriverKind[] = ['sqlite', 'postgresql'];

export function driverKind(platform: Platform): DriverKind {
  if (platform instanceof SqlitePlatform) return 'sqlite';
  if (platform instanceof PostgreSqlPlatform) return 'postgresql';
  throw new Error(`Unsupported database platform ${platform.constructor.name}`);
}
