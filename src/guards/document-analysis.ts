import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** Counts of one operation with its fragments inlined (each spread counted every time). */
export interface OperationTally {
  readonly selections: number;
  readonly aliases: number;
  readonly directives: number;
}

export interface OperationShape extends OperationTally {
  readonly operation: OperationDefinitionNode;
  /** `Operation "name"` or `The anonymous operation`, for messages. */
  readonly label: string;
}

export interface DocumentAnalysis {
  readonly operations: readonly OperationShape[];
  /** False when a fragment is unknown or spreads itself (graphql-js reports those). */
  readonly sound: boolean;
}

const ZERO: OperationTally = { selections: 0, aliases: 0, directives: 0 };
const cache = new WeakMap<DocumentNode, DocumentAnalysis>();

const add = (a: OperationTally, b: OperationTally): OperationTally => ({
  selections: a.selections + b.selections,
  aliases: a.aliases + b.aliases,
  directives: a.directives + b.directives,
});

/**
 * Walks each operation once per fragment (memoised), so fragments spread many times cost
 * linear work even when their inlined size is exponential. Cached per document.
 */
export function analyzeDocument(document: DocumentNode): DocumentAnalysis {
  const cached = cache.get(document);
  if (cached) return cached;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  const memo = new Map<string, OperationTally | null>();
  let sound = true;

  const tallyFragment = (name: string): OperationTally => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (known === null || !fragment) {
      sound = false;
      return ZERO;
    }
    memo.set(name, null);
    const own = { ...ZERO, directives: fragment.directives?.length ?? 0 };
    const tally = add(own, tallySet(fragment.selectionSet));
    memo.set(name, tally);
    return tally;
  };

  const tallySet = (set: SelectionSetNode | undefined): OperationTally => {
    let tally = ZERO;
    for (const node of set?.selections ?? []) {
      const alias = node.kind === Kind.FIELD && node.alias ? 1 : 0;
      tally = add(tally, {
        selections: 1,
        aliases: alias,
        directives: node.directives?.length ?? 0,
      });
      tally = add(
        tally,
        node.kind === Kind.FRAGMENT_SPREAD
          ? tallyFragment(node.name.value)
          : tallySet(node.selectionSet),
      );
    }
    return tally;
  };

  const operations: OperationShape[] = [];
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const variableDirectives = (d.variableDefinitions ?? []).reduce(
      (n, v) => n + (v.directives?.length ?? 0),
      0,
    );
    const own = { ...ZERO, directives: (d.directives?.length ?? 0) + variableDirectives };
    const label = d.name ? `Operation "${d.name.value}"` : 'The anonymous operation';
    operations.push({ operation: d, label, ...add(own, tallySet(d.selectionSet)) });
  }
  const analysis = { operations, sound };
  cache.set(document, analysis);
  return analysis;
}
