// Renderer speed for a 200-source project (5,000 groups, 40 statements each), in Chromium through the real
// host serving the built renderer, with the synthetic backend injected as the IPC bridge.
// Prints `name: value unit` lines:  npx tsx tests/e2e/bench/renderer-bench.ts
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../../../src/node/pdf';
import globalSetup from '../global-setup';
import { installFakeBackend } from '../fake-backend';

const SOURCES = 200;
const GROUPS = 5000;
const PER_GROUP = Number(process.env.BENCH_PER_GROUP ?? 40);

function stats(xs: number[]): { p50: number; p95: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? 0 };
}

async function main(): Promise<void> {
  const stop = await globalSetup();
  const executablePath = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath: existsSync(executablePath) ? executablePath : undefined,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx (esbuild keepNames) wraps functions in __name(): give the page a no-op one before the injected code runs
    await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
    await page.addInitScript(installFakeBackend, { sources: SOURCES, groups: GROUPS, perGroup: PER_GROUP, msPerFile: 0, analysed: true });
    await page.goto(process.env.PARALLAX_E2E_URL!);
    await page.locator('.vgrid-row').first().waitFor({ timeout: 60_000 });
    const tag = `${SOURCES}x${GROUPS}`;
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    const firstRows = await page.evaluate(
      () => (window as unknown as { __parallaxMarks: { firstRows: number } }).__parallaxMarks.firstRows,
    );
    // interactive: a key press selects the next row on screen
    await page.locator('[data-row-index="0"]').click();
    const keyMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
          const check = () =>
            document.querySelector('[data-row-index="1"][aria-selected="true"]')
              ? resolve(performance.now() - t0)
              : requestAnimationFrame(check);
          requestAnimationFrame(check);
        }),
    );
    const scroll = (axis: 'top' | 'left', step: number, frames: number) =>
      page.evaluate(
        ({ axis, step, frames }) =>
          new Promise<number[]>((resolve) => {
            const el = document.querySelector<HTMLElement>('.vgrid')!;
            const deltas: number[] = [];
            let last = performance.now();
            let n = 0;
            const tick = () => {
              const now = performance.now();
              if (n > 0) deltas.push(now - last);
              last = now;
              if (n++ >= frames) return resolve(deltas);
              el.scrollBy({ [axis]: step });
              requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          }),
        { axis, step, frames },
      );
    const v = stats(await scroll('top', 120, 300));
    const h = stats(await scroll('left', 90, 200));
    const domRows = await page.locator('.vgrid-row').count();
    const domCells = await page.locator('.vgrid-cell').count();
    const out = [
      `renderer_first_contentful_paint_${tag}: ${fcp.toFixed(0)} ms`,
      `renderer_time_to_interactive_${tag}: ${firstRows.toFixed(0)} ms`,
      `renderer_key_to_selection_${tag}: ${keyMs.toFixed(1)} ms`,
      `renderer_scroll_frame_p50_${tag}: ${v.p50.toFixed(1)} ms`,
      `renderer_scroll_frame_p95_${tag}: ${v.p95.toFixed(1)} ms`,
      `renderer_scroll_frame_max_${tag}: ${v.max.toFixed(1)} ms`,
      `renderer_hscroll_frame_p95_${tag}: ${h.p95.toFixed(1)} ms`,
      `renderer_dom_rows_${tag}: ${domRows} rows`,
      `renderer_dom_cells_${tag}: ${domCells} cells`,
    ];
    process.stdout.write(out.join('\n') + '\n');
  } finally {
    await browser.close();
    await stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`renderer bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
