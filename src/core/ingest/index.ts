// Ingest: bytes of one file → clean documents (one per article; feeds and JSON exports give several).
// Pure: decoding, format detection, HTML/feeds parsing, artifact repair, page-noise removal, metadata, offsets.
import { XMLParser } from 'fast-xml-parser';
import type { CleanDocument, Diagnostic, SourceFormat } from '../model';
import { cleanArtifacts } from './artifacts';
import { type ArchivedPage, MAX_ARCHIVE_PAGES, looksMhtml, looksWarc, mhtmlPage, warcPages } from './archive';
import { type Block, type CleanHints, cleanBlocks } from './clean';
import { parseDate } from './dates';
import { decodeBytes } from './decode';
import { extractHtml, hasHtmlFragments, textWithHtmlBlocks } from './html';
import { detectLanguage } from './lang';
import { type MappedText, finish, fromOriginal, inserted, lines, origAt, replaceAll } from './mapped';

export interface IngestOptions {
  /** outlet to use when the document names none (sidecar, front matter or folder name) */
  outlet?: string | null;
  /** outlet that overrides whatever the document says (analyst's choice) */
  outletOverride?: string | null;
  /** force a format instead of detecting it from the name and content */
  format?: SourceFormat;
  /** documents longer than this many characters are cut (diagnostic `truncated`) */
  maxChars?: number;
}

export { decodeBytes } from './decode';
export { detectLanguage } from './lang';
export { parseDate } from './dates';

/** Stable short id from a path (FNV-1a, two seeds → ~52 bits). */
export function sourceId(path: string, index?: number): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  const id = `s${h1.toString(36)}${(h2 & 0xfffff).toString(36)}`;
  return index === undefined ? id : `${id}-${index}`;
}

function ext(path: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(path);
  return m ? m[1].toLowerCase() : '';
}

export function detectFormat(path: string, text: string): SourceFormat {
  const e = ext(path);
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (e === 'html' || e === 'htm' || e === 'xhtml' || e === 'shtml') return 'html';
  if (e === 'jsonl' || e === 'ndjson') return 'jsonl';
  if (e === 'json') return 'json';
  if (e === 'rss' || e === 'atom' || e === 'xml') return /<feed[\s>]/.test(head) ? 'atom' : 'rss';
  if (e === 'pdf') return 'pdf';
  if (e === 'docx') return 'docx';
  if (e === 'md' || e === 'markdown') return 'markdown';
  if (head.startsWith('<?xml') || head.startsWith('<rss')) return /<feed[\s>]/.test(head) ? 'atom' : 'rss';
  if (head.startsWith('<feed')) return 'atom';
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (!e || e === 'txt' || e === 'text') {
    if (/^(?:\{\s*"|\[\s*[{["\d\]])/.test(head)) {
      const first = text.split('\n', 1)[0].trim();
      if (first.startsWith('{') && first.endsWith('}') && text.trim().split('\n').length > 1) return 'jsonl';
      return 'json';
    }
  }
  return hasHtmlFragments(text) ? 'text+html' : 'text';
}

interface DocDraft {
  format: SourceFormat;
  blocks: Block[];
  hints: CleanHints;
  htmlLang?: string;
}

const FRONT = /^\uFEFF?---\r?\n([\s\S]{0,4000}?)\r?\n---\r?\n/;

function frontMatter(text: string): { len: number; data: Record<string, string> } | null {
  const m = FRONT.exec(text);
  if (!m) return null;
  const data: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv) data[kv[1].toLowerCase()] = kv[2].trim().replace(/^["']|["']$/g, '');
  }
  return Object.keys(data).length ? { len: m[0].length, data } : null;
}

/** Plain text and markdown lines → blocks (headings tagged, quote/list markers removed). */
function textBlocks(m: MappedText, markdown: boolean): Block[] {
  const out: Block[] = [];
  let gap = true;
  let fence = false;
  for (const raw of lines(m)) {
    let t = raw;
    if (!t.s.trim()) {
      gap = true;
      continue;
    }
    let tag: string | undefined;
    if (markdown) {
      if (/^\s*(```|~~~)/.test(t.s)) {
        fence = !fence;
        continue;
      }
      const h = /^\s{0,3}(#{1,6})\s+/.exec(t.s);
      if (h && !fence) {
        tag = `h${h[1].length}`;
        t = replaceAll(t, /^\s{0,3}#{1,6}\s+|\s+#+\s*$/g, () => '').text;
      }
      t = replaceAll(t, /^\s{0,3}(?:>\s?)+/g, () => '').text;
      t = replaceAll(t, /<!--[\s\S]*?-->/g, () => '').text;
    }
    const bullet = replaceAll(t, /^\s*(?:[-*+•·●▪◦‣]\s+|\d{1,3}[.)]\s+)/u, () => '');
    t = bullet.text;
    out.push({ t, tag, gapBefore: gap, bullet: bullet.count > 0 });
    gap = false;
  }
  return out;
}

function mdLinkHead(blocks: Block[]): string | null {
  for (const b of blocks.slice(0, 3)) {
    const m = /^\s*\[[^\]]+\]\((https?:\/\/[^)\s]+)\)\s*$/.exec(b.t.s);
    if (m) return m[1];
  }
  return null;
}

function hostOutlet(url: string | null): string | null {
  if (!url) return null;
  const m = /^https?:\/\/(?:www\.|m\.|amp\.)?([^/:?#]+)/i.exec(url);
  return m ? m[1].toLowerCase() : null;
}

/** Marks a region that is the whole original (offsets map onto themselves). */
const WHOLE = new Int32Array(0);

function draftFromText(original: string, region: MappedText, format: SourceFormat): DocDraft {
  if (format === 'html') {
    const x = extractHtml(region.s);
    const compose = (b: Block): Block => (region.o === WHOLE ? b : { ...b, t: composeMap(b.t, region) });
    return {
      format,
      blocks: x.blocks.map(compose),
      hints: {
        title: x.title ? (region.o === WHOLE ? x.title : composeMap(x.title, region)) : null,
        url: x.meta.url ?? null,
        published: parseDate(x.meta.published),
        outlet: x.meta.outlet ?? null,
        siteOutlet: x.meta.siteFromTitle ?? null,
      },
      htmlLang: x.meta.language,
    };
  }
  if (format === 'text+html') {
    const blocks = textWithHtmlBlocks(region.s).map((b) => ({ ...b, t: composeMap(b.t, region) }));
    return { format, blocks, hints: { url: mdLinkHead(blocks) } };
  }
  const blocks = textBlocks(region, format === 'markdown');
  return { format, blocks, hints: { url: mdLinkHead(blocks) } };
}

/** Re-expresses offsets of `m` (positions inside `region.s`) as offsets in the original. */
function composeMap(m: MappedText, region: MappedText): MappedText {
  if (region.o.length && region.o[0] === 0 && region.o[region.o.length - 1] === region.o.length - 1) return m;
  const o = m.o.map((v) => {
    if (v >= 0) return v < region.o.length ? region.o[v] : -(origAt(region, v) + 1);
    return -(origAt(region, -v - 1) + 1);
  });
  return { s: m.s, o };
}

// ------------------------------------------------------------------ feeds and exports

function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o['#text'] ?? o['@_href'] ?? o.href ?? o.name ?? null);
  }
  return null;
}

interface Item {
  title: string | null;
  url: string | null;
  published: string | null;
  outlet: string | null;
  body: string;
  language?: string | null;
}

/** Locates an item's body in the original (verbatim when possible) for provenance. */
function locate(original: string, body: string, from: number): { region: MappedText; next: number } {
  const at = body ? original.indexOf(body, from) : -1;
  if (at >= 0) return { region: fromOriginal(body, at), next: at + body.length };
  return { region: inserted(body, from), next: from };
}

function feedItems(text: string): { items: Item[]; kind: 'rss' | 'atom'; channel: { title: string | null; lang: string | null } } {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    processEntities: true,
    htmlEntities: true,
    trimValues: true,
  });
  const doc = parser.parse(text) as Record<string, unknown>;
  const rss = doc.rss as Record<string, unknown> | undefined;
  const rdf = doc['rdf:RDF'] as Record<string, unknown> | undefined;
  const feed = doc.feed as Record<string, unknown> | undefined;
  const asArr = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v : v ? [v] : []) as Record<string, unknown>[];
  if (feed) {
    const items = asArr(feed.entry).map((e) => {
      const links = asArr(e.link);
      const alt = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
      return {
        title: str(e.title),
        url: alt ? str(alt['@_href']) : null,
        published: parseDate(str(e.published) ?? str(e.updated)),
        outlet: str((e.source as Record<string, unknown> | undefined)?.title) ?? null,
        body: str(e.content) ?? str(e.summary) ?? '',
      };
    });
    return { items, kind: 'atom', channel: { title: str(feed.title), lang: str(feed['@_xml:lang']) } };
  }
  const channel = (rss?.channel ?? rdf?.channel ?? {}) as Record<string, unknown>;
  const rawItems = asArr(channel.item ?? rdf?.item);
  const items = rawItems.map((it) => ({
    title: str(it.title),
    url: str(it.link) ?? str(it.guid),
    published: parseDate(str(it.pubDate) ?? str(it['dc:date']) ?? str(it.published)),
    outlet: str(it.source) ?? null,
    body: str(it['content:encoded']) ?? str(it.description) ?? '',
  }));
  if (!rss && !rdf) throw new Error('not an RSS or Atom document');
  return { items, kind: 'rss', channel: { title: str(channel.title), lang: str(channel.language) } };
}

function jsonItem(o: unknown): Item | null {
  if (!o || typeof o !== 'object' || Array.isArray(o)) return null;
  const r = o as Record<string, unknown>;
  const pick = (...keys: string[]) => {
    for (const k of keys) {
      const v = str(r[k]);
      if (v) return v;
    }
    return null;
  };
  const body = pick('text', 'content', 'body', 'article', 'articleBody', 'content_html', 'html', 'description', 'summary');
  const title = pick('title', 'headline', 'name');
  if (!body && !title) return null;
  return {
    title,
    url: pick('url', 'link', 'href', 'canonical_url'),
    published: parseDate(pick('published', 'publishedAt', 'published_at', 'datePublished', 'date', 'pubDate', 'time', 'created_at')),
    outlet: pick('outlet', 'source', 'site', 'site_name', 'publisher', 'media'),
    body: body ?? '',
    language: pick('language', 'lang'),
  };
}

function jsonItems(text: string, jsonl: boolean): { items: Item[]; bad: number } {
  const items: Item[] = [];
  let bad = 0;
  if (jsonl) {
    for (const line of text.split(/\r?\n/)) {
      if (!line.trim()) continue;
      try {
        const it = jsonItem(JSON.parse(line));
        if (it) items.push(it);
        else bad++;
      } catch {
        bad++;
      }
    }
    return { items, bad };
  }
  const data = JSON.parse(text) as unknown;
  let arr: unknown[] = [];
  if (Array.isArray(data)) arr = data;
  else if (data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    const inner = o.items ?? o.articles ?? o.data ?? o.results ?? o.entries ?? o.posts ?? o.documents;
    arr = Array.isArray(inner) ? inner : [data];
  }
  for (const a of arr) {
    const it = jsonItem(a);
    if (it) items.push(it);
    else bad++;
  }
  return { items, bad };
}

// ------------------------------------------------------------------ assembly

interface Context {
  path: string;
  original: string;
  encoding: string | null;
  baseDiagnostics: Diagnostic[];
  opts: IngestOptions;
}

function emptyDoc(ctx: Context, format: SourceFormat, index: number | undefined, diagnostics: Diagnostic[]): CleanDocument {
  return {
    id: sourceId(ctx.path, index),
    path: index === undefined ? ctx.path : `${ctx.path}#${index}`,
    format,
    outlet: ctx.opts.outletOverride ?? ctx.opts.outlet ?? null,
    url: null,
    language: 'und',
    title: null,
    published: null,
    dateline: null,
    encoding: ctx.encoding,
    text: '',
    offsets: [],
    original: ctx.original,
    diagnostics,
  };
}

function assemble(
  ctx: Context,
  draft: DocDraft,
  index: number | undefined,
  extra: { title?: string | null; url?: string | null; published?: string | null; outlet?: string | null; language?: string | null } = {},
): CleanDocument {
  const diagnostics: Diagnostic[] = [...ctx.baseDiagnostics];
  const head = draft.blocks
    .slice(0, 60)
    .map((b) => b.t.s)
    .join('\n')
    .slice(0, 3000);
  const vietnamese =
    (head.match(/[ơưăđƠƯĂĐ\u1ea0-\u1ef9]|[\u00d0\u00f0]|[aeiouy][\u0300\u0301\u0303\u0309\u0323]/g) ?? []).length >= 3 &&
    detectLanguage(head).language === 'vi';
  const report = { pinyin: 0, garbles: 0, replacement: 0, normalized: 0, lookalike: 0 };
  const fix = (t: MappedText): MappedText => {
    const r = cleanArtifacts(t, { vietnamese });
    report.pinyin += r.report.pinyin;
    report.garbles += r.report.garbles;
    report.replacement += r.report.replacement;
    report.normalized += r.report.normalized;
    report.lookalike += r.report.lookalike;
    return r.text;
  };
  const blocks = draft.blocks.map((b) => ({ ...b, t: fix(b.t) }));
  const hints: CleanHints = { ...draft.hints };
  if (hints.title) hints.title = fix(hints.title);
  const c = cleanBlocks(blocks, hints);
  const parts = c.title ? [c.title, ...c.paragraphs] : c.paragraphs;
  let { text, offsets } = finish(parts);
  if (ctx.opts.maxChars && text.length > ctx.opts.maxChars) {
    text = text.slice(0, ctx.opts.maxChars);
    offsets = offsets.filter((r) => r.clean < text.length).map((r) => ({ ...r, len: Math.min(r.len, text.length - r.clean) }));
    diagnostics.push({ level: 'warning', code: 'truncated', message: `cleaned text cut at ${ctx.opts.maxChars} characters` });
  }
  if (report.normalized)
    diagnostics.push({
      level: 'info',
      code: 'unicode-normalized',
      message: `${report.normalized} decomposed character sequence(s) composed (NFC)`,
    });
  if (report.lookalike)
    diagnostics.push({
      level: 'info',
      code: 'lookalike-repaired',
      message: `${report.lookalike} look-alike letter(s) repaired (Ð U+00D0 → Đ U+0110)`,
    });
  const artifacts = report.pinyin + report.garbles + report.replacement;
  if (artifacts) {
    const what = [
      report.pinyin && `${report.pinyin} pinyin annotation(s)`,
      report.garbles && `${report.garbles} converter byte garble(s) repaired`,
      report.replacement && `${report.replacement} stray replacement mark(s)`,
    ]
      .filter(Boolean)
      .join(', ');
    diagnostics.push({ level: 'info', code: 'artifacts-removed', message: `${artifacts} conversion artifact(s) removed: ${what}` });
  }
  if (c.noise) {
    const why = Object.entries(c.reasons)
      .filter(([k]) => k !== 'empty')
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    diagnostics.push({ level: 'info', code: 'noise-removed', message: `${c.noise} block(s) of page noise removed (${why})` });
  }
  const lang = detectLanguage((text || ctx.original).slice(0, 3000));
  let language = normalizeTag(extra.language, lang.language) ?? lang.language;
  if (!extra.language && !lang.confident && /^zh/.test(lang.language) && draft.htmlLang && /^zh/i.test(draft.htmlLang))
    language = /hant|tw|hk|mo/i.test(draft.htmlLang) ? 'zh-Hant' : 'zh-Hans';
  if (!extra.language && !lang.confident && text)
    diagnostics.push({ level: 'info', code: 'language-uncertain', message: `language guessed as ${language} from little evidence` });
  if (!text.trim()) diagnostics.push({ level: 'warning', code: 'empty-after-cleaning', message: 'no article text left after cleaning' });
  const url = extra.url ?? c.url ?? null;
  // outlet: the analyst's choice, then what the document states, then weaker page evidence, the folder name last
  const stated = extra.outlet ?? c.outlet ?? draft.hints.siteOutlet ?? c.masthead ?? hostOutlet(url) ?? null;
  const outlet = ctx.opts.outletOverride ?? stated ?? ctx.opts.outlet ?? null;
  if (!ctx.opts.outletOverride && !stated && ctx.opts.outlet)
    diagnostics.push({
      level: 'info',
      code: 'outlet-from-folder',
      message: `the document names no outlet; the folder name "${ctx.opts.outlet}" is used`,
    });
  return {
    id: sourceId(ctx.path, index),
    path: index === undefined ? ctx.path : `${ctx.path}#${index}`,
    format: draft.format,
    outlet,
    url,
    language,
    title: c.title?.s ?? extra.title ?? null,
    published: extra.published ?? c.published ?? null,
    dateline: c.dateline,
    encoding: ctx.encoding,
    text,
    offsets,
    original: ctx.original,
    diagnostics,
  };
}

/** A stated language tag in BCP 47 form; Chinese always gets its script (from the region or the detected text). */
function normalizeTag(stated: string | null | undefined, detected: string): string | null {
  if (!stated) return null;
  const t = stated.trim().replace(/_/g, '-');
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(t)) return null;
  const [lang, ...rest] = t.split('-');
  const l = lang.toLowerCase();
  if (l === 'zh') {
    const sub = rest.join('-').toLowerCase();
    if (/hant|tw|hk|mo/.test(sub)) return 'zh-Hant';
    if (/hans|cn|sg|my/.test(sub)) return 'zh-Hans';
    return /^zh-/.test(detected) ? detected : 'zh-Hans';
  }
  return l;
}

/** Decoded text of one file → documents. Used for text layers extracted elsewhere (PDF, DOCX) too. */
export function ingestText(
  path: string,
  original: string,
  opts: IngestOptions = {},
  encoding: string | null = null,
  baseDiagnostics: Diagnostic[] = [],
): CleanDocument[] {
  const ctx: Context = { path, original, encoding, baseDiagnostics, opts };
  const format = opts.format ?? detectFormat(path, original);
  try {
    if (format === 'rss' || format === 'atom' || format === 'json' || format === 'jsonl') {
      let items: Item[];
      let bad = 0;
      let feedLang: string | null = null;
      let fmt: SourceFormat = format;
      if (format === 'rss' || format === 'atom') {
        const f = feedItems(original);
        items = f.items;
        fmt = f.kind;
        feedLang = f.channel.lang;
      } else {
        const j = jsonItems(original, format === 'jsonl');
        items = j.items;
        bad = j.bad;
      }
      if (bad)
        ctx.baseDiagnostics = [
          ...baseDiagnostics,
          { level: 'warning', code: 'parse-error', message: `${bad} record(s) could not be read as articles` },
        ];
      if (!items.length)
        return [
          emptyDoc(ctx, fmt, undefined, [
            ...ctx.baseDiagnostics,
            { level: 'warning', code: 'empty-after-cleaning', message: `no articles found in this ${fmt} file` },
          ]),
        ];
      let cursor = 0;
      return items.map((it, i) => {
        const loc = locate(original, it.body, cursor);
        cursor = loc.next;
        const inner: SourceFormat = /<[a-z][^>]*>/i.test(it.body) ? 'html' : 'text';
        const d = draftFromText(original, loc.region, inner === 'html' ? (/<(html|body)\b/i.test(it.body) ? 'html' : 'text+html') : 'text');
        d.format = fmt;
        if (it.title) {
          const at = original.indexOf(it.title);
          d.hints.title = at >= 0 ? fromOriginal(it.title, at) : inserted(it.title, loc.region.o.length ? origAt(loc.region, 0) : 0);
        }
        const lang = it.language ?? (feedLang && !/^zh$/i.test(feedLang) ? null : null);
        return assemble(ctx, d, i, { url: it.url, published: it.published, outlet: it.outlet, language: lang });
      });
    }
    if (format === 'pdf' || format === 'docx') {
      let region = fromOriginal(original);
      // PDF text layers break lines at the page width: a full line that does not finish a sentence continues
      if (format === 'pdf') {
        region = replaceAll(region, /([^\n]{40,}?[^\n。！？!?.;；:："”」』)）])\n(?=[^\n\s])/gu, (mt) => {
          const a = mt[1];
          const joiner = /[\p{Script=Han}]$/u.test(a) ? '' : ' ';
          return a + joiner;
        }).text;
      }
      const d = draftFromText(original, region, 'text');
      d.format = format;
      return [assemble(ctx, d, undefined)];
    }
    const fm = frontMatter(original);
    // a whole HTML page maps onto itself: no offset table is built for it (the parser keeps source offsets)
    const region = fm
      ? { s: original.slice(fm.len), o: fromOriginal(original.slice(fm.len), fm.len).o }
      : format === 'html'
        ? { s: original, o: WHOLE }
        : fromOriginal(original);
    const d = draftFromText(original, region, format);
    const extra = fm
      ? {
          title: fm.data.title ?? null,
          url: fm.data.url ?? fm.data.link ?? fm.data.source_url ?? null,
          published: parseDate(fm.data.date ?? fm.data.published ?? null),
          outlet: fm.data.outlet ?? fm.data.publisher ?? fm.data.source ?? fm.data.site ?? null,
          language: fm.data.lang ?? fm.data.language ?? null,
        }
      : {};
    return [assemble(ctx, d, undefined, extra)];
  } catch (e) {
    return [
      emptyDoc(ctx, format, undefined, [
        ...baseDiagnostics,
        { level: 'error', code: 'parse-error', message: `could not parse as ${format}: ${(e as Error).message}` },
      ]),
    ];
  }
}

/** Share of control bytes (NUL etc.) that marks a file as binary. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let ctrl = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    else if (b < 9 || (b > 13 && b < 32 && b !== 27)) ctrl++;
  }
  // UTF-16 text has many NULs in a regular pattern; decodeBytes handles it
  if (nul > 0) {
    let even = 0;
    let odd = 0;
    for (let i = 0; i < n; i++) {
      if (bytes[i] !== 0) continue;
      if (i % 2) odd++;
      else even++;
    }
    const regular = (even > n * 0.2 && odd < n * 0.02) || (odd > n * 0.2 && even < n * 0.02);
    if (!regular) return true;
  }
  return ctrl > n * 0.1;
}

/** MHTML (one page) and WARC (one document per archived HTML page); null when the bytes are neither. */
function archiveDocs(path: string, bytes: Uint8Array, opts: IngestOptions): CleanDocument[] | null {
  // pages and text files start with "<", a BOM or text; archives start with a header line ("WARC/1.0", "From: …")
  if (!/\.(mht|mhtml|warc)$/i.test(path) && !(bytes.length > 8 && bytes[0] >= 0x41 && bytes[0] <= 0x5a)) return null;
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  const read = (page: ArchivedPage, where: string, index?: number): CleanDocument => {
    const dec = decodeBytes(page.bytes);
    const note: Diagnostic = { level: 'info', code: 'encoding-detected', message: `${where}; ${dec.encoding}` };
    const [doc] = ingestText(index === undefined ? path : `${path}#${index}`, dec.text, { ...opts, format: 'html' }, dec.encoding, [note, ...dec.diagnostics.filter((d) => d.code !== 'encoding-detected')]);
    return { ...doc, id: sourceId(path, index), path: index === undefined ? path : `${path}#${index}`, url: doc.url ?? page.url };
  };
  if (looksMhtml(path, head)) {
    const page = mhtmlPage(bytes);
    if (!page) return null;
    return [read(page, 'HTML page of an MHTML file')];
  }
  if (looksWarc(path, head)) {
    const { pages, skipped } = warcPages(bytes);
    if (!pages.length) return null;
    const docs = pages.map((p, i) => read(p, `HTML page ${i + 1} of a WARC file (${p.url ?? 'no URL'})`, i));
    if (skipped)
      docs[docs.length - 1].diagnostics.push({
        level: 'warning',
        code: 'truncated',
        message: `${skipped} more page(s) in this WARC file were not read (limit ${MAX_ARCHIVE_PAGES})`,
      });
    return docs;
  }
  return null;
}

/** Bytes of one file → clean documents (always at least one, with diagnostics for failures). */
export function ingestBytes(path: string, bytes: Uint8Array, opts: IngestOptions = {}): CleanDocument[] {
  const ctxBase: Context = { path, original: '', encoding: null, baseDiagnostics: [], opts };
  if (bytes.length === 0)
    return [
      emptyDoc(ctxBase, opts.format ?? detectFormat(path, ''), undefined, [
        { level: 'warning', code: 'empty-after-cleaning', message: 'file is empty (0 bytes)' },
      ]),
    ];
  const fmt = opts.format ?? detectFormat(path, '');
  if (fmt === 'pdf' || fmt === 'docx')
    return [
      emptyDoc(ctxBase, fmt, undefined, [
        { level: 'error', code: 'unsupported-format', message: `${fmt.toUpperCase()} needs the file reader (text layer extraction)` },
      ]),
    ];
  const archived = archiveDocs(path, bytes, opts);
  if (archived) return archived;
  if (looksBinary(bytes))
    return [
      emptyDoc(ctxBase, 'text', undefined, [{ level: 'error', code: 'binary', message: 'binary file (control bytes), not text; skipped' }]),
    ];
  const dec = decodeBytes(bytes);
  return ingestText(path, dec.text, opts, dec.encoding, dec.diagnostics);
}
