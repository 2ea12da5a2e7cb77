import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { AppConfig } from '../config';
import type { Logger } from '../observability/logging/logger';
import { SchemaEntity } from '../persistence/entities';
import { findProjectRoot } from '../persistence/project-root';
import { createServices } from '.';
import type { EngineCache } from './engine-cache';

export const EXAMPLE_FILES = ['wardrobe-v1.json', 'wardrobe-v2.json'];

/**
 * Imports the bundled examples (examples/*.json) into an EMPTY database so that a new user
 * can query at once. A database holding any schema is left alone.
 * @returns the names of the files imported
 */
export async function seedExamples(
  orm: MikroORM,
  cache: EngineCache,
  config: AppConfig,
  logger: Logger,
): Promise<string[]> {
  const em = orm.em.fork();
  if ((await em.count(SchemaEntity, {})) > 0) return [];
  const { transfer } = createServices(em, cache, config);
  const dir = join(findProjectRoot(), 'examples');
  for (const file of EXAMPLE_FILES) {
    const content = readFileSync(join(dir, file));
    const result = await transfer.importDocument(
      'all',
      { filename: basename(file), mimetype: 'application/json', content },
      'SKIP',
    );
    logger.info({ file, catalogs: result.catalogs, items: result.items }, 'Imported example data');
  }
  return EXAMPLE_FILES;
}
