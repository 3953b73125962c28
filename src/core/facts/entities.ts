// Persons (with title, department and portfolio), organizations, places and venues.
// Language-specific words and patterns come from the language pack (`packFor(language).entities`, shape in
// src/core/lang/pack/entities.ts); this file only combines them. Keys are shared across scripts: gazetteer keys for
// well-known entities (countries, capitals, international bodies), `department:<qualifier>` for departments found
// by pattern, `~SKETCH` (names.ts) for persons and `@SKETCH` for places that no list contains.
import type { EntityValue } from '../model';
import type { Candidate, Script } from './common';
import { gazetteer, isWordChar, type GazEntry, type GazType } from './gazetteer';
import { nameSketch } from './names';
import { nameSketch as soundSketch } from '../lang/names';
import { PACKS, packFor } from '../lang/packs';
import type { EntityRules, OrgUnitType, VenueRule } from '../lang/pack/entities';
import { pinyin } from 'pinyin-pro';

const P_ENTITY = 50;

const COUNTRYISH: ReadonlySet<GazType> = new Set(['country', 'demonym']);
const ENTITY_TYPES: ReadonlySet<GazType> = new Set(['country', 'city', 'place', 'org', 'dept', 'outlet', 'person', 'role', 'demonym']);

/** A department or bureau as a structured value: 第二欧洲司 = {department, qualifier '2-europe'}. */
export interface OrgUnit {
  type: OrgUnitType;
  /** concept keys of the qualifier (compass points, continents, ordinals) joined by '-', or the literal words */
  qualifier: string;
}

export interface PersonValue extends EntityValue {
  /** key of the area of responsibility stated with the role (负责俄罗斯和中欧事务 → central-europe+russia) */
  portfolio?: string;
  /** country key of the role (俄外长 → russia) */
  country?: string;
  /** the department or bureau behind `organization` when it was found by pattern (`unit` is the quantities' field) */
  orgUnit?: OrgUnit;
}

interface Mention {
  start: number;
  end: number;
  entry: GazEntry;
  unit?: OrgUnit;
}

/** The organization key of a unit: two different units never share it; the same unit in any script does. */
export function unitKey(u: OrgUnit): string {
  return `${u.type}:${u.qualifier}`;
}

// ---------------------------------------------------------------- compiled pack rules

const NEUTRAL: EntityRules = { writing: 'spaced', roles: {}, orgUnits: [], qualifiers: {}, qualifierFillers: [], venues: [], placeCues: [], speechVerbs: [] };
const HAN_DEFAULT = 'zh-Hans';

interface Compiled {
  rules: EntityRules;
  han: boolean;
  /** qualifier forms, longest first, with their concepts */
  quals: { form: string; lower: string; concepts: string[] }[];
  fillers: string[];
  stops: string[];
  nameChars: Set<string>;
  surnames: Set<string>;
  nameStops: Set<string>;
  speech: RegExp;
  /** a speech verb right before a name ("— заявил Петров", "said Marov") */
  speechBefore: RegExp;
  speakerBefore: RegExp | null;
  notNameAfter: RegExp | null;
  honorific: RegExp | null;
  rolesAfter: Set<string>;
  generic: Set<string>;
  titleWords: Set<string>;
  portfolio: RegExp | null;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: readonly string[]): string => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');

/** Words every Latin-script pack marks as not a name / a sentence-initial function word (names cross languages). */
let latinSets: { notName: Set<string>; fn: Set<string>; titles: Set<string> } | null = null;
function latin(): { notName: Set<string>; fn: Set<string>; titles: Set<string> } {
  if (!latinSets) {
    const notName = new Set<string>();
    const fn = new Set<string>();
    const titles = new Set<string>();
    for (const p of PACKS) {
      const e = p.entities;
      if (!e || e.writing !== 'spaced') continue;
      for (const w of e.notNameWords ?? []) notName.add(w.toLowerCase());
      for (const w of e.functionWords ?? []) fn.add(w);
      for (const w of e.titleWords ?? []) titles.add(w);
    }
    latinSets = { notName, fn, titles };
  }
  return latinSets;
}

const compiledCache = new WeakMap<EntityRules, Compiled>();
function compile(rules: EntityRules): Compiled {
  const hit = compiledCache.get(rules);
  if (hit) return hit;
  const han = rules.writing === 'han';
  const quals: Compiled['quals'] = [];
  for (const [concept, forms] of Object.entries(rules.qualifiers)) for (const f of forms) quals.push({ form: f, lower: f.toLowerCase(), concepts: concept.split(' ') });
  quals.sort((a, b) => b.form.length - a.form.length);
  const sv = alt(rules.speechVerbs);
  const c: Compiled = {
    rules,
    han,
    quals,
    fillers: [...rules.qualifierFillers].sort((a, b) => b.length - a.length),
    stops: rules.qualifierStops ?? [],
    nameChars: new Set(rules.transliterationChars ?? ''),
    surnames: new Set(rules.nativeSurnames ?? ''),
    nameStops: new Set(rules.nameStopChars ?? ''),
    speech: sv ? (han ? new RegExp(`^(?:${sv})`) : new RegExp(`^\\s+(?:${sv})(?![\\p{L}])`, 'iu')) : /$^/,
    speechBefore: sv && !han ? new RegExp(`(?<![\\p{L}])(?:${sv})\\s+$`, 'iu') : /$^/,
    speakerBefore:
      han && sv && rules.transliterationChars
        ? new RegExp(`([${rules.transliterationChars}]{2,6})(?=(?:在会后|在会上|会后|随后|则|也|还|再次|当天|\\d{1,2}日)?(?:${sv}))`, 'g')
        : null,
    notNameAfter: rules.notNameAfter?.length ? new RegExp(`^(?:${alt(rules.notNameAfter)})`) : null,
    honorific: rules.honorifics?.length ? new RegExp(`(?:${alt(rules.honorifics)})\\s+$`) : null,
    rolesAfter: new Set(rules.rolesAfterName ?? []),
    generic: new Set(rules.genericRoles ?? []),
    titleWords: new Set(rules.titleWords ?? []),
    portfolio: rules.portfolioCues?.length ? new RegExp(`(?:${alt(rules.portfolioCues)})\\s*`, 'iu') : null,
  };
  compiledCache.set(rules, c);
  return c;
}

/** The entity rules for a statement: its language's pack; Chinese characters in an unknown language read as Chinese. */
function rulesFor(script: Script, lang: string): Compiled {
  const own = packFor(lang).entities;
  if (own && (script !== 'zh' || own.writing === 'han')) return compile(own);
  if (script === 'zh') return compile(packFor(HAN_DEFAULT).entities ?? NEUTRAL);
  return compile(NEUTRAL);
}

// ---------------------------------------------------------------- sketches

const fullPinyin = {
  get(ch: string): string | undefined {
    const p = pinyin(ch, { toneType: 'none', v: true });
    return p && p !== ch ? p : undefined;
  },
};

/**
 * Key of a place that no list contains: its consonant sketch without liquids, the least stable sounds across
 * transliterations (Kelmarsk / 凯尔马斯克 / Кельмарск → KNSK, Istanbul / 伊斯坦布尔 / Стамбул → STNP).
 */
export function placeKey(name: string, lang: string): string {
  const sk = soundSketch(name, lang, fullPinyin).replace(/L/g, '');
  return '@' + sk;
}

/** Key of a person name: `~` and its cross-script sketch; a person the analyst taught the gazetteer keeps its key. */
function personKey(name: string, lang: string, mentions: Mention[], start: number, end: number): { key: string; name: string } {
  const known = mentions.find((m) => m.entry.type === 'person' && m.start < end && m.end > start);
  if (known) return { key: known.entry.key, name: known.entry.name };
  return { key: '~' + nameSketch(name, lang), name };
}

// ---------------------------------------------------------------- departments

function canonicalQualifier(concepts: string[]): string {
  const ORDER = ['north', 'south', 'east', 'west', 'central'];
  const ord = concepts.filter((c) => /^\d+$/.test(c));
  const dirs = ORDER.filter((d) => concepts.includes(d));
  const rest = concepts.filter((c) => !/^\d+$/.test(c) && !ORDER.includes(c));
  return [...ord, ...dirs, ...rest].join('-');
}

/** Qualifier read backwards from `end` (北美|司, North America| Department): concepts, literal words and the start. */
function qualifierBefore(s: string, end: number, c: Compiled): { concepts: string[]; start: number } {
  const concepts: string[] = [];
  let j = end;
  const lower = s.toLowerCase();
  for (let guard = 0; guard < 8; guard++) {
    let k = j;
    if (!c.han) while (k > 0 && /\s/.test(s[k - 1])) k--;
    const filler = c.fillers.find((f) => lower.endsWith(f.toLowerCase(), k) && (c.han || !isWordChar(s[k - f.length - 1] ?? '')));
    if (filler) {
      j = k - filler.length;
      continue;
    }
    const q = c.quals.find((x) => {
      if (c.han) return s.endsWith(x.form, k);
      if (/[\u0400-\u04ff]/.test(x.lower)) return stemBefore(lower, k, x.lower);
      return lower.endsWith(x.lower, k) && !isWordChar(s[k - x.form.length - 1] ?? '') && (!/^\p{Lu}/u.test(x.form) || /^\p{Lu}/u.test(s[k - x.form.length]));
    });
    if (!q) break;
    concepts.unshift(...q.concepts);
    j = c.han ? k - q.form.length : wordStart(s, k);
  }
  return { concepts, start: j };
}

/** Russian stems: the word ending at `k` starts with the stem (европейский → европ). */
function stemBefore(lower: string, k: number, stem: string): boolean {
  if (!/[\u0400-\u04ff]/.test(stem)) return false;
  const a = wordStart(lower, k);
  return lower.slice(a, k).startsWith(stem);
}

function wordStart(s: string, k: number): number {
  let a = k;
  while (a > 0 && (isWordChar(s[a - 1]) || s[a - 1] === '-')) a--;
  return a;
}

function wordEnd(s: string, k: number): number {
  let b = k;
  while (b < s.length && (isWordChar(s[b]) || s[b] === '-')) b++;
  return b;
}

/** Qualifier read forwards from `from` (Vụ |Bắc Mỹ, Department of |North America, департамент |Северной Америки). */
function qualifierAfter(s: string, from: number, c: Compiled): { concepts: string[]; end: number } {
  const concepts: string[] = [];
  const lower = s.toLowerCase();
  let j = from;
  // "of the", "for", "по делам"
  const lead = /^\s*(?:(?:of|for|on)\s+(?:the\s+)?)?/i.exec(s.slice(j));
  if (lead) j += lead[0].length;
  let end = from;
  for (let guard = 0; guard < 8; guard++) {
    const k = j + (/^\s*/.exec(s.slice(j))?.[0].length ?? 0);
    const filler = c.fillers.find((f) => lower.startsWith(f.toLowerCase(), k) && !isWordChar(s[k + f.length] ?? ''));
    if (filler) {
      j = k + filler.length;
      continue;
    }
    const q = c.quals.find((x) => {
      if (/[\u0400-\u04ff]/.test(x.lower)) return lower.startsWith(x.lower, k);
      return lower.startsWith(x.lower, k) && !isWordChar(s[k + x.form.length] ?? '') && (!/^\p{Lu}/u.test(x.form) || /^\p{Lu}/u.test(s[k]));
    });
    if (!q) break;
    concepts.push(...q.concepts);
    j = /[\u0400-\u04ff]/.test(q.lower) ? wordEnd(s, k + q.lower.length) : k + q.form.length;
    end = j;
  }
  return { concepts, end };
}

/** Literal qualifier (words no vocabulary knows) so that unknown departments still get distinct keys. */
function literalBefore(s: string, end: number, c: Compiled, floor: number): { text: string; start: number } | null {
  if (c.han) {
    let j = end;
    while (j > floor && end - j < 6 && /[\u4e00-\u9fff]/.test(s[j - 1]) && !'的由在是任和与及将对向从'.includes(s[j - 1]) && !c.stops.some((st) => s.endsWith(st, j))) j--;
    return end - j >= 2 ? { text: s.slice(j, end), start: j } : null;
  }
  // capitalised words right before the unit word (max 3), not stops or function words
  const words: { w: string; a: number }[] = [];
  let k = end;
  while (words.length < 3) {
    while (k > floor && /\s/.test(s[k - 1])) k--;
    const a = wordStart(s, k);
    const w = s.slice(a, k);
    if (!w || a < floor || !/^\p{Lu}/u.test(w) || c.stops.includes(w) || latin().fn.has(w) || /['’]s$/.test(w)) break;
    words.unshift({ w, a });
    k = a;
  }
  return words.length ? { text: words.map((x) => x.w).join(' '), start: words[0].a } : null;
}

function literalAfter(s: string, from: number, c: Compiled): { text: string; end: number } | null {
  const m = /^\s*(?:(?:of|for)\s+(?:the\s+)?)?((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:\p{Ll}[\p{L}]*|\p{Lu}[\p{L}'’-]*)){0,2})/u.exec(s.slice(from));
  if (!m) return null;
  const words = m[1].split(/\s+/);
  const keep: string[] = [];
  for (const w of words) {
    if (c.stops.includes(w) || (keep.length && /^\p{Lu}/u.test(w) && !/^\p{Lu}/u.test(keep[keep.length - 1]))) break;
    keep.push(w);
  }
  if (!keep.length) return null;
  const text = keep.join(' ');
  return { text, end: from + m[0].indexOf(m[1]) + text.length };
}

/** Departments and bureaus found by pattern: the unit word with its qualifier (before or after it). */
function findUnits(s: string, c: Compiled, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  const inside = (a: number, b: number, types: GazType[]): boolean => mentions.some((m) => types.includes(m.entry.type) && m.start <= a && m.end >= b);
  for (const u of c.rules.orgUnits) {
    const caseless = u.form === u.form.toLowerCase();
    const hay = caseless ? s.toLowerCase() : s;
    for (let i = hay.indexOf(u.form); i >= 0; i = hay.indexOf(u.form, i + 1)) {
      let unitEnd = i + u.form.length;
      if (c.han) {
        if (s[unitEnd] === '长') continue;
        if ((c.rules.orgUnitFalse ?? []).some((w) => {
          const at = w.indexOf(u.form);
          return at >= 0 && s.startsWith(w, i - at);
        }))
          continue;
      } else {
        if (isWordChar(s[i - 1] ?? '')) continue;
        unitEnd = caseless ? wordEnd(s, unitEnd) : unitEnd;
        if (!caseless && isWordChar(s[unitEnd] ?? '')) continue;
      }
      if (inside(i, unitEnd, ['role', 'org', 'outlet'])) continue;
      let unit: OrgUnit | null = null;
      let start = i;
      let end = unitEnd;
      if (u.qualifier !== 'after') {
        const q = qualifierBefore(s, i, c);
        if (q.concepts.length) {
          unit = { type: u.type, qualifier: canonicalQualifier(q.concepts) };
          start = q.start;
        }
      }
      if (!unit && u.qualifier !== 'before') {
        const q = qualifierAfter(s, unitEnd, c);
        if (q.concepts.length) {
          unit = { type: u.type, qualifier: canonicalQualifier(q.concepts) };
          end = q.end;
        }
      }
      if (!unit && u.qualifier !== 'after') {
        const floor = Math.max(0, ...mentions.filter((m) => m.end <= i && m.entry.type !== 'demonym').map((m) => m.end));
        const lit = literalBefore(s, i, c, floor);
        // a Chinese literal needs a title after it or a ministry before it (领事司司长, 外交部礼宾司)
        const ok = lit && (!c.han || mentions.some((m) => m.entry.type === 'role' && m.start === unitEnd) || /(?:部|外交部)$/.test(s.slice(0, lit.start)));
        if (lit && ok) {
          unit = { type: u.type, qualifier: lit.text.toLowerCase().replace(/\s+/g, '-') };
          start = lit.start;
        }
      }
      if (!unit && u.qualifier !== 'before' && !c.han) {
        const lit = literalAfter(s, unitEnd, c);
        if (lit) {
          unit = { type: u.type, qualifier: lit.text.toLowerCase().replace(/\s+/g, '-') };
          end = lit.end;
        }
      }
      if (!unit) continue;
      out.push({ start, end, entry: { key: unitKey(unit), type: 'dept', name: s.slice(start, end) }, unit });
    }
  }
  return out;
}

// ---------------------------------------------------------------- role chains

function countryOfDemonym(key: string): string {
  return key.replace(/-d$/, '').replace(/^saudi$/, 'saudi-arabia');
}

interface Chain {
  role?: Mention;
  org?: string;
  unit?: OrgUnit;
  country?: string;
  portfolio?: string;
  start?: number;
}

function mentionsIn(mentions: Mention[], a: number, b: number): Mention[] {
  return mentions.filter((m) => m.start >= a && m.end <= b);
}

const PLACEISH = new Set<GazType>(['country', 'place', 'demonym', 'city']);

/** Han writing: role chain right before `pos` (俄外交部北美司司长|达…): title, unit, ministry, country, portfolio. */
function roleChainBeforeHan(text: string, mentions: Mention[], pos: number, c: Compiled): Chain | null {
  let i = mentions.length - 1;
  while (i >= 0 && mentions[i].end > pos) i--;
  if (i < 0) return null;
  const gapOk = (a: number, b: number): boolean => /^[\s的]*$/.test(text.slice(a, b));
  if (!gapOk(mentions[i].end, pos)) return null;
  const ch: Chain = {};
  let start = pos;
  let cur = pos;
  for (; i >= 0; i--) {
    const m = mentions[i];
    if (!gapOk(m.end, cur)) break;
    const t = m.entry.type;
    if (t === 'role') {
      if (ch.role) break;
      ch.role = m;
    } else if (t === 'dept' || t === 'org') {
      if (!ch.role) break;
      if (!ch.org) {
        ch.org = m.entry.key;
        ch.unit = m.unit;
      }
    } else if (t === 'country' || t === 'demonym') {
      if (!ch.role) break;
      ch.country = countryOfDemonym(m.entry.key);
    } else if (t === 'city' || t === 'place') {
      if (!ch.role) break;
    } else break;
    start = m.start;
    cur = m.start;
  }
  if (!ch.role) return null;
  if (c.portfolio) {
    // 负责俄罗斯和中欧事务的副助理国务卿
    const pre = new RegExp(`${c.portfolio.source}([^，。；]{2,24}?)(?:事务|问题|地区)?的?$`, 'u').exec(text.slice(Math.max(0, start - 30), start));
    if (pre) {
      const a = start - pre[0].length;
      const keys = mentionsIn(mentions, a, start).filter((m) => PLACEISH.has(m.entry.type));
      // the portfolio's parts: listed places by key, others by their words (负责凯斯特里亚和北极事务)
      const parts = pre[1].split(/[和与及、,，]/).map((x) => x.replace(/(?:事务|问题|地区)$/, '').trim()).filter(Boolean);
      const partKeys = parts.map((part) => {
        const at = a + pre[0].indexOf(part);
        const listed = keys.filter((m) => m.start >= at && m.end <= at + part.length);
        return listed.length ? listed.map((m) => countryOfDemonym(m.entry.key)) : [part];
      });
      if (parts.length) {
        ch.portfolio = [...new Set(partKeys.flat())].sort().join('+');
        start = a;
      }
    }
  }
  ch.start = start;
  return ch;
}

/** Titles written after the name: 特朗普总统, 拉夫罗夫外长. */
function titleAfterHan(mentions: Mention[], end: number, c: Compiled): Chain | null {
  const m = mentions.find((x) => x.start === end);
  return m && m.entry.type === 'role' && c.rolesAfter.has(m.entry.key) ? { role: m } : null;
}

/** Role stated after a Latin name: "Ilse Varnholm, Russia's foreign minister" / "…, director of the Arctic Affairs Department". */
function roleAfterSpaced(text: string, mentions: Mention[], end: number): Chain | null {
  const tail = /^\s*,\s*(?:the\s+|a\s+)?/.exec(text.slice(end, end + 8));
  if (!tail) return null;
  const from = end + tail[0].length;
  const ch: Chain = {};
  let cur = from;
  const head = /^(?:head|chief|director|director-general|the head)\s+of\s+(?:the\s+)?/i.exec(text.slice(from, from + 24));
  if (head) {
    const dept = mentions.find(
      (m) => m.entry.type === 'dept' && m.start >= from + head[0].length && m.start - (from + head[0].length) <= 40 && /^[\p{L}\s'’]*$/u.test(text.slice(from + head[0].length, m.start)),
    );
    const entry = gazetteer().get('department-director', 'role');
    if (dept && entry) {
      ch.role = { start: from, end: from + head[0].length, entry };
      ch.org = dept.entry.key;
      ch.unit = dept.unit;
      cur = dept.end;
    }
  }
  for (const m of mentions) {
    if (m.start < cur) continue;
    const gap = text.slice(cur, m.start);
    const aff = ch.role ? /^\s*for\s+((?:[\p{L}]+\s+(?:and\s+)?){1,6})affairs/iu.exec(text.slice(cur, cur + 80)) : null;
    if (aff) {
      const keys = mentionsIn(mentions, cur, cur + aff[0].length).map((x) => countryOfDemonym(x.entry.key));
      if (keys.length) ch.portfolio = [...new Set(keys)].sort().join('+');
      break;
    }
    if (!/^[\s,]*(?:(?:of|the|for|at|in|'s|’s|and)\s*)*$/i.test(gap) && !/^(?:'s|’s)\s+$/.test(gap)) break;
    const t = m.entry.type;
    if (t === 'role') {
      if (ch.role) break;
      ch.role = m;
    } else if (t === 'dept' || t === 'org') {
      if (!ch.org) {
        ch.org = m.entry.key;
        ch.unit = m.unit;
      }
    } else if (t === 'country' || t === 'demonym') ch.country = ch.country ?? countryOfDemonym(m.entry.key);
    else break;
    cur = m.end;
    if (cur - from > 80) break;
  }
  return ch.role ? ch : null;
}

/** Spaced writing: title, optional country/unit/ministry, then the name (Vụ trưởng Vụ Đông Nam Á …, директор департамента …). */
function roleChainBeforeSpaced(text: string, mentions: Mention[], pos: number, c: Compiled): Chain | null {
  let i = mentions.length - 1;
  while (i >= 0 && mentions[i].end > pos) i--;
  let cur = pos;
  const ch: Chain = {};
  let start = pos;
  const cue = c.portfolio ? c.portfolio.source : '(?!)';
  const gapRe = new RegExp(`^[\\s,]*(?:(?:of|the|for|de|của|'s|’s|trước đây|tiền nhiệm|and|và|и|affairs|các vấn đề|vấn đề|${cue})\\s*)*$`, 'iu');
  for (; i >= 0; i--) {
    const m = mentions[i];
    const gap = text.slice(m.end, cur);
    if (!gapRe.test(gap)) break;
    const t = m.entry.type;
    if (t === 'role') {
      if (ch.role) break;
      ch.role = m;
    } else if (t === 'dept' || t === 'org') {
      // the department is more specific than the ministry it belongs to (директор департамента … МИД России)
      if (!ch.org || (m.unit && !ch.unit)) {
        ch.org = m.entry.key;
        ch.unit = m.unit;
      }
    } else if (PLACEISH.has(t)) {
      // places after the title and before the name are its country, or its portfolio after a cue (phụ trách Nga và Trung Âu)
      const between = text.slice(Math.max(0, m.start - 40), m.start);
      const portfolioCue = c.portfolio ? new RegExp(`(?:${cue})(?:[\\p{L}]+\\s+){0,4}$`, 'iu') : null;
      if ((portfolioCue && portfolioCue.test(between)) || /(?:affairs|vấn đề)/i.test(text.slice(m.end, m.end + 30))) {
        const k = countryOfDemonym(m.entry.key);
        ch.portfolio = ch.portfolio ? [k, ...ch.portfolio.split('+')].sort().join('+') : k;
      } else ch.country = ch.country ?? countryOfDemonym(m.entry.key);
    } else break;
    start = m.start;
    cur = m.start;
  }
  if (!ch.role) return null;
  ch.start = start;
  return ch;
}

function fillRole(v: PersonValue, chain: Chain | null): void {
  if (!chain?.role) return;
  v.role = chain.role.entry.key;
  // a generic foreign ministry (外交部, Bộ Ngoại giao) only becomes a key with its country: 俄 + 外交部 → russia-mfa
  let org = chain.org;
  if (org === 'mfa') org = chain.country ? `${chain.country}-mfa` : undefined;
  if (org) v.organization = org;
  if (chain.unit && org === unitKey(chain.unit)) v.orgUnit = chain.unit;
  if (chain.country) v.country = chain.country;
  if (chain.portfolio) v.portfolio = chain.portfolio;
}

// ---------------------------------------------------------------- venues and places

function ownerCountry(s: string, a: number, b: number, mentions: Mention[]): string | undefined {
  const m = mentions.filter((x) => COUNTRYISH.has(x.entry.type) && x.start >= a && x.end <= b).pop();
  return m ? countryOfDemonym(m.entry.key) : undefined;
}

function venues(s: string, c: Compiled, mentions: Mention[], out: Candidate[]): void {
  const taken: [number, number][] = [];
  for (const rule of c.rules.venues) venueRule(s, c, rule, mentions, out, taken);
}

function venueRule(s: string, c: Compiled, rule: VenueRule, mentions: Mention[], out: Candidate[], taken: [number, number][]): void {
  rule.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = rule.re.exec(s))) {
    if (!m[0]) {
      rule.re.lastIndex++;
      continue;
    }
    let a = m.index;
    const b = m.index + m[0].length;
    if (!c.han && a > 0 && isWordChar(s[a - 1])) continue;
    const g = m.groups ?? {};
    const owner = g.owner ?? g.owner2;
    const name = g.name ?? g.name2;
    // the venue word itself must not be a listed entity (白宫 White House, 克里姆林宫 Kremlin)
    const coreStart = a + (owner && m[0].startsWith(owner) ? owner.length : 0) + (name && m[0].includes(name) ? m[0].indexOf(name) + name.length : 0);
    if (mentions.some((x) => (x.entry.type === 'org' || x.entry.type === 'outlet') && x.start < b && x.end > coreStart)) continue;
    let country: string | undefined;
    // an owner before the venue word is trimmed to its country (驻X, the Kestrian embassy); one after it is its name
    if (owner && m[0].startsWith(owner)) {
      const oa = m.index;
      country = ownerCountry(s, oa, oa + owner.length, mentions);
      if (c.han) {
        const own = mentions.filter((x) => COUNTRYISH.has(x.entry.type) && x.start >= oa && x.end <= oa + owner.length).pop();
        a = own ? own.start : oa + owner.length;
        while (a < b && /\s/.test(s[a])) a++;
      } else if (!country) {
        // "the Kelmarsk embassy": an owner the lists do not know stays out of the span
        a = oa + owner.length;
        while (a < b && /\s/.test(s[a])) a++;
      }
    }
    if (owner && !country) {
      const oa = m.index + m[0].lastIndexOf(owner);
      country = ownerCountry(s, oa, oa + owner.length, mentions);
    }
    if (name && c.han) {
      // the venue's own name starts after the city or place named before it, and after 的/在/一家: 日内瓦天鹅酒店 → 天鹅酒店
      const na = m.index + m[0].indexOf(name);
      let from = na;
      for (const x of mentions) if (x.end > na && x.start < na + name.length && x.end <= na + name.length && x.end > from) from = x.end;
      const lead = /^.*[一家的在于个座和与]/.exec(s.slice(from, na + name.length));
      if (lead) from += lead[0].length;
      a = Math.max(a, from);
      if (rule.key === 'palace' && na + name.length - a < 2) continue;
    }
    if (taken.some(([x, y]) => a < y && b > x)) continue;
    taken.push([a, b]);
    const v: EntityValue & { country?: string } = { key: rule.key, name: s.slice(a, b), venue: true };
    if (country) v.country = country;
    out.push({ kind: 'place', start: a, end: b, value: v, priority: P_ENTITY });
  }
}

const PLACE_TYPES: ReadonlySet<GazType> = new Set(['city', 'country', 'place']);
const LISTED_TYPES: ReadonlySet<GazType> = new Set(['city', 'country', 'place', 'org', 'outlet']);

/** The listed entity an inflected word stands for (Москве → Москва, Кремле → Кремль), if any. */
function listedPlace(stem: string): GazEntry | undefined {
  for (const end of ['', 'а', 'я', 'ь', 'и']) {
    const form = stem + end;
    const lf = gazetteer().matchAt(form, form.toLowerCase(), 0, LISTED_TYPES);
    if (lf && lf.form.length === form.length) return lf.entry;
  }
  return undefined;
}

/** Places that no list contains, from context (在X举行, tại X, in X, в X), keyed by their sound sketch. */
function cuePlaces(s: string, c: Compiled, lang: string, mentions: Mention[], taken: Uint8Array, out: Candidate[]): void {
  const known = (a: number, b: number): boolean => mentions.some((x) => x.start < b && x.end > a);
  const add = (a: number, name: string): void => {
    const b = a + name.length;
    if (known(a, b) || taken[a] || out.some((o) => o.start < b && o.end > a)) return;
    const key = placeKey(name, lang);
    if (key.length < 3) return;
    out.push({ kind: 'place', start: a, end: b, value: { key, name }, priority: P_ENTITY });
  };
  for (const re of c.rules.placeCues) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const place = m.groups?.place;
      if (!place) continue;
      let a = m.index + m[0].lastIndexOf(place);
      let name = place;
      if (c.han) {
        // 在土耳其伊斯坦布尔举行: the place is the transliteration after any listed place
        const placeEnd = a + place.length;
        for (const x of mentions)
          if (x.start >= a && x.end <= placeEnd && x.end > a) {
            name = s.slice(x.end, placeEnd);
            a = x.end;
          }
        if (name.length < 2 || ![...name].every((ch) => c.nameChars.has(ch))) continue;
      } else {
        const words = name.split(/[\s-]+/);
        if (words.some((w) => latin().fn.has(w) || latin().notName.has(w.toLowerCase()))) continue;
        for (const e of c.rules.placeEndings ?? []) {
          if (name.length - e.length >= 4 && name.endsWith(e)) {
            name = name.slice(0, -e.length);
            break;
          }
        }
        // an inflected listed place (в Москве → Москва) keeps its key
        const listed = listedPlace(name);
        if (listed && !PLACE_TYPES.has(listed.type)) continue;
        if (listed) {
          if (!known(a, a + place.length)) out.push({ kind: 'place', start: a, end: a + place.length, value: { key: listed.key, name: listed.name }, priority: P_ENTITY });
          continue;
        }
      }
      add(a, name);
    }
  }
  if (c.han) {
    // a transliteration right after a country is a city of it: 土耳其伊斯坦布尔, 诺尔瓦尼亚凯尔马斯克
    for (const x of mentions) {
      if (x.entry.type !== 'country') continue;
      let e = x.end;
      while (e < s.length && c.nameChars.has(s[e]) && e - x.end < 7) e++;
      if (e - x.end < 2 || known(x.end, e)) continue;
      if (c.notNameAfter?.test(s.slice(e)) || mentions.some((y) => y.start === e && y.entry.type === 'role') || c.speech.test(s.slice(e)) || /^政府/.test(s.slice(e))) continue;
      add(x.end, s.slice(x.end, e));
    }
  }
}

// ---------------------------------------------------------------- persons

const LATIN_NAME = /\p{Lu}[\p{Ll}'’\-\p{Lu}]*(?:\s+(?:(?:bin|ibn|al|de|van|von|der|da|di|la|le)\s+)?\p{Lu}[\p{Ll}'’\-\p{Lu}]*)*/gu;
const VI_DIACRITIC = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Entity candidates of one statement. `s` is Simplified for Chinese. */
export function extractEntities(s: string, script: Script, lang: string): Candidate[] {
  const c = rulesFor(script, lang);
  const lex = gazetteer();
  const raw = lex.scan(s, ENTITY_TYPES);
  let mentions: Mention[] = [];
  for (const r of raw) {
    // 俄罗斯外交部长 / 外交部长: the ministry match must not swallow the minister
    if (c.han && r.lf.entry.type === 'org' && r.lf.form.endsWith('部') && s[r.end] === '长') {
      const isMfa = r.lf.form.endsWith('外交部');
      const roleStart = isMfa ? r.end - 3 : r.end - 1;
      const pre = lex.matchAt(s, s, r.start, COUNTRYISH);
      if (pre && r.start + pre.form.length <= roleStart) mentions.push({ start: r.start, end: r.start + pre.form.length, entry: pre.entry });
      const role = lex.get(isMfa ? 'foreign-minister' : 'minister', 'role');
      if (role) mentions.push({ start: roleStart, end: r.end + 1, entry: role });
      continue;
    }
    mentions.push({ start: r.start, end: r.end, entry: r.lf.entry });
  }
  // departments and bureaus by pattern replace the list matches inside them (北美司 holds 美)
  const units = findUnits(s, c, mentions);
  if (units.length) {
    mentions = mentions.filter((m) => !units.some((u) => m.start < u.end && m.end > u.start) || m.entry.type === 'role');
    mentions = mentions.filter((m) => !(m.entry.type === 'role' && units.some((u) => m.start >= u.start && m.end <= u.end)));
    mentions.push(...units);
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  // a one-character country abbreviation (俄, 美) counts only right before a title, a ministry or another name of it
  if (c.han) mentions = mentions.filter((m) => m.entry.type !== 'demonym' || m.end - m.start > 1 || mentions.some((x) => x !== m && x.start === m.end && x.entry.type !== 'demonym') || s[m.end] === '驻');

  const out: Candidate[] = [];
  const taken = new Uint8Array(s.length + 1);
  const persons: { start: number; end: number; value: PersonValue }[] = [];
  const overlapsPerson = (a: number, b: number): boolean => persons.some((p) => p.start < b && p.end > a);

  // venues first: a venue's words (驻X大使馆) hold no person, and the title inside 大使馆 / Đại sứ quán is not a title
  const placeCands: Candidate[] = [];
  venues(s, c, mentions, placeCands);
  const inVenue = (m: Mention): boolean => !COUNTRYISH.has(m.entry.type) && placeCands.some((v) => v.start <= m.start && v.end >= m.end);
  const addPerson = (start: number, end: number, name: string): PersonValue | null => {
    if (overlapsPerson(start, end) || placeCands.some((v) => v.start < end && v.end > start)) return null;
    const k = personKey(name, lang, mentions, start, end);
    const v: PersonValue = { key: k.key, name: k.name };
    persons.push({ start, end, value: v });
    for (let i = start; i < end; i++) taken[i] = 1;
    // the Latin original in parentheses after a Chinese name is the same person: 伊尔莎·瓦恩霍尔姆（Ilse Varnholm）
    if (c.han) {
      const par = /^\s*[（(]([A-Z][A-Za-z'’. -]+)[）)]/.exec(s.slice(end, end + 60));
      if (par) for (let i = end; i < end + par[0].length; i++) taken[i] = 1;
    }
    return v;
  };
  const commonNounAfter = (e: number): boolean => !!c.notNameAfter && c.notNameAfter.test(s.slice(e));

  // 1) Han writing: ·-joined names, names right after a title, transliterations before a speech verb
  if (c.han && c.nameChars.size) {
    const dot = /[\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,10})+/g;
    let m: RegExpExecArray | null;
    while ((m = dot.exec(s))) {
      // the given names may hold any character (亚历山大); the start is after the title or listed entity before it
      let begin = m.index;
      const firstDot = m[0].search(/[·•・‧]/) + m.index;
      for (const x of mentions) if (x.entry.type !== 'person' && x.end > begin && x.end <= firstDot) begin = x.end;
      while (begin < firstDot && (c.nameStops.has(s[begin]) || !c.nameChars.has(s[begin])) && firstDot - begin > 1) begin++;
      const lastDot = m.index + Math.max(...['·', '•', '・', '‧'].map((d) => m![0].lastIndexOf(d)));
      let end = lastDot + 1;
      while (end < s.length && c.nameChars.has(s[end]) && end - lastDot <= 10) end++;
      if (end - lastDot < 2 || begin >= firstDot) continue;
      if (commonNounAfter(end)) continue;
      if (!taken[begin]) addPerson(begin, end, s.slice(begin, end));
      dot.lastIndex = end;
    }
    for (const mm of mentions) {
      if (mm.entry.type === 'person' && !taken[mm.start]) addPerson(mm.start, mm.end, mm.entry.name);
    }
    for (const mm of mentions) {
      if (mm.entry.type !== 'role') continue;
      const p = mm.end;
      if (taken[p] || p >= s.length) continue;
      if (mentions.some((x) => x.start === p)) continue;
      let e = p;
      while (e < s.length && c.nameChars.has(s[e]) && e - p < 7) e++;
      if (e - p >= 2) {
        if (!commonNounAfter(e)) addPerson(p, e, s.slice(p, e));
        continue;
      }
      if (c.surnames.has(s[p]) && !c.generic.has(mm.entry.key) && !/^(?:周[一二三四五六日天末]|方[式面案向法针]|高[级度层]|金[融额钱]|马上|于是|万一|石油|江河)/.test(s.slice(p, p + 2))) {
        let n = 1;
        while (n < 3 && p + n < s.length && /[\u4e00-\u9fff]/.test(s[p + n]) && !c.nameStops.has(s[p + n])) n++;
        if (n >= 2) {
          const v = addPerson(p, p + n, s.slice(p, p + n));
          if (v) v.key = 'zh:' + s.slice(p, p + n);
        }
      }
    }
    // a transliterated name before a title written after names: 马罗夫总统, 伦达尔外长
    for (const mm of mentions) {
      if (mm.entry.type !== 'role' || !c.rolesAfter.has(mm.entry.key)) continue;
      let a = mm.start;
      while (a > 0 && c.nameChars.has(s[a - 1]) && mm.start - a < 6 && !taken[a - 1]) a--;
      if (mm.start - a < 2 || mentions.some((x) => x.start < mm.start && x.end > a)) continue;
      addPerson(a, mm.start, s.slice(a, mm.start));
    }
    // a transliterated name followed by a speech verb: 马罗夫会后形容, 伦达尔则表示
    if (c.speakerBefore) {
      c.speakerBefore.lastIndex = 0;
      let sm: RegExpExecArray | null;
      while ((sm = c.speakerBefore.exec(s))) {
        const a = sm.index;
        const b = a + sm[1].length;
        if (taken[a] || taken[b - 1] || (a > 0 && c.nameChars.has(s[a - 1]))) continue;
        if (mentions.some((x) => x.start < b && x.end > a)) continue;
        addPerson(a, b, sm[1]);
      }
    }
  }

  // 2) capitalised names (any spaced language, also Latin inside Chinese text)
  if (!c.han || /[A-Z]/.test(s)) {
    const L = latin();
    const words = s.match(/\p{L}+/gu) ?? [];
    const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    // a Title Case headline capitalizes every word: names there need a title, honorific or the gazetteer
    const titleCase = !c.han && words.length >= 4 && caps / words.length > 0.6;
    LATIN_NAME.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LATIN_NAME.exec(s))) {
      let start = m.index;
      let text = m[0];
      if (taken[start]) continue;
      let tokens = text.split(/\s+/);
      while (tokens.length && L.fn.has(tokens[0])) {
        start += tokens[0].length + (text.slice(tokens[0].length).length - text.slice(tokens[0].length).trimStart().length);
        text = text.slice(tokens[0].length).trimStart();
        tokens = tokens.slice(1);
      }
      while (tokens.length > 1 && (/['’]s$/.test(tokens[0]) || L.titles.has(tokens[0].replace(/\.$/, '')))) {
        const cut = text.indexOf(tokens[1], tokens[0].length);
        start += cut;
        text = text.slice(cut);
        tokens = tokens.slice(1);
      }
      while (tokens.length > 1 && L.titles.has(tokens[tokens.length - 1])) {
        const last = tokens.pop()!;
        text = text.slice(0, text.length - last.length).trimEnd();
      }
      if (/['’]s$/.test(text)) {
        text = text.slice(0, -2);
        tokens[tokens.length - 1] = tokens[tokens.length - 1].slice(0, -2);
      }
      if (!tokens.length || !text) continue;
      let end = start + text.length;
      const covering = mentions.filter((x) => x.start < end && x.end > start);
      const gazPerson = covering.find((x) => x.entry.type === 'person');
      if (covering.length && !gazPerson) {
        // listed entities first (a title, "Ngoại trưởng Nga"): the rest may still be a name
        const last = covering[covering.length - 1];
        if (last.end >= end) continue;
        const restStart = last.end + (s.slice(last.end, end).length - s.slice(last.end, end).trimStart().length);
        const rest = s.slice(restStart, end);
        if (!rest || !/^\p{Lu}/u.test(rest)) continue;
        start = restStart;
        text = rest;
        tokens = text.split(/\s+/);
        end = start + text.length;
      }
      if (gazPerson) {
        let s0 = start;
        for (const x of covering) if (x.entry.type !== 'person' && x.end <= gazPerson.start) s0 = Math.max(s0, x.end);
        while (s0 < gazPerson.start && /\s/.test(s[s0])) s0++;
        addPerson(s0, Math.max(end, gazPerson.end), s.slice(s0, Math.max(end, gazPerson.end)));
        continue;
      }
      const before = s.slice(Math.max(0, start - 12), start);
      const honor = !!c.honorific?.test(before);
      const chain = roleChainBeforeSpaced(s, mentions, start, c);
      if (tokens.some((t) => L.notName.has(t.replace(/['’]s$/, '').toLowerCase()))) continue;
      if (tokens.some((t) => t.length < 2) && !/^\p{Lu}\.?$/u.test(tokens[0])) continue;
      if (tokens.length === 1 && tokens[0].length < 3) continue;
      const foreignLooking = tokens.length >= 2 && !tokens.some((t) => VI_DIACRITIC.test(t)) && tokens.every((t) => t.length >= 2 && !/^[A-Z]{2,}$/.test(t));
      // "Bộ Ngoại giao Belmora": a single word right after an organization is its country, not a person
      const afterOrg = chain !== null && tokens.length === 1 && mentions.some((x) => (x.entry.type === 'org' || x.entry.type === 'dept') && /^\s*$/.test(s.slice(x.end, start)));
      // "Marov told reporters", "Rendahl described": a single capitalized word before a speech verb
      const speaker = tokens.length === 1 && (c.speech.test(s.slice(end, end + 24)) || c.speechBefore.test(s.slice(Math.max(0, start - 24), start)));
      const diacritics = tokens.some((t) => VI_DIACRITIC.test(t));
      const isName = honor || (chain !== null && tokens.length <= 4 && !afterOrg) || speaker || (foreignLooking && !titleCase && (!diacritics || tokens.length <= 3));
      void diacritics;
      if (!isName || tokens.length > 4) continue;
      if (chain === null && !honor && start === 0 && tokens.length < 2 && !speaker) continue;
      addPerson(start, end, text);
    }
  }

  // 3) roles, organizations and places from the gazetteer and the unit patterns
  for (const mm of mentions) {
    if (taken[mm.start] || inVenue(mm)) continue;
    const k = kindOf(mm.entry.type);
    if (!k || k === 'person') continue;
    const v: EntityValue & { orgUnit?: OrgUnit } = { key: mm.entry.key, name: mm.entry.name };
    if (mm.unit) v.orgUnit = mm.unit;
    out.push({ kind: k, start: mm.start, end: mm.end, value: v, priority: P_ENTITY });
  }

  // 4) places named by context
  cuePlaces(s, c, lang, mentions, taken, placeCands);
  out.push(...placeCands.filter((p) => !overlapsPerson(p.start, p.end)));

  // 5) attach titles, departments and portfolios to persons
  for (const p of persons) {
    const chain = c.han ? roleChainBeforeHan(s, mentions, p.start, c) ?? titleAfterHan(mentions, p.end, c) : roleChainBeforeSpaced(s, mentions, p.start, c) ?? roleAfterSpaced(s, mentions, p.end);
    fillRole(p.value, chain);
    out.push({ kind: 'person', start: p.start, end: p.end, value: p.value, priority: P_ENTITY });
  }
  return out;
}

function kindOf(type: GazType): 'person' | 'organization' | 'place' | 'role' | null {
  switch (type) {
    case 'person':
      return 'person';
    case 'org':
    case 'dept':
    case 'outlet':
      return 'organization';
    case 'country':
    case 'city':
    case 'place':
      return 'place';
    case 'role':
      return 'role';
    default:
      return null;
  }
}

/** Speech verbs of a language (for quote speakers): said, 表示, cho biết, заявил. */
export function speechVerbs(lang: string): readonly string[] {
  return packFor(lang).entities?.speechVerbs ?? [];
}
