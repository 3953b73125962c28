// Publication date-times as stated in pages: ISO, RFC 822, dd/mm/yyyy (with time before or after), CJK 年月日,
// English month names; a stated zone (GMT, UTC, Z, +07:00, GMT+7) is kept as an offset.

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** Month names in other languages (Russian genitive and nominative, French, German, Spanish, Portuguese, Italian). */
const OTHER_MONTHS: [string, number][] = (
  [
    ['января январь janvier januar enero janeiro gennaio', 1],
    ['февраля февраль février fevrier februar febrero fevereiro febbraio', 2],
    ['марта март mars märz marzo março', 3],
    ['апреля апрель avril abril aprile', 4],
    ['мая май mai mayo maio maggio', 5],
    ['июня июнь juin juni junio junho giugno', 6],
    ['июля июль juillet juli julio julho luglio', 7],
    ['августа август août aout agosto', 8],
    ['сентября сентябрь septembre septiembre setembro settembre', 9],
    ['октября октябрь octobre oktober octubre outubro ottobre', 10],
    ['ноября ноябрь novembre noviembre novembro', 11],
    ['декабря декабрь décembre decembre dezember diciembre dezembro dicembre', 12],
  ] as const
).flatMap(([names, n]) => names.split(' ').map((name) => [name, n] as [string, number]));
for (const [name, n] of OTHER_MONTHS) if (!(name in MONTHS)) MONTHS[name] = n;


const pad = (n: number) => String(n).padStart(2, '0');

function zone(z: string | undefined): string {
  if (!z) return '';
  const t = z.trim().toUpperCase();
  if (t === 'GMT' || t === 'UTC' || t === 'Z' || t === 'UT') return 'Z';
  const m = /^(?:GMT|UTC)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(t);
  if (m) return `${m[1]}${pad(+m[2])}:${m[3] ?? '00'}`;
  const named: Record<string, string> = {
    EST: '-05:00',
    EDT: '-04:00',
    CST: '-06:00',
    CDT: '-05:00',
    PST: '-08:00',
    PDT: '-07:00',
    CET: '+01:00',
    CEST: '+02:00',
    MSK: '+03:00',
    ICT: '+07:00',
    JST: '+09:00',
    KST: '+09:00',
    BST: '+01:00',
  };
  return named[t] ?? '';
}

function build(y: number, mo: number, d: number, h?: number, mi?: number, s?: number, z?: string): string | null {
  if (!(y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || Number.isNaN(h)) return date;
  if (h > 23 || (mi ?? 0) > 59 || (s ?? 0) > 60) return date;
  return `${date}T${pad(h)}:${pad(mi ?? 0)}${s !== undefined && !Number.isNaN(s) ? ':' + pad(s) : ''}${zone(z)}`;
}

function hour12(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = /p/i.test(ampm);
  if (pm && h < 12) return h + 12;
  if (!pm && h === 12) return 0;
  return h;
}

const TZ = String.raw`((?:GMT|UTC)?\s?[+-]\s?\d{1,2}(?::?\d{2})?|Z|GMT|UTC|UT|[ECMP][SD]T|CES?T|MSK|ICT|JST|KST|BST)`;

interface Pattern {
  re: RegExp;
  make: (m: RegExpExecArray) => string | null;
}

const PATTERNS: Pattern[] = [
  // 2025-02-27T16:19:43+07:00, 2025-02-28 20:18:06, 2025/02/28 20:18
  {
    re: new RegExp(
      String.raw`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:\(?${TZ}\)?)?)?(?![\d])`,
      'i',
    ),
    make: (m) => build(+m[1], +m[2], +m[3], m[4] ? +m[4] : undefined, m[5] ? +m[5] : undefined, m[6] ? +m[6] : undefined, m[7]),
  },
  // Thu, 27 Feb 2025 16:19:43 GMT ; 27 February 2025 ; 27 Feb 2025, 4:19 PM
  {
    re: new RegExp(
      String.raw`(?<![\p{L}\d])(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?(\d{4})(?:\s*г\.?)?(?:,?\s+(?:at\s+|à\s+|um\s+|в\s+)?(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?\s*(?:\(?${TZ}\)?)?)?`,
      'u',
    ),
    make: (m) => {
      const mo = MONTHS[m[2].toLowerCase()];
      if (!mo) return null;
      return build(+m[3], mo, +m[1], m[4] ? hour12(+m[4], m[7]) : undefined, m[5] ? +m[5] : undefined, m[6] ? +m[6] : undefined, m[8]);
    },
  },
  // February 27, 2025 4:19 PM EST
  {
    re: new RegExp(
      String.raw`\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?\s*(?:\(?${TZ}\)?)?)?`,
    ),
    make: (m) => {
      const mo = MONTHS[m[1].toLowerCase()];
      if (!mo) return null;
      return build(+m[3], mo, +m[2], m[4] ? hour12(+m[4], m[7]) : undefined, m[5] ? +m[5] : undefined, m[6] ? +m[6] : undefined, m[8]);
    },
  },
  // 11:45 27/02/2025 (GMT+7)
  {
    re: new RegExp(
      String.raw`\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:[,|-]\s*)?(?:[^\d\s]{1,12},?\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*\(?${TZ}\)?)?`,
    ),
    make: (m) => build(+m[6], +m[5], +m[4], +m[1], +m[2], m[3] ? +m[3] : undefined, m[7]),
  },
  // 27/02/2025 11:45 ; 27/02/2025
  {
    re: new RegExp(String.raw`\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*[,|-]?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:\(?${TZ}\)?)?)?`),
    make: (m) => build(+m[3], +m[2], +m[1], m[4] ? +m[4] : undefined, m[5] ? +m[5] : undefined, m[6] ? +m[6] : undefined, m[7]),
  },
  // 2025年2月28日 20:18
  {
    re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:[上下]午)?\s*(\d{1,2})[:：时時](\d{2})(?:[:：](\d{2}))?)?/,
    make: (m) => build(+m[1], +m[2], +m[3], m[4] ? +m[4] : undefined, m[5] ? +m[5] : undefined, m[6] ? +m[6] : undefined),
  },
];

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** First publication-like date (or date-time) stated in `s`. */
export function findDate(s: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const p of PATTERNS) {
    const m = p.re.exec(s);
    if (!m) continue;
    const iso = p.make(m);
    if (!iso) continue;
    if (!best || m.index < best.index || (m.index === best.index && iso.length > best.iso.length))
      best = { iso, index: m.index, length: m[0].length };
  }
  return best;
}

/** Parses a whole date string (feeds, meta tags); null when nothing date-like. */
export function parseDate(s: string | null | undefined): string | null {
  if (!s) return null;
  return findDate(String(s))?.iso ?? null;
}

/** True when the line is (almost) only a date/time stamp, optionally with a short label. */
export function isDateLine(s: string): boolean {
  if (s.length > 90) return false;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
  }
  if (digits < 3 || (digits < 6 && s.length > 40)) return false;
  const f = findDate(s);
  if (!f) return /^\s*(?:\d{1,2}:\d{2}|\d{1,2}[-/]\d{1,2})\s*$/.test(s) || /^\s*[^\s\d]{1,8}\s*[:：]\s*\d{1,2}-\d{1,2}\s*$/.test(s);
  const rest = (s.slice(0, f.index) + s.slice(f.index + f.length)).replace(/[\s|,·•:：()（）\-–]+/g, '');
  if (rest.length <= 12) return true;
  return isStampLine(s, f);
}

/** Words that label a publication stamp: "Published", "Updated", "Cập nhật", 发布, 更新, 來源 ... */
const STAMP_LABEL = /\b(?:published|updated|posted|last modified|by|cập nhật|đăng|ngày đăng|veröffentlicht|publié|mis à jour|publicado|actualizado|опубликовано|обновлено)\b|发布|發布|发表|發表|更新|时间|時間|来源|來源|编辑|編輯|报道|報導|综合|綜合/iu;
const SENTENCE_END = /[.!?。！？]["”’」』)]?\s*$/;

/**
 * A stamp line: a short line giving the publication date-time with a few words of label around it — a byline
 * ("By N. Feld, Geneva correspondent · Published 14 October 2025, 21:40 CET"), "October 14, 2025 7:55 PM UTC
 * Updated 2 hours ago", "Cập nhật: 15/10/2025 19:20 (GMT+7)", "2025/10/14 23:05 海灣新聞網 國際中心／綜合報導".
 * A clock time or a label word is required, so that a short sentence that merely names a date is never taken.
 */
function isStampLine(s: string, f: FoundDate): boolean {
  if (s.length > 140 || SENTENCE_END.test(s.replace(/[*_\s]+$/, ''))) return false;
  const hasTime = /\d{1,2}[:：]\d{2}/.test(s.slice(f.index, f.index + f.length));
  const rest = s.slice(0, f.index) + ' ' + s.slice(f.index + f.length);
  if (!hasTime && !STAMP_LABEL.test(rest)) return false;
  const cjk = (rest.match(/\p{Script=Han}/gu) ?? []).length;
  const words = rest.replace(/\p{Script=Han}/gu, ' ').split(/[\s|,·•:：()（）\-–—*_/／]+/).filter((w) => /\p{L}/u.test(w)).length;
  return cjk <= 24 && words <= 9;
}
