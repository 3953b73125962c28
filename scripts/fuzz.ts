// `npm run fuzz`: 10,000 fast-check cases of mutated files of every format through the ingest workers, then the
// pathological files of issue 14 (300 MB zip bomb, a lying bomb, <div>x400,000, a 20 MB line, mixed encodings, a
// FIFO) beside good files, and how fast the HTTP host answers while one of them is read. Prints the figures:
// cases, failures, slowest case, peak memory (this process and the workers' heap cap), host answer times.
//   tsx scripts/fuzz.ts [--cases N] [--seed S]
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { startHost } from '../src/host/server';
import { DEFAULT_LIMITS } from '../src/node/ingest/limits';
import { createIngestPool } from '../src/node/ingest/pool';
import { readAllSources } from '../src/node/ingest/index';
import { readDocuments } from '../src/node/service/sources';
import { caseArb, runCase, SEEDS, type FuzzCase } from '../tests/fuzz/cases';
import { deepHtml, docxBomb } from '../tests/fuzz/generate';

const args = process.argv.slice(2);
const arg = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const CASES = arg('--cases', 10_000);
const SEED = arg('--seed', 14);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;

async function main(): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-fuzz-'));
  const pool = createIngestPool();
  let failures = 0;
  try {
    // 1. mutated files
    const cases = fc.sample(caseArb, { numRuns: CASES, seed: SEED }) as FuzzCase[];
    let slowest = { ms: 0, what: '' };
    const started = performance.now();
    const batch = 4;
    for (let i = 0; i < cases.length; i += batch) {
      const results = await Promise.all(cases.slice(i, i + batch).map((c, k) => runCase(pool, dir, i + k, c)));
      results.forEach((r, k) => {
        const c = cases[i + k];
        if (r.ms > slowest.ms) slowest = { ms: r.ms, what: `${c.seed} with ${c.mutations.map((m) => m.kind).join('+')}` };
        if (r.problems.length) {
          failures++;
          if (failures <= 10) process.stdout.write(`FAIL case ${i + k}: ${r.problems.join('; ')} — ${JSON.stringify(c).slice(0, 200)}\n`);
        }
      });
      if (i % 1000 === 0) process.stderr.write(`\r${i}/${cases.length}`);
    }
    process.stderr.write('\r');
    const total = (performance.now() - started) / 1000;
    process.stdout.write(
      `fuzz: ${cases.length} cases, ${failures} failed, ${total.toFixed(1)} s (${((total * 1000) / cases.length).toFixed(1)} ms/case), slowest ${slowest.ms.toFixed(0)} ms (${slowest.what})\n`,
    );

    // 2. pathological files beside good ones
    const folder = path.join(dir, 'hostile', 'corpus');
    const goodFolder = path.join(dir, 'good', 'corpus');
    mkdirSync(folder, { recursive: true });
    mkdirSync(goodFolder, { recursive: true });
    for (const [name, bytes] of Object.entries(SEEDS)) {
      writeFileSync(path.join(folder, name), bytes);
      writeFileSync(path.join(goodFolder, name), bytes);
    }
    const vi = Buffer.from('Phái đoàn Vantaro đã gặp nhau tại Dessau hôm thứ Ba trong ba giờ. '.repeat(20));
    const pathological: [string, () => Promise<Buffer> | Buffer][] = [
      ['bomb-300mb.docx', () => docxBomb(300)],
      ['bomb-lying-100mb.docx', () => docxBomb(100, true)],
      ['deep-400k.html', () => Buffer.from(deepHtml(400_000))],
      ['line-20mb.txt', () => Buffer.alloc(20 * 1024 * 1024 - 1, 'x')],
      [
        'mixed-encoding.txt',
        () => Buffer.concat([vi, iconv.encode('会谈持续三小时', 'gb18030'), iconv.encode('會談持續三小時', 'big5'), vi]),
      ],
    ];
    for (const [name, make] of pathological) writeFileSync(path.join(folder, name), await make());
    execFileSync('mkfifo', [path.join(folder, 'pipe.txt')]);
    const alone = await readAllSources([goodFolder]);
    const before = peakRss;
    peakRss = 0;
    const t0 = performance.now();
    const docs = await readDocuments([folder], { pool });
    const tFolder = performance.now() - t0;
    for (const d of docs.filter((x) => !SEEDS[x.path.replace(/#\d+$/, '')])) {
      const codes = d.diagnostics.filter((x) => x.level !== 'info').map((x) => x.code);
      process.stdout.write(`  ${d.path.padEnd(24)} ${codes.join(', ') || '(no warning)'} — ${d.text.length.toLocaleString('en')} chars\n`);
      if (!codes.length) failures++;
    }
    for (const g of alone) {
      const same = docs.find((x) => x.path === g.path);
      if (JSON.stringify(same) !== JSON.stringify(g)) {
        failures++;
        process.stdout.write(`FAIL good file ${g.path} read differently beside the pathological ones\n`);
      }
    }
    process.stdout.write(
      `pathological folder: ${docs.length} files in ${(tFolder / 1000).toFixed(1)} s, peak memory ${mb(peakRss)} (this process; each ingest worker's heap is capped at ${DEFAULT_LIMITS.workerHeapMb} MB), good files unchanged\n`,
    );
    peakRss = Math.max(before, peakRss);

    // 3. the host answers while a pathological file is read
    const staticDir = path.join(dir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>fuzz</title>');
    const deepOnly = path.join(dir, 'deep-only');
    mkdirSync(deepOnly);
    writeFileSync(path.join(deepOnly, 'deep.html'), deepHtml(400_000));
    const host = await startHost({ staticDir, userDataDir: path.join(dir, 'ud'), watchProjectMs: 0 });
    const post = (channel: string, body: unknown) =>
      new Promise<number>((resolve, reject) => {
        const t = performance.now();
        const req = http.request(
          {
            host: '127.0.0.1',
            port: host.port,
            method: 'POST',
            path: `/api/call/${channel}`,
            headers: { Authorization: `Bearer ${host.token}` },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(performance.now() - t));
          },
        );
        req.on('error', reject);
        req.end(body === undefined ? '' : JSON.stringify(body));
      });
    let reading = true;
    const opening = post('project:open-folders', { paths: [deepOnly] }).finally(() => (reading = false));
    const answers: number[] = [];
    while (reading) {
      answers.push(await post('app:get-info', undefined));
      await new Promise((r) => setTimeout(r, 20));
    }
    const openMs = await opening;
    await host.close();
    answers.sort((a, b) => a - b);
    const p = (q: number) => answers[Math.min(answers.length - 1, Math.floor(q * answers.length))] ?? NaN;
    process.stdout.write(
      `host while <div>x400,000 is read (${(openMs / 1000).toFixed(1)} s): ${answers.length} answers, median ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms, max ${answers[answers.length - 1]?.toFixed(1)} ms\n`,
    );
  } finally {
    clearInterval(sampler);
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`peak memory (this process): ${mb(peakRss)}; ${failures ? `${failures} FAILURE(S)` : 'clean'}\n`);
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`fuzz: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(2);
  },
);
