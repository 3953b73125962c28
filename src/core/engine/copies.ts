// Near-duplicate documents: the same story saved twice (a wire story republished, a page captured again). Shingled
// MinHash with banded locality-sensitive hashing finds candidate pairs in about linear time; each candidate pair is
// confirmed on its estimated resemblance. A copy points at the earliest source of its group (`SourceInfo.copyOf`) and
// counts once: the engine leaves copies out of alignment, so verdicts and "reported by N sources" count the story once.
import type { CleanDocument, Diagnostic } from '../model';

export interface CopySettings {
  /** tokens per shingle: five words (or five Han characters) keep shared stock phrases from looking like copies */
  shingle: number;
  /** MinHash signature length: 64 values estimate resemblance within about ±0.06 */
  hashes: number;
  /** LSH bands (hashes / bands rows each): 16 × 4 finds pairs at resemblance 0.8 with probability > 0.999 */
  bands: number;
  /** estimated resemblance (Jaccard of shingle sets) at which two documents are one story: 0.8 allows a changed
   *  headline, byline or closing line, and stays far above two reports of one event in their own words (< 0.3) */
  minResemblance: number;
  /** documents with fewer shingles are never called copies (a few lines say too little) */
  minShingles: number;
}

export const DEFAULT_COPY_SETTINGS: CopySettings = { shingle: 5, hashes: 64, bands: 16, minResemblance: 0.8, minShingles: 20 };

const TOKEN = /\p{Script=Han}|[\p{L}\p{N}\p{M}]+/gu;

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Set of hashed shingles of a text (words, and single Han characters, lower-cased). */
export function shingles(text: string, k = DEFAULT_COPY_SETTINGS.shingle): Set<number> {
  const toks = text.toLowerCase().match(TOKEN) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + k <= toks.length; i++) out.add(fnv(toks.slice(i, i + k).join('\u0001')));
  return out;
}

function signature(sh: Set<number>, n: number): Uint32Array {
  const sig = new Uint32Array(n).fill(0xffffffff);
  for (const x of sh) {
    for (let i = 0; i < n; i++) {
      // a family of hash functions from two odd multipliers per slot (fixed, so results are reproducible)
      const a = (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0;
      const b = Math.imul(i + 7, 0x85ebca6b) >>> 0;
      let h = (Math.imul(x ^ b, a) + b) >>> 0;
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d) >>> 0;
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

function resemblance(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * Copies among documents: document id → id of the source it copies (the earliest published in its group, else the
 * first in the given order). Originals are not in the map.
 */
export function findCopies(docs: Pick<CleanDocument, 'id' | 'text' | 'published'>[], s: CopySettings = DEFAULT_COPY_SETTINGS): Map<string, string> {
  const rows = s.hashes / s.bands;
  const sigs: (Uint32Array | null)[] = docs.map((d) => {
    const sh = shingles(d.text, s.shingle);
    return sh.size >= s.minShingles ? signature(sh, s.hashes) : null;
  });
  // union-find over confirmed pairs
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const buckets = new Map<string, number[]>();
  sigs.forEach((sig, i) => {
    if (!sig) return;
    for (let b = 0; b < s.bands; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * rows, (b + 1) * rows)).join(',')}`;
      const list = buckets.get(key);
      if (!list) {
        buckets.set(key, [i]);
        continue;
      }
      for (const j of list) {
        const ri = find(i);
        const rj = find(j);
        if (ri !== rj && resemblance(sig, sigs[j]!) >= s.minResemblance) parent[Math.max(ri, rj)] = Math.min(ri, rj);
      }
      if (list.length < 64) list.push(i);
    }
  });
  const groups = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const out = new Map<string, string>();
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const first = [...g].sort((x, y) => {
      const px = docs[x].published ?? '\uffff';
      const py = docs[y].published ?? '\uffff';
      return px < py ? -1 : px > py ? 1 : x - y;
    })[0];
    for (const i of g) if (i !== first) out.set(docs[i].id, docs[first].id);
  }
  return out;
}

/** Marks copies on the sources (`copyOf` and a "copy of …" diagnostic naming the original's path). */
export function markCopies<T extends { id: string; path: string; copyOf?: string; diagnostics: Diagnostic[] }>(sources: T[], copies: Map<string, string>): T[] {
  if (!copies.size) return sources;
  const byId = new Map(sources.map((x) => [x.id, x]));
  for (const src of sources) {
    const of = copies.get(src.id);
    if (!of) continue;
    src.copyOf = of;
    src.diagnostics.push({
      level: 'info',
      code: 'copy-of',
      message: `copy of ${byId.get(of)?.path ?? of}: the same text; counted once`,
    });
  }
  return sources;
}
