import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { DEPTH_LIMIT_EXCEEDED } from './codes';
import { analyzeDocument } from './document-analysis';
import { DOCUMENT_LIMIT_DEFAULTS } from './document-limits';

export interface MaxDepthOptions {
  /**
   * Nesting levels below the root fields: `{ a { b } }` has depth 1 (graphql-depth-limit
   * counts edges; introspection fields are not counted). @default 10 (MAX_QUERY_DEPTH)
   */
  readonly maxDepth?: number;
  /** Documents larger than this once fragments are inlined are left to maxSelectionsRule. @default 10_000 */
  readonly maxSelections?: number;
}

const LIBRARY_MESSAGE = /^'(.*)' exceeds maximum operation depth of \d+$/;

/**
 * graphql-depth-limit as a rule that reports DEPTH_LIMIT_EXCEEDED once per operation.
 * The library walks fragments without memoising and crashes on unknown or cyclic
 * fragments, so it only runs on sound documents of bounded inlined size (graphql-js and
 * maxSelectionsRule report the others).
 */
export function maxDepthRule(options: MaxDepthOptions = {}): ValidationRule {
  const maxDepth = options.maxDepth ?? 10;
  const maxSelections = options.maxSelections ?? DOCUMENT_LIMIT_DEFAULTS.maxSelections;
  const check = depthLimit(maxDepth);
  return (context: ValidationContext) => {
    const analysis = analyzeDocument(context.getDocument());
    if (!analysis.sound || analysis.operations.some(o => o.selections > maxSelections)) return {};
    const reported = new Set<string>();
    const adapter = {
      getDocument: () => context.getDocument(),
      reportError: (error: GraphQLError) => {
        const name = LIBRARY_MESSAGE.exec(error.message)?.[1] ?? '';
        if (reported.has(name)) return;
        reported.add(name);
        const label = name ? `Operation "${name}"` : 'The anonymous operation';
        context.reportError(
          new GraphQLError(
            `${label} is nested deeper than ${maxDepth} levels (MAX_QUERY_DEPTH); ask for fewer nested fields.`,
            { nodes: error.nodes, extensions: { code: DEPTH_LIMIT_EXCEEDED, limit: maxDepth } },
          ),
        );
      },
    };
    check(adapter as unknown as ValidationContext);
    return {};
  };
}
