// HTML through a real parser (htmlparser2) into a light tree that keeps source offsets, then a readability-style
// main-content pick (paragraph scores propagated to ancestors, link density, class/id hints) and block emission.
import { Parser } from 'htmlparser2';
import { boundedNesting } from './depth';
import { type Block, sourceLine } from './clean';
import { isDateLine } from './dates';
import { type MappedText, concat, fromOriginal, inserted, origAt, replaceAll, trim } from './mapped';

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
  /** text not inside a child block element (loose text of a div/section/span) */
  inlineLen?: number;
  /** part of `inlineLen` inside links */
  inlineLinkLen?: number;
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
// Class and id words that mark page furniture, in the main languages of the web (English, Portuguese, Spanish,
// French, German, Italian, Russian transliterated, Chinese pinyin): strong ones remove the element, weak ones only
// lower its score (a "widget" wrapper often holds the article itself).
const NEG_STRONG = [
  'comment', 'comments', 'footer', 'footnote', 'sidebar', 'side-bar', 'sponsor', 'sponsored', 'ad', 'ads', 'adv', 'advert',
  'advertisement', 'advertising', 'breadcrumbs?', 'crumbs?', 'combx', 'disqus', 'menu', 'related', 'relate', 'replies',
  'rss', 'shoutbox', 'skyscraper', 'social', 'share', 'sharing', 'sharebar', 'popup', 'modal', 'recommend',
  'recommendation', 'recommended', 'nav', 'navbar', 'navigation', 'copyright', 'subscribe', 'subscription',
  'newsletter', 'outbrain', 'taboola', 'most-?read', 'most-?popular', 'trending', 'login', 'signup', 'cookie',
  'cookies', 'consent', 'gdpr', 'paywall', 'pagination', 'pager', 'agegate',
  // pt, es, it, fr, de
  'rodape', 'rodapé', 'cabecalho', 'publicidade', 'publicidad', 'pubblicita', 'pub', 'anuncio', 'anuncios',
  'relacionadas?', 'relacionados?', 'comentarios?', 'comentários', 'compartilhar', 'compartir', 'partager',
  'piede', 'pie-?de-?pagina', 'pied-?de-?page', 'werbung', 'anzeige', 'kommentare', 'fusszeile', 'commentaires',
  'correlati', 'articoli-correlati', 'voir-aussi', 'leia-?tambem', 'veja-?tambem', 'mas-?leidas', 'mais-?lidas',
  // ru, zh (transliterated)
  'reklama', 'podval', 'kommentarii', 'guanggao', 'xiangguan', 'pinglun', 'fenxiang', 'tuijian', 'daohang',
];
const NEG_WEAK = [
  'meta-?bar', 'masthead', 'banner', 'community', 'extra', 'legends', 'remark', 'tags?', 'tool', 'tools',
  'toolbar', 'widget', 'hot', 'rank', 'ranking', 'promo', 'header', 'byline', 'author', 'caption-credit',
];
const classWords = (words: string[]) => new RegExp(String.raw`(^|[\s_-])(${words.join('|')})([\s_-]|$)`, 'i');
const NEGATIVE = classWords(NEG_STRONG);
const WEAK_NEGATIVE = classWords(NEG_WEAK);
const POSITIVE =
  /(^|[\s_-])(article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|detail|news-?content|article-?content|caption)([\s_-]|$)/i;
const MAX_DEPTH = 300;
const NEGATIVE_TAGS = new Set(['nav', 'aside', 'footer', 'header']);

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
        // exact: the text is verbatim source (no entities decoded), compared without copying the source
        const exact = parser.endIndex + 1 - s === text.length && src.startsWith(text, s);
        cur.children.push({ text, start: base + s, exact });
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
  // document order, without recursion
  const stack: HNode[] = [n];
  while (stack.length) {
    const x = stack.pop()!;
    for (let i = x.children.length - 1; i >= 0; i--) {
      const c = x.children[i];
      if (!isText(c)) stack.push(c);
    }
    if (x !== n && pred(x)) out.push(x);
  }
  return out;
}

/** Elements by tag name in document order (one walk serves every later lookup). */
export type TagIndex = Map<string, HNode[]>;
export function indexTags(root: HNode): TagIndex {
  const idx: TagIndex = new Map();
  const stack: HNode[] = [root];
  while (stack.length) {
    const x = stack.pop()!;
    for (let i = x.children.length - 1; i >= 0; i--) {
      const c = x.children[i];
      if (!isText(c)) stack.push(c);
    }
    let l = idx.get(x.name);
    if (!l) idx.set(x.name, (l = []));
    l.push(x);
    if (x.attrs.itemprop && /articlebody/i.test(x.attrs.itemprop)) {
      let a = idx.get('#articlebody');
      if (!a) idx.set('#articlebody', (a = []));
      a.push(x);
    }
  }
  return idx;
}

export interface EmitOptions {
  /** split text nodes at line breaks (text files with embedded HTML) */
  textLines?: boolean;
  /** stop at the first element that starts at or after this source offset */
  until?: number;
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
    const t = collapseSpace(trim(concat(parts)));
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
  let stopped = false;
  const walk = (x: HNode, inLink: boolean) => {
    for (const c of x.children) {
      if (stopped) return;
      if (opts.until !== undefined && !isText(c) && c.start >= opts.until) {
        stopped = true;
        return;
      }
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
      if (c.name === 'tr' && dataRow(c)) {
        // a data row stays one line, its cells separated by spaces (news tables carry counts and names)
        pendingBr = false;
        flush('tr');
        for (const cell of c.children) {
          if (isText(cell) || cell.removed || SKIP.has(cell.name)) continue;
          parts.push(inserted(' ', cell.start));
          walk(cell, inLink);
        }
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

const EAST_ASIAN = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60`;
const CJK_BREAK = new RegExp(String.raw`(?<=[${EAST_ASIAN}])[ \t]*[\r\n][ \t\r\n]*(?=[${EAST_ASIAN}])`, 'gu');
const SPACE_RUN = /[ \t\r\n\f]{2,}|[\t\r\n\f]/g;

/**
 * Whitespace as a browser renders it: runs collapse to one space, and a line break between two East Asian characters
 * disappears (CSS Text segment-break rule), so "said on⏎ Tuesday" reads "said on Tuesday" and 谷歌⏎在 reads 谷歌在.
 */
export function collapseSpace(m: MappedText): MappedText {
  let t = m;
  if (/[\r\n]/.test(t.s)) t = replaceAll(t, CJK_BREAK, () => '').text;
  if (SPACE_RUN.test(t.s)) {
    SPACE_RUN.lastIndex = 0;
    t = replaceAll(t, SPACE_RUN, () => ' ').text;
  }
  return t;
}

/** A table row of data (cells hold text, not layout blocks). */
function dataRow(tr: HNode): boolean {
  const cells = tr.children.filter((c): c is HNode => !isText(c) && (c.name === 'td' || c.name === 'th'));
  if (cells.length < 2) return false;
  for (const cell of cells)
    if (findAll(cell, (x) => BLOCK.has(x.name) && x.name !== 'br' && x.name !== 'time').length) return false;
  return true;
}

// ------------------------------------------------------------------ readability

function classId(n: HNode): string {
  return `${n.attrs.class ?? ''} ${n.attrs.id ?? ''} ${n.attrs.role ?? ''}`;
}

/** Elements in post-order (children before parents), without recursion: deep pages stay linear and safe. */
function postOrder(root: HNode, skipRemoved: boolean): HNode[] {
  const out: HNode[] = [];
  const stack: { n: HNode; i: number }[] = [{ n: root, i: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    const kids = top.n.children;
    let pushed = false;
    while (top.i < kids.length) {
      const c = kids[top.i++];
      if (isText(c) || SKIP.has(c.name) || (skipRemoved && c.removed)) continue;
      stack.push({ n: c, i: 0 });
      pushed = true;
      break;
    }
    if (!pushed) {
      out.push(top.n);
      stack.pop();
    }
  }
  return out;
}

/** Text, link and comma counts per element; `inlineLen` counts text not inside a child block (loose text). */
function measure(root: HNode): void {
  for (const n of postOrder(root, false)) {
    let len = 0;
    let link = 0;
    let commas = 0;
    let inline = 0;
    let inlineLink = 0;
    for (const c of n.children) {
      if (isText(c)) {
        const tx = c.text;
        let k = 0;
        for (let i = 0; i < tx.length; i++) {
          const code = tx.charCodeAt(i);
          if (code <= 32 || code === 0xa0 || code === 0x3000) continue;
          k++;
          if (code === 44 || code === 0xff0c || code === 0x3001 || code === 0x3002) commas++;
        }
        len += k;
        inline += k;
        continue;
      }
      if (SKIP.has(c.name) || c.removed) continue;
      len += c.textLen ?? 0;
      link += c.name === 'a' ? (c.textLen ?? 0) : (c.linkLen ?? 0);
      commas += c.commas ?? 0;
      if (!BLOCK.has(c.name)) {
        inline += c.inlineLen ?? 0;
        inlineLink += c.name === 'a' ? (c.inlineLen ?? 0) : (c.inlineLinkLen ?? 0);
      }
    }
    n.inlineLinkLen = inlineLink;
    n.textLen = len;
    n.linkLen = link;
    n.commas = commas;
    n.inlineLen = inline;
  }
}

/** Direct inline text of an element (its loose text and inline children, not its child blocks). */
function inlineText(n: HNode): string {
  const parts: string[] = [];
  const stack: (HNode | HText)[] = [...n.children].reverse();
  while (stack.length) {
    const c = stack.pop()!;
    if (isText(c)) {
      parts.push(c.text);
      continue;
    }
    if (SKIP.has(c.name) || c.removed || BLOCK.has(c.name)) continue;
    for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Elements that hold the page's h1 or its articleBody: never removed for a class name. */
function holders(idx: TagIndex): Set<HNode> {
  const out = new Set<HNode>();
  const marks = [...(idx.get('#articlebody') ?? [])];
  const h1 = idx.get('h1') ?? [];
  if (h1.length === 1) marks.push(h1[0]);
  for (const m of marks) for (let a: HNode | null = m; a && !out.has(a); a = a.parent) out.add(a);
  return out;
}

/**
 * Marks page furniture removed: nav/aside/footer/header elements, hidden elements, and (when `byClass`) elements whose
 * class or id names furniture — except those holding the headline or the article element.
 */
function markRemoved(root: HNode, idx: TagIndex, byClass = true): void {
  const keep = byClass ? holders(idx) : new Set<HNode>();
  const h1s = idx.get('h1') ?? [];
  const stack: HNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    for (const c of n.children) {
      if (isText(c)) continue;
      const named = c.attrs.class !== undefined || c.attrs.id !== undefined || c.attrs.role !== undefined;
      const ci = named ? classId(c) : '';
      const keepTag = c.name === 'body' || c.name === 'html' || c.name === 'main' || c.name === 'article';
      if (
        !keepTag &&
        (NEGATIVE_TAGS.has(c.name) ||
          c.attrs.hidden !== undefined ||
          (c.attrs.style !== undefined && /display:\s*none/i.test(c.attrs.style)) ||
          c.attrs['aria-hidden'] === 'true' ||
          /^(?:navigation|contentinfo|complementary|banner|dialog|alertdialog|menu|menubar)$/i.test(c.attrs.role ?? '') ||
          (byClass && named && !keep.has(c) && NEGATIVE.test(ci) && !POSITIVE.test(ci)))
      ) {
        // a header that holds the article's h1 stays (its h1 is the headline)
        if (c.name === 'header' && h1s.some((h) => contains(c, h))) {
          stack.push(c);
          continue;
        }
        c.removed = true;
        continue;
      }
      stack.push(c);
    }
  }
}

function clearRemoved(root: HNode): void {
  for (const n of postOrder(root, false)) {
    n.removed = undefined;
    n.score = undefined;
  }
}

/**
 * The main-content rules (Readability.js's published algorithm, not tuned to any page): how far a paragraph's score
 * travels up, when a shared ancestor of several strong candidates replaces the best one, and which siblings join.
 */
export const CONTENT_RULES = {
  /** a run of text shorter than this (non-space characters) is not scored (Readability: 25) */
  minParagraphChars: 25,
  /** ancestor levels a paragraph's score reaches; the divisor grows with the level (Readability: 5) */
  ancestorLevels: 5,
  /** weight of a positive or negative class/id name (Readability: 25) */
  classWeight: 25,
  /** strong alternatives examined when looking for a shared ancestor (Readability: 5 top candidates) */
  topCandidates: 5,
  /** an alternative is strong at this share of the best score (Readability: 0.75) */
  alternativeShare: 0.75,
  /** this many strong alternatives inside one ancestor make that ancestor the content (Readability: 3) */
  minAlternatives: 3,
  /** a sibling joins at this share of the best score (Readability: 0.2) ... */
  siblingShare: 0.2,
  /** ... and never below this score (Readability: 10) */
  siblingMin: 10,
  /** content shorter than this (non-space characters) is read again without class-name removal (Readability: 500) */
  retryBelowChars: 500,
  /** a sibling whose text is this much links is a teaser list, not a part of the article */
  siblingMaxLinkDensity: 0.3,
};

const PARA_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'li']);

function initialScore(a: HNode): number {
  const ci = classId(a);
  let sc =
    (POSITIVE.test(ci) ? CONTENT_RULES.classWeight : 0) -
    (NEGATIVE.test(ci) || WEAK_NEGATIVE.test(ci) ? CONTENT_RULES.classWeight : 0);
  if (a.name === 'article' || a.name === 'main') sc += 10;
  else if (a.name === 'div' || a.name === 'section') sc += 5;
  else if (a.name === 'pre' || a.name === 'td' || a.name === 'blockquote') sc += 3;
  else if (/^(address|ol|ul|dl|dd|dt|li|form)$/.test(a.name)) sc -= 3;
  else if (/^(h[1-6]|th)$/.test(a.name)) sc -= 5;
  return sc;
}

function finalScore(n: HNode): number {
  if (n.score === undefined) return 0;
  const ld = (n.linkLen ?? 0) / Math.max(1, n.textLen ?? 0);
  return n.score * (1 - ld);
}

function contains(a: HNode, b: HNode): boolean {
  for (let x: HNode | null = b; x; x = x.parent) if (x === a) return true;
  return false;
}

/**
 * Picks the article: paragraphs (and loose text of divs, sections, spans' block parents) score their ancestors,
 * removed subtrees never score, date and stamp lines never score; the best candidate moves up to an ancestor that
 * holds several strong candidates (articles split across containers), and qualifying siblings join it.
 */
function pickContent(body: HNode): HNode[] | null {
  const R = CONTENT_RULES;
  const candidates: HNode[] = [];
  for (const n of postOrder(body, true)) {
    let len: number;
    let from: HNode | null;
    let text: string;
    const inline = n.inlineLen ?? 0;
    if (n.name === 'p' || n.name === 'pre') {
      len = n.textLen ?? 0;
      from = n.parent;
      if (len < R.minParagraphChars) continue;
      text = inline === len ? inlineText(n) : textOf(n).s;
    } else if (BLOCK.has(n.name) && inline - (n.inlineLinkLen ?? 0) >= R.minParagraphChars && n !== body) {
      // loose text: the element is its own container (a list item or cell is a paragraph of its parent)
      len = inline;
      from = PARA_TAGS.has(n.name) ? n.parent : n;
      text = inlineText(n);
    } else continue;
    if (len < 120 && isDateLine(text)) continue;
    const cjk = (text.match(/\p{Script=Han}/gu) ?? []).length > len / 3;
    const s = 1 + (text.match(/[,，、。]/g) ?? []).length + Math.min(3, Math.floor(len / (cjk ? 50 : 100)));
    let level = 0;
    for (let a = from; a && level < R.ancestorLevels; a = a.parent, level++) {
      if (a.score === undefined) {
        a.score = initialScore(a);
        candidates.push(a);
      }
      a.score += s / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      if (a === body) break;
    }
  }
  const ranked = candidates
    .filter((c) => !c.removed)
    .map((c) => ({ c, f: finalScore(c) }))
    .sort((x, y) => y.f - x.f);
  if (!ranked.length || ranked[0].f <= 0) return null;
  let top = ranked[0].c;
  let topF = ranked[0].f;
  // several strong candidates under one ancestor: the article is split; take the ancestor
  const alts = ranked.slice(1, R.topCandidates).filter((x) => x.f / topF >= R.alternativeShare).map((x) => x.c);
  if (alts.length >= R.minAlternatives) {
    for (let p = top.parent; p && p !== body.parent; p = p.parent) {
      if (alts.filter((a) => contains(p!, a)).length >= R.minAlternatives) {
        top = p;
        break;
      }
    }
  }
  // climb while the parent scores better (content wrapped in a scoring container)
  {
    let last = finalScore(top);
    const floor = last / 3;
    for (let p = top.parent; p && p !== body; p = p.parent) {
      if (p.score === undefined) continue;
      const ps = finalScore(p);
      if (ps < floor) break;
      if (ps > last) {
        top = p;
        break;
      }
      last = ps;
    }
  }
  // a lone child climbs to its parent
  while (top.parent && top.parent !== body && top.parent.name !== '#root') {
    const els = top.parent.children.filter((c) => !isText(c) && !SKIP.has(c.name));
    const loose = top.parent.children.some((c) => isText(c) && c.text.trim());
    if (els.length !== 1 || loose) break;
    top = top.parent;
  }
  topF = Math.max(topF, finalScore(top));
  const parent = top.parent;
  if (!parent || top === body) return [top];
  const keep: HNode[] = [];
  const threshold = Math.max(R.siblingMin, topF * R.siblingShare);
  const topClass = top.attrs.class ?? '';
  for (const c of parent.children) {
    if (isText(c) || c.removed || SKIP.has(c.name)) continue;
    if (c === top) {
      keep.push(c);
      continue;
    }
    const bonus = topClass && c.attrs.class === topClass ? topF * R.siblingShare : 0;
    const sld = (c.linkLen ?? 0) / Math.max(1, c.textLen ?? 0);
    if (finalScore(c) + bonus >= threshold && sld < CONTENT_RULES.siblingMaxLinkDensity) {
      keep.push(c);
      continue;
    }
    if (c.name === 'p' || (BLOCK.has(c.name) && (c.inlineLen ?? 0) === (c.textLen ?? 0))) {
      const len = c.textLen ?? 0;
      const ld = (c.linkLen ?? 0) / Math.max(1, len);
      if (len > 80 && ld < 0.25) keep.push(c);
      else if (len > 0 && len <= 80 && ld === 0 && /[.。!?！？]["”’」』)）]?\s*$/u.test(inlineText(c))) keep.push(c);
    }
  }
  return keep;
}

export interface HtmlExtract {
  blocks: Block[];
  title: MappedText | null;
  meta: { title?: string; outlet?: string; url?: string; published?: string; language?: string; author?: string; siteFromTitle?: string };
}

function metaOf(idx: TagIndex): HtmlExtract['meta'] {
  const meta: HtmlExtract['meta'] = {};
  let fallbackDate: string | undefined;
  let fallbackOutlet: string | undefined;
  const html = idx.get('html')?.[0];
  if (html?.attrs.lang) meta.language = html.attrs.lang;
  for (const m of idx.get('meta') ?? []) {
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
  for (const l of idx.get('link') ?? [])
    if (/canonical/i.test(l.attrs.rel ?? '') && l.attrs.href) meta.url ??= l.attrs.href;
  for (const t of (idx.get('time') ?? []).filter((x) => !!x.attrs.datetime)) {
    meta.published ??= t.attrs.datetime;
    break;
  }
  for (const s of (idx.get('script') ?? []).filter((x) => /ld\+json/i.test(x.attrs.type ?? ''))) {
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
        if (!/Article|Posting|Report/i.test(type)) {
          // a WebPage or Organization item still states the publisher and the date
          if (typeof o.datePublished === 'string') fallbackDate ??= o.datePublished;
          const pub = (o.publisher ?? (/Organization|NewsMediaOrganization/i.test(type) ? o : undefined)) as Record<string, unknown> | undefined;
          if (pub && typeof pub.name === 'string') fallbackOutlet ??= pub.name;
          continue;
        }
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
  meta.published ??= fallbackDate;
  meta.outlet ??= fallbackOutlet;
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
  const idx = indexTags(root);
  const meta = metaOf(idx);
  const body = idx.get('body')?.[0] ?? root;
  markRemoved(body, idx);
  measure(body);
  let top = pickContent(body);
  // too little left: class names misled the removal (a layout class "with-sidebar" around the article); read again
  // with only tags and hidden elements removed, as Readability.js does
  const got = top ? top.reduce((n, x) => n + (x.textLen ?? 0), 0) : 0;
  if (got < CONTENT_RULES.retryBelowChars && (body.textLen ?? 0) > got * 2) {
    clearRemoved(body);
    markRemoved(body, idx, false);
    measure(body);
    const again = pickContent(body);
    const got2 = again ? again.reduce((n, x) => n + (x.textLen ?? 0), 0) : 0;
    if (got2 > got) top = again;
    else {
      clearRemoved(body);
      markRemoved(body, idx);
      measure(body);
      top = pickContent(body);
    }
  }
  let blocks: Block[];
  if (!top) blocks = emitBlocks(body);
  else {
    blocks = [];
    for (const k of top) for (const b of emitBlocks({ ...k, children: [k], name: '#wrap' })) blocks.push(b);
  }

  // headline: first h1 (outside removed areas), else the <title>
  let title: MappedText | null = null;
  const h1 = (idx.get('h1') ?? []).find((x) => contains(body, x) && !x.removed && !hasRemovedAncestor(x));
  if (h1) title = textOf(h1);
  const titleEl = idx.get('title')?.[0];
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
    const lead = emitBlocks(body, { until: top[0].start }).filter(
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
