// Text that remembers where each character came from in the decoded original.
// Every cleaning step works on MappedText, so the final offset map is exact by construction.
import { OffsetMapBuilder } from '../offsets';
import type { OffsetRun } from '../model';

/** `o[i]` is the original offset of `s[i]`; inserted characters store `-(anchor + 1)`. */
export interface MappedText {
  s: string;
  o: Int32Array;
}

export function fromOriginal(s: string, start = 0): MappedText {
  const o = new Int32Array(s.length);
  for (let i = 0; i < s.length; i++) o[i] = start + i;
  return { s, o };
}

export function inserted(s: string, anchor: number): MappedText {
  const a = -(Math.max(0, anchor) + 1);
  return { s, o: new Int32Array(s.length).fill(a) };
}

export function slice(m: MappedText, start: number, end = m.s.length): MappedText {
  return { s: m.s.slice(start, end), o: m.o.subarray(start, end) };
}

export function concat(parts: MappedText[]): MappedText {
  let n = 0;
  for (const p of parts) n += p.o.length;
  const o = new Int32Array(n);
  let at = 0;
  for (const p of parts) {
    o.set(p.o, at);
    at += p.o.length;
  }
  return { s: parts.map((p) => p.s).join(''), o };
}

/** Original offset a character maps to (inserted characters map to their anchor). */
export function origAt(m: MappedText, i: number): number {
  const v = m.o[Math.min(Math.max(0, i), m.o.length - 1)] ?? 0;
  return v >= 0 ? v : -v - 1;
}

/**
 * Replaces every match of `re` (global) with `rep(match)`; replaced text maps to the start of the match.
 * Returns the number of replacements made.
 */
export function replaceAll(m: MappedText, pattern: RegExp, rep: (match: RegExpExecArray) => string): { text: MappedText; count: number } {
  const re = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
  re.lastIndex = 0;
  let last = 0;
  let count = 0;
  const parts: MappedText[] = [];
  let mt: RegExpExecArray | null;
  while ((mt = re.exec(m.s))) {
    if (mt[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const r = rep(mt);
    if (r === mt[0]) continue;
    count++;
    if (mt.index > last) parts.push(slice(m, last, mt.index));
    if (r) parts.push(mapReplacement(m, mt.index, mt[0], r));
    last = mt.index + mt[0].length;
  }
  if (!count) return { text: m, count: 0 };
  if (last < m.s.length) parts.push(slice(m, last));
  return { text: concat(parts), count };
}

/** Maps a replacement: characters kept verbatim from the match keep their offsets, the rest are inserted. */
function mapReplacement(m: MappedText, at: number, match: string, rep: string): MappedText {
  // common case: replacement is a prefix/infix of the match (deletions) — keep exact offsets
  const k = match.indexOf(rep);
  if (k >= 0) return slice(m, at + k, at + k + rep.length);
  if (rep.length === match.length) {
    // same-length substitution (look-alike repairs): keep unchanged characters exact
    const o = new Int32Array(rep.length);
    for (let i = 0; i < rep.length; i++) o[i] = rep[i] === match[i] ? m.o[at + i] : -(origAt(m, at + i) + 1);
    return { s: rep, o };
  }
  // keep the common prefix and suffix exact; only the changed middle is inserted
  let p = 0;
  while (p < rep.length && p < match.length && rep[p] === match[p]) p++;
  let q = 0;
  while (q < rep.length - p && q < match.length - p && rep[rep.length - 1 - q] === match[match.length - 1 - q]) q++;
  const o = new Int32Array(rep.length);
  for (let i = 0; i < p; i++) o[i] = m.o[at + i];
  const mid = -(origAt(m, at + p) + 1);
  for (let i = p; i < rep.length - q; i++) o[i] = mid;
  for (let i = 0; i < q; i++) o[rep.length - 1 - i] = m.o[at + match.length - 1 - i];
  return { s: rep, o };
}

export function trim(m: MappedText): MappedText {
  const s = m.s;
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? m : slice(m, a, b);
}

export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 12 ||
    c === 11
  );
}

/** Splits into lines (\r\n, \n, \r), offsets preserved. */
export function lines(m: MappedText): MappedText[] {
  const out: MappedText[] = [];
  const re = /\r\n|\n|\r|\u2028|\u2029/g;
  let last = 0;
  let mt: RegExpExecArray | null;
  while ((mt = re.exec(m.s))) {
    out.push(slice(m, last, mt.index));
    last = mt.index + mt[0].length;
  }
  out.push(slice(m, last));
  return out;
}

/** Builds cleaned text and its offset runs from mapped pieces joined by `sep`. */
export function finish(parts: MappedText[], sep = '\n\n'): { text: string; offsets: OffsetRun[] } {
  const b = new OffsetMapBuilder();
  parts.forEach((p, idx) => {
    if (idx > 0) b.insert(sep, origAt(p, 0));
    let i = 0;
    const n = p.s.length;
    while (i < n) {
      const v = p.o[i];
      if (v < 0) {
        let j = i + 1;
        while (j < n && p.o[j] === v) j++;
        b.insert(p.s.slice(i, j), -v - 1);
        i = j;
        continue;
      }
      let j = i + 1;
      while (j < n && p.o[j] === p.o[j - 1] + 1) j++;
      b.copy(p.s.slice(i, j), v);
      i = j;
    }
  });
  return b.finish();
}
