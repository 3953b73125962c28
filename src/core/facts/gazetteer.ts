// The gazetteer of well-known entities: one canonical key per entity, with its surface forms in Simplified Chinese
// (Traditional text is converted before lookup), Vietnamese, English, Russian and Arabic. Its rows come from data
// files that name their source (data/countries.ts generated from i18n-iso-countries; data/well-known.ts), and its
// titles from the language packs' general role vocabulary (src/core/lang/<tag>/entities.ts). It lists no person and
// no department: those are found by pattern (src/core/facts/entities.ts).
import { PACKS } from '../lang/packs';
import { COUNTRIES } from './data/countries';
import { WELL_KNOWN } from './data/well-known';

export type GazType = 'country' | 'city' | 'place' | 'org' | 'dept' | 'outlet' | 'person' | 'role' | 'demonym';

export interface GazEntry {
  key: string;
  type: GazType;
  name: string;
  /** where the entry comes from (a package, a general reference, a language pack's vocabulary, the analyst) */
  source?: string;
}

export interface LexForm {
  form: string;
  /** lowercased form (for caseless matching) */
  lowerForm: string;
  entry: GazEntry;
  /** Latin forms match case-insensitively when written in lowercase in the table (and all roles) */
  caseless: boolean;
  /** the form ends with a letter or digit (then the text must not continue the word) */
  wordEnd: boolean;
}

function isHanCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** Lowercase with the same length as `s` (characters whose lowercase changes length are kept). */
export function lowerSameLength(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  let r = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i].toLowerCase();
    r += c.length === 1 ? c : s[i];
  }
  return r;
}

function keyAt(lower: string, i: number): number {
  const c0 = lower.charCodeAt(i);
  if (isHanCode(c0)) return c0;
  const c1 = i + 1 < lower.length ? lower.charCodeAt(i + 1) : 0;
  return 0x100000 + c0 * 0x10000 + c1;
}

export class Lexicon {
  /** forms by first character (CJK) or first two lowercased characters (others), longest first */
  private readonly index = new Map<number, LexForm[]>();
  readonly entries = new Map<string, GazEntry>();

  constructor(rows: { entry: GazEntry; forms: string[] }[]) {
    for (const { entry, forms } of rows) {
      if (!this.entries.has(entry.key + '|' + entry.type)) this.entries.set(entry.key + '|' + entry.type, entry);
      for (const form of forms) {
        if (!form) continue;
        const caseless = form === form.toLowerCase() || entry.type === 'role';
        const lowerForm = lowerSameLength(form);
        const k = keyAt(lowerForm, 0);
        let list = this.index.get(k);
        if (!list) this.index.set(k, (list = []));
        list.push({ form, lowerForm, entry, caseless, wordEnd: isWordChar(form[form.length - 1]) });
      }
    }
    for (const list of this.index.values()) list.sort((a, b) => b.form.length - a.form.length);
  }

  /** Longest form starting at `i` of `text` (Latin forms need word boundaries). `lower` is lowerSameLength(text). */
  matchAt(text: string, lower: string, i: number, types?: ReadonlySet<GazType>): LexForm | null {
    const han = isHanCode(text.charCodeAt(i));
    if (!han && i > 0 && isWordChar(text[i - 1])) return null;
    const list = this.index.get(keyAt(lower, i));
    if (!list) return null;
    for (const lf of list) {
      if (types && !types.has(lf.entry.type)) continue;
      if (lf.caseless ? !lower.startsWith(lf.lowerForm, i) : !text.startsWith(lf.form, i)) continue;
      if (!han && lf.wordEnd && isWordChar(text[i + lf.form.length] ?? '')) continue;
      return lf;
    }
    return null;
  }

  /** All non-overlapping longest matches, left to right. */
  scan(text: string, types?: ReadonlySet<GazType>): { start: number; end: number; lf: LexForm }[] {
    const lower = lowerSameLength(text);
    const out: { start: number; end: number; lf: LexForm }[] = [];
    const n = text.length;
    for (let i = 0; i < n; ) {
      const m = this.matchAt(text, lower, i, types);
      if (m) {
        out.push({ start: i, end: i + m.form.length, lf: m });
        i += m.form.length;
      } else i++;
    }
    return out;
  }

  /** Every surface form (for building derived indexes). */
  *forms(): IterableIterator<LexForm> {
    for (const list of this.index.values()) yield* list;
  }

  get(key: string, type: GazType): GazEntry | undefined {
    return this.entries.get(key + '|' + type);
  }
}

const WORD_RE = /[\p{L}\p{N}]/u;

export function isWordChar(c: string): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (isHanCode(code)) return false;
  return WORD_RE.test(c);
}

function parse(): { entry: GazEntry; forms: string[] }[] {
  const rows: { entry: GazEntry; forms: string[] }[] = [];
  for (const line of COUNTRIES.split('\n')) {
    const [key, type, name, forms, source] = line.split('\t');
    if (!forms) continue;
    rows.push({ entry: { key, type: type as GazType, name, source }, forms: forms.split(';').map((f) => f.trim()) });
  }
  for (const line of WELL_KNOWN.split('\n')) {
    const [key, type, name, forms, source] = line.trim().split('|');
    if (!forms) continue;
    rows.push({ entry: { key, type: type as GazType, name, source }, forms: forms.split(';').map((f) => f.trim()) });
  }
  // titles: the general role vocabulary of every language pack (a text may quote another language's title)
  const roles = new Map<string, Set<string>>();
  for (const p of PACKS) {
    for (const [key, forms] of Object.entries(p.entities?.roles ?? {})) {
      const set = roles.get(key) ?? new Set<string>();
      for (const f of forms) set.add(f);
      roles.set(key, set);
    }
  }
  for (const [key, forms] of roles) rows.push({ entry: { key, type: 'role', name: key.replace(/-/g, ' '), source: 'language pack role vocabulary' }, forms: [...forms] });
  return rows;
}

let lexicon: Lexicon | null = null;

/** The shared gazetteer (built once, lazily). */
export function gazetteer(): Lexicon {
  if (!lexicon) lexicon = new Lexicon(parse());
  return lexicon;
}

/** Teach the gazetteer extra surface forms for an entity (e.g. analyst-taught name variants). */
export function addForms(key: string, type: GazType, name: string, forms: string[]): void {
  const rows = parse();
  extra.push({ entry: { key, type, name, source: 'taught' }, forms });
  lexicon = new Lexicon([...rows, ...extra]);
}
const extra: { entry: GazEntry; forms: string[] }[] = [];
