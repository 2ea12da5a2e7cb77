import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The directory holding package.json, found upwards from this file: the same from
 * src/persistence (ts-node, jest) and dist/src/persistence (compiled), whatever the cwd.
 */
export function findProjectRoot(start: string = __dirname): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

/** True when this code runs from TypeScript sources (ts-node, jest) rather than dist/. */
export const RUNNING_FROM_TS = __filename.endsWith('.ts');
