/** Fixed-size bitsets over catalog positions (32 positions per word). */

export type Bitset = Uint32Array;

export const wordsFor = (n: number): number => (n + 31) >>> 5;

export function emptySet(words: number): Bitset {
  return new Uint32Array(words);
}

export function fromIndices(words: number, indices: Iterable<number>): Bitset {
  const s = new Uint32Array(words);
  for (const i of indices) s[i >>> 5] |= 1 << (i & 31);
  return s;
}

export function has(s: Bitset, i: number): boolean {
  return (s[i >>> 5] & (1 << (i & 31))) !== 0;
}

export function add(s: Bitset, i: number): void {
  s[i >>> 5] |= 1 << (i & 31);
}

export function remove(s: Bitset, i: number): void {
  s[i >>> 5] &= ~(1 << (i & 31));
}

function popWord(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function count(s: Bitset): number {
  let c = 0;
  for (let w = 0; w < s.length; w++) if (s[w] !== 0) c += popWord(s[w]);
  return c;
}

export function countAnd(a: Bitset, b: Bitset): number {
  let c = 0;
  for (let w = 0; w < a.length; w++) {
    const x = a[w] & b[w];
    if (x !== 0) c += popWord(x);
  }
  return c;
}

export function isEmpty(s: Bitset): boolean {
  for (let w = 0; w < s.length; w++) if (s[w] !== 0) return false;
  return true;
}

export function intersects(a: Bitset, b: Bitset): boolean {
  for (let w = 0; w < a.length; w++) if ((a[w] & b[w]) !== 0) return true;
  return false;
}

/** a ⊆ b */
export function isSubset(a: Bitset, b: Bitset): boolean {
  for (let w = 0; w < a.length; w++) if ((a[w] & ~b[w]) !== 0) return false;
  return true;
}

export function and(a: Bitset, b: Bitset): Bitset {
  const r = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) r[w] = a[w] & b[w];
  return r;
}

export function or(a: Bitset, b: Bitset): Bitset {
  const r = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) r[w] = a[w] | b[w];
  return r;
}

export function andNot(a: Bitset, b: Bitset): Bitset {
  const r = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) r[w] = a[w] & ~b[w];
  return r;
}

export function andInPlace(a: Bitset, b: Bitset): void {
  for (let w = 0; w < a.length; w++) a[w] &= b[w];
}

export function andNotInPlace(a: Bitset, b: Bitset): void {
  for (let w = 0; w < a.length; w++) a[w] &= ~b[w];
}

/** The members in increasing order. */
export function toIndices(s: Bitset): number[] {
  const out: number[] = [];
  for (let w = 0; w < s.length; w++) {
    let x = s[w];
    while (x !== 0) {
      const low = x & -x;
      out.push((w << 5) + (31 - Math.clz32(low)));
      x ^= low;
    }
  }
  return out;
}

/** A map key for a set. */
export function setKey(s: Bitset): string {
  return Array.from(s, x => x.toString(36)).join('.');
}
