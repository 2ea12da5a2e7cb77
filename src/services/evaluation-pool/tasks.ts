/**
 * The work an evaluation thread does, as plain data in and out (structured-cloneable, with
 * the catalog and the matrix bits in SharedArrayBuffers, which cross threads without a copy).
 * `runTask` runs the pure engine on it: in a worker of the pool, or inline (tests compare both).
 */
import {
  adoptMatrix,
  clusterInputFromPrepared,
  compileRuleSet,
  computedMatrix,
  evaluateClusters,
  itemRow,
  matrixPage,
  matrixRows,
  prepareCatalog,
  type ClusterAnalysisResult,
  type EvaluateClustersOptions,
  type ItemDef,
  type ItemRow,
  type Page,
  type PageOptions,
  type PreparedCatalog,
  type RuleDef,
  type SchemaDef,
} from '../../engine';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ClusterCondition, ParsedRule } from '../../engine/conditions/ast';

/** A catalog prepared for one rule set, as a thread receives it. */
export interface CatalogPayload {
  /** Identifies catalog and rule set at their revisions (a thread's cache key). */
  readonly key: string;
  readonly schema: SchemaDef | null;
  readonly rules: readonly RuleDef[];
  /** The items, in catalog order, as UTF-8 JSON (shared, never copied). */
  readonly items: SharedArrayBuffer;
}

/** A computed matrix: its verdict bits (shared; null when too large to keep) and count. */
export interface SharedMatrix {
  readonly bits: SharedArrayBuffer | null;
  readonly compatible: number;
}

export type EvaluationTask =
  | {
      readonly kind: 'matrixRows';
      readonly catalog: CatalogPayload;
      readonly from: number;
      readonly to: number;
      readonly bits: SharedArrayBuffer | null;
    }
  | { readonly kind: 'itemRow'; readonly catalog: CatalogPayload; readonly index: number }
  | {
      readonly kind: 'matrixPage';
      readonly catalog: CatalogPayload;
      readonly matrix: SharedMatrix | null;
      readonly options: PageOptions;
    }
  | {
      readonly kind: 'clusters';
      readonly catalog: CatalogPayload;
      readonly matrix: SharedMatrix | null;
      readonly rules: readonly ParsedRule<ClusterCondition>[];
      readonly options: EvaluateClustersOptions;
    };

/** What each kind of task answers. */
export interface TaskResults {
  matrixRows: number;
  itemRow: ItemRow;
  matrixPage: Page;
  clusters: ClusterAnalysisResult;
}

export type TaskResult = TaskResults[keyof TaskResults];

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Items encoded per slice, between two turns of the event loop (under a millisecond each). A
 * request waiting meanwhile needs several turns (accept, headers, body, resolvers, write), and
 * each turn runs one slice: slices must be much shorter than the latency we promise.
 */
const SLICE = 100;

/** Bytes copied into the shared buffer between two turns of the event loop. */
const COPY_STEP = 1 << 20;

/**
 * The items as UTF-8 JSON in a SharedArrayBuffer (what CatalogPayload.items holds). Encoded
 * a slice at a time, yielding to the event loop in between: 30,000 items take 150-300 ms to
 * encode on the 2-core box, too long to hold the loop.
 */
export async function shareItems(items: readonly ItemDef[]): Promise<SharedArrayBuffer> {
  const parts: Uint8Array[] = [];
  for (let start = 0; start < items.length; start += SLICE) {
    if (start > 0) await nextTurn();
    const json = JSON.stringify(items.slice(start, start + SLICE));
    // Each slice is a JSON array: keep its elements, joined into one array below.
    parts.push(encoder.encode(json.slice(1, -1)));
  }
  const size = parts.reduce((sum, part) => sum + part.byteLength, 0) + parts.length + 1;
  const shared = new SharedArrayBuffer(Math.max(2, size));
  const bytes = new Uint8Array(shared);
  let at = 0;
  let copied = 0;
  bytes[at++] = 0x5b; // [
  for (let k = 0; k < parts.length; k++) {
    // Copying tens of MB into fresh memory (page faults included) takes tens of ms: in steps.
    if (copied >= COPY_STEP) {
      await nextTurn();
      copied = 0;
    }
    if (k > 0) bytes[at++] = 0x2c; // ,
    bytes.set(parts[k], at);
    at += parts[k].byteLength;
    copied += parts[k].byteLength;
  }
  bytes[at] = 0x5d; // ]
  return shared;
}

function readItems(shared: SharedArrayBuffer): ItemDef[] {
  // TextDecoder does not read shared memory: copy the bytes first (one memcpy).
  return JSON.parse(decoder.decode(new Uint8Array(shared).slice())) as ItemDef[];
}

/** Prepared catalogs of one thread, most recently used last. */
const PREPARED_KEPT = 2;
const preparedByKey = new Map<string, PreparedCatalog>();

function preparedOf(catalog: CatalogPayload): PreparedCatalog {
  let prepared = preparedByKey.get(catalog.key);
  if (prepared) preparedByKey.delete(catalog.key);
  else {
    prepared = prepareCatalog(
      compileRuleSet(catalog.schema, catalog.rules),
      readItems(catalog.items),
    );
  }
  preparedByKey.set(catalog.key, prepared);
  while (preparedByKey.size > PREPARED_KEPT) {
    preparedByKey.delete(preparedByKey.keys().next().value as string);
  }
  return prepared;
}

function withMatrix(catalog: CatalogPayload, matrix: SharedMatrix | null): PreparedCatalog {
  const prepared = preparedOf(catalog);
  if (matrix && computedMatrix(prepared) === null) {
    adoptMatrix(prepared, {
      bits: matrix.bits && new Uint32Array(matrix.bits),
      compatible: matrix.compatible,
    });
  }
  return prepared;
}

/** Runs one task with the pure engine (the body of an evaluation thread). */
export function runTask(task: EvaluationTask): TaskResult {
  switch (task.kind) {
    case 'matrixRows':
      return matrixRows(
        preparedOf(task.catalog),
        task.from,
        task.to,
        task.bits && new Uint32Array(task.bits),
      );
    case 'itemRow':
      return itemRow(preparedOf(task.catalog), task.index);
    case 'matrixPage':
      return matrixPage(withMatrix(task.catalog, task.matrix), task.options);
    case 'clusters': {
      const prepared = withMatrix(task.catalog, task.matrix);
      const input = clusterInputFromPrepared(prepared, task.rules);
      return evaluateClusters(input, { ...task.options, relationships: false });
    }
  }
}

/** Forgets the prepared catalogs of this thread (tests). */
export function clearThreadCache(): void {
  preparedByKey.clear();
}
