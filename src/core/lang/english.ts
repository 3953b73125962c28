// English content-word stems (Porter stemmer from the `stemmer` package), stop words removed.
import { stemmer } from 'stemmer';

const STOP = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from into onto upon about as than then that this these those ' +
    'is are was were be been being am do does did done doing have has had having will would shall should can could may might must ' +
    'it its it\'s he him his she her hers they them their theirs we us our ours you your yours i me my mine one ones ' +
    'who whom whose which what when where why how there here not no yes also very just only even such some any each every ' +
    'all both either neither other another more most much many few less least own same too up down out off over under again ' +
    'further once s t etc sb sth something someone somebody oneself thing things way kind sort used use make get got let ' +
    'if because while during before after until since though although whether within without between among via per ' +
    'mr mrs ms dr said says say saying told tell according'
  ).split(/\s+/),
);

const WORD = /[a-z][a-z'-]*[a-z]|[a-z]/g;

/** Lower-cased content words of an English text (no stemming). */
export function englishWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0].replace(/'s$/, '');
    if (w.length < 2 || STOP.has(w)) continue;
    out.push(w);
  }
  return out;
}

const cache = new Map<string, string>();

/** Porter stem of one lower-cased word (memoized). */
export function stemWord(w: string): string {
  let s = cache.get(w);
  if (s === undefined) {
    s = stemmer(w);
    if (cache.size < 200_000) cache.set(w, s);
  }
  return s;
}

/** Stems of the content words of an English text, in order. */
export function englishStems(text: string): string[] {
  return englishWords(text).map(stemWord);
}

export function isEnglishStopword(w: string): boolean {
  return STOP.has(w.toLowerCase());
}
