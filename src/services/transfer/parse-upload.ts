import { nestingDepth } from '../../engine/lib/nesting-depth';
import { parseAllDocuments, visit } from 'yaml';
import { BadInputError } from '../../errors';
import type { UploadedDocument } from '../contracts';

export interface DocumentLimits {
  /** YAML aliases allowed in one document (YAML bombs expand through aliases). */
  readonly maxAliases: number;
  /** Nesting depth allowed for JSON and YAML alike. */
  readonly maxDepth: number;
}

type Format = 'json' | 'yaml';

function detectFormat(file: UploadedDocument, text: string): Format {
  const name = file.filename.toLowerCase();
  const type = file.mimetype.toLowerCase();
  if (name.endsWith('.json') || type.includes('json')) return 'json';
  if (name.endsWith('.yaml') || name.endsWith('.yml') || type.includes('yaml')) return 'yaml';
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'yaml';
}

function parseYaml(text: string, limits: DocumentLimits): unknown {
  const docs = parseAllDocuments(text, {
    schema: 'core',
    customTags: [],
    uniqueKeys: true,
    prettyErrors: true,
  });
  if (!Array.isArray(docs)) return null; // an empty stream
  if (docs.length !== 1) {
    throw new BadInputError(`The YAML upload holds ${docs.length} documents; send exactly one.`);
  }
  const doc = docs[0];
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    throw new BadInputError(
      `The upload is not valid YAML (core schema, no custom tags): ${problems[0].message}`,
    );
  }
  let aliases = 0;
  visit(doc, {
    Alias() {
      aliases += 1;
      return aliases > limits.maxAliases ? visit.BREAK : undefined;
    },
  });
  if (aliases > limits.maxAliases) throw tooManyAliases(limits);
  try {
    return doc.toJS({ maxAliasCount: limits.maxAliases });
  } catch (error) {
    // Few aliases can still expand exponentially (aliases of aliases): the same limit applies.
    if (/alias/i.test((error as Error).message)) throw tooManyAliases(limits);
    throw error;
  }
}

function tooManyAliases(limits: DocumentLimits): BadInputError {
  return new BadInputError(
    `The YAML upload uses more than ${limits.maxAliases} aliases (YAML_MAX_ALIASES), counting the aliases they expand to; expand them or raise the limit.`,
  );
}

/**
 * Reads an uploaded interchange document (JSON or YAML, by content type, file name or
 * content) safely: YAML core schema only, bounded aliases, bounded depth for both formats.
 * @throws BadInputError when the file is unreadable or over a limit
 */
export function parseUploadedDocument(file: UploadedDocument, limits: DocumentLimits): unknown {
  const text = file.content.toString('utf8');
  if (text.trim() === '') throw new BadInputError('The uploaded file is empty.');
  const format = detectFormat(file, text);
  let value: unknown;
  try {
    value = format === 'json' ? JSON.parse(text) : parseYaml(text, limits);
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    const what = format === 'json' ? 'valid JSON' : 'valid YAML';
    throw new BadInputError(
      `The upload "${file.filename}" is not ${what}: ${(error as Error).message}`,
    );
  }
  if (nestingDepth(value, limits.maxDepth) > limits.maxDepth) {
    throw new BadInputError(
      `The upload nests deeper than ${limits.maxDepth} levels (YAML_MAX_DEPTH, also applied to JSON).`,
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new BadInputError(
      'The upload must be one JSON/YAML object in the interchange format (docs/semantics.md §6).',
    );
  }
  return value;
}
