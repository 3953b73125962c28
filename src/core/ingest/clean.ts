// Page-noise removal over blocks (lines of text files, block elements of HTML, feed items). General rules only:
// what a line IS (a header of a link list, a breadcrumb, a widget, a notice, a keyword farm, a time stamp, a repeat),
// never which file it came from.
import { isDateLine, findDate } from './dates';
import { stopwordDensity } from './stopwords';
import { type MappedText, concat, inserted, origAt, replaceAll, slice, trim } from './mapped';
import {
  DISCLAIMER_CONTAINS,
  DISCLAIMER_STARTS,
  EDITOR_LABELS,
  HOME_WORDS,
  LINK_PREFIXES,
  PROMO_PATTERNS,
  RELATED_HEADERS,
  SOURCE_LABELS,
  SPAM_WORDS,
  TAG_LABELS,
  WIDGETS,
  WIDGET_LABELS,
  FOOTER_LINKS,
} from './vocab';

export interface Block {
  t: MappedText;
  /** html tag of the block (p, h1, li, figcaption, ...) when known */
  tag?: string;
  /** share of the block's characters inside links (html) */
  linkDensity?: number;
  /** a blank line (or block boundary) precedes this block (text) */
  gapBefore?: boolean;
  /** cached comparison key */
  key?: string;
  /** a list item marked with a bullet in plain text */
  bullet?: boolean;
}

export interface Cleaned {
  title: MappedText | null;
  paragraphs: MappedText[];
  published: string | null;
  outlet: string | null;
  url: string | null;
  dateline: string | null;
  noise: number;
  reasons: Record<string, number>;
  /** outlet named by a copyright/masthead line or a bracketed source tag (weaker than a stated source) */
  masthead: string | null;
}

const relatedSet = new Set(RELATED_HEADERS.map((s) => s.toLowerCase()));
const widgetSet = new Set(WIDGETS.map((s) => s.toLowerCase()));
const BULLET = /^[\s•·●◦▪■□◆◇►▶▸‣⁃*\-–—>]+/u;
const TERMINAL = /[。！？!?.;；…]["”’」』)）]*$/u;
const SENTENCE_INSIDE = /[。！？；]|[.!?;](?:\s|$)/u;
const HAN_RE = /\p{Script=Han}/gu;

export function hanCount(s: string): number {
  return (s.match(HAN_RE) ?? []).length;
}

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f);
}

function isWordCode(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af)
  );
}

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const w = isWordCode(s.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

const sizeCache = new Map<string, number>();

/** Text size in "words": Han characters count ~1/2 word each. */
export function size(s: string): number {
  const hit = sizeCache.get(s);
  if (hit !== undefined) return hit;
  let han = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHanCode(c)) {
      han++;
      inWord = false;
      continue;
    }
    const w = isWordCode(c);
    if (w && !inWord) words++;
    inWord = w;
  }
  const v = han / 1.7 + words;
  if (sizeCache.size > 5000) sizeCache.clear();
  sizeCache.set(s, v);
  return v;
}

function normKey(s: string): string {
  return s
    .toLowerCase()
    .replace(BULLET, '')
    .replace(/[\s:：»›>→|\-–—.。…!！]+$/u, '')
    .trim();
}

function isPunctOrSpace(c: number): boolean {
  return (
    c <= 0x2f ||
    (c >= 0x3a && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0xbf && c !== 0xaa && c !== 0xb5 && c !== 0xba) ||
    c === 0xd7 ||
    c === 0xf7 ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x2190 && c <= 0x2bff) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    c === 0xfeff
  );
}

/** Comparison key: lower case without spaces and punctuation. */
export function squash(s: string): string {
  const lower = s.toLowerCase();
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    if (isPunctOrSpace(lower.charCodeAt(i))) {
      if (i > from) out += lower.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? lower : out + lower.slice(from);
}

export function isRelatedHeader(s: string): boolean {
  if (s.length > 40) return false;
  const k = normKey(s.replace(/\s*[(（[]\s*\d+\s*[)）\]]\s*$/, ''));
  if (relatedSet.has(k)) return true;
  // "More from Reuters", "相關閱讀 >>", "热点推荐 | 更多"
  const first = k.split(/\s*[|｜/]\s*/)[0];
  if (relatedSet.has(first)) return true;
  return /^(more from|more stories from|read more from|more in|xem thêm|đọc thêm)\b/.test(k) && !/[:：]/.test(k) && k.length < 40;
}

function splitCrumbs(s: string): string[] {
  return s
    .split(/\s*(?:>|»|›|＞|→|\||｜|\/)\s*|\s+[?·]\s+|\s{2,}[?·]?\s*/u)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Breadcrumb trail or site menu: short segments between separators, starting at "home" or three levels deep. */
export function breadcrumb(s: string): { site: string | null } | null {
  if (s.length > 120 || s.length < 3 || SENTENCE_INSIDE.test(s.replace(/\s\?\s/g, ' '))) return null;
  const segs = splitCrumbs(s);
  if (segs.length < 2) return null;
  if (segs.some((x) => x.length > 24 || wordCount(x) > 5)) return null;
  const lower = segs[0].toLowerCase();
  const home = HOME_WORDS.find((h) => lower.includes(h));
  if (!home && segs.length < 3) return null;
  if (!home && !/[>»›＞→|｜/]|\s[?·]\s/.test(s)) return null;
  const site = home ? segs[0].replace(new RegExp(home, 'i'), '').trim() : '';
  return { site: site.length >= 2 ? site : null };
}

const SPAM_RE = new RegExp(SPAM_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');

export function isSpam(s: string): boolean {
  const hits = new Set((s.match(SPAM_RE) ?? []).map((x) => x.toLowerCase())).size;
  const pics = /\[\d{1,3}\s*p\]/i.test(s);
  const seps = (s.match(/[_|｜]/g) ?? []).length;
  if (hits >= 1 && seps >= 3 && !SENTENCE_INSIDE.test(s)) return true;
  if ((hits >= 2 || pics) && !/[。；]/.test(s) && s.length < 120) return true;
  return hits >= 5;
}

export function isWidget(s: string): boolean {
  if (s.length <= 80 && FOOTER_LINKS.test(normKey(s))) return true;
  if (s.length > 100) return false;
  if (s.length > 60 && !WIDGET_LABELS.test(normKey(s))) return false;
  const k = normKey(s);
  if (!k) return true;
  if (widgetSet.has(k)) return true;
  if (/^[\d\s.,kK万萬+]+$/.test(k) && k.length <= 8) return true;
  // rows of widget words: "Facebook Twitter Email", "分享 收藏 打印"
  const parts = k.split(/[\s|｜/·,]+/).filter(Boolean);
  if (parts.length >= 2 && parts.length <= 8 && parts.every((p) => widgetSet.has(p))) return true;
  if (/^(分享|share|chia sẻ|поделиться)\b/i.test(k) && k.length <= 24) return true;
  // labelled rows: "Share this story: Facebook Twitter LinkedIn Email", "字級：小 中 大 ｜ 分享：Facebook LINE 複製連結"
  if (s.length <= 100 && WIDGET_LABELS.test(k)) {
    const rest = k.split(/[\s|｜/·,]+/).filter((p) => p && !/[:：]$/.test(p) && !WIDGET_LABELS.test(p + ':'));
    const widgety = rest.filter((p) => widgetSet.has(p.replace(/^.*[:：]/, '')) || /^\p{Script=Han}$/u.test(p) || WIDGET_LABELS.test(p));
    if (rest.length >= 2 && widgety.length >= rest.length * 0.6) return true;
  }
  // counters and relative times: "1.2K views", "阅读 1234", "2 giờ trước", "5分钟前"
  if (
    /^\d[\d.,]*\s*[kK万萬]?\s*(?:views?|reads?|likes?|shares?|comments?|lượt xem|lượt thích|bình luận|次阅读|次閱讀|阅读|閱讀|评论|評論|赞|讚|人阅读|人閱讀)$/iu.test(
      k,
    )
  )
    return true;
  if (/^(?:阅读|閱讀|评论|評論|点赞|點讚|浏览|瀏覽|views?|lượt xem)\s*[:：]?\s*\d[\d.,]*\s*[kK万萬]?$/iu.test(k)) return true;
  if (/^\d+\s*(?:phút|giờ|ngày|minutes?|mins?|hours?|hrs?|days?|分钟|分鐘|小时|小時|天)\s*(?:trước|ago|前)$/iu.test(k)) return true;
  return false;
}

export function isDisclaimer(s: string): boolean {
  const lower = s.slice(0, 40).toLowerCase().replace(BULLET, '');
  if (DISCLAIMER_STARTS.some((p) => lower.startsWith(p))) return true;
  if (s.length < 400 && DISCLAIMER_CONTAINS.some((p) => s.toLowerCase().includes(p))) return true;
  return /^(?:copyright\s*)?(?:©|\(c\))\s*\d{4}/i.test(lower);
}

const SOURCE_RE = new RegExp(String.raw`^\s*[(（\[]?\s*(?:${SOURCE_LABELS.join('|')})\s*[:：]\s*([^\n]{1,40}?)\s*[)）\]]?\s*$`, 'iu');
const EDITOR_RE = new RegExp(
  String.raw`^\s*[(（\[【]?\s*(?:${EDITOR_LABELS.join('|')})\s*[:：]|^\s*(?:by|reporting by|writing by|editing by|additional reporting by|compiled by|written by)\s+\p{Lu}`,
  'iu',
);

const LINK_RE = new RegExp(
  String.raw`^[\s•·●▪■►▶>*\-–—]*(?:${LINK_PREFIXES.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\s*(?:[:：»>›|｜-]|>>)\s*\S`,
  'iu',
);
const TAG_RE = new RegExp(String.raw`^\s*(?:${TAG_LABELS.join('|')})\s*[:：]`, 'iu');

/** A single "see also" link, prev/next link, tag list or promo line. */
export function isLinkLine(s: string): boolean {
  if (s.length > 200) return false;
  if (LINK_RE.test(s) && !TERMINAL.test(s.replace(/[?？]$/, ''))) return true;
  if (LINK_RE.test(s) && s.length < 120) return true;
  if (TAG_RE.test(s)) return true;
  return s.length < 240 && PROMO_PATTERNS.some((re) => re.test(s.trim()));
}

/** A menu row: many very short items separated by spaces, no sentence punctuation. */
export function isMenuLine(s: string): boolean {
  if (s.length > 120 || /[。，,.!?！？;；:：]/.test(s)) return false;
  // a row of short items between bars: "CONTINENTAL DISPATCH   World | Europe | Markets | Opinion   Sign in"
  const segs = s.split(/\s*[|｜]\s*/).filter((x) => x.trim());
  if (segs.length >= 4 && segs.every((x) => x.trim().split(/\s+/).length <= 4)) return true;
  const toks = s.split(/[\s|｜/·•]+/).filter(Boolean);
  if (toks.length < 4) return false;
  const han = toks.every((t) => /^[\p{Script=Han}A-Za-z0-9&]{1,6}$/u.test(t) && /\p{Script=Han}/u.test(t));
  if (han) return true;
  const stop = /^(a|an|the|of|to|in|for|on|with|and|or|at|by|from|without|after|before|over|as|is|are|was|says?|said)$/i;
  return toks.length >= 6 && toks.every((t) => /^[A-Z][\p{L}&-]{0,14}$/u.test(t) && !stop.test(t));
}

const INLINE_SOURCE_RE = new RegExp(String.raw`(?:${SOURCE_LABELS.join('|')})\s*[:：]\s*([^\s|｜/,，]{1,30})`, 'iu');

export function sourceLine(s: string): string | null {
  const m = SOURCE_RE.exec(s);
  if (!m) return null;
  const v = m[1].split(/\s{2,}|\s+(?:作者|記者|记者|author|by)\s*[:：]?/i)[0].trim();
  return v || null;
}

export function isMarkup(s: string): boolean {
  const t = s.trim();
  return (
    /^[-=*_~#]{3,}$/.test(t) ||
    /^<!--[\s\S]*-->$/.test(t) ||
    /^!\[[^\]]*\]\([^)]*\)$/.test(t) ||
    /^(?:https?:\/\/|www\.)\S+$/i.test(t) ||
    /^\S+\.(?:jpe?g|png|gif|webp|svg|bmp)(?:\?\S*)?$/i.test(t) ||
    /^<\/?[a-z][^>]*>$/i.test(t)
  );
}

function isExcerpt(s: string): boolean {
  return /(?:\.\.\.|…|\.\.\.\s*\])\s*$/.test(s);
}

export function bodyLike(s: string): boolean {
  return size(s) >= 14 && SENTENCE_INSIDE.test(s + ' ');
}

function titleLike(s: string): boolean {
  const n = size(s);
  return n >= 2 && n <= 40 && s.length <= 200 && !/[。．.;；]\s*$/.test(s) && !uiLine(s);
}

/** A control or widget label, never a headline: "↺ − 16 px", "Edit post", a row of share buttons. */
function uiLine(s: string): boolean {
  if (/^[^\p{L}\p{N}"“'‘«「『【(（[]/u.test(s.trim())) return true;
  if (/\b\d+\s*(?:px|pt|em|%)\b/i.test(s) && size(s) <= 6) return true;
  return isWidget(s) || isMenuLine(s);
}

/** The outlet named by a copyright or masthead line: "© 2026 Velmora Courier. All rights reserved." */
export function copyrightOutlet(s: string): string | null {
  const m = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?([^.,|·;:©]{2,48}?)\s*(?:[.,|·;]|all rights|版權所有|版权所有|$)/iu.exec(s.trim());
  if (!m) return null;
  const v = m[1].replace(/\b(?:inc|ltd|llc|gmbh|co)\b\.?$/i, '').trim();
  return v.length >= 2 && !/^\d+$/.test(v) && !/^(all rights|by)\b/i.test(v) ? v : null;
}

/** The outlet in a bracketed source tag opening a paragraph: 【青川日報】, 【Velmora Courier】. */
export function bracketOutlet(s: string): string | null {
  const m = /^\s*【([^【】]{2,16})】/u.exec(s);
  if (!m) return null;
  const v = m[1].trim();
  // an outlet-shaped name (agency, paper, network, station), not a topic tag such as 【独家】
  return /(?:社|网|網|报|報|台|新闻|新聞|时报|時報|日报|日報|周刊|週刊|通讯|通訊|电视|電視|广播|廣播|news|times|post|daily|press|tribune|herald|journal|radio|tv|báo|tin|газета|новости|радио)$/iu.test(v)
    ? v
    : null;
}

/** Fraction of `p`'s clause characters that also occur elsewhere in `rest`. */
function coverage(p: string, rest: string): number {
  const clauses = p
    .split(/[，,。.;；!！?？:：“”"、]+/)
    .map((c) => c.trim())
    .filter((c) => c.length >= 4);
  let total = 0;
  let covered = 0;
  for (const c of clauses) {
    total += c.length;
    if (rest.includes(c)) covered += c.length;
  }
  return total ? covered / total : 0;
}

const DATELINE_ZH =
  /^\s*[(（【]?\s*(?:新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视新闻|央視新聞|本报|本報|本网|本網|路透社|法新社|美联社|美聯社|共同社|塔斯社|环球网|環球網|[\p{Script=Han}]{1,4}?社)?\s*(?:记者\S{2,4}\s*)?([\p{Script=Han}]{2,6}?)(?:[、/／]([\p{Script=Han}]{2,6}?))?\s*(?:\d{1,2}月\d{1,2}日)?\s*(?:综合|綜合|专|專)?[电電]/u;
const DATELINE_EN =
  /^\s*([A-Z][A-Z .'-]{1,30}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:,\s*[A-Z][A-Za-z .]{1,20})?\s*(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([A-Za-z &.]+\))?\s*[—–-]{1,2}\s+\S/u;

export function findDateline(p: string): string | null {
  const zh = DATELINE_ZH.exec(p);
  if (zh && !/^(?:记者|記者)/.test(zh[1])) return zh[1];
  const en = DATELINE_EN.exec(p);
  if (en) {
    const w = en[1].trim();
    if (w.length >= 3 && !/^(The|A|An|In|On|At|But|And)$/i.test(w))
      return w === w.toUpperCase() ? w.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase()) : w;
  }
  return null;
}

/** Collapses whitespace runs inside a block and removes inline markdown link/emphasis syntax. */
export function tidyInline(m: MappedText): MappedText {
  let t = trim(m);
  if (/https?:\/\//.test(t.s)) t = replaceAll(t, /\s*https?:\/\/\S+?\.(?:jpe?g|png|gif|webp|svg|bmp)(?:\?\S*)?(?=\s|$)/gi, () => '').text;
  if (/[[*_`]/.test(t.s)) {
    t = replaceAll(t, /!\[[^\]]*\]\([^)]*\)/g, () => '').text;
    t = replaceAll(t, /\[([^\]\n]+)\]\((?:[^)\s]+)(?:\s+"[^"]*")?\)/g, (mt) => mt[1]).text;
    t = replaceAll(t, /(\*\*|__)(?=\S)([^*_\n]+?)\1/g, (mt) => mt[2]).text;
  }
  t = replaceAll(t, /[ \t\u00a0\u3000\u2000-\u200a\u202f]{2,}|[\t\u00a0\u2000-\u200a\u202f]/g, (mt) => (mt[0] === ' ' ? ' ' : ' ')).text;
  // a photo or source credit closing a caption: "… hôm 18/2. (Nguồn: Al Jazeera)", "…（图片来源：新华社）"
  if (/[)）\]]\s*$/.test(t.s)) t = replaceAll(t, CREDIT_TAIL, () => '').text;
  return trim(t);
}

const CREDIT_TAIL =
  /\s*[(（[]\s*(?:nguồn|ảnh|source|photo|picture|image|credit|foto|图片?来源|圖片?來源|来源|來源|图|圖|摄影?|攝影?|фото|источник)\s*[:：][^()（）[\]]{1,80}[)）\]]\s*$/iu;

export interface CleanHints {
  /** site name read from "Headline - Site" titles (weaker than a stated source) */
  siteOutlet?: string | null;
  title?: MappedText | null;
  url?: string | null;
  published?: string | null;
  outlet?: string | null;
}

/**
 * A run of bulleted items that are titles, not sentences (a list of links saved as text), is furniture, and so is a
 * short unpunctuated line heading it. Items that finish a sentence keep the run: a list of statements stays.
 */
function dropLinkLists(blocks: Block[], drop: (why: string) => void): void {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j < blocks.length && blocks[j].bullet) j++;
    const run = blocks.slice(i, j);
    const titles = run.filter((b) => !TERMINAL.test(b.t.s) && size(b.t.s) <= 30).length;
    if (run.length >= 4 && titles >= run.length * 0.7) {
      const head = out[out.length - 1];
      if (head && !head.bullet && size(head.t.s) <= 8 && !/[。.!?！？:：;；,，]/.test(head.t.s)) {
        out.pop();
        drop('related');
      }
      for (let k = 0; k < run.length; k++) drop('related');
      i = j;
      continue;
    }
    if (j > i) for (const b of run) out.push(b);
    else out.push(blocks[i]);
    i = Math.max(j, i + 1);
  }
  blocks.length = 0;
  for (const b of out) blocks.push(b);
}

/**
 * After the last paragraph of running text, plain-text captures end in page chrome ("Edit post", "All Newsletters
 * Arrow right", "Shop Now", a row of app badges). There, a line that neither finishes a sentence nor reads as
 * running text (stopword density, jusText's measure) is dropped. Lines inside the article are never judged so.
 */
function dropTrailingChrome(kept: Block[], drop: (why: string) => void): void {
  let last = -1;
  for (let i = kept.length - 1; i >= 0; i--)
    if (bodyLike(kept[i].t.s) && TERMINAL.test(kept[i].t.s)) {
      last = i;
      break;
    }
  if (last < 0) return;
  for (let i = kept.length - 1; i > last; i--) {
    const s = kept[i].t.s;
    if (kept[i].tag !== undefined || TERMINAL.test(s) || SENTENCE_INSIDE.test(s) || size(s) > 12) continue;
    const sw = stopwordDensity(s);
    if (sw.words >= 6 && sw.density >= CHROME_MIN_STOPWORDS) continue;
    kept.splice(i, 1);
    drop('chrome');
  }
}

/**
 * A trailing line of six or more words reads as running text at this stopword density. jusText uses 0.30–0.32 with
 * its own short lists; the stopwords-iso lists are broader (English: 1,298 words, "now", "right", "all" included),
 * so running text scores about 0.5 and a label row ("This audio is created with AI assistance") stays below.
 */
const CHROME_MIN_STOPWORDS = 0.5;

export function cleanBlocks(input: Block[], hints: CleanHints = {}): Cleaned {
  const reasons: Record<string, number> = {};
  const drop = (why: string) => {
    reasons[why] = (reasons[why] ?? 0) + 1;
  };
  let published = hints.published ?? null;
  let outlet = hints.outlet ?? null;
  const url = hints.url ?? null;
  let title = hints.title ?? null;
  let masthead: string | null = null;

  // tidy and join hard-wrapped lines
  const blocks: Block[] = [];
  for (const b of input) {
    const t = tidyInline(b.t);
    if (!t.s) continue;
    const prev = blocks[blocks.length - 1];
    if (
      prev &&
      !b.gapBefore &&
      b.tag === undefined &&
      prev.tag === undefined &&
      !TERMINAL.test(prev.t.s) &&
      SENTENCE_INSIDE.test(prev.t.s) &&
      size(prev.t.s) >= 20 &&
      size(t.s) >= 6 &&
      !isRelatedHeader(t.s) &&
      !isDisclaimer(t.s)
    ) {
      const sep = /[\p{Script=Han}]$/u.test(prev.t.s) && /^[\p{Script=Han}“「]/u.test(t.s) ? '' : ' ';
      prev.t = concat([prev.t, inserted(sep, origAt(t, 0)), t]);
      continue;
    }
    blocks.push({ ...b, t });
  }

  const kept: Block[] = [];
  let state: 'normal' | 'related' = 'normal';
  let section = { lines: 0, dates: false, excerpts: false, last: '' };
  let seenBody = false;
  // one-item-per-line menus: runs of 4+ very short lines without punctuation
  const shortLine = (x: Block) => x.tag !== 'tr' && x.t.s.length <= 12 && size(x.t.s) <= 3 && !/[。.!?！？:：]/.test(x.t.s) && !isDateLine(x.t.s);
  const menuless: Block[] = [];
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j < blocks.length && shortLine(blocks[j])) j++;
    if (j - i >= 4) for (let k = i; k < j; k++) drop('menu');
    else for (let k = i; k < Math.max(j, i + 1); k++) menuless.push(blocks[k]);
    i = Math.max(j, i + 1);
  }
  blocks.length = 0;
  for (const b of menuless) blocks.push(b);
  dropLinkLists(blocks, drop);
  const keys = blocks.map((b) => squash(b.t.s));
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    const s = b.t.s;
    if (state === 'normal' && isLinkLine(s) && !isRelatedHeader(s)) {
      drop('links');
      continue;
    }
    if (isRelatedHeader(s)) {
      state = 'related';
      section = { lines: 0, dates: false, excerpts: false, last: '' };
      drop('related');
      continue;
    }
    if (state === 'related') {
      let datesAhead = false;
      for (let k = bi + 1; k < Math.min(blocks.length, bi + 4); k++) {
        if (isRelatedHeader(blocks[k].t.s)) break;
        if (isDateLine(blocks[k].t.s)) datesAhead = true;
      }
      const resume =
        bodyLike(s) &&
        TERMINAL.test(s) &&
        keys[bi + 1] !== keys[bi] &&
        !datesAhead &&
        !section.dates &&
        !section.excerpts &&
        section.lines <= 12 &&
        squash(s) !== section.last &&
        (b.linkDensity ?? 0) < 0.5 &&
        !isExcerpt(s);
      if (!resume) {
        section.lines++;
        if (isDateLine(s)) section.dates = true;
        if (isExcerpt(s)) section.excerpts = true;
        section.last = squash(s);
        drop('related');
        continue;
      }
      state = 'normal';
    }
    if (s.length < 300 && isSpam(s)) {
      drop('spam');
      continue;
    }
    if (s.length > 60 && TERMINAL.test(s) && SENTENCE_INSIDE.test(s.slice(0, -1))) {
      // a finished paragraph of several clauses: only notices and credits can hide here
      if (isDisclaimer(s)) {
        masthead ??= copyrightOutlet(s);
        drop('notice');
        continue;
      }
      if (s.length <= 160 && EDITOR_RE.test(s)) {
        drop('byline');
        continue;
      }
      if (kept.length > 0) seenBody = true;
      kept.push({ ...b, key: keys[bi] });
      continue;
    }
    if (isDateLine(s) || (s.length <= 90 && !seenBody && findDate(s) && INLINE_SOURCE_RE.test(s))) {
      if (!published && !seenBody) published = findDate(s)?.iso ?? null;
      const src = INLINE_SOURCE_RE.exec(s);
      if (src && !outlet && !seenBody) outlet = src[1];
      drop('timestamp');
      continue;
    }
    const crumb = breadcrumb(s);
    if (crumb && !(title === null && !seenBody && kept.length === 0 && false)) {
      if (crumb.site && !outlet) outlet = crumb.site;
      drop('breadcrumb');
      continue;
    }
    if (isWidget(s)) {
      drop('widget');
      continue;
    }
    if (isMenuLine(s)) {
      drop('menu');
      continue;
    }
    if (isDisclaimer(s)) {
      masthead ??= copyrightOutlet(s);
      drop('notice');
      continue;
    }
    if (EDITOR_RE.test(s) && s.length <= 160) {
      drop('byline');
      continue;
    }
    if (isMarkup(s)) {
      drop('markup');
      continue;
    }
    const src = sourceLine(s);
    if (src) {
      if (!outlet) outlet = src;
      drop('source-line');
      continue;
    }
    if (isDateLine(s)) {
      if (!published && !seenBody) published = findDate(s)?.iso ?? null;
      drop('timestamp');
      continue;
    }
    if ((b.linkDensity ?? 0) >= 0.6 && !bodyLike(s)) {
      drop('links');
      continue;
    }
    if (isExcerpt(s) && (b.linkDensity ?? 0) > 0.3) {
      drop('links');
      continue;
    }
    if (bodyLike(s) && kept.length > 0) seenBody = true;
    kept.push({ ...b, key: keys[bi] });
  }

  dropTrailingChrome(kept, drop);

  // headline: given (html), or the first short, title-like block before any body paragraph
  let start = 0;
  if (!title) {
    const k = kept.findIndex((b) => bodyLike(b.t.s) && !titleLike(b.t.s));
    const limit = k < 0 ? Math.min(kept.length, 1) : Math.min(k, 3);
    for (let i = 0; i < limit; i++) {
      const b = kept[i];
      if (titleLike(b.t.s) && (b.tag === undefined || /^h[1-3]$/.test(b.tag) || b.tag === 'title')) {
        // a section label ("Thế Giới", "World") above the headline: the longer title-like line after it is the headline
        const next = kept[i + 1];
        const label = size(b.t.s) <= 3 && next && i + 1 < limit && titleLike(next.t.s) && size(next.t.s) >= 2 * size(b.t.s) + 2;
        title = label ? next.t : b.t;
        start = label ? i + 2 : i + 1;
        break;
      }
    }
  }
  let paras = kept.slice(start);
  if (title && start === 0) {
    // the given title may also open the body (h1 inside the content): drop the repeat
    const tk = squash(title.s);
    paras = paras.filter((b) => squash(b.t.s) !== tk);
  }

  // repeats: exact repeats of the headline or of an earlier paragraph; repeated lead/teaser paragraphs
  const seen = new Set<string>();
  const tkey = title ? squash(title.s) : '';
  const out: MappedText[] = [];
  for (const b of paras) {
    const k = b.key ?? squash(b.t.s);
    if (!k) {
      drop('empty');
      continue;
    }
    if (k === tkey || seen.has(k) || (tkey && k.length >= 8 && tkey.startsWith(k) && k.length > tkey.length * 0.8)) {
      drop('repeat');
      continue;
    }
    seen.add(k);
    out.push(b.t);
  }
  for (let i = 0; i < Math.min(3, out.length - 1); i++) {
    const p = out[i].s;
    if (size(p) < 12) continue;
    const rest = out
      .filter((_, j) => j !== i)
      .map((x) => x.s)
      .join('\n');
    if (coverage(p, rest) >= 0.75) {
      out.splice(i, 1);
      drop('repeated-lead');
      i--;
    }
  }

  let dateline: string | null = null;
  for (const p of out.slice(0, 3)) {
    dateline = findDateline(p.s);
    if (dateline) break;
  }
  const noise = Object.values(reasons).reduce((a, b) => a + b, 0) - (reasons.empty ?? 0);
  for (const p of out.slice(0, 3)) {
    const b = bracketOutlet(p.s);
    if (b) {
      masthead = b;
      break;
    }
  }
  return { title, paragraphs: out, published, outlet, url, dateline, noise, reasons, masthead };
}

export { slice };
