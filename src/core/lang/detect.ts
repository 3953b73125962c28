// The one language detector of the project (ingest and engine both use it): letters are counted per script, then
// the language packs of the winning script (their `detect` sections) say which of them the text is. Scripts and
// Latin-script languages without a pack are still named (ja, ko, uk, fr, de …) so that ingest can report them,
// but they get no analysis rules.
import { PACKS } from './packs';
import type { DetectRules, DetectScript } from './pack/detect';

export interface LanguageGuess {
  /** BCP 47 tag, 'und' when nothing can be said. */
  language: string;
  /** Enough letters and evidence to trust the guess over other hints (an HTML lang attribute, a folder name). */
  confident: boolean;
}

type Script = DetectScript | 'Kana' | 'Hang' | 'Hebr' | 'Thai' | 'Deva' | 'Grek';

/** Script of a code point among the ones the detector counts (null: not a letter it counts). */
function scriptOf(c: number): Script | null {
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x2ffff) || (c >= 0xf900 && c <= 0xfaff)) return 'Han';
  if (c >= 0x3040 && c <= 0x30ff) return 'Kana';
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) return 'Hang';
  if (c >= 0x400 && c <= 0x4ff) return 'Cyrl';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) return 'Arab';
  if (c >= 0x590 && c <= 0x5ff) return 'Hebr';
  if (c >= 0xe00 && c <= 0xe7f) return 'Thai';
  if (c >= 0x900 && c <= 0x97f) return 'Deva';
  if (c >= 0x370 && c <= 0x3ff) return 'Grek';
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) return 'Latn';
  return null;
}

/** Scripts written by one language the project has no pack for. */
const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = { Kana: 'ja', Hang: 'ko', Hebr: 'he', Thai: 'th', Deva: 'hi', Grek: 'el' };

/**
 * Languages without a pack, named only: a script-wide fallback (Cyrillic other than Russian, Arabic-script Persian
 * and Urdu) or a profile of function words (Latin script). Evidence = share of words in the profile.
 */
const NAMED_ONLY: { tag: string; script: DetectScript; test?: RegExp; words?: ReadonlySet<string> }[] = [
  { tag: 'uk', script: 'Cyrl', test: /[іїєґ]/i },
  { tag: 'be', script: 'Cyrl', test: /[ўЎ]/ },
  { tag: 'fa', script: 'Arab', test: /[پچژگ]/ },
  { tag: 'ur', script: 'Arab', test: /[ٹڈڑںے]/ },
  ...Object.entries({
    fr: 'le la les des et est une du dans que qui pour pas sur au avec il a',
    de: 'der die das und ist nicht ein eine mit den von zu sich auf für dem im sie',
    es: 'el la los las de que y en un una por con para es del se al',
    pt: 'o a os as de que e em um uma para com não do da no na se',
    it: 'il la di che e è un una per non in del della con sono gli',
    id: 'yang dan di ini itu dengan untuk dari tidak akan pada dalam juga adalah',
    nl: 'de het een en van is dat niet op te met voor zijn',
    tr: 've bir bu da de için ile olarak çok daha gibi olan',
    pl: 'i w się nie na z że do jest to jak po',
  }).map(([tag, list]) => ({ tag, script: 'Latn' as const, words: new Set(list.split(' ')) })),
];

const PACK_RULES: { tag: string; rules: DetectRules }[] = PACKS.flatMap((p) => (p.detect ? [{ tag: p.tag, rules: p.detect }] : []));

/** Language of a text (the first 20,000 characters are read). */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const counts = new Map<Script, number>();
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x41) continue;
    const s = scriptOf(c);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let total = 0;
  for (const n of counts.values()) total += n;
  if (total === 0) return { language: 'und', confident: false };
  const enough = total >= 20;
  // Kana counts with Han (Japanese mixes both); a tenth of kana makes it Japanese
  const han = (counts.get('Han') ?? 0) + (counts.get('Kana') ?? 0);
  let top: Script = 'Han';
  let topN = han;
  for (const [s, n] of counts) {
    if (s === 'Han' || s === 'Kana') continue;
    if (n > topN) {
      top = s;
      topN = n;
    }
  }
  if (top === 'Han' && (counts.get('Kana') ?? 0) > 0 && (counts.get('Kana') ?? 0) >= han * 0.1) return { language: 'ja', confident: enough };
  const only = SCRIPT_LANGUAGE[top];
  if (only) return { language: only, confident: enough };
  const script = top as DetectScript;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];

  // packs of the script first, then languages named only; the highest evidence above its minimum wins
  let best: { tag: string; evidence: number; rules?: DetectRules } | null = null;
  for (const { tag, rules } of PACK_RULES) {
    if (rules.script !== script) continue;
    const e = rules.evidence(sample, words);
    if (e >= (rules.minEvidence ?? 0.01) && (!best || e > best.evidence)) best = { tag, evidence: e, rules };
  }
  for (const n of NAMED_ONLY) {
    if (n.script !== script) continue;
    let e = 0;
    if (n.test) e = n.test.test(sample) ? 1 : 0;
    else if (n.words && words.length) e = words.filter((w) => n.words!.has(w)).length / words.length;
    if (e > 0.01 && (!best || e > best.evidence)) best = { tag: n.tag, evidence: e };
  }
  if (!best) return { language: 'und', confident: false };
  let confident: boolean;
  if (best.rules?.confident) confident = enough && best.rules.confident(sample);
  else if (best.rules) confident = enough && best.evidence >= (best.rules.confidentEvidence ?? 0.1);
  else confident = n5(words, best.evidence);
  return { language: best.tag, confident };
}

/** A function-word profile is trusted with 20+ words of which 5+ are in it. */
function n5(words: readonly string[], share: number): boolean {
  return words.length >= 20 && share * words.length >= 5;
}

/** The language tag of a text ('und' when unknown). */
export function detectLang(text: string): string {
  return detectLanguage(text).language;
}
