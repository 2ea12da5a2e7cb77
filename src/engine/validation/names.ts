/**
 * Name and identifier rules (docs/semantics.md §1-§3), as pure functions returning the
 * problem (a message) or null when the value is acceptable.
 */

const RESOURCE_NAME = /^[A-Za-z0-9_-]{1,100}$/;
/** Letters and digits in the Unicode sense (as Python's str.isalnum), plus `_`. */
const DIMENSION_NAME = /^[\p{L}\p{N}_]+$/u;
const RULE_NAME = /^[\p{L}\p{N}_-]+$/u;
const VERSION = /^[0-9]+\.[0-9]+\.[0-9]+$/;
/** Not printable (as Python's str.isprintable): controls, format, surrogates, unassigned, separators other than space. */
const NOT_PRINTABLE = /[\p{C}\p{Zl}\p{Zp}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;

/** A value as text, never throwing (objects whose `toString` is broken included). */
export function safeText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' && typeof value !== 'function') return String(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/** A value shown in a message: JSON-quoted (so NUL, slashes and spaces are visible), shortened. */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value));
  } catch {
    text = typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Checks a resource name (catalog, schema, rule set, cluster rule set) before any
 * lookup: 1-100 characters of A-Z a-z 0-9 _ -.
 * @returns the problem, or null when the name is valid
 */
export function checkResourceName(name: unknown): string | null {
  if (typeof name === 'string' && RESOURCE_NAME.test(name)) return null;
  if (typeof name !== 'string') return `A name must be a string, got ${shown(name)}`;
  const why =
    name.length === 0
      ? 'is empty'
      : name.length > 100
        ? `has ${name.length} characters`
        : 'contains other characters';
  return `Invalid name ${shown(name)}: a name is 1-100 characters of A-Z a-z 0-9 _ - and this one ${why}`;
}

/** Checks an item id: 1-255 printable characters. @returns the problem or null */
export function checkItemId(id: unknown): string | null {
  if (typeof id !== 'string') return `An item id must be a string, got ${shown(id)}`;
  const length = [...id].length;
  if (length < 1 || length > 255) return `An item id must have 1-255 characters, got ${length}`;
  if (NOT_PRINTABLE.test(id)) return `Item id ${shown(id)} contains a non-printable character`;
  return null;
}

/** Checks a version: exactly three dot-separated non-negative integers (`2.0.0`). */
export function checkVersion(version: unknown): string | null {
  if (typeof version === 'string' && VERSION.test(version)) return null;
  return `Version must be three dot-separated non-negative integers such as 1.0.0, got ${shown(version)}`;
}

/** Checks a dimension name: non-empty, letters, digits and `_`. */
export function checkDimensionName(name: unknown): string | null {
  if (typeof name === 'string' && DIMENSION_NAME.test(name)) return null;
  return `A dimension name is non-empty and made of letters, digits and _, got ${shown(name)}`;
}

/** Checks a rule name: non-empty, letters, digits, `_` and `-`. */
export function checkRuleName(name: unknown): string | null {
  if (typeof name === 'string' && RULE_NAME.test(name)) return null;
  return `A rule name is non-empty and made of letters, digits, _ and -, got ${shown(name)}`;
}
