import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { DOCUMENT_LIMIT_EXCEEDED } from './codes';
import { analyzeDocument, type OperationShape, type OperationTally } from './document-analysis';

export interface DocumentLimitsOptions {
  /** Aliased fields per operation, fragments inlined. @default 30 (MAX_ALIASES) */
  readonly maxAliases?: number;
  /** Directives per operation, fragments inlined. @default 50 (MAX_DIRECTIVES) */
  readonly maxDirectives?: number;
  /**
   * Selections per operation once fragments are inlined (stops fragment "bombs" that are
   * small as text but huge once expanded; also bounds the depth rule's walk). @default 10_000
   */
  readonly maxSelections?: number;
}

export const DOCUMENT_LIMIT_DEFAULTS: Required<DocumentLimitsOptions> = {
  maxAliases: 30,
  maxDirectives: 50,
  maxSelections: 10_000,
};

interface Limit {
  readonly key: keyof OperationTally;
  readonly max: number;
  readonly describe: (shape: OperationShape, max: number) => string;
}

/** A validation rule that reports every operation over one of `limits` (document-only: cacheable). */
function limitRule(limits: readonly Limit[]): ValidationRule {
  return (context: ValidationContext) => {
    // Checked when the rule is created, before graphql-js visits the document, so these
    // errors come first (the first error decides the HTTP status).
    for (const shape of analyzeDocument(context.getDocument()).operations) {
      for (const { key, max, describe } of limits) {
        if (shape[key] <= max) continue;
        context.reportError(
          new GraphQLError(describe(shape, max), {
            nodes: [shape.operation],
            extensions: {
              code: DOCUMENT_LIMIT_EXCEEDED,
              limit: max,
              actual: Math.min(shape[key], Number.MAX_SAFE_INTEGER),
            },
          }),
        );
      }
    }
    return {};
  };
}

export function maxAliasesRule(max = DOCUMENT_LIMIT_DEFAULTS.maxAliases): ValidationRule {
  return limitRule([
    {
      key: 'aliases',
      max,
      describe: (s, m) =>
        `${s.label} uses ${s.aliases} aliases; at most ${m} are allowed (MAX_ALIASES). Use fewer aliased fields or split the operation.`,
    },
  ]);
}

export function maxDirectivesRule(max = DOCUMENT_LIMIT_DEFAULTS.maxDirectives): ValidationRule {
  return limitRule([
    {
      key: 'directives',
      max,
      describe: (s, m) =>
        `${s.label} uses ${s.directives} directives; at most ${m} are allowed (MAX_DIRECTIVES).`,
    },
  ]);
}

export function maxSelectionsRule(max = DOCUMENT_LIMIT_DEFAULTS.maxSelections): ValidationRule {
  return limitRule([
    {
      key: 'selections',
      max,
      describe: (s, m) =>
        `${s.label} expands to more than ${m} selections once its fragments are inlined (at most ${m} are allowed). Spread fewer fragments.`,
    },
  ]);
}

/** The document-shape rules, in the order they report. */
export function documentLimitRules(options: DocumentLimitsOptions = {}): ValidationRule[] {
  const o = { ...DOCUMENT_LIMIT_DEFAULTS, ...options };
  return [
    maxSelectionsRule(o.maxSelections),
    maxAliasesRule(o.maxAliases),
    maxDirectivesRule(o.maxDirectives),
  ];
}
