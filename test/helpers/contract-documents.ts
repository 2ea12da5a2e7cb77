/**
 * Documents generated from the published contract, for checks that must cover every root field
 * (e.g. "every name argument is refused before any lookup").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** The published contract as the repository keeps it (a clone anywhere can run the tests). */
export const CONTRACT_PATH = join(__dirname, '..', '..', 'schema', 'contract.graphql');

/** The published contract. */
export function contractSdl(): string {
  return readFileSync(CONTRACT_PATH, 'utf8');
}

export function contractSchema(): GraphQLSchema {
  return buildSchema(contractSdl());
}

export const NAME_SCALARS = new Set(['CatalogName', 'ResourceName']);

/** One place a name is read: `Query.catalog(name)`, `Mutation.createRuleSet(input.schemaName)`. */
export interface NameSlot {
  readonly operation: 'query' | 'mutation';
  readonly field: string;
  /** Argument path: `name`, `input.schemaName`. */
  readonly path: string;
  readonly scalar: string;
  /** The document, with the name as variable `$n`; every other required value a literal. */
  readonly document: string;
  /** Whether it needs an upload (sent as a multipart request). */
  readonly upload: boolean;
}

/** A valid literal of an input type (names "ok", ids "a", empty lists of objects...). */
function literalOf(type: GraphQLInputType, slot?: { path: string[]; at: string[] }): string {
  if (isNonNullType(type)) return literalOf(type.ofType, slot);
  if (isListType(type)) {
    const inner = getNamedType(type);
    // An empty list of input objects avoids building whole rules or dimensions.
    return isInputObjectType(inner) ? '[]' : `[${literalOf(type.ofType, slot)}]`;
  }
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      f => isNonNullType(f.type) || (slot && slot.path[slot.at.length] === f.name),
    );
    return `{ ${fields
      .map(f => {
        const at = slot ? [...slot.at, f.name] : [];
        const here = slot && at.join('.') === slot.path.join('.');
        const inside = slot && slot.path.slice(0, at.length).join('.') === at.join('.');
        const value = here
          ? '$n'
          : literalOf(f.type, inside && !here ? { path: slot.path, at } : undefined);
        return `${f.name}: ${value}`;
      })
      .join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return '1';
      case 'Boolean':
        return 'true';
      case 'JSON':
      case 'JSONObject':
        return '{}';
      default:
        return '"ok"';
    }
  }
  throw new Error(`no literal for ${String(type)}`);
}

/** Name-typed input object fields below `type`, as dotted paths. */
function namePaths(type: GraphQLInputType, prefix: string[], seen = new Set<string>()): string[][] {
  const named = getNamedType(type);
  if (isScalarType(named)) return NAME_SCALARS.has(named.name) ? [prefix] : [];
  if (!isInputObjectType(named) || seen.has(named.name) || isListType(unwrap(type))) return [];
  const out: string[][] = [];
  for (const f of Object.values(named.getFields())) {
    out.push(...namePaths(f.type, [...prefix, f.name], new Set([...seen, named.name])));
  }
  return out;
}

function unwrap(type: GraphQLInputType): GraphQLInputType {
  return isNonNullType(type) ? type.ofType : type;
}

function selection(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
}

/** The named type at `path` below an input type (`path` names input object fields). */
function typeAt(type: GraphQLInputType, path: readonly string[]): string {
  let current = type;
  for (const name of path) {
    const named = getNamedType(current);
    if (!isInputObjectType(named)) throw new Error(`${named.name} has no field ${name}`);
    current = named.getFields()[name].type;
  }
  return getNamedType(current).name;
}

/** Every argument (or input field) of a root field whose type is CatalogName or ResourceName. */
export function nameSlots(schema: GraphQLSchema = contractSchema()): NameSlot[] {
  const slots: NameSlot[] = [];
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  for (const [operation, root] of roots) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const upload = field.args.some(
        a => getNamedType(a.type).name === 'Upload' && isNonNullType(a.type),
      );
      for (const arg of field.args) {
        for (const path of namePaths(arg.type, [arg.name])) {
          const inner = path.slice(1);
          const args = field.args
            .filter(a => a.name === arg.name || isNonNullType(a.type))
            .map(a => {
              if (getNamedType(a.type).name === 'Upload') return `${a.name}: $file`;
              if (a.name !== arg.name) return `${a.name}: ${literalOf(a.type)}`;
              if (inner.length === 0) return `${a.name}: $n`;
              return `${a.name}: ${literalOf(a.type, { path: inner, at: [] })}`;
            });
          const scalar = typeAt(arg.type, inner);
          const variables = [`$n: ${scalar}!`, ...(upload ? ['$file: Upload!'] : [])];
          slots.push({
            operation,
            field: field.name,
            path: path.join('.'),
            scalar,
            upload,
            document: `${operation}(${variables.join(', ')}) { ${field.name}(${args.join(', ')})${selection(field)} }`,
          });
        }
      }
    }
  }
  return slots;
}
