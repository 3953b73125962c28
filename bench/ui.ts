// UI benchmark: first paint, time to interactive and scroll frame times of the real app on a 200-source project.
//
// 1. Generates 200 news files (zh-Hans, zh-Hant, vi, en) about six storms in a temp folder (bench/ui/corpus.ts):
//    the engine finds thousands of alignment groups in them.
// 2. Builds the renderer into a temp folder (vite, ~2 s; or PARALLAX_UI_STATIC=<built renderer>), starts the real
//    local HTTP host (src/host/server.ts) with a throw-away userData folder, opens the folder and analyses it
//    through the HTTP API, exactly as the Open panel and the Analyse button do.
// 3. Opens the app in Debian's Chromium (PARALLAX_CHROMIUM or /usr/bin/chromium; skipped when absent) and measures
//    in the page, from navigation start (performance.timeOrigin, which includes the one ?token= redirect):
//    - first paint: the first-contentful-paint entry;
//    - side-by-side rendered: the first frame in which the side-by-side grid shows rows with source cells;
//    - time to interactive: the first frame, after the grid is shown, in which a key press ('j', dispatched
//      on window once per frame until it takes) has moved the selection (a row with aria-selected="true" is
//      on screen). That is: the 200-source comparison was fetched, indexed, rendered and its keyboard handler
//      is live;
//    - scroll frames: requestAnimationFrame deltas while a script scrolls the virtualized side-by-side grid by
//      several thousand pixels down and across, then the fact matrix; the DOM element count is sampled
//      meanwhile (it stays small when the grid is virtualized).
// Prints `name: value unit` lines. Run alone: `npx tsx bench/ui.ts`, or `npm run bench -- ui`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Comparison } from '../src/core/model';
import { startHost, type Host } from '../src/host/server';
import { CHROMIUM_ARGS } from '../src/node/pdf';
import { generateUiCorpus } from './ui/corpus';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = 200;
const VIEWPORT = { width: 1600, height: 1000 };
/** the whole run stops here, whatever hangs */
const BUDGET_MS = 170_000;

interface ScrollRun {
  deltas: number[];
  maxNodes: number;
  maxRows: number;
  maxCells: number;
  distance: number;
  /** long animation frames: count, and summed duration / script / forced layout / rendering (style, layout, paint) in ms */
  long: { frames: number; total: number; script: number; forcedLayout: number; render: number };
}

interface FrameStats {
  p50: number;
  p95: number;
  max: number;
  frames: number;
}

function stats(xs: number[]): FrameStats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? NaN, frames: s.length };
}

const line = (name: string, value: number | string, unit: string) =>
  console.log(`${name}: ${typeof value === 'number' ? (Number.isInteger(value) ? value : value.toFixed(1)) : value} ${unit}`);

async function call<T>(host: Host, channel: string, body?: unknown): Promise<T> {
  const r = await fetch(`http://127.0.0.1:${host.port}/api/call/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? '' : JSON.stringify(body),
  });
  const reply = (await r.json()) as { ok: true; res: T } | { ok: false; error: { code: string; message: string } };
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.code}: ${reply.error.message}`);
  return reply.res;
}

function buildRenderer(outDir: string): void {
  const r = spawnSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'vite.web.config.ts',
      '--logLevel',
      'error',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0 || !existsSync(path.join(outDir, 'index.html'))) throw new Error(`renderer build failed: ${r.stderr || r.stdout}`);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

export async function benchUi(): Promise<void> {
  const executablePath = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.log(`ui: skipped (no Chromium at ${executablePath}; set PARALLAX_CHROMIUM)`);
    return;
  }
  let chromium: typeof import('@playwright/test').chromium;
  try {
    ({ chromium } = await import('@playwright/test'));
  } catch {
    console.log('ui: skipped (@playwright/test is not installed)');
    return;
  }
  const started = performance.now();
  const left = () => Math.max(5_000, BUDGET_MS - (performance.now() - started));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-ui-'));
  let host: Host | null = null;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null;
  try {
    // 1. the project folder
    const folder = path.join(tmp, 'storms');
    const files = generateUiCorpus(SOURCES);
    for (const f of files) {
      const p = path.join(folder, f.path);
      mkdirSync(path.dirname(p), { recursive: true });
      writeFileSync(p, f.text);
    }
    console.log(`ui: ${files.length} sources in ${new Set(files.map((f) => f.language)).size} languages, Chromium ${executablePath}`);

    // 2. the renderer and the host; the folder opened and analysed through the HTTP API
    let staticDir = process.env.PARALLAX_UI_STATIC ?? '';
    if (staticDir && !existsSync(path.join(staticDir, 'index.html')))
      throw new Error(`PARALLAX_UI_STATIC=${staticDir} holds no built renderer (index.html)`);
    if (!staticDir) {
      staticDir = path.join(tmp, 'renderer');
      buildRenderer(staticDir);
    }
    const userDataDir = path.join(tmp, 'user-data');
    mkdirSync(userDataDir);
    host = await startHost({ staticDir, userDataDir, demoFolder: path.join(tmp, 'no-demo') });
    let t = performance.now();
    await call(host, 'project:open-folders', { paths: [folder] });
    await call(host, 'analysis:start');
    await withTimeout(host.services.idle(), left(), 'analysis');
    const analysisMs = performance.now() - t;
    const comparison = await call<Comparison | null>(host, 'comparison:get');
    if (!comparison) throw new Error('analysis produced no comparison');
    const grouped = new Set(comparison.alignments.flatMap((a) => a.claimIds));
    const unaligned = comparison.claims.filter((c) => !grouped.has(c.id)).length;
    line('ui project sources', comparison.sources.length, 'count');
    line('ui project statements', comparison.claims.length, 'count');
    line('ui project alignment groups', comparison.alignments.length, 'count');
    line('ui project side-by-side rows', comparison.alignments.length + unaligned, 'count');
    line('ui project fact matrix rows', comparison.factTable.length, 'count');
    line('ui project comparison payload', Math.round(JSON.stringify(comparison).length / 1024), 'KB');
    line('ui project analysis (host, 200 sources)', Math.round(analysisMs), 'ms');

    // 3. the browser
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 30_000 });
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'en-US' });
    // tsx keeps function names by wrapping them in __name(): the page needs a no-op one for the scripts below
    await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
    await page.addInitScript(() => {
      const marks: { fcp?: number; rendered?: number; interactive?: number; keys: number } = { keys: 0 };
      (window as unknown as { __uiBench: typeof marks }).__uiBench = marks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
      }).observe({ type: 'paint', buffered: true });
      const frame = () => {
        const grid = document.querySelector('[data-testid="side-by-side"]');
        if (marks.rendered === undefined && grid && grid.querySelector('.vgrid-row .vgrid-cell')) marks.rendered = performance.now();
        if (marks.rendered !== undefined) {
          if (document.querySelector('[data-testid="side-by-side"] .vgrid-row[aria-selected="true"]')) {
            marks.interactive = performance.now();
            return;
          }
          marks.keys++;
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true }));
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    t = performance.now();
    await page.goto(host.url, { waitUntil: 'commit', timeout: left() });
    await page.waitForFunction(
      () => (window as unknown as { __uiBench: { interactive?: number } }).__uiBench.interactive !== undefined,
      undefined,
      { timeout: Math.min(left(), 60_000), polling: 100 },
    );
    const marks = await page.evaluate(
      () => (window as unknown as { __uiBench: { fcp?: number; rendered?: number; interactive?: number; keys: number } }).__uiBench,
    );
    line('ui first paint', Math.round(marks.fcp ?? NaN), 'ms');
    line('ui side-by-side rendered (200 sources)', Math.round(marks.rendered ?? NaN), 'ms');
    line('ui time to interactive (200 sources)', Math.round(marks.interactive ?? NaN), 'ms');

    // scripted scrolls: one scrollBy per frame, deltas between frames recorded, DOM size sampled
    const scroll = (testId: string, moves: { top: number; left: number; frames: number }[]) =>
      page.evaluate(
        ({ testId, moves }) =>
          new Promise<ScrollRun>((resolve, reject) => {
            const el = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
            if (!el) return reject(new Error(`no ${testId} on screen`));
            const out = {
              deltas: [] as number[],
              maxNodes: 0,
              maxRows: 0,
              maxCells: 0,
              distance: 0,
              long: { frames: 0, total: 0, script: 0, forcedLayout: 0, render: 0 },
            };
            // long animation frames (> 50 ms; Chromium ≥ 123): where the time of the slow frames went
            interface LoafScript {
              duration: number;
              forcedStyleAndLayoutDuration: number;
            }
            interface Loaf extends PerformanceEntry {
              renderStart: number;
              scripts: LoafScript[];
            }
            const longFrames: Loaf[] = [];
            let observer: PerformanceObserver | null = null;
            if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
              observer = new PerformanceObserver((list) => longFrames.push(...(list.getEntries() as Loaf[])));
              observer.observe({ type: 'long-animation-frame' });
            }
            const finish = () => {
              if (observer) {
                longFrames.push(...(observer.takeRecords() as Loaf[]));
                observer.disconnect();
              }
              for (const f of longFrames) {
                out.long.frames++;
                out.long.total += f.duration;
                out.long.script += f.scripts.reduce((t, x) => t + x.duration, 0);
                out.long.forcedLayout += f.scripts.reduce((t, x) => t + (x.forcedStyleAndLayoutDuration || 0), 0);
                if (f.renderStart > 0) out.long.render += f.startTime + f.duration - f.renderStart;
              }
              resolve(out);
            };
            let m = 0;
            let n = 0;
            let last = 0;
            const tick = (now: number) => {
              if (last) out.deltas.push(now - last);
              last = now;
              if (n % 10 === 0) {
                out.maxNodes = Math.max(out.maxNodes, document.getElementsByTagName('*').length);
                out.maxRows = Math.max(out.maxRows, el.querySelectorAll('.vgrid-row').length);
                out.maxCells = Math.max(out.maxCells, el.querySelectorAll('.vgrid-cell').length);
              }
              while (m < moves.length && n >= moves[m].frames) {
                m++;
                n = 0;
              }
              if (m >= moves.length) return finish();
              const before = el.scrollTop + el.scrollLeft;
              el.scrollBy({ top: moves[m].top, left: moves[m].left, behavior: 'instant' });
              out.distance += Math.abs(el.scrollTop + el.scrollLeft - before);
              n++;
              requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          }),
        { testId, moves },
      );
    // PARALLAX_UI_TRACE=<prefix>: a Chromium performance trace of each scripted scroll (<prefix>-side.json,
    // <prefix>-matrix.json; open in chrome://tracing or the DevTools Performance panel)
    const tracePrefix = process.env.PARALLAX_UI_TRACE;
    const traced = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      if (!tracePrefix || !browser) return work();
      await browser.startTracing(page, {
        path: `${tracePrefix}-${name}.json`,
        screenshots: false,
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'],
      });
      try {
        return await work();
      } finally {
        await browser.stopTracing();
      }
    };
    // side by side: 8,000 px down, 6,000 px across, 4,000 px back up
    const side = await traced('side', () =>
      withTimeout(
        scroll('side-by-side', [
          { top: 40, left: 0, frames: 200 },
          { top: 0, left: 60, frames: 100 },
          { top: -40, left: 0, frames: 100 },
        ]),
        left(),
        'side-by-side scroll',
      ),
    );
    // the fact matrix: its tab, then down and across
    await page.getByTestId('tab-matrix').click();
    await page.getByTestId('fact-matrix').locator('.vgrid-row').first().waitFor({ timeout: left() });
    const matrix = await traced('matrix', () =>
      withTimeout(
        scroll('fact-matrix', [
          { top: 30, left: 0, frames: 60 },
          { top: 0, left: 60, frames: 100 },
          { top: -30, left: -30, frames: 60 },
        ]),
        left(),
        'fact matrix scroll',
      ),
    );
    // the machine's own floor: the same scripted scroll over a plain, static page of text in the same browser
    // (no React, no virtualization); frame times above this are the app's
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.dataset.testid = 'ui-bench-baseline';
      box.style.cssText = 'position:fixed;inset:0;overflow:auto;background:#fff;z-index:99999';
      for (let i = 0; i < 600; i++) {
        const p = document.createElement('p');
        p.textContent = `Plain paragraph ${i}: a storm hit the city, flooding streets; 风暴袭击了城市 · 風暴襲擊了城市 · cơn bão đổ bộ.`;
        box.append(p);
      }
      document.body.append(box);
    });
    const plain = stats(
      (await withTimeout(scroll('ui-bench-baseline', [{ top: 40, left: 0, frames: 200 }]), left(), 'baseline scroll')).deltas,
    );
    const all = stats([...side.deltas, ...matrix.deltas]);
    const s = stats(side.deltas);
    const f = stats(matrix.deltas);
    line('ui scroll frame p50', all.p50, 'ms');
    line('ui scroll frame p95', all.p95, 'ms');
    line('ui scroll frame max', all.max, 'ms');
    line('ui scroll frames', all.frames, 'count');
    line('ui side-by-side scroll distance', Math.round(side.distance), 'px');
    line('ui side-by-side scroll frame p50', s.p50, 'ms');
    line('ui side-by-side scroll frame p95', s.p95, 'ms');
    line('ui side-by-side scroll frame max', s.max, 'ms');
    const longLines = (name: string, r: ScrollRun) => {
      line(`ui ${name} long frames`, r.long.frames, 'count');
      if (!r.long.frames) return;
      line(`ui ${name} long frames script`, Math.round(r.long.script / r.long.frames), 'ms/frame');
      line(`ui ${name} long frames forced layout`, Math.round(r.long.forcedLayout / r.long.frames), 'ms/frame');
      line(`ui ${name} long frames rendering`, Math.round(r.long.render / r.long.frames), 'ms/frame');
    };
    longLines('side-by-side scroll', side);
    line('ui fact matrix scroll distance', Math.round(matrix.distance), 'px');
    line('ui fact matrix scroll frame p50', f.p50, 'ms');
    line('ui fact matrix scroll frame p95', f.p95, 'ms');
    line('ui fact matrix scroll frame max', f.max, 'ms');
    longLines('fact matrix scroll', matrix);
    line('ui plain page scroll frame p50 (baseline)', plain.p50, 'ms');
    line('ui plain page scroll frame p95 (baseline)', plain.p95, 'ms');
    line('ui dom nodes while scrolling', Math.max(side.maxNodes, matrix.maxNodes), 'count');
    line('ui side-by-side rows in dom while scrolling', side.maxRows, 'count');
    line('ui side-by-side cells in dom while scrolling', side.maxCells, 'count');
    line('ui bench total', Math.round(performance.now() - started), 'ms');
  } catch (e) {
    // `npm run bench` goes on with the other parts; the run still ends with a failure status
    console.log(`ui: failed (${((e as Error).message || String(e)).split('\n')[0]})`);
    process.exitCode = 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await host?.close().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchUi().catch((e: unknown) => {
    console.error(`ui bench failed: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = 1;
  });
}
