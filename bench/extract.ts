// Main-text extraction benchmark on the article-extraction benchmark's development half (../shared/data/aeb-dev:
// real pages with a person's marked article body). The benchmark's own metric (its NOTICE.md): `\w+` tokens
// (Unicode word characters), sets of 4-token shingles, per-page precision and recall, precision averaged over pages
// with a prediction, recall over pages with a truth, F1 of the two means. The same run times Readability.js with
// jsdom on the same pages as the reference (Parallax timed in passes before and after it, the median reported). Prints
// `name: value unit` lines.
// Run alone: `npx tsx bench/extract.ts [--pages ids] [--dump dir] [--no-ref]`.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { ingestBytes } from '../src/core/ingest/index';

export const aebDir = path.resolve(import.meta.dirname, '../../shared/data/aeb-dev');

const WORD = /[\p{L}\p{N}\p{M}\p{Pc}]+/gu;

function shingles(text: string): Set<string> {
  const toks = text.match(WORD) ?? [];
  const out = new Set<string>();
  if (toks.length < 4) {
    if (toks.length) out.add(toks.join(' '));
    return out;
  }
  for (let i = 0; i + 4 <= toks.length; i++) out.add(`${toks[i]} ${toks[i + 1]} ${toks[i + 2]} ${toks[i + 3]}`);
  return out;
}

export interface PageScore {
  id: string;
  p: number;
  r: number;
}

export function scorePage(pred: string, truth: string): { p: number; r: number } {
  const a = shingles(pred);
  const b = shingles(truth);
  let tp = 0;
  for (const s of a) if (b.has(s)) tp++;
  const p = a.size ? tp / a.size : 0;
  const r = b.size ? tp / b.size : 0;
  return { p, r };
}

function summary(scores: PageScore[]): { p: number; r: number; f1: number } {
  const p = scores.reduce((x, s) => x + s.p, 0) / Math.max(1, scores.length);
  const r = scores.reduce((x, s) => x + s.r, 0) / Math.max(1, scores.length);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Body without the headline Parallax puts first. */
export function parallaxBody(id: string, bytes: Uint8Array): string {
  const [doc] = ingestBytes(`${id}.html`, bytes);
  if (!doc) return '';
  const t = doc.text;
  if (doc.title && t.startsWith(doc.title)) return t.slice(doc.title.length).trimStart();
  return t;
}

export async function benchExtract(): Promise<void> {
  if (!existsSync(aebDir)) {
    console.log(`extract: skipped (no ${aebDir})`);
    return;
  }
  const args = process.argv.slice(2);
  const pick = args.includes('--pages') ? new Set(args[args.indexOf('--pages') + 1].split(',')) : null;
  const dump = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : null;
  const truth = JSON.parse(readFileSync(path.join(aebDir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
  const pages: { id: string; bytes: Uint8Array; html: string; url?: string }[] = [];
  for (const f of readdirSync(path.join(aebDir, 'html')).sort()) {
    const id = f.replace(/\.html\.gz$/, '');
    if (!truth[id] || (pick && !pick.has(id) && !pick.has(id.slice(0, 6)))) continue;
    const bytes = gunzipSync(readFileSync(path.join(aebDir, 'html', f)));
    pages.push({ id, bytes, html: new TextDecoder().decode(bytes), url: truth[id].url });
  }
  const bytesTotal = pages.reduce((x, p) => x + p.bytes.length, 0);

  // Parallax: warm once, then time a full pass
  for (const p of pages) parallaxBody(p.id, p.bytes);
  const scores: PageScore[] = [];
  const outs: string[] = [];
  const ref: PageScore[] = [];
  const noRef = args.includes('--no-ref');
  const { JSDOM, VirtualConsole } = noRef ? ({} as typeof import('jsdom')) : await import('jsdom');
  const { Readability } = noRef ? ({} as typeof import('@mozilla/readability')) : await import('@mozilla/readability');
  const vc = noRef ? null : new VirtualConsole();
  if (!noRef)
    for (const p of pages.slice(0, 3)) new Readability(new JSDOM(p.html, { url: p.url, virtualConsole: vc! }).window.document).parse();
  // Parallax runs before and after the reference, so that load from
  // other processes drifting during the run falls on both readers alike (and jsdom's garbage is not collected
  // inside Parallax's timing, as it would be if the two alternated page by page)
  const pass = (): number => {
    outs.length = 0;
    const t0 = performance.now();
    for (const p of pages) outs.push(parallaxBody(p.id, p.bytes));
    return performance.now() - t0;
  };
  // three passes before the reference and three after; the median pass is Parallax's time (a short pass is easily
  // hit by a burst of load from other processes, while the reference's long single pass averages it out)
  const times = [pass(), pass(), pass()];
  let ms1 = 0;
  if (!noRef) {
    const t1 = performance.now();
    for (const p of pages) {
      let text: string;
      try {
        const dom = new JSDOM(p.html, { url: p.url, virtualConsole: vc! });
        text = new Readability(dom.window.document).parse()?.textContent ?? '';
        dom.window.close();
      } catch {
        text = '';
      }
      ref.push({ id: p.id, ...scorePage(text, truth[p.id].articleBody) });
    }
    ms1 = performance.now() - t1;
    times.push(pass(), pass(), pass());
  }
  times.sort((a, b) => a - b);
  const ms = times.length > 3 ? (times[2] + times[3]) / 2 : times[1];
  pages.forEach((p, i) => scores.push({ id: p.id, ...scorePage(outs[i], truth[p.id].articleBody) }));
  const s = summary(scores);
  if (dump) {
    mkdirSync(dump, { recursive: true });
    pages.forEach((p, i) => writeFileSync(path.join(dump, `${p.id.slice(0, 8)}.txt`), outs[i]));
    const rows = scores.map((x) => `${x.id.slice(0, 8)}\t${x.p.toFixed(3)}\t${x.r.toFixed(3)}`).join('\n');
    writeFileSync(path.join(dump, 'scores.tsv'), `${rows}\n`);
  }
  console.log(`extract pages: ${pages.length} pages (${(bytesTotal / 1e6).toFixed(1)} MB)`);
  console.log(`extract parallax precision: ${s.p.toFixed(3)}`);
  console.log(`extract parallax recall: ${s.r.toFixed(3)}`);
  console.log(`extract parallax F1: ${s.f1.toFixed(3)}`);
  const pps = pages.length / (ms / 1000);
  console.log(`extract parallax speed: ${pps.toFixed(1)} pages/s`);

  if (noRef) return;
  const r = summary(ref);
  const rps = pages.length / (ms1 / 1000);
  console.log(`extract readability+jsdom F1: ${r.f1.toFixed(3)} (P ${r.p.toFixed(3)}, R ${r.r.toFixed(3)})`);
  console.log(`extract readability+jsdom speed: ${rps.toFixed(1)} pages/s`);
  console.log(`extract speedup: ${(pps / rps).toFixed(1)} x`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchExtract();
