// Sentence-matching benchmark on NTREX (../shared/data/ntrex): for every line, is its translation the best
// of all 1,997 candidates (P@1)? Then the same on bench/data/parallel (sentences written for Parallax in en, ru,
// zh-Hans and ar): the first half of each file is for development (tuning), the second half is the test, reported
// separately; ru→en, ru→zh-Hans and ar→en are also measured with the NTREX English / Chinese sentences added as
// distractor candidates (2,000+ candidates instead of 100).
// Prints `name: value unit` lines. Run alone: npx tsx bench/match.ts
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createSimilarity, type Features, type Similarity, type SimilarityOptions } from '../src/core/lang';
import { loadLangData } from '../src/node/lang-data';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ntrexDir = path.resolve(repoRoot, '../shared/data/ntrex');
export const NTREX_FILES: Record<string, string> = {
  'zh-Hans': 'newstest2019-ref.zho_Hans.txt',
  'zh-Hant': 'newstest2019-ref.zho_Hant.txt',
  vi: 'newstest2019-ref.vie.txt',
  en: 'newstest2019-src.eng.txt',
};
export const PAIRS: [string, string][] = [
  ['zh-Hant', 'zh-Hans'],
  ['zh-Hans', 'vi'],
  ['zh-Hant', 'vi'],
  ['vi', 'en'],
  ['zh-Hans', 'en'],
  ['zh-Hant', 'en'],
];

export function readNtrex(lang: string): string[] {
  return readFileSync(path.join(ntrexDir, NTREX_FILES[lang]), 'utf8').split('\n').filter((l, i, all) => l.length > 0 || i < all.length - 1);
}

export interface PairResult {
  pair: string;
  p1: number;
  /** With only half of B present: share of A lines correctly matched or correctly left unmatched. */
  unmatchedAcc: number;
}

export const parallelDir = path.join(repoRoot, 'bench/data/parallel');
/** Own parallel set: pairs measured, and the languages with NTREX distractors on the B side. */
export const PARALLEL_PAIRS: [string, string][] = [
  ['ru', 'en'],
  ['en', 'ru'],
  ['ru', 'zh-Hans'],
  ['zh-Hans', 'ru'],
  ['ar', 'en'],
];

export function readParallel(lang: string): string[] {
  const f = path.join(parallelDir, `${lang}.txt`);
  return existsSync(f) ? readFileSync(f, 'utf8').split('\n').filter((l) => l.length > 0) : [];
}

/**
 * P@1 on the own parallel set, per half ('dev': first half, 'test': second half). With `distractors`, extra
 * candidates (not translations of anything in A) are added to B.
 */
export function parallelP1(sim: Similarity, a: string, b: string, half: 'dev' | 'test', distractors: Features[] = []): { p1: number; n: number; candidates: number } {
  const A = readParallel(a);
  const B = readParallel(b);
  const n = Math.min(A.length, B.length);
  const mid = Math.floor(n / 2);
  const [lo, hi] = half === 'dev' ? [0, mid] : [mid, n];
  const fa = A.slice(lo, hi).map((t) => sim.features(t, a));
  const fb = [...B.slice(lo, hi).map((t) => sim.features(t, b)), ...distractors];
  const res = sim.match(fa, fb, { threshold: 0 });
  return { p1: res.filter((r) => r.best === r.a).length / Math.max(1, res.length), n: res.length, candidates: fb.length };
}

export function benchParallel(sim: Similarity, print = true, halves: ('dev' | 'test')[] = ['dev', 'test']): PairResult[] {
  const out: PairResult[] = [];
  if (!existsSync(parallelDir)) {
    if (print) console.log('parallel: skipped (bench/data/parallel absent)');
    return out;
  }
  // NTREX sentences of the B language (English, Chinese) as extra candidates: translations of nothing in A
  const distractorsOf = new Map<string, Features[]>();
  if (existsSync(ntrexDir)) for (const lang of ['en', 'zh-Hans']) distractorsOf.set(lang, readNtrex(lang).map((t) => sim.features(t, lang)));
  for (const lang of ['ru', 'ar']) {
    const lines = readParallel(lang);
    if (!lines.length) continue;
    for (const l of lines) sim.features(l, lang); // warm: stems and table look-ups are memoized
    const t0 = performance.now();
    let count = 0;
    while (performance.now() - t0 < 500)
      for (const l of lines) {
        sim.features(l, lang);
        count++;
      }
    if (print) console.log(`features ${lang}: ${Math.round(count / ((performance.now() - t0) / 1000))} sentences/s`);
  }
  for (const [a, b] of PARALLEL_PAIRS) {
    if (!readParallel(a).length || !readParallel(b).length) continue;
    for (const half of halves) {
      const r = parallelP1(sim, a, b, half);
      out.push({ pair: `${a}->${b} ${half}`, p1: r.p1, unmatchedAcc: NaN });
      if (print) console.log(`parallel p@1 ${a}->${b} (${half} half, ${r.n} lines, ${r.candidates} candidates): ${r.p1.toFixed(3)} ratio`);
      if (half === 'test' && a === 'ru') {
        // counterpart or not: B keeps only the first half of the test lines, so the rest of A must stay unmatched
        const A = readParallel(a);
        const B = readParallel(b);
        const mid = Math.floor(Math.min(A.length, B.length) / 2);
        const fa = A.slice(mid).map((t) => sim.features(t, a));
        const keep = Math.floor(fa.length / 2);
        const fb = B.slice(mid, mid + keep).map((t) => sim.features(t, b));
        const res = sim.match(fa, fb);
        const acc = res.filter((x) => (x.a < keep ? x.b === x.a : x.b === null)).length / res.length;
        if (print) console.log(`parallel half-missing accuracy ${a}->${b} (test half): ${acc.toFixed(3)} ratio`);
      }
      const extra = distractorsOf.get(b);
      if (extra && a !== 'en' && !a.startsWith('zh')) {
        const d = parallelP1(sim, a, b, half, extra);
        out.push({ pair: `${a}->${b}+ntrex ${half}`, p1: d.p1, unmatchedAcc: NaN });
        if (print) console.log(`parallel p@1 ${a}->${b} with NTREX distractors (${half} half, ${d.n} lines, ${d.candidates} candidates): ${d.p1.toFixed(3)} ratio`);
      }
    }
  }
  return out;
}

export async function benchMatch(opts: SimilarityOptions = {}, print = true): Promise<PairResult[]> {
  if (!existsSync(ntrexDir)) {
    console.log('ntrex: skipped (../shared/data/ntrex absent)');
    benchParallel(createSimilarity(loadLangData(), opts), print);
    return [];
  }
  const t0 = performance.now();
  const data = loadLangData();
  const sim = createSimilarity(data, opts);
  sim.features('預熱 warm-up', 'zh-Hant');
  const loadMs = performance.now() - t0;
  if (print) console.log(`lang data load: ${Math.round(loadMs)} ms`);
  const feats: Record<string, Features[]> = {};
  let count = 0;
  const t1 = performance.now();
  for (const lang of Object.keys(NTREX_FILES)) {
    feats[lang] = readNtrex(lang).map((l) => sim.features(l, lang));
    count += feats[lang].length;
  }
  const secs = (performance.now() - t1) / 1000;
  if (print) console.log(`features: ${Math.round(count / secs)} sentences/s`);
  // whole documents (event clustering works on them): must stay linear in length
  const doc = readNtrex('vi').join('\n');
  const t3 = performance.now();
  sim.features(doc, 'vi');
  if (print) console.log(`features long document: ${Math.round(doc.length / ((performance.now() - t3) / 1000))} chars/s`);
  const out: PairResult[] = [];
  for (const [a, b] of PAIRS) {
    const t2 = performance.now();
    const res = sim.match(feats[a], feats[b], { threshold: 0 });
    const ok = res.filter((r) => r.best === r.a).length / res.length;
    const matchMs = performance.now() - t2;
    // Counterpart or not: B keeps only its first half, so the second half of A must stay unmatched.
    const half = Math.floor(feats[b].length / 2);
    const res2 = sim.match(feats[a], feats[b].slice(0, half));
    const acc2 = res2.filter((r) => (r.a < half ? r.b === r.a : r.b === null)).length / res2.length;
    out.push({ pair: `${a}->${b}`, p1: ok, unmatchedAcc: acc2 });
    if (print) {
      console.log(`ntrex p@1 ${a}->${b}: ${ok.toFixed(3)} ratio`);
      console.log(`ntrex half-missing accuracy ${a}->${b}: ${acc2.toFixed(3)} ratio`);
      console.log(`ntrex match ${a}->${b}: ${Math.round(matchMs)} ms`);
    }
  }
  out.push(...benchParallel(sim, print));
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchMatch();
}
