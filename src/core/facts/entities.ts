// Persons (with roles and organizations), organizations, places and venues.
// Keys are shared across scripts: gazetteer keys for known entities, `~SKETCH` (names.ts) for other persons.
import type { EntityValue } from '../model';
import type { Candidate, Script } from './common';
import { gazetteer, isWordChar, type GazEntry, type GazType } from './gazetteer';
import { nameSketch } from './names';

const P_ENTITY = 50;

/** Characters used in Chinese transliterations of foreign names (Simplified). */
const TRANSLIT =
  '阿埃艾爱安昂奥澳巴拔拜班邦保鲍贝本比彼毕宾滨波玻伯勃博布查察达戴丹道德登邓迪蒂丁东杜多厄恩尔法凡范菲费芬丰冯佛夫弗伏福盖甘冈戈哥格根古瓜哈海汉豪赫黑亨洪胡华霍基吉加贾杰捷金津卡凯坎康考柯科克肯孔库夸奎昆拉莱赖兰朗劳勒雷蕾里理利莉丽连列林琳隆卢鲁路伦罗洛马玛迈麦曼梅蒙米明莫默姆穆纳娜奈南内尼涅宁努诺欧帕潘庞佩彭皮珀普齐奇恰乔切钦琼丘萨塞桑瑟森沙莎尚舍什斯松苏索塔历山京叶翰逊可琼莉丽珀玛娜露黛珊妮茜薇娅琪瑞赛柯芬朱迪默霍莎蕾蒂贝泰坦汤唐特滕提廷托图瓦万威韦维温沃乌武西希锡席夏谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐娃姆茨丘楚科瓦热日若哲芙菲';
const TRANSLIT_SET = new Set(TRANSLIT);
const ZH_SPEAKER = new RegExp(`([${TRANSLIT}]{2,6})(?=(?:在会后|在会上|会后|随后|则|也|还|再次|当天|\\d{1,2}日)?(?:说|表示|称|指出|强调|形容|认为|补充|告诉|透露|介绍))`, 'g');
const DOT_NAME = new RegExp(`[${TRANSLIT}]{1,8}(?:[·•・‧][${TRANSLIT}]{1,10})+`, 'g');
/** Common Chinese surnames (for native names after a title: 记者熊丰, 主任王毅). */
const SURNAMES = new Set('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤温习');
const ZH_STOP = new Set('说表示称指出认为强调会见出席率领同与和在将于对就今日也曾则还都已并又所的了是被向以为等均日月年时率代及但这其');
/** Roles that are generic nouns (外交官, 专家) rather than titles placed before a name. */
const NO_NAME_ROLES = new Set(['diplomat', 'expert', 'minister', 'secretary', 'delegation-head']);
const SPEECH_AFTER_NAME = /^\s+(?:said|says|told|added|noted|stressed|described|warned|insisted|argued|wrote|replied|cho biết|nói|khẳng định|nhấn mạnh|tuyên bố)\b/i;
const HONORIFIC_VI = /(?:ông|bà|ngài|Ông|Bà|Ngài)\s+$/;
const HONORIFIC_EN = /(?:Mr\.|Mrs\.|Ms\.|Dr\.|Sir|Madam)\s+$/;
const LATIN_NAME = /\p{Lu}[\p{Ll}'’\-\p{Lu}]*(?:\s+(?:(?:bin|ibn|al|de|van|von|der|da|di|la|le)\s+)?\p{Lu}[\p{Ll}'’\-\p{Lu}]*)*/gu;
const VI_DIACRITIC = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
const LATIN_STOP = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'He', 'She', 'It', 'They', 'We', 'This', 'That', 'These', 'Those',
  'Các', 'Những', 'Một', 'Tin', 'Theo', 'Ngày', 'Hôm', 'Tuy', 'Trước', 'Sau', 'Phía', 'Cuộc', 'Hiện', 'Có', 'Ông', 'Bà',
  'Hãng', 'Phái', 'Báo', 'Trong', 'Khi', 'Đây', 'Nguồn', 'Notice', 'However', 'Meanwhile', 'After', 'Before', 'When',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Thứ', 'Chủ',
  'As', 'While', 'If', 'So', 'For', 'With', 'From', 'By', 'To', 'Of', 'Since', 'Although', 'Though', 'Because', 'During',
  'Despite', 'Under', 'Over', 'Among', 'Between', 'Then', 'Now', 'Today', 'Yesterday', 'Last', 'Next', 'Earlier', 'Later',
  'Also', 'Still', 'Even', 'Only', 'Many', 'Some', 'Most', 'All', 'Both', 'Each', 'Every', 'Other', 'Another', 'Such',
  'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Here', 'There', 'Our', 'Their', 'His', 'Her', 'Its', 'My', 'Your',
  'You', 'I', 'Mother', 'Father', 'Former', 'Late', 'New', 'Old',
]);
/** Titles written before a name (stripped from the name span). */
const LATIN_TITLES = new Set(
  'Mr Mrs Ms Dr Sir Lord Lady Dame Sen Senator Rep Gov Governor Gen General Col Capt Captain Lt Sgt Prof Professor Rev Judge Justice Detective Inspector Chief Officer Mayor Minister Secretary President Prince Princess King Queen Pope Father Sister Brother Mother-of-three Cha Mẹ Ngài Ông Bà'.split(' '),
);
/** Capitalized words that mark an institution, place, event or headline rather than a person's name. */
const NON_NAME_WORDS = new Set(
  (
    'parliament assembly commission members member act officer church hospital beach shop pharmacy den community conservative ' +
    'conservatives labour liberal democrat democrats republican republicans english welsh scottish irish british american ' +
    'russian chinese korean japanese french german ukrainian european african asian north south east west central general ' +
    'department ministry university council party committee court bank group company times news post club league airport ' +
    'street road bridge hotel school college institute foundation agency office service services force forces army navy ' +
    'house senate congress union federation republic kingdom state states city county province region island islands river ' +
    'lake mountain mountains sea ocean gulf bay park square palace center centre museum festival cup championship games ' +
    'olympics award awards prize day week tsunami quake earthquake storm hurricane capt inc ltd corp plc children hall ' +
    'station port valley desert coast border treaty accord agreement summit conference forum council minister ministers ' +
    'president secretary ambassador spokesman spokeswoman spokesperson talks war crisis market markets index exchange ' +
    'fund trust board authority police guard guards museum gallery theatre theater cathedral temple mosque ' +
    'save killing devastate struggle fall silent hundreds thousands dozens southern northern eastern western plains corners network ' +
    'society stadio stadium democratic arena wire dispatch photo herald tribune journal daily gazette press media channel radio reuters hiệp hội viện công ty ngân bệnh trường sân sông núi biển tỉnh quận huyện vịnh đảo học'
  ).split(' '),
);

const COUNTRYISH: ReadonlySet<GazType> = new Set(['country', 'demonym']);
const ENTITY_TYPES: ReadonlySet<GazType> = new Set(['country', 'city', 'place', 'org', 'dept', 'outlet', 'person', 'role', 'demonym']);

export interface PersonValue extends EntityValue {
  /** key of the area of responsibility stated with the role (负责俄罗斯和中欧事务 → central-europe+russia) */
  portfolio?: string;
  /** country key of the role (俄外长 → russia) */
  country?: string;
}

interface Mention {
  start: number;
  end: number;
  entry: GazEntry;
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

function countryOfDemonym(key: string): string {
  return key.replace(/-d$/, '').replace(/^saudi$/, 'saudi-arabia');
}

/** Role chain right before `pos` (zh: 俄外交部北大西洋司司长; vi/en: Russian Foreign Minister): returns role info. */
function roleChainBefore(text: string, mentions: Mention[], pos: number, script: Script): { role?: Mention; org?: string; country?: string; portfolio?: string; start: number } | null {
  let i = mentions.length - 1;
  while (i >= 0 && mentions[i].end > pos) i--;
  if (i < 0) return null;
  const gapOk = (a: number, b: number): boolean => {
    const gap = text.slice(a, b);
    if (script === 'zh') return /^[\s的]*$/.test(gap);
    return /^[\s,]*(?:(?:of|the|for|de|của|'s|’s)\s+)*$/i.test(gap) || /^\s*(?:trước đây|cũ|tiền nhiệm|mới)?\s*$/i.test(gap);
  };
  const first = mentions[i];
  if (!gapOk(first.end, pos)) {
    // vi: "Ngoại trưởng Nga Sergei Lavrov" — a country between role and name
    return null;
  }
  let role: Mention | undefined;
  let org: string | undefined;
  let country: string | undefined;
  let start = pos;
  let cur = pos;
  for (; i >= 0; i--) {
    const m = mentions[i];
    if (!gapOk(m.end, cur)) break;
    const t = m.entry.type;
    if (t === 'role') {
      if (role) break;
      role = m;
    } else if (t === 'dept' || t === 'org') {
      if (!role) break;
      org = org ?? m.entry.key;
    } else if (t === 'country' || t === 'demonym') {
      if (!role) break;
      country = countryOfDemonym(m.entry.key);
    } else if (t === 'city' || t === 'place') {
      if (!role) break;
    } else break;
    start = m.start;
    cur = m.start;
  }
  if (!role) return null;
  let portfolio: string | undefined;
  if (script === 'zh') {
    // 负责俄罗斯和中欧事务的副助理国务卿
    const pre = /负责([^，。；]{2,24}?)(?:事务|问题|地区)?的?$/.exec(text.slice(Math.max(0, start - 30), start));
    if (pre) {
      const keys = mentionsIn(mentions, start - pre[0].length, start).filter((m) => m.entry.type === 'country' || m.entry.type === 'place' || m.entry.type === 'demonym' || m.entry.type === 'city');
      if (keys.length) {
        portfolio = [...new Set(keys.map((m) => countryOfDemonym(m.entry.key)))].sort().join('+');
        start -= pre[0].length;
      }
    }
  }
  return { role, org, country, portfolio, start };
}

/** Titles that Chinese also writes after the name: 特朗普总统, 拉夫罗夫外长. */
const ZH_TITLES_AFTER = new Set(['president', 'prime-minister', 'foreign-minister', 'secretary-of-state', 'ambassador', 'minister']);

function zhTitleAfter(mentions: Mention[], end: number): { role?: Mention } | null {
  const m = mentions.find((x) => x.start === end);
  return m && m.entry.type === 'role' && ZH_TITLES_AFTER.has(m.entry.key) ? { role: m } : null;
}

function mentionsIn(mentions: Mention[], a: number, b: number): Mention[] {
  return mentions.filter((m) => m.start >= a && m.end <= b);
}

/** Role stated after a Latin name: "Sergei Lavrov, Russia's foreign minister" / "Coulter, deputy assistant secretary". */
function roleAfter(text: string, mentions: Mention[], end: number): { role?: Mention; org?: string; country?: string; portfolio?: string } | null {
  const tail = /^\s*,\s*(?:the\s+|a\s+)?/.exec(text.slice(end, end + 8));
  if (!tail) return null;
  const from = end + tail[0].length;
  let role: Mention | undefined;
  let org: string | undefined;
  let country: string | undefined;
  let portfolio: string | undefined;
  let cur = from;
  // "head of the North America Department" / "director of ..." names a department director
  const head = /^(?:head|chief|director|director-general|the head)\s+of\s+(?:the\s+)?/i.exec(text.slice(from, from + 24));
  if (head) {
    // the department may follow its ministry: "head of the foreign ministry's North America Department"
    const dept = mentions.find(
      (m) => m.entry.type === 'dept' && m.start >= from + head[0].length && m.start - (from + head[0].length) <= 40 && /^[\p{L}\s'’]*$/u.test(text.slice(from + head[0].length, m.start)),
    );
    const entry = gazetteer().get('department-director', 'role');
    if (dept && entry) {
      role = { start: from, end: from + head[0].length, entry };
      org = dept.entry.key;
      cur = dept.end;
    }
  }
  for (const m of mentions) {
    if (m.start < cur) continue;
    const gap = text.slice(cur, m.start);
    // "… for Russian and Central European affairs": the places are the role's portfolio
    const aff = role ? /^\s*for\s+((?:[\p{L}]+\s+(?:and\s+)?){1,6})affairs/iu.exec(text.slice(cur, cur + 80)) : null;
    if (aff) {
      const keys = mentionsIn(mentions, cur, cur + aff[0].length).map((x) => countryOfDemonym(x.entry.key));
      if (keys.length) portfolio = [...new Set(keys)].sort().join('+');
      break;
    }
    if (!/^[\s,]*(?:(?:of|the|for|at|in|'s|’s|and)\s*)*$/i.test(gap) && !/^(?:'s|’s)\s+$/.test(gap)) break;
    const t = m.entry.type;
    if (t === 'role') {
      if (role) break;
      role = m;
    } else if (t === 'dept' || t === 'org') org = org ?? m.entry.key;
    else if (t === 'country' || t === 'demonym') country = country ?? countryOfDemonym(m.entry.key);
    else break;
    cur = m.end;
    if (cur - from > 80) break;
  }
  if (!role) return null;
  return { role, org, country, portfolio };
}

/** vi/en: role, optional country/org, then the name: "Ngoại trưởng Nga Sergei Lavrov", "Deputy Assistant Secretary of State Sonata Coulter". */
function roleChainBeforeLatin(text: string, mentions: Mention[], pos: number): { role?: Mention; org?: string; country?: string; portfolio?: string; start: number } | null {
  let i = mentions.length - 1;
  while (i >= 0 && mentions[i].end > pos) i--;
  let cur = pos;
  let role: Mention | undefined;
  let org: string | undefined;
  let country: string | undefined;
  let start = pos;
  let portfolio: string | undefined;
  for (; i >= 0; i--) {
    const m = mentions[i];
    const gap = text.slice(m.end, cur);
    if (!/^[\s,]*(?:(?:of|the|for|de|của|'s|’s|trước đây|tiền nhiệm|phụ trách|and|và|affairs|các vấn đề|vấn đề)\s*)*$/i.test(gap)) break;
    const t = m.entry.type;
    if (t === 'role') {
      if (role) break;
      role = m;
    } else if (t === 'dept' || t === 'org') org = org ?? m.entry.key;
    else if (t === 'country' || t === 'demonym' || t === 'place' || t === 'city') {
      // places after the role and before the name are the role's country (vi) or portfolio (phụ trách Nga và Trung Âu)
      const between = text.slice(Math.max(0, m.start - 40), m.start);
      if (/(?:phụ trách|for)\s+(?:[\p{L}]+\s+){0,4}$/iu.test(between) || /(?:affairs|vấn đề)/i.test(text.slice(m.end, m.end + 30))) {
        portfolio = portfolio ? [countryOfDemonym(m.entry.key), ...portfolio.split('+')].sort().join('+') : countryOfDemonym(m.entry.key);
      } else country = country ?? countryOfDemonym(m.entry.key);
    } else break;
    start = m.start;
    cur = m.start;
  }
  if (!role) return null;
  return { role, org, country, portfolio, start };
}

function fillRole(v: PersonValue, chain: { role?: Mention; org?: string; country?: string; portfolio?: string } | null): void {
  if (!chain?.role) return;
  v.role = chain.role.entry.key;
  // generic bodies (外交部, embassy) only count when the country makes them specific: 俄 + 外交部 → russia-mfa
  let org = chain.org;
  if (org === 'mfa' || org === 'embassy') {
    const specific = chain.country ? `${chain.country}-${org}` : undefined;
    org = specific && (gazetteer().get(specific, 'org') || org === 'embassy') ? specific : undefined;
  }
  if (org) v.organization = org;
  if (chain.country) v.country = chain.country;
  if (chain.portfolio) v.portfolio = chain.portfolio;
}

let sketchToKey: Map<string, string> | null = null;
let sketchLexicon: unknown = null;

/** Gazetteer persons by the sketch of their family name (unambiguous sketches of 3+ classes only). */
function knownBySketch(sketch: string): string | undefined {
  if (!sketchToKey || sketchLexicon !== gazetteer()) {
    sketchLexicon = gazetteer();
    const m = new Map<string, string>();
    const bad = new Set<string>();
    for (const lf of gazetteer().forms()) {
      if (lf.entry.type !== 'person') continue;
      const sk = nameSketch(lf.form, 'und');
      if (sk.length < 3) continue;
      const prev = m.get(sk);
      if (prev && prev !== lf.entry.key) bad.add(sk);
      else m.set(sk, lf.entry.key);
    }
    for (const b of bad) m.delete(b);
    sketchToKey = m;
  }
  return sketchToKey.get(sketch);
}

/** Key of a person name the gazetteer does not list: a known person with the same sketch, else `~SKETCH`. */
function unknownPersonKey(name: string, lang: string): string {
  const sk = nameSketch(name, lang);
  return knownBySketch(sk) ?? '~' + sk;
}

/** Entity candidates of one statement. `s` is Simplified for Chinese. */
export function extractEntities(s: string, script: Script, lang: string): Candidate[] {
  const lex = gazetteer();
  const raw = lex.scan(s, ENTITY_TYPES);
  const mentions: Mention[] = [];
  for (const r of raw) {
    // 俄罗斯外交部长 / 外交部长: the ministry match must not swallow the minister
    if (script === 'zh' && r.lf.entry.type === 'org' && r.lf.form.endsWith('部') && s[r.end] === '长') {
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
  const out: Candidate[] = [];
  const taken = new Uint8Array(s.length + 1);
  const persons: { start: number; end: number; value: PersonValue }[] = [];

  const addPerson = (start: number, end: number, key: string, name: string): PersonValue => {
    const v: PersonValue = { key, name };
    persons.push({ start, end, value: v });
    for (let k = start; k < end; k++) taken[k] = 1;
    // the Latin original in parentheses after a Chinese name is the same person: 索纳塔·库尔特（Sonata Coulter）
    if (script === 'zh') {
      const par = /^\s*[（(]([A-Z][A-Za-z'’. -]+)[）)]/.exec(s.slice(end, end + 60));
      if (par) for (let k = end; k < end + par[0].length; k++) taken[k] = 1;
    }
    return v;
  };

  // 1) Chinese: ·-joined transliterations, gazetteer persons, names right after a role
  if (script === 'zh') {
    DOT_NAME.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DOT_NAME.exec(s))) {
      let end = m.index + m[0].length;
      let begin = m.index;
      const inner = mentions.find((x) => x.entry.type === 'person' && x.start < end && x.end > m!.index);
      if (inner && inner.end > end) end = inner.end;
      if (inner && inner.start < begin) begin = inner.start;
      if (taken[begin]) continue;
      const key = inner ? inner.entry.key : unknownPersonKey(m[0], lang);
      addPerson(begin, end, key, inner ? inner.entry.name : m[0]);
      DOT_NAME.lastIndex = end;
    }
    for (const mm of mentions) {
      if (mm.entry.type === 'person' && !taken[mm.start]) addPerson(mm.start, mm.end, mm.entry.key, mm.entry.name);
    }
    for (const mm of mentions) {
      if (mm.entry.type !== 'role') continue;
      const p = mm.end;
      if (taken[p] || p >= s.length) continue;
      if (mentions.some((x) => x.start === p)) continue;
      let e = p;
      while (e < s.length && TRANSLIT_SET.has(s[e]) && e - p < 7) e++;
      if (e - p >= 2) {
        addPerson(p, e, unknownPersonKey(s.slice(p, e), lang), s.slice(p, e));
        continue;
      }
      if (SURNAMES.has(s[p]) && !NO_NAME_ROLES.has(mm.entry.key) && !/^(?:周[一二三四五六日天末]|方[式面案向法针]|高[级度层]|金[融额钱]|马上|于是|万一|石油|江河)/.test(s.slice(p, p + 2))) {
        let n = 1;
        while (n < 3 && p + n < s.length && /[\u4e00-\u9fff]/.test(s[p + n]) && !ZH_STOP.has(s[p + n])) n++;
        if (n >= 2) addPerson(p, p + n, 'zh:' + s.slice(p, p + n), s.slice(p, p + n));
      }
    }
    // a transliterated name followed by a speech verb: 马罗夫会后形容, 伦达尔则表示
    ZH_SPEAKER.lastIndex = 0;
    let sm: RegExpExecArray | null;
    while ((sm = ZH_SPEAKER.exec(s))) {
      const a = sm.index;
      const b = a + sm[1].length;
      if (taken[a] || taken[b - 1] || (a > 0 && TRANSLIT_SET.has(s[a - 1]))) continue;
      if (mentions.some((x) => x.start < b && x.end > a)) continue;
      addPerson(a, b, unknownPersonKey(sm[1], lang), sm[1]);
    }
  }

  // 2) Latin-script names (any language, also Latin inside Chinese text)
  if (script !== 'zh' || /[A-Z]/.test(s)) {
    // a Title Case headline capitalizes every word: names there need a title, honorific or the gazetteer
    const words = s.match(/\p{L}+/gu) ?? [];
    const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    const titleCase = script !== 'zh' && words.length >= 4 && caps / words.length > 0.6;
    LATIN_NAME.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LATIN_NAME.exec(s))) {
      let start = m.index;
      let text = m[0];
      if (taken[start]) continue;
      // drop sentence-initial function words and leading gazetteer non-person entities
      let tokens = text.split(/\s+/);
      while (tokens.length && LATIN_STOP.has(tokens[0])) {
        start += tokens[0].length + (text.slice(tokens[0].length).length - text.slice(tokens[0].length).trimStart().length);
        text = text.slice(tokens[0].length).trimStart();
        tokens = tokens.slice(1);
      }
      // leading possessives and titles: "Liverpool's Daniel Sturridge", "Sen. Chris Coons", "Detective Inspector Brian O'Hagan"
      while (tokens.length > 1 && (/['’]s$/.test(tokens[0]) || LATIN_TITLES.has(tokens[0].replace(/\.$/, '')))) {
        const cut = text.indexOf(tokens[1], tokens[0].length);
        start += cut;
        text = text.slice(cut);
        tokens = tokens.slice(1);
      }
      while (tokens.length > 1 && LATIN_TITLES.has(tokens[tokens.length - 1])) {
        const last = tokens.pop()!;
        text = text.slice(0, text.length - last.length).trimEnd();
      }
      // trailing possessive: "Joko's" → "Joko"
      if (/['’]s$/.test(text)) {
        text = text.slice(0, -2);
        tokens[tokens.length - 1] = tokens[tokens.length - 1].slice(0, -2);
      }
      if (!tokens.length || !text) continue;
      const end = start + text.length;
      const covering = mentions.filter((x) => x.start < end && x.end > start);
      const gazPerson = covering.find((x) => x.entry.type === 'person');
      if (covering.length && !gazPerson) {
        // all gazetteer: a place/org/role (or "Ngoại trưởng Nga" role+country); the rest may still be a name
        const last = covering[covering.length - 1];
        if (last.end >= end) continue;
        const restStart = last.end + (s.slice(last.end, end).length - s.slice(last.end, end).trimStart().length);
        const rest = s.slice(restStart, end);
        if (!rest || !/^\p{Lu}/u.test(rest)) continue;
        start = restStart;
        text = rest;
        tokens = text.split(/\s+/);
      }
      if (gazPerson) {
        // extend to the whole capitalized run (Sergei Lavrov) but keep the known key
        // from the first capitalized token after any non-person entity (Nga Sergei Lavrov → Sergei Lavrov)
        let s0 = start;
        for (const x of covering) if (x.entry.type !== 'person' && x.end <= gazPerson.start) s0 = Math.max(s0, x.end);
        while (s0 < gazPerson.start && /\s/.test(s[s0])) s0++;
        const e0 = Math.max(end, gazPerson.end);
        addPerson(s0, e0, gazPerson.entry.key, gazPerson.entry.name);
        continue;
      }
      const before = s.slice(Math.max(0, start - 12), start);
      const honor = (script === 'vi' && HONORIFIC_VI.test(before)) || HONORIFIC_EN.test(before);
      const chain = roleChainBeforeLatin(s, mentions, start);
      if (tokens.some((t) => NON_NAME_WORDS.has(t.replace(/['’]s$/, '').toLowerCase()))) continue;
      if (tokens.some((t) => t.length < 2) && !/^\p{Lu}\.?$/u.test(tokens[0])) continue;
      if (tokens.length === 1 && tokens[0].length < 3) continue;
      const foreignLooking = tokens.length >= 2 && !tokens.some((t) => VI_DIACRITIC.test(t)) && tokens.every((t) => t.length >= 2 && !/^[A-Z]{2,}$/.test(t));
      // "Bộ Ngoại giao Belmora": a single word right after an organization is its country, not a person
      const afterOrg = chain !== null && tokens.length === 1 && mentions.some((x) => (x.entry.type === 'org' || x.entry.type === 'dept') && /^\s*$/.test(s.slice(x.end, start)));
      // "Marov told reporters", "Rendahl described": a single capitalized word before a speech verb
      const speaker = tokens.length === 1 && SPEECH_AFTER_NAME.test(s.slice(start + text.length, start + text.length + 24));
      const isName = honor || (chain !== null && tokens.length <= 4 && !afterOrg) || speaker || (foreignLooking && !titleCase && (script !== 'vi' || tokens.length <= 3));
      if (!isName) continue;
      if (tokens.length > 4) continue;
      if (chain === null && !honor && script === 'en' && start === 0 && tokens.length < 2) continue;
      addPerson(start, start + text.length, unknownPersonKey(text, lang), text);
    }
  }

  // 3) roles, organizations and places from the gazetteer
  for (const mm of mentions) {
    if (taken[mm.start]) continue;
    const k = kindOf(mm.entry.type);
    if (!k || k === 'person') continue;
    const v: EntityValue = { key: mm.entry.key, name: mm.entry.name };
    out.push({ kind: k, start: mm.start, end: mm.end, value: v, priority: P_ENTITY });
  }

  // 4) venues: consulate residences, embassies (they replace the generic 'embassy' mention they cover)
  const venueCands: Candidate[] = [];
  venues(s, script, mentions, venueCands);
  for (let k = out.length - 1; k >= 0; k--) {
    const c = out[k];
    if ((c.value as EntityValue).key === 'embassy' && venueCands.some((v) => v.start <= c.start && v.end >= c.end)) out.splice(k, 1);
  }
  out.push(...venueCands);

  // 5) attach roles to persons
  for (const p of persons) {
    const chain = script === 'zh' ? roleChainBefore(s, mentions, p.start, script) ?? zhTitleAfter(mentions, p.end) : roleChainBeforeLatin(s, mentions, p.start) ?? roleAfter(s, mentions, p.end);
    fillRole(p.value, chain);
    out.push({ kind: 'person', start: p.start, end: p.end, value: p.value, priority: P_ENTITY });
  }
  return out;
}

const ZH_RESIDENCE = /(美国|俄罗斯|美|俄)?\s*(?:驻\s*([\u4e00-\u9fff]{2,6}?)\s*)?(总)?领事(?:馆)?\s*(?:[\u4e00-\u9fff]{0,4}的)?(官邸|住所|寓所)/g;
const ZH_EMBASSY = /(美国|俄罗斯|中国|乌克兰|美|俄|中)?\s*(?:驻\s*([\u4e00-\u9fff]{2,6}?)\s*)?(?:大)?使馆/g;
const LATIN_RESIDENCE = /(?:(U\.S\.|US|American|Russian)\s+)?consul(?:ate)?[\s-]general(?:'s|’s)?\s+(?:official\s+)?residence|residence\s+of\s+(?:the\s+)?(?:(U\.S\.|US|American|Russian|[A-Z][a-z]+)(?:'s|’s)?\s+)?consul[\s-]general|(?:dinh thự|tư dinh|nơi ở)(?:\s+của)?\s+(?:ngài\s+)?Tổng lãnh sự(?:\s+(Mỹ|Nga))?/gi;
const LATIN_EMBASSY = /(?:(U\.S\.|US|American|Russian|Chinese)\s+)?embassy(?:\s+in\s+([A-Z][a-z]+))?|Đại sứ quán(?:\s+(Mỹ|Nga|Trung Quốc|Việt Nam))?(?:\s+tại\s+([A-Z][\p{L}]+))?/giu;

function countryKey(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w === '美国' || w === '美' || w === 'u.s.' || w === 'us' || w === 'american' || w === 'mỹ') return 'us';
  if (w === '俄罗斯' || w === '俄' || w === 'russian' || w === 'nga') return 'russia';
  if (w === '中国' || w === '中' || w === 'chinese' || w === 'trung quốc') return 'china';
  if (w === '乌克兰') return 'ukraine';
  if (w === 'việt nam') return 'vietnam';
  return undefined;
}

const ZH_HOTEL = /(?:[\u4e00-\u9fff]{0,6}?)(?:酒店|饭店|宾馆)/g;
const LATIN_HOTEL = /\b(?:Hotel(?:\s+(?:de|des|du|la|le|am|an)?\s*[A-Z][\p{L}'’-]+){1,3}|(?:[A-Z][\p{L}'’-]+\s+){1,3}Hotel|khách sạn(?:\s+[A-Z][\p{L}'’-]+){0,3}|hotel)\b/gu;

function venues(s: string, script: Script, mentions: Mention[], out: Candidate[]): void {
  let m: RegExpExecArray | null;
  // hotels: one venue type across languages (the hotel's own name rarely survives translation)
  const hotelRe = script === 'zh' ? ZH_HOTEL : LATIN_HOTEL;
  if (script === 'zh' ? /酒店|饭店|宾馆/.test(s) : /hotel|khách sạn/i.test(s)) {
    hotelRe.lastIndex = 0;
    while ((m = hotelRe.exec(s))) {
      let a = m.index;
      // a Chinese hotel name starts after the city or place named before it: 日内瓦天鹅酒店 → 天鹅酒店
      if (script === 'zh') {
        const city = mentions.find((x) => x.start >= a && x.end < m!.index + m![0].length);
        if (city) a = city.end;
        const lead = /^.*[一家的在于个座]/.exec(s.slice(a, m.index + m[0].length - 2));
        if (lead) a += lead[0].length;
      }
      out.push({ kind: 'place', start: a, end: m.index + m[0].length, value: { key: 'hotel', name: 'hotel', venue: true }, priority: P_ENTITY });
    }
  }
  const cityIn = (a: number, b: number): string | undefined => mentions.find((x) => x.start >= a && x.end <= b && x.entry.type === 'city')?.entry.key;
  if (script === 'zh') {
    ZH_RESIDENCE.lastIndex = 0;
    while ((m = ZH_RESIDENCE.exec(s))) {
      const c = countryKey(m[1]);
      const city = cityIn(m.index, m.index + m[0].length);
      const v: EntityValue & { country?: string; city?: string } = { key: 'consul-general-residence', name: 'consul general’s residence', venue: true };
      if (c) v.country = c;
      if (city) v.city = city;
      out.push({ kind: 'place', start: m.index, end: m.index + m[0].length, value: v, priority: P_ENTITY });
    }
    ZH_EMBASSY.lastIndex = 0;
    while ((m = ZH_EMBASSY.exec(s))) {
      const c = countryKey(m[1]);
      if (!c) continue;
      out.push({ kind: 'organization', start: m.index, end: m.index + m[0].length, value: { key: `${c}-embassy`, name: `${c} embassy` }, priority: P_ENTITY });
    }
    return;
  }
  LATIN_RESIDENCE.lastIndex = 0;
  while ((m = LATIN_RESIDENCE.exec(s))) {
    const c = countryKey(m[1] ?? m[2] ?? m[3]);
    const v: EntityValue & { country?: string } = { key: 'consul-general-residence', name: 'consul general’s residence', venue: true };
    if (c) v.country = c;
    out.push({ kind: 'place', start: m.index, end: m.index + m[0].length, value: v, priority: P_ENTITY });
  }
  LATIN_EMBASSY.lastIndex = 0;
  while ((m = LATIN_EMBASSY.exec(s))) {
    if (m.index > 0 && isWordChar(s[m.index - 1])) continue;
    const c = countryKey(m[1] ?? m[3]);
    if (!c) continue;
    out.push({ kind: 'organization', start: m.index, end: m.index + m[0].length, value: { key: `${c}-embassy`, name: `${c} embassy` }, priority: P_ENTITY });
  }
}
