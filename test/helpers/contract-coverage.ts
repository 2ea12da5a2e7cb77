/**
 * Which fields and arguments of the published contract the API test suites send over HTTP.
 *
 * Static, so that it is deterministic: every string and template literal of the given test
 * sources is resolved (a `${NAME}` is replaced by the value of a module-level string constant
 * of the same file or of test/fixtures; anything else by a placeholder), parsed as a GraphQL
 * document (or as a selection set: aliased fragments built for `batched`), and walked with
 * TypeInfo against the contract. A field counts as covered when a document selects it; an
 * argument when a document passes it (literal or variable).
 */
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  isObjectType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import ts from 'typescript';

export interface Coverage {
  /** `Type.field` selected by at least one document. */
  readonly fields: Set<string>;
  /** `Type.field(arg)` passed by at least one document. */
  readonly args: Set<string>;
  /** How many documents were found and walked. */
  readonly documents: number;
}

/** Every `Type.field` and `Type.field(arg)` of the object types of `sdl` (root types included). */
export function contractTargets(sdl: string): { fields: string[]; args: string[] } {
  const schema = buildSchema(sdl);
  const fields: string[] = [];
  const args: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      fields.push(`${type.name}.${field.name}`);
      for (const arg of field.args) args.push(`${type.name}.${field.name}(${arg.name})`);
    }
  }
  return { fields, args };
}

const PLACEHOLDER = 'x0';

type Value = string | null;

/** Module-level `const NAME = <string expression>` of a source file, resolved where possible. */
function constants(file: ts.SourceFile, outer: Map<string, string>): Map<string, string> {
  const declared = new Map<string, ts.Expression>();
  const visitNode = (node: ts.Node): void => {
    if (ts.isVariableStatement(node)) {
      for (const d of node.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer) declared.set(d.name.text, d.initializer);
      }
    }
  };
  file.statements.forEach(visitNode);
  const resolved = new Map<string, string>();
  const lookup = (name: string): Value => {
    if (resolved.has(name)) return resolved.get(name)!;
    const init = declared.get(name);
    if (init) {
      declared.delete(name); // no cycles
      const value = evaluate(init, lookup, false);
      if (value !== null) resolved.set(name, value);
      return value;
    }
    return outer.get(name) ?? null;
  };
  for (const name of [...declared.keys()]) lookup(name);
  return resolved;
}

/** The string value of `node`; unresolved substitutions become a placeholder when `lenient`. */
function evaluate(node: ts.Expression, lookup: (name: string) => Value, lenient: boolean): Value {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return evaluate(node.expression, lookup, lenient);
  if (ts.isIdentifier(node)) return lookup(node.text);
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const value = evaluate(span.expression, lookup, lenient);
      if (value === null && !lenient) return null;
      text += (value ?? PLACEHOLDER) + span.literal.text;
    }
    return text;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = evaluate(node.left, lookup, lenient);
    const right = evaluate(node.right, lookup, lenient);
    return left !== null && right !== null ? left + right : null;
  }
  return null;
}

function tryParse(text: string): DocumentNode | null {
  if (!/[{}]/.test(text)) return null;
  for (const candidate of [text, `{ ${text} }`]) {
    try {
      return parse(candidate, { noLocation: true });
    } catch {
      // not a document; try the next form
    }
  }
  return null;
}

/** Every GraphQL document literal of `sourceFiles`; `sharedFiles` provide constants to all. */
export function documentsOf(sourceFiles: readonly string[], sharedFiles: readonly string[]) {
  const read = (path: string) =>
    ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const shared = new Map<string, string>();
  for (const path of sharedFiles) {
    for (const [k, v] of constants(read(path), shared)) shared.set(k, v);
  }
  const documents: DocumentNode[] = [];
  for (const path of sourceFiles) {
    const file = read(path);
    const local = constants(file, shared);
    const lookup = (name: string): Value => local.get(name) ?? shared.get(name) ?? null;
    const walkNode = (node: ts.Node): void => {
      if (
        ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateExpression(node)
      ) {
        const text = evaluate(node, lookup, true);
        const document = text === null ? null : tryParse(text);
        if (document) documents.push(document);
        return;
      }
      ts.forEachChild(node, walkNode);
    };
    walkNode(file);
  }
  return documents;
}

/** The contract fields and arguments that `documents` select or pass. */
export function coverageOf(schema: GraphQLSchema, documents: readonly DocumentNode[]): Coverage {
  const fields = new Set<string>();
  const args = new Set<string>();
  for (const document of documents) {
    const info = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(info, {
        Field() {
          const parent = info.getParentType();
          const def = info.getFieldDef();
          if (parent && def) fields.add(`${parent.name}.${def.name}`);
        },
        Argument() {
          const parent = info.getParentType();
          const def = info.getFieldDef();
          const arg = info.getArgument();
          if (parent && def && arg) args.add(`${parent.name}.${def.name}(${arg.name})`);
        },
      }),
    );
  }
  return { fields, args, documents: documents.length };
}
