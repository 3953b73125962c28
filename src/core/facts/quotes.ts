// Attributed quotations: “…”, 「…」, 『…』, "…", «…» with the speaker and the outlet that relays them
// (援引 / 据…报道 / dẫn lời / theo / quoted / cited / according to).
import type { EntityValue, QuoteValue } from '../model';
import type { Candidate, Script } from './common';

const P_QUOTE = 60;
const QUOTE_RE = /“([^“”]{1,600})”|「([^「」]{1,600})」|『([^『』]{1,600})』|«([^«»]{1,600})»|(?<![\p{L}\p{N}])"([^"\n]{1,600})"/gu;

const VIA_CUE: Record<Script, RegExp> = {
  zh: /援引|引述|引用|据|报道|报导|转引|消息称/,
  vi: /dẫn lời|theo|đưa tin|trích lời|dẫn nguồn/i,
  en: /\b(?:quoted|cited|according to|told|reported|citing)\b/i,
  other: /\b(?:quoted|cited|according to|told|reported|citing)\b/i,
};
const SAY_AFTER: Record<Script, RegExp> = {
  zh: /^[\s，,]*(?:[^，。“”「」]{0,12}?)(?:说|表示|称|指出|强调|补充说|告诉)/,
  vi: /^[\s,]*(?:[^,."“”]{0,30}?)(?:nói|cho biết|nhấn mạnh|khẳng định|tuyên bố)/i,
  en: /^[\s,]*(?:[^,."“”]{0,30}?)\b(?:said|says|added|told|stressed|noted|according to)\b/i,
  other: /^[\s,]*(?:[^,."“”]{0,30}?)\b(?:said|says|added|told)\b/i,
};

const SPEECH_AFTER = /^\s*(?:说|表示|称|指出|强调|发表声明|声明|cho hay|cho biết|nói|tuyên bố|khẳng định|said|says|stated|announced)/i;

function entityKey(c: Candidate): string | undefined {
  return (c.value as EntityValue | undefined)?.key;
}

/** Quote candidates; `entities` are the entity candidates of the same statement. */
export function extractQuotes(s: string, script: Script, entities: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  QUOTE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const persons = entities.filter((e) => e.kind === 'person').sort((a, b) => a.start - b.start);
  const roles = entities.filter((e) => e.kind === 'role').sort((a, b) => a.start - b.start);
  const outlets = entities.filter((e) => e.kind === 'organization').sort((a, b) => a.start - b.start);
  const hasCue = VIA_CUE[script].test(s);
  while ((m = QUOTE_RE.exec(s))) {
    const start = m.index;
    const end = m.index + m[0].length;
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    if (!inner.trim()) continue;
    const v: QuoteValue & { role?: string } = {};
    // speaker: a person right after the quote with a speech verb, else the nearest person before it
    const after = s.slice(end, end + 40);
    const sayAfter = SAY_AFTER[script].exec(after);
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
        const org = orgs.find((o) => SPEECH_AFTER.test(s.slice(o.end, o.end + 12))) ?? orgs[orgs.length - 1];
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
