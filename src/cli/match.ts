// `parallax match <a.txt> <b.txt> [--threshold x] [--lang-a L] [--lang-b L]`: for each line of A, the best
// line of B by cross-language similarity, as JSON lines {"a":i,"b":j|null,"score":s} (b is null below the
// threshold). Languages are detected when not given.
import { readFileSync } from 'node:fs';
import { createSimilarity, detectLang } from '../core/lang';
import { loadLangData } from '../node/lang-data';

const USAGE = 'usage: parallax match <a.txt> <b.txt> [--threshold x] [--lang-a zh-Hans] [--lang-b vi]';

export async function runMatch(argv: string[]): Promise<number> {
  const files: string[] = [];
  let threshold: number | undefined;
  let langA: string | undefined;
  let langB: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--threshold') {
      threshold = Number(value());
      if (!Number.isFinite(threshold)) {
        process.stderr.write(`parallax match: --threshold needs a number\n${USAGE}\n`);
        return 2;
      }
    } else if (flag === '--lang-a') langA = value();
    else if (flag === '--lang-b') langB = value();
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (flag.startsWith('--')) {
      process.stderr.write(`parallax match: unknown option ${flag}\n${USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 2) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let textA: string;
  let textB: string;
  try {
    textA = readFileSync(files[0], 'utf8');
    textB = readFileSync(files[1], 'utf8');
  } catch (e) {
    process.stderr.write(`parallax match: ${(e as Error).message}\n`);
    return 1;
  }
  const split = (t: string) => {
    const lines = t.replace(/^\uFEFF/, '').split(/\r?\n/);
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines;
  };
  const linesA = split(textA);
  const linesB = split(textB);
  const la = langA ?? detectLang(textA);
  const lb = langB ?? detectLang(textB);
  const sim = createSimilarity(loadLangData(), threshold === undefined ? {} : { threshold });
  const fa = linesA.map((l) => sim.features(l, la));
  const fb = linesB.map((l) => sim.features(l, lb));
  const results = sim.match(fa, fb);
  const out: string[] = [];
  for (const r of results) {
    const empty = linesA[r.a].trim() === '';
    out.push(JSON.stringify({ a: r.a, b: empty ? null : r.b, score: empty ? 0 : Math.round(r.score * 1e4) / 1e4 }));
  }
  process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
  return 0;
}
