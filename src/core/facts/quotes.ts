// Attributed quotations: “…”, 「…」, 『…』, "…", «…» with the speaker and the outlet that relays them
// (援引 / 据…报道 / dẫn lời / theo / quoted / cited / according to).
import type { EntityValue, QuoteValue } from '../model';
import type { Candidate, Script } from './common';
import { packFor } from '../lang/packs';
import type { EntityRules } from '../lang/pack/entities';

const P_QUOTE = 60;
const QUOTE_RE = /“([^“”]{1,600})”|「([^「」]{1,600})」|『([^『』]{1,600})』|«([^«»]{1,600})»|(?<![\p{L}\p{N}])"([^"\n]{1,600})"/gu;

interface QuoteCues {
  /** a relaying outlet is named in the statement (援引, dẫn lời, quoted) */
  via: RegExp;
  /** a speech verb shortly after the quotation (…”，他说 / …," she said) */
  sayAfter: RegExp;
  /** a speech verb right after an institution (美国国务院说 / Bộ Ngoại giao Mỹ cho hay) */
  speechAfter: RegExp;
}

const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (ws: readonly string[]): string => [...ws].sort((a, b) => b.length - a.length).map(esc).join('|') || '(?!)';
const cueCache = new WeakMap<EntityRules, QuoteCues>();

/** Quote cues from the language pack (speech verbs and relay words); Chinese characters read as Chinese. */
function cuesFor(script: Script, lang: string): QuoteCues {
  let rules = packFor(lang).entities;
  if (!rules || (script === 'zh' && rules.writing !== 'han')) rules = packFor(script === 'zh' ? 'zh-Hans' : 'en').entities!;
  const hit = cueCache.get(rules);
  if (hit) return hit;
  const han = rules.writing === 'han';
  const say = alt(rules.speechVerbs);
  const cues: QuoteCues = han
    ? { via: new RegExp(alt(rules.relayCues ?? [])), sayAfter: new RegExp(`^[\\s，,]*(?:[^，。“”「」]{0,12}?)(?:${say})`), speechAfter: new RegExp(`^\\s*(?:${say})`) }
    : {
        via: new RegExp(`(?<![\\p{L}])(?:${alt(rules.relayCues ?? [])})(?![\\p{L}])`, 'iu'),
        sayAfter: new RegExp(`^[\\s,]*(?:[^,."“”]{0,30}?)(?<![\\p{L}])(?:${say})(?![\\p{L}])`, 'iu'),
        speechAfter: new RegExp(`^\\s*(?:${say})(?![\\p{L}])`, 'iu'),
      };
  cueCache.set(rules, cues);
  return cues;
}

function entityKey(c: Candidate): string | undefined {
  return (c.value as EntityValue | undefined)?.key;
}

/** Quote candidates; `entities` are the entity candidates of the same statement. */
export function extractQuotes(s: string, script: Script, entities: Candidate[], lang = ''): Candidate[] {
  const cues = cuesFor(script, lang);
  const out: Candidate[] = [];
  QUOTE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const persons = entities.filter((e) => e.kind === 'person').sort((a, b) => a.start - b.start);
  const roles = entities.filter((e) => e.kind === 'role').sort((a, b) => a.start - b.start);
  const outlets = entities.filter((e) => e.kind === 'organization').sort((a, b) => a.start - b.start);
  const hasCue = cues.via.test(s);
  while ((m = QUOTE_RE.exec(s))) {
    const start = m.index;
    const end = m.index + m[0].length;
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    if (!inner.trim()) continue;
    const v: QuoteValue & { role?: string } = {};
    // speaker: a person right after the quote with a speech verb, else the nearest person before it
    const after = s.slice(end, end + 40);
    const sayAfter = cues.sayAfter.exec(after);
    let speaker: Candidate | undefined;
    if (sayAfter) speaker = persons.find((p) => p.start >= end && p.start < end + sayAfter[0].length);
    if (!speaker) {
      const before = persons.filter((p) => p.end <= start);
      speaker = before[before.length - 1];
    }
    if (!speaker) speaker = persons.find((p) => p.start >= end);
    if (speaker) v.speaker = entityKey(speaker);
    else {
      const r = roles.filter((p) => p.end <= start).pop() ?? roles.find((p) => p.start >= end);
      if (r) {
        const rk = entityKey(r);
        const org = outlets.filter((o) => o.end <= r.start && r.start - o.end <= 2).pop();
        v.speaker = org ? `${entityKey(org)}/${rk}` : rk;
      } else {
        // an institution speaking: 美国国务院说 / Bộ Ngoại giao Mỹ cho hay
        const orgs = outlets.filter((o) => o.end <= start && !OUTLET_KEYS.has(entityKey(o) ?? ''));
        const org = orgs.find((o) => cues.speechAfter.test(s.slice(o.end, o.end + 12))) ?? orgs[orgs.length - 1];
        if (org) v.speaker = entityKey(org);
      }
    }
    if (hasCue) {
      const via = outlets.find((o) => {
        const k = entityKey(o) ?? '';
        return o.end <= start && k !== '' && OUTLET_KEYS.has(k);
      });
      if (via) v.via = entityKey(via);
    }
    out.push({ kind: 'quote', start, end, value: v, qualifier: v.via ? 'reported' : undefined, priority: P_QUOTE });
  }
  return out;
}

const OUTLET_KEYS = new Set([
  'tass', 'ria', 'interfax', 'reuters', 'ap', 'afp', 'cnn', 'bloomberg', 'xinhua', 'voa', 'bbc', 'al-jazeera', 'ard',
  'nyt', 'wsj', 'ft', 'russian-state-tv', 'sputnik', 'baoquocte', 'vnexpress',
]);

/** Keys of news outlets in the gazetteer (quote relays). */
export function isOutletKey(key: string): boolean {
  return OUTLET_KEYS.has(key);
}
