// HTML through a real parser (htmlparser2) into a light tree that keeps source offsets, then a readability-style
// main-content pick (paragraph scores propagated to ancestors, link density, class/id hints) and block emission.
import { Parser } from 'htmlparser2';
import { boundedNesting } from './depth';
import { type Block, sourceLine } from './clean';
import { isDateLine } from './dates';
import { type MappedText, concat, fromOriginal, inserted, origAt, trim } from './mapped';

export interface HNode {
  name: string;
  attrs: Record<string, string>;
  children: (HNode | HText)[];
  parent: HNode | null;
  start: number;
  // scoring
  textLen?: number;
  linkLen?: number;
  commas?: number;
  score?: number;
  removed?: boolean;
}
export interface HText {
  text: string;
  start: number;
  exact: boolean;
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'embed',
  'canvas',
  'button',
  'select',
  'option',
  'textarea',
  'input',
  'math',
  'video',
  'audio',
  'map',
]);
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'figcaption',
  'figure',
  'pre',
  'td',
  'th',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'dd',
  'dt',
  'dl',
  'form',
  'br',
  'hr',
  'address',
  'center',
  'title',
  'caption',
  'summary',
  'details',
  'body',
  'html',
  'head',
  'time',
]);
const NEGATIVE =
  /(^|[\s_-])(comment|comments|meta-?bar|footer|footnote|masthead|sidebar|side-bar|sponsor|ad|ads|adv|advert|advertisement|banner|breadcrumbs?|crumbs?|combx|community|disqus|extra|legends|menu|related|relate|remark|replies|rss|shoutbox|skyscraper|social|share|sharing|popup|modal|recommend|recommendation|recommended|tags?|tool|tools|toolbar|widget|nav|navbar|navigation|hot|rank|ranking|copyright|subscribe|newsletter|promo|outbrain|taboola|most-?read|trending|login|signup|cookie|paywall)([\s_-]|$)/i;
const POSITIVE =
  /(^|[\s_-])(article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|detail|news-?content|article-?content|caption)([\s_-]|$)/i;
const MAX_DEPTH = 300;
const NEGATIVE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'header']);

export function parseHtml(src: string, base = 0): HNode {
  const root: HNode = { name: '#root', attrs: {}, children: [], parent: null, start: base };
  let cur = root;
  let skipDepth = 0;
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const n: HNode = { name, attrs, children: [], parent: cur, start: base + parser.startIndex };
        cur.children.push(n);
        // broken pages can leave thousands of elements unclosed: beyond a sane depth, keep them flat
        if (depth >= MAX_DEPTH && !SKIP.has(name)) return;
        depth++;
        cur = n;
        if (SKIP.has(name) && !(name === 'script' && /ld\+json/i.test(attrs.type ?? ''))) skipDepth++;
      },
      onclosetag(name) {
        // close up to the matching element (the parser already balances implied ends)
        let n: HNode | null = cur;
        while (n && n.name !== name) n = n.parent;
        if (!n) return;
        for (let m: HNode | null = cur; m && m !== n.parent; m = m.parent) {
          if (SKIP.has(m.name) && !(m.name === 'script' && /ld\+json/i.test(m.attrs.type ?? ''))) skipDepth = Math.max(0, skipDepth - 1);
          depth = Math.max(0, depth - 1);
        }
        cur = n.parent ?? root;
      },
      ontext(text) {
        if (skipDepth > 0 && !(cur.name === 'script' && /ld\+json/i.test(cur.attrs.type ?? ''))) return;
        const s = parser.startIndex;
        const raw = src.slice(s, parser.endIndex + 1);
        cur.children.push({ text, start: base + s, exact: raw === text });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(boundedNesting(src)); // nesting past MAX_HTML_DEPTH flattened in linear time (same length, same offsets)
  parser.end();
  return root;
}

function isText(x: HNode | HText): x is HText {
  return (x as HText).text !== undefined;
}

function mapText(t: HText): MappedText {
  return t.exact ? fromOriginal(t.text, t.start) : inserted(t.text, t.start);
}

export function textOf(n: HNode): MappedText {
  const parts: MappedText[] = [];
  const walk = (x: HNode) => {
    if (SKIP.has(x.name)) return;
    for (const c of x.children) {
      if (isText(c)) parts.push(mapText(c));
      else {
        if (c.name === 'br' || BLOCK.has(c.name)) parts.push(inserted(' ', c.start));
        walk(c);
      }
    }
  };
  walk(n);
  return trim(concat(parts));
}

export function findAll(n: HNode, pred: (x: HNode) => boolean, out: HNode[] = []): HNode[] {
  for (const c of n.children) {
    if (isText(c)) continue;
    if (pred(c)) out.push(c);
    findAll(c, pred, out);
  }
  return out;
}

export interface EmitOptions {
  /** split text nodes at line breaks (text files with embedded HTML) */
  textLines?: boolean;
}

/** Flattens a subtree into blocks at block-element and <br> boundaries (and line breaks in text mode). */
export function emitBlocks(n: HNode, opts: EmitOptions = {}): Block[] {
  const blocks: Block[] = [];
  let parts: MappedText[] = [];
  let linkChars = 0;
  let tag: string | undefined;
  let gap = true;
  let pendingGap = false;
  let pendingBr = false;
  const flush = (nextTag?: string) => {
    const t = trim(concat(parts));
    if (t.s) {
      const total = t.s.replace(/\s+/g, '').length || 1;
      blocks.push({
        t,
        tag: opts.textLines && !tag ? undefined : (tag ?? 'div'),
        linkDensity: Math.min(1, linkChars / total),
        gapBefore: gap || pendingGap,
      });
      gap = false;
      pendingGap = false;
    }
    parts = [];
    linkChars = 0;
    tag = nextTag;
  };
  const walk = (x: HNode, inLink: boolean) => {
    for (const c of x.children) {
      if (isText(c)) {
        if (opts.textLines && /[\r\n]/.test(c.text)) {
          const m = mapText(c);
          const re = /\r\n|\n|\r/g;
          let last = 0;
          let mt: RegExpExecArray | null;
          while ((mt = re.exec(m.s))) {
            const piece = { s: m.s.slice(last, mt.index), o: m.o.subarray(last, mt.index) };
            if (piece.s.trim()) {
              parts.push(piece);
              if (inLink) linkChars += piece.s.replace(/\s+/g, '').length;
            }
            if (!piece.s.trim() && parts.length === 0) pendingGap = true;
            flush();
            last = mt.index + mt[0].length;
          }
          const rest = { s: m.s.slice(last), o: m.o.subarray(last) };
          if (rest.s) parts.push(rest);
          continue;
        }
        if (pendingBr && c.text.trim()) pendingBr = false;
        parts.push(mapText(c));
        if (inLink) linkChars += c.text.replace(/\s+/g, '').length;
        continue;
      }
      if (c.removed || SKIP.has(c.name) || c.name === 'head') continue;
      if (c.name === 'br') {
        // <br><br> (or a br after a finished sentence) ends a paragraph; a lone br inside a sentence does not
        const cur = parts
          .map((p) => p.s)
          .join('')
          .trim();
        if (pendingBr || /[。！？!?.;；…"”」』]$/u.test(cur)) {
          flush(tag);
          pendingBr = false;
        } else pendingBr = true;
        continue;
      }
      if (c.name === 'hr') {
        flush();
        continue;
      }
      if (BLOCK.has(c.name)) {
        pendingBr = false;
        flush(c.name);
        walk(c, inLink);
        flush();
      } else {
        if (c.name === 'img' || c.name === 'picture' || c.name === 'source') continue;
        walk(c, inLink || c.name === 'a');
      }
    }
  };
  walk(n, false);
  flush();
  return blocks;
}

// ------------------------------------------------------------------ readability

function classId(n: HNode): string {
  return `${n.attrs.class ?? ''} ${n.attrs.id ?? ''} ${n.attrs.role ?? ''}`;
}

function measure(n: HNode): void {
  let len = 0;
  let link = 0;
  let commas = 0;
  for (const c of n.children) {
    if (isText(c)) {
      const t = c.text.replace(/\s+/g, '');
      len += t.length;
      commas += (c.text.match(/[,，、。]/g) ?? []).length;
      continue;
    }
    if (SKIP.has(c.name)) continue;
    measure(c);
    if (c.removed) continue;
    len += c.textLen ?? 0;
    link += c.name === 'a' ? (c.textLen ?? 0) : (c.linkLen ?? 0);
    commas += c.commas ?? 0;
  }
  n.textLen = len;
  n.linkLen = link;
  n.commas = commas;
}

function markRemoved(n: HNode): void {
  for (const c of n.children) {
    if (isText(c)) continue;
    const ci = classId(c);
    const keepTag = c.name === 'body' || c.name === 'html' || c.name === 'main' || c.name === 'article';
    if (
      !keepTag &&
      (NEGATIVE_TAGS.has(c.name) ||
        c.attrs.hidden !== undefined ||
        /display:\s*none/i.test(c.attrs.style ?? '') ||
        c.attrs['aria-hidden'] === 'true' ||
        (NEGATIVE.test(ci) && !POSITIVE.test(ci)))
    ) {
      // a header that holds the article's h1 stays (its h1 is the headline)
      if (c.name === 'header' && findAll(c, (x) => x.name === 'h1').length) {
        markRemoved(c);
        continue;
      }
      c.removed = true;
      continue;
    }
    markRemoved(c);
  }
}

export interface HtmlExtract {
  blocks: Block[];
  title: MappedText | null;
  meta: { title?: string; outlet?: string; url?: string; published?: string; language?: string; author?: string; siteFromTitle?: string };
}

function metaOf(root: HNode): HtmlExtract['meta'] {
  const meta: HtmlExtract['meta'] = {};
  const html = findAll(root, (x) => x.name === 'html')[0];
  if (html?.attrs.lang) meta.language = html.attrs.lang;
  for (const m of findAll(root, (x) => x.name === 'meta')) {
    const key = (m.attrs.property ?? m.attrs.name ?? m.attrs.itemprop ?? '').toLowerCase();
    const v = (m.attrs.content ?? '').trim();
    if (!v) continue;
    if (key === 'og:site_name' || key === 'application-name' || key === 'publisher') meta.outlet ??= v;
    else if (key === 'og:title' || key === 'twitter:title') meta.title ??= v;
    else if (key === 'og:url') meta.url ??= v;
    else if (
      /^(article:published_time|datepublished|pubdate|publishdate|publish-date|date|dc\.date\.issued|dc\.date|sailthru\.date|parsely-pub-date|og:published_time)$/.test(
        key,
      )
    )
      meta.published ??= v;
    else if (key === 'author') meta.author ??= v;
    else if (key === 'og:locale' && !meta.language) meta.language = v.replace('_', '-');
  }
  for (const l of findAll(root, (x) => x.name === 'link'))
    if (/canonical/i.test(l.attrs.rel ?? '') && l.attrs.href) meta.url ??= l.attrs.href;
  for (const t of findAll(root, (x) => x.name === 'time' && !!x.attrs.datetime)) {
    meta.published ??= t.attrs.datetime;
    break;
  }
  for (const s of findAll(root, (x) => x.name === 'script' && /ld\+json/i.test(x.attrs.type ?? ''))) {
    const raw = s.children
      .filter(isText)
      .map((c) => c.text)
      .join('');
    try {
      const data = JSON.parse(raw) as unknown;
      const items: unknown[] = Array.isArray(data) ? data : [data, ...(((data as Record<string, unknown>)?.['@graph'] as unknown[]) ?? [])];
      for (const it of items) {
        if (!it || typeof it !== 'object') continue;
        const o = it as Record<string, unknown>;
        const type = String(o['@type'] ?? '');
        if (!/Article|Posting|Report/i.test(type)) continue;
        if (typeof o.datePublished === 'string') meta.published ??= o.datePublished;
        if (typeof o.headline === 'string') meta.title ??= o.headline;
        const pub = o.publisher as Record<string, unknown> | undefined;
        if (pub && typeof pub.name === 'string') meta.outlet ??= pub.name;
        if (typeof o.url === 'string') meta.url ??= o.url;
      }
    } catch {
      /* malformed JSON-LD is ignored */
    }
  }
  return meta;
}

/** Splits "Headline - Site" style <title>s and keeps the longest part (mapped). */
function headlineFromTitle(t: MappedText): MappedText {
  const segs: { a: number; b: number }[] = [];
  const re = /\s+[-|–—_:»]\s+|\s*[|｜_]\s*/g;
  let last = 0;
  let mt: RegExpExecArray | null;
  while ((mt = re.exec(t.s))) {
    segs.push({ a: last, b: mt.index });
    last = mt.index + mt[0].length;
  }
  segs.push({ a: last, b: t.s.length });
  const best = segs.reduce((x, y) => (y.b - y.a > x.b - x.a ? y : x));
  return trim({ s: t.s.slice(best.a, best.b), o: t.o.subarray(best.a, best.b) });
}

/** "Headline - Site" → "Site" (the last short segment), if the title has one. */
function siteFromTitle(t: string): string | undefined {
  const segs = t
    .split(/\s+[-|–—_»]\s+|\s*[|｜_]\s*/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (segs.length < 2) return undefined;
  const last = segs[segs.length - 1];
  return last.length <= 24 && last.length < segs[0].length ? last : undefined;
}

export function extractHtml(src: string): HtmlExtract {
  const root = parseHtml(src);
  const meta = metaOf(root);
  const body = findAll(root, (x) => x.name === 'body')[0] ?? root;
  markRemoved(body);
  measure(body);

  // score paragraphs into ancestors
  const candidates = new Set<HNode>();
  for (const p of findAll(
    body,
    (x) =>
      !x.removed &&
      (x.name === 'p' ||
        x.name === 'pre' ||
        x.name === 'td' ||
        x.name === 'blockquote' ||
        (x.name === 'div' && x.children.some((c) => isText(c) && c.text.trim().length >= 20))),
  )) {
    const len = p.textLen ?? 0;
    if (len < 20) continue;
    const cjk = (textOf(p).s.match(/\p{Script=Han}/gu) ?? []).length > len / 3;
    const s = 1 + (p.commas ?? 0) + Math.min(3, Math.floor(len / (cjk ? 50 : 100)));
    let a: HNode | null = p.parent;
    let level = 0;
    while (a && level < 3) {
      if (a.score === undefined) {
        const ci = classId(a);
        a.score = (POSITIVE.test(ci) ? 25 : 0) - (NEGATIVE.test(ci) ? 25 : 0) + (a.name === 'article' || a.name === 'main' ? 10 : 0);
        candidates.add(a);
      }
      a.score += level === 0 ? s : level === 1 ? s / 2 : s / 3;
      a = a.parent;
      level++;
    }
  }
  let top: HNode | null = null;
  let topScore = 0;
  for (const c of candidates) {
    if (c.removed) continue;
    const ld = (c.linkLen ?? 0) / Math.max(1, c.textLen ?? 0);
    const f = (c.score ?? 0) * (1 - ld);
    if (f > topScore) {
      topScore = f;
      top = c;
    }
  }
  let blocks: Block[];
  if (!top) blocks = emitBlocks(body);
  else {
    // include qualifying siblings (content split across sibling containers)
    const parent = top.parent;
    const keep: HNode[] = [];
    if (parent) {
      for (const c of parent.children) {
        if (isText(c) || c.removed) continue;
        if (c === top) keep.push(c);
        else {
          const ld = (c.linkLen ?? 0) / Math.max(1, c.textLen ?? 0);
          const sc = (c.score ?? 0) * (1 - ld);
          if (sc >= Math.max(10, topScore * 0.2) || (c.name === 'p' && (c.textLen ?? 0) > 80 && ld < 0.25)) keep.push(c);
        }
      }
    } else keep.push(top);
    blocks = [];
    for (const k of keep) for (const b of emitBlocks({ ...k, children: [k], name: '#wrap' })) blocks.push(b);
  }

  // headline: first h1 (outside removed areas), else the <title>
  let title: MappedText | null = null;
  const h1 = findAll(body, (x) => x.name === 'h1' && !x.removed && !hasRemovedAncestor(x))[0];
  if (h1) title = textOf(h1);
  const titleEl = findAll(root, (x) => x.name === 'title')[0];
  if (titleEl) meta.siteFromTitle = siteFromTitle(textOf(titleEl).s);
  if (!title?.s && titleEl) title = headlineFromTitle(textOf(titleEl));
  if (title && !title.s) title = null;
  // captions and headings that readability may have scored outside the candidate stay out; the h1 is the title
  if (title && blocks.length && origAt(title, 0) < origAt(blocks[0].t, 0)) {
    /* title precedes content: fine */
  }
  // page furniture before the content often states the time and the source (来源：...): keep those short blocks
  // in front so the cleaner reads them as metadata (they are dropped from the text either way)
  if (top && blocks.length) {
    const first = origAt(blocks[0].t, 0);
    const lead = emitBlocks(body).filter(
      (b) => b.t.s.length <= 80 && origAt(b.t, 0) < first && (isDateLine(b.t.s) || sourceLine(b.t.s) !== null),
    );
    blocks = [...lead.map((b) => ({ ...b, tag: 'meta' })), ...blocks];
  }
  return { blocks, title, meta };
}

function hasRemovedAncestor(n: HNode): boolean {
  for (let a = n.parent; a; a = a.parent) if (a.removed) return true;
  return false;
}

/** Text file with embedded HTML fragments: the whole file through the parser, line breaks kept as block breaks. */
export function textWithHtmlBlocks(src: string): Block[] {
  const root = parseHtml(src);
  return emitBlocks(root, { textLines: true });
}

/** Heuristic: does plain text carry HTML markup worth parsing? */
export function hasHtmlFragments(s: string): boolean {
  const sample = s.length > 50000 ? s.slice(0, 50000) : s;
  const tags = sample.match(
    /<\/?(?:p|br|div|img|a|i|b|small|span|strong|em|ul|li|h[1-6]|figure|figcaption|table|tr|td|blockquote)\b[^>]*>/gi,
  );
  return (tags?.length ?? 0) >= 3;
}
