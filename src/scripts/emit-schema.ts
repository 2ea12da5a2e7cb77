import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printServedSchema } from '../graphql/schema';

/**
 * Writes the served SDL to schema/schema.graphql (`npm run schema:emit`). Works from
 * src/scripts (ts-node) and from dist/src/scripts (compiled) alike.
 */
const root = resolve(__dirname, __dirname.includes(`${'dist'}`) ? '../../..' : '../..');
const target = resolve(root, 'schema', 'schema.graphql');
writeFileSync(target, printServedSchema());
console.log(`wrote ${target}`);
