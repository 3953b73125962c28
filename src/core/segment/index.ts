// Statement segmentation: cleaned document text → sentence-level statements with exact offsets.
//
// Rules (see tests/core/segment):
// - paragraphs ("\n\n") and lines are hard boundaries (the headline is the first line);
// - Chinese ends a sentence at 。！？ (and …… / ！？ runs), absorbing closing quotes and brackets;
// - Latin scripts end at . ! ? followed by space and a plausible sentence start, except after
//   abbreviations (Mr., U.S., Feb., TP.), single-letter initials, decimals and numbers like 27/2;
// - a balanced quotation (“…”, 「…」, 『…』, «…», "…") is never split inside;
// - very long run-ons are split at ；/; as a fallback.
// What differs by language (abbreviations, CJK spacing, caseless scripts, extra terminals such as ؟, the length
// limit) comes from the language's pack (src/core/lang/<tag>/segment.ts); the engine never branches on a language.
import type { LanguageTag } from '../model';
import type { SegmentRules } from '../lang/pack/segment';
import { PACKS, packFor } from '../lang/packs';

export interface Statement {
  text: string;
  /** offsets into the cleaned text: text === cleaned.slice(start, end) */
  start: number;
  end: number;
}

export interface SegmentOptions {
  /** statements longer than this (in characters) are split at ；/; (default: the pack's maxLength, else 600) */
  maxLength?: number;
}

const CJK_TERMINAL = new Set(['。', '！', '？', '!', '?', '｡']);
const LATIN_TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['”', '」', '』', '’', '"', "'", ')', '）', '»', '》', ']', '】', '〕']);
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '«': '»', '《': '》', '‘': '’' };
const MAX_QUOTE = 800;
const DEFAULT_MAX_LENGTH = 600;

interface Rules {
  cjk: boolean;
  terminals: Set<string>;
  abbreviations: Set<string>;
  starters: Set<string>;
  endsAfter?: RegExp;
  caseless: boolean;
  attributionTail?: RegExp;
  maxLength: number;
}

const compiledRules = new Map<SegmentRules | undefined, Rules>();

/** The rules of a pack's segment section; a language without one gets every pack's abbreviations. */
function rulesOf(language: LanguageTag): Rules {
  const sec = packFor(language).segment;
  const hit = compiledRules.get(sec);
  if (hit) return hit;
  const all = sec ? [sec] : PACKS.map((p) => p.segment).filter((x): x is SegmentRules => !!x && !x.cjk);
  const r: Rules = {
    cjk: !!sec?.cjk,
    terminals: new Set([...LATIN_TERMINAL, ...(sec?.terminals ?? '')]),
    abbreviations: new Set(all.flatMap((x) => x.abbreviations ?? [])),
    starters: new Set(all.flatMap((x) => x.sentenceStarters ?? [])),
    endsAfter: sec?.endsAfter,
    caseless: !!sec?.caseless,
    attributionTail: sec?.attributionTail,
    maxLength: sec?.maxLength ?? DEFAULT_MAX_LENGTH,
  };
  compiledRules.set(sec, r);
  return r;
}

function isCjk(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u3000' || ch === '\r' || ch === '\n' || ch === '\u2009' || ch === '\u202f';
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Marks characters inside balanced quotations of `block` (block-relative), so terminals there do not split. */
function quotedMask(block: string): Uint8Array | null {
  let mask: Uint8Array | null = null;
  const n = block.length;
  for (let i = 0; i < n; i++) {
    const ch = block[i];
    let close: string | undefined = QUOTE_PAIRS[ch];
    if (ch === '"') close = '"';
    if (!close) continue;
    if (ch === '"') {
      // a straight quote opens only at a word start
      const prev = i > 0 ? block[i - 1] : ' ';
      if (!(isSpace(prev) || '(:：,，（—-'.includes(prev) || isCjk(prev))) continue;
    }
    const limit = Math.min(n, i + MAX_QUOTE);
    let j = i + 1;
    let depth = 1;
    for (; j < limit; j++) {
      const c = block[j];
      if (c === close && (close !== '"' || depth === 1)) {
        depth--;
        if (depth === 0) break;
      } else if (c === ch && ch !== '"') depth++;
      else if (c === '\n') {
        j = limit;
        break;
      }
    }
    if (j < limit && depth === 0) {
      if (!mask) mask = new Uint8Array(n);
      for (let k = i + 1; k < j; k++) mask[k] = 1;
      i = j;
    }
  }
  return mask;
}

/** The word (letters, digits, dots) ending at index `end` (exclusive) of `s`. */
function wordBefore(s: string, end: number): string {
  let i = end;
  while (i > 0) {
    const c = s[i - 1];
    if (c === '.' || /[\p{L}\p{N}]/u.test(c)) i--;
    else break;
  }
  return s.slice(i, end);
}

/** Decides whether the Latin terminal at `i` (a '.') ends a sentence. */
function latinDotEnds(s: string, i: number, rules: Rules): boolean {
  // decimals, 27.2, version numbers: no space after
  const next = s[i + 1];
  if (next !== undefined && !isSpace(next) && !CLOSERS.has(next)) return false;
  // find the next non-space, non-closer character
  let j = i + 1;
  while (j < s.length && (CLOSERS.has(s[j]) || isSpace(s[j]))) j++;
  if (j >= s.length) return true;
  const nc = s[j];
  const word = wordBefore(s, i);
  const lw = word.toLowerCase();
  if (word.length === 1 && isUpper(word)) return false; // initial: J. Smith
  if (rules.endsAfter && rules.endsAfter.test(s.slice(Math.max(0, i - 12), i))) return isUpper(nc);
  if (rules.abbreviations.has(lw)) {
    if (lw.includes('.') || lw === 'u' || /^[a-z]$/.test(lw)) {
      // dotted acronym: a new sentence only before a typical sentence starter
      const m = /^[\p{L}]+/u.exec(s.slice(j, j + 20));
      return !!m && rules.starters.has(m[0].toLowerCase()) && isUpper(nc);
    }
    return false;
  }
  if (/^(?:\p{Lu}\.)+\p{Lu}?$/u.test(word)) {
    const m = /^[\p{L}]+/u.exec(s.slice(j, j + 20));
    return !!m && rules.starters.has(m[0].toLowerCase()) && isUpper(nc);
  }
  // the next sentence starts with a capital, a digit, a quote, an opening bracket or CJK
  if (rules.caseless && /\p{L}/u.test(nc)) return true;
  return isUpper(nc) || isDigit(nc) || '"“「『«(（[‘\''.includes(nc) || isCjk(nc);
}

function pushTrimmed(out: Statement[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

/** Splits [start, end) at any of `seps` (keeping the separator with the left part), pieces of at least `min`. */
function splitAt(text: string, start: number, end: number, seps: string, min: number, out: Statement[]): void {
  let from = start;
  for (let i = start; i < end; i++) {
    if (seps.includes(text[i]) && i + 1 - from >= min && end - (i + 1) >= 1) {
      pushTrimmed(out, text, from, i + 1);
      from = i + 1;
    }
  }
  pushTrimmed(out, text, from, end);
}

/**
 * Splits an over-long statement: first at ；/;, then (for pieces still over twice the limit) at commas,
 * and as a last resort into fixed-size chunks, so no statement grows without bound.
 */
function splitLong(text: string, st: Statement, max: number, out: Statement[]): void {
  if (st.end - st.start <= max) {
    out.push(st);
    return;
  }
  const bySemi: Statement[] = [];
  splitAt(text, st.start, st.end, '；;؛', 20, bySemi);
  for (const p of bySemi) {
    if (p.end - p.start <= 2 * max) {
      out.push(p);
      continue;
    }
    const byComma: Statement[] = [];
    splitAt(text, p.start, p.end, '，,、،', Math.floor(max / 2), byComma);
    for (const q of byComma) {
      if (q.end - q.start <= 2 * max) {
        out.push(q);
        continue;
      }
      for (let a = q.start; a < q.end; a += max) pushTrimmed(out, text, a, Math.min(q.end, a + max));
    }
  }
}

/** Splits one line/paragraph block [bs, be) of `text` into statements. */
function segmentBlock(text: string, bs: number, be: number, rules: Rules, max: number, out: Statement[]): void {
  const cjkLang = rules.cjk;
  const block = text.slice(bs, be);
  const mask = quotedMask(block);
  const pieces: Statement[] = [];
  let from = 0;
  const n = block.length;
  for (let i = 0; i < n; i++) {
    const ch = block[i];
    let end = -1;
    if (mask && mask[i]) {
      // a quotation that itself ends a sentence (。” / ！」) ends the statement, unless a short attribution follows
      const closes = !mask[i + 1] && i + 1 < n && CLOSERS.has(block[i + 1]);
      const cjkEnd = closes && CJK_TERMINAL.has(ch) && !rules.attributionTail?.test(block.slice(i + 2, i + 16));
      const latinEnd = closes && rules.terminals.has(ch) && /^[”"’»]?\s*[\p{Lu}“"«\p{Script=Han}]/u.test(block.slice(i + 2, i + 6));
      if (cjkEnd || latinEnd) {
        end = i + 2;
        while (end < n && CLOSERS.has(block[end])) end++;
        pushTrimmed(pieces, block, from, end);
        from = end;
        i = end - 1;
      }
      continue;
    }
    if (CJK_TERMINAL.has(ch) && (ch === '。' || ch === '｡' || ch === '！' || ch === '？' || cjkLang || isCjk(block[i - 1] ?? ''))) {
      end = i + 1;
      while (end < n && (CJK_TERMINAL.has(block[end]) || block[end] === '…')) end++;
      while (end < n && CLOSERS.has(block[end])) end++;
    } else if (ch === '…' && block[i + 1] === '…') {
      end = i + 2;
      while (end < n && CLOSERS.has(block[end])) end++;
      if (end < n && !isSpace(block[end]) && !cjkLang) end = -1;
    } else if (rules.terminals.has(ch)) {
      if (ch === '.') {
        if (block[i + 1] === '.') continue; // ellipsis "..." continues to its last dot
        if (!latinDotEnds(block, i, rules)) continue;
      } else {
        const nx = block[i + 1];
        if (nx !== undefined && !isSpace(nx) && !CLOSERS.has(nx) && !rules.terminals.has(nx)) continue;
        if (nx !== undefined && rules.terminals.has(nx)) continue;
      }
      end = i + 1;
      while (end < n && CLOSERS.has(block[end])) end++;
    }
    if (end < 0) continue;
    pushTrimmed(pieces, block, from, end);
    from = end;
    i = end - 1;
  }
  pushTrimmed(pieces, block, from, n);
  for (const p of pieces) splitLong(text, { text: p.text, start: p.start + bs, end: p.end + bs }, max, out);
}

/** Splits cleaned text into sentence-level statements. Offsets are into `text`; `text.slice(start, end) === statement.text`. */
export function segment(text: string, language: LanguageTag, opts: SegmentOptions = {}): Statement[] {
  const rules = rulesOf(language);
  const max = opts.maxLength ?? rules.maxLength;
  const out: Statement[] = [];
  let bs = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    if (i < n && text[i] !== '\n') continue;
    // a single newline is a boundary unless the next line only continues a bracket/quote
    if (i < n && text[i + 1] !== '\n') {
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
      const nc = text[j];
      if (nc !== undefined && (nc === '）' || nc === ')' || nc === '”' || nc === '」' || nc === '，' || nc === '、')) continue;
    }
    if (i > bs) segmentBlock(text, bs, i, rules, max, out);
    bs = i + 1;
  }
  return out;
}
