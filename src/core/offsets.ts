// Offset maps: cleaned text → decoded original. Built by the ingest stage, read by the segmenter.
import type { OffsetRun } from './model';

/** Builds an offset map incrementally while cleaned text is assembled from pieces of the original. */
export class OffsetMapBuilder {
  private runs: OffsetRun[] = [];
  private length = 0;
  private text: string[] = [];

  /** Appends `s`, copied verbatim from the original starting at `orig`. */
  copy(s: string, orig: number): void {
    if (!s) return;
    const last = this.runs[this.runs.length - 1];
    if (last && last.clean + last.len === this.length && last.orig + last.len === orig) last.len += s.length;
    else this.runs.push({ clean: this.length, orig, len: s.length });
    this.text.push(s);
    this.length += s.length;
  }

  /** Appends `s` that has no exact counterpart (separators, repaired characters); maps to `orig`. */
  insert(s: string, orig: number): void {
    if (!s) return;
    this.runs.push({ clean: this.length, orig, len: 0 });
    this.text.push(s);
    this.length += s.length;
  }

  get size(): number {
    return this.length;
  }

  finish(): { text: string; offsets: OffsetRun[] } {
    return { text: this.text.join(''), offsets: this.runs };
  }
}

/** Maps an offset in cleaned text to the decoded original. Offsets inside inserted text map to the insertion point. */
export function toOriginal(runs: readonly OffsetRun[], clean: number): number {
  if (runs.length === 0) return clean;
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid].clean <= clean) lo = mid;
    else hi = mid - 1;
  }
  const r = runs[lo];
  if (clean < r.clean) return r.orig;
  return r.orig + Math.min(clean - r.clean, r.len);
}

/** Maps a cleaned-text span [start, end) to the original; `end` maps to just after the last character. */
export function spanToOriginal(runs: readonly OffsetRun[], start: number, end: number): { start: number; end: number } {
  const s = toOriginal(runs, start);
  const e = end > start ? toOriginal(runs, end - 1) + 1 : s;
  return { start: s, end: Math.max(s, e) };
}
