// Where aligned statements differ, for highlighting. Chinese is compared after Traditional→Simplified
// conversion (opencc-js), character by character (diff package); other languages word by word, and only
// between statements in the same language family. Facts named in a discrepancy are always marked.
import { diffChars, diffWordsWithSpace, type ChangeObject } from 'diff';
import { toSimplified } from '../lang/chinese';
import type { Claim, Discrepancy } from '../model';

/** Longest statement (in code points) the character diff is run on; longer ones get fact marks only. */
export const MAX_DIFF_CHARS = 4000;

export interface Segment {
  text: string;
  /** differs from the statement it is compared with */
  changed: boolean;
  /** part of a fact that a discrepancy is about */
  disputed: boolean;
}

/** Traditional→Simplified conversion that keeps one code point per code point, so positions map back. */
export function normalizeChinese(s: string): string[] {
  const orig = Array.from(s);
  const whole = Array.from(toSimplified(s));
  if (whole.length === orig.length) return whole;
  return orig.map((ch) => {
    const c = Array.from(toSimplified(ch));
    return c.length === 1 ? c[0] : ch;
  });
}

function family(lang: string): string {
  const primary = lang.toLowerCase().split('-')[0];
  return primary === 'zh' || primary === 'yue' ? 'zh' : primary;
}

const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;
const VI_MARKS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** A rough language family from the script of `text`: 'zh' (mostly Han), 'vi' (Vietnamese letters), else 'und'. */
export function guessLanguage(text: string): string {
  const letters = text.match(LETTER)?.length ?? 0;
  if (!letters) return 'und';
  const han = text.match(HAN)?.length ?? 0;
  if (han / letters > 0.5) return 'zh';
  const vi = text.match(VI_MARKS)?.length ?? 0;
  if (vi / letters > 0.05) return 'vi';
  return 'und';
}

/** Whether two statements can sensibly be compared character by character (or word by word). */
export function comparable(langA: string, langB: string): boolean {
  const a = family(langA);
  return a !== 'und' && a === family(langB);
}

/** Code-point flags of `a` not shared with `b` (true = changed), or null when the diff is too costly. */
function changedFlags(a: string, b: string, lang: string): boolean[] | null {
  const ca = Array.from(a);
  const cb = Array.from(b);
  if (ca.length > MAX_DIFF_CHARS || cb.length > MAX_DIFF_CHARS) return null;
  let parts: ChangeObject<string>[] | undefined;
  if (family(lang) === 'zh') {
    parts = diffChars(normalizeChinese(a).join(''), normalizeChinese(b).join(''), { maxEditLength: MAX_DIFF_CHARS });
  } else {
    parts = diffWordsWithSpace(a.toLowerCase(), b.toLowerCase(), { maxEditLength: MAX_DIFF_CHARS });
  }
  if (!parts) return null;
  const flags: boolean[] = [];
  for (const p of parts) {
    if (p.added) continue;
    const n = Array.from(p.value).length;
    for (let i = 0; i < n; i++) flags.push(!!p.removed);
  }
  // toLowerCase can change length for a few scripts; give up highlighting rather than misplace it
  return flags.length === ca.length ? flags : null;
}

/** Code-point flags for the spans of `claim.text` that a discrepancy names. */
function disputedFlags(claim: Claim, discrepancies: Discrepancy[]): boolean[] {
  const chars = Array.from(claim.text);
  const flags = new Array<boolean>(chars.length).fill(false);
  const mark = (startUnit: number, endUnit: number) => {
    const s = Array.from(claim.text.slice(0, startUnit)).length;
    const e = s + Array.from(claim.text.slice(startUnit, endUnit)).length;
    for (let i = s; i < e && i < flags.length; i++) flags[i] = true;
  };
  for (const d of discrepancies) {
    for (const v of d.values) {
      if (v.claimId !== claim.id || !v.text) continue;
      const fact = claim.facts.find((f) => f.text === v.text && f.start !== undefined && f.end !== undefined);
      if (fact && claim.text.slice(fact.start, fact.end) === v.text) {
        mark(fact.start!, fact.end!);
        continue;
      }
      let from = 0;
      for (let at = claim.text.indexOf(v.text, from); at >= 0; at = claim.text.indexOf(v.text, from)) {
        mark(at, at + v.text.length);
        from = at + v.text.length;
      }
    }
  }
  return flags;
}

function toSegments(text: string, changed: boolean[] | null, disputed: boolean[]): Segment[] {
  const chars = Array.from(text);
  const out: Segment[] = [];
  for (let i = 0; i < chars.length; i++) {
    const d = !!disputed[i];
    // a disputed span is shown as one mark whatever the character diff says inside it
    const c = !d && !!changed?.[i];
    const last = out[out.length - 1];
    if (last && last.changed === c && last.disputed === d) last.text += chars[i];
    else out.push({ text: chars[i], changed: c, disputed: d });
  }
  return out;
}

/**
 * Segments of every claim of an aligned group, marking what differs. Each claim is compared with the first
 * other claim of the group (from another source) that is in a comparable language.
 */
export function highlightGroup(claims: { claim: Claim; language: string }[], discrepancies: Discrepancy[]): Map<string, Segment[]> {
  const result = new Map<string, Segment[]>();
  // an unknown language ('und') is guessed from the statement's script, so Chinese still gets a character diff
  const withLang = claims.map(({ claim, language }) => ({
    claim,
    language: family(language) === 'und' ? guessLanguage(claim.text) : language,
  }));
  for (const { claim, language } of withLang) {
    const partner = withLang.find(
      (o) => o.claim.id !== claim.id && o.claim.sourceId !== claim.sourceId && comparable(language, o.language),
    );
    const changed = partner ? changedFlags(claim.text, partner.claim.text, language) : null;
    result.set(claim.id, toSegments(claim.text, changed, disputedFlags(claim, discrepancies)));
  }
  return result;
}
