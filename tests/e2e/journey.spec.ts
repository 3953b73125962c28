// The analyst's journey in Chromium through the real local HTTP host:
// open the demo folder → sources with language badges → analyse with progress → side by side → fact matrix
// → tag and note a group (with keyboard and undo) → reload and find the tag → switch language.
// Screenshots of each view in each language: test-results/screenshots/<view>-<lang>.png
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const LANGS = ['en', 'zh-Hant', 'vi', 'zh-Hans'] as const;
const VIEWS = ['sources', 'side', 'matrix', 'events'] as const;
type Lang = (typeof LANGS)[number];
const locale = (lang: Lang) =>
  JSON.parse(readFileSync(path.join(repoRoot, 'src/renderer/locales', `${lang}.json`), 'utf8')) as Record<string, Record<string, string>>;

const url = () => {
  const u = process.env.PARALLAX_E2E_URL;
  if (!u) throw new Error('PARALLAX_E2E_URL is not set: the global setup did not start the host');
  return u;
};
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(repoRoot, 'test-results/screenshots', `${name}.png`) });

test.describe.configure({ mode: 'serial' });

test('open the demo corpus, analyse, compare, tag, reload, switch language', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(url());
  // the token moved from the URL into a cookie
  await expect(page).toHaveURL(/\/$/);

  // ---- open the demo folder
  const openPanelVisible = await page.getByTestId('open-demo').isVisible();
  if (!openPanelVisible) await page.getByTestId('open-button').click();
  await page.getByTestId('open-demo').click();
  // the panel closes once the folder is open
  await expect(page.getByTestId('open-demo')).toBeHidden({ timeout: 60_000 });
  const rows = page.getByTestId('source-row');
  await expect(rows.first()).toBeVisible();
  const summary = await page.evaluate(async () => {
    const r = await fetch('/api/call/project:get-summary', { method: 'POST', credentials: 'same-origin' });
    return (await r.json()) as { ok: boolean; res: { sources: { path: string; language: string }[] } };
  });
  expect(summary.ok).toBe(true);
  const sources = summary.res.sources;
  expect(sources.length).toBeGreaterThanOrEqual(5);
  await expect(rows).toHaveCount(sources.length);
  // every source shows its language badge, as the services report it
  for (const s of sources) {
    const row = rows.filter({ hasText: s.path });
    await expect(row.locator('.lang-badge')).toHaveText(s.language === 'und' ? '?' : s.language);
  }
  // the demo corpus is in four languages and scripts
  for (const lang of ['en', 'zh-Hans', 'zh-Hant', 'vi'])
    await expect(page.locator('.lang-badge', { hasText: new RegExp(`^${lang}$`) }).first()).toBeVisible();
  await shot(page, 'sources-en');

  // the analyst names an outlet
  const wire = rows.filter({ hasText: 'continental-dispatch-wire.txt' });
  await wire.getByRole('button', { name: 'Edit outlet name' }).click();
  await wire.getByRole('textbox').fill('Continental Dispatch (wire)');
  await wire.getByRole('button', { name: 'Save' }).click();
  await expect(wire.locator('.outlet')).toContainText('Continental Dispatch (wire)');

  // opening a folder reads it but analyses nothing: its reading job's end is not reported as an analysis end
  await expect(page.getByRole('status')).not.toHaveText(/analysis finished/i);
  await expect(page.locator('.analysis')).not.toContainText(/Analysed \d+ files/);
  await expect(page.getByTestId('analyse')).toHaveText('Analyse');

  // ---- analyse with progress (file counts) and a cancel button
  await page.evaluate(() => {
    const seen: { max: number; value: number; label: string; cancel: boolean }[] = [];
    (window as unknown as { __progress: typeof seen }).__progress = seen;
    const record = () => {
      const p = document.querySelector<HTMLProgressElement>('[data-testid=progress]');
      if (p)
        seen.push({
          max: p.max,
          value: p.value,
          label: document.querySelector('.progress-label')?.textContent ?? '',
          cancel: !!document.querySelector('[data-testid=cancel-analysis]'),
        });
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.getByTestId('analyse').click();
  await expect(page.getByTestId('analyse')).toHaveText(/again/i, { timeout: 90_000 });
  const progress = await page.evaluate(
    () => (window as unknown as { __progress: { max: number; value: number; label: string; cancel: boolean }[] }).__progress,
  );
  expect(progress.length).toBeGreaterThan(0);
  expect(progress.some((p) => p.cancel)).toBe(true);
  expect(progress.some((p) => p.max === sources.length && /of \d+ files/.test(p.label))).toBe(true);

  // ---- side by side: one column per source, rows of groups, discrepancies highlighted
  await page.getByTestId('tab-side').click();
  const grid = page.getByTestId('side-by-side');
  await expect(grid).toBeVisible();
  await expect(grid.locator('.vgrid-row').first()).toBeVisible();
  await expect(grid.locator('.vgrid-colhead').first()).toBeVisible();
  expect(await grid.locator('.vgrid-colhead').count()).toBeGreaterThanOrEqual(Math.min(4, sources.length));
  await shot(page, 'side-en');

  // select a conflicting group: discrepant facts highlighted; detail panel with statements, discrepancies, diff
  await page.locator('.chip', { hasText: 'Conflict' }).click();
  await expect(grid.locator('mark.disc-conflict').first()).toBeVisible();
  const firstRow = grid.locator('.vgrid-row').first();
  await firstRow.click();
  const detail = page.getByTestId('detail');
  await expect(detail.getByRole('heading', { name: 'Aligned statements' })).toBeVisible();
  await expect(detail.locator('.discrepancies li').first()).toBeVisible();
  await expect(detail.getByTestId('diff')).toBeVisible();
  // raw original text around the statement, as text
  await detail.getByRole('button', { name: 'Show in original file' }).first().click();
  await expect(detail.getByTestId('original-context').locator('mark')).not.toBeEmpty();
  await shot(page, 'detail-en');

  // ---- tag and note the group; keyboard tag + undo
  await detail.getByTestId('tag-conflict').click();
  await expect(detail.getByTestId('tag-conflict')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('note').fill('Checked against the wire copy: durations differ.');
  await page.getByTestId('save-note').click();
  await expect(firstRow.getByTestId('row-tag')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await firstRow.click();
  await page.keyboard.press('2');
  await expect(detail.getByTestId('tag-partial')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+z');
  await expect(detail.getByTestId('tag-conflict')).toHaveAttribute('aria-pressed', 'true');
  // shortcuts: n focuses the note, / the search field
  await page.keyboard.press('n');
  await expect(page.getByTestId('note')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await expect(page.getByTestId('search')).toBeFocused();
  await page.keyboard.press('Escape');

  // ---- link two statements the engine left apart, then remove the link
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.locator('.chip', { hasText: 'Unaligned' }).click();
  // two sources that each have a statement no group took
  const sourceSelect = page.getByRole('combobox', { name: 'Source', exact: true });
  const options = (await sourceSelect.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).filter(Boolean);
  const withUnaligned: string[] = [];
  for (const v of options) {
    await sourceSelect.selectOption(v);
    if ((await grid.locator('.vgrid-row').count()) > 0) withUnaligned.push(v);
    if (withUnaligned.length === 2) break;
  }
  expect(withUnaligned).toHaveLength(2);
  await sourceSelect.selectOption(withUnaligned[0]);
  await grid.locator('.vgrid-row').first().click();
  await detail.getByTestId('link-start').click();
  await sourceSelect.selectOption(withUnaligned[1]);
  await grid.locator('.vgrid-row').first().click();
  await detail.getByTestId('link-complete').click();
  await expect(detail.getByRole('heading', { name: 'Aligned statements' })).toBeVisible();
  await expect(detail.locator('.statement')).toHaveCount(2);
  await detail.getByRole('button', { name: 'Remove this link' }).click();
  await expect(detail).toContainText('Select a row');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByTestId('tab-matrix').click();
  const matrix = page.getByTestId('fact-matrix');
  await expect(matrix).toBeVisible();
  await expect(matrix.locator('.vgrid-row').first()).toBeVisible();
  await expect(matrix.locator('.fact-cell .badge').first()).toBeVisible();
  await shot(page, 'matrix-en');

  // export the comparison as JSON (the public export format) and as an HTML report
  await page.getByTestId('export-format').selectOption('json');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    format: string;
    sources: { outlet: string | null }[];
    alignments: unknown[];
  };
  expect(exported.format).toBe('parallax.comparison');
  expect(exported.sources).toHaveLength(sources.length);
  expect(exported.sources.map((s) => s.outlet)).toContain('Continental Dispatch (wire)');
  expect(exported.alignments.length).toBeGreaterThan(0);
  await page.getByTestId('export-format').selectOption('html');
  const [html] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  expect(html.suggestedFilename()).toBe('geneva-2025-10-14-comparison.html');
  expect(readFileSync(await html.path(), 'utf8')).toMatch(/<html/i);

  await page.getByTestId('tab-events').click();
  await expect(page.getByTestId('events-view')).toBeVisible();
  await shot(page, 'events-en');

  // ---- reload: the tag and note are still there
  await page.reload();
  await page.getByTestId('tab-side').click();
  await page.getByRole('combobox', { name: 'Tagged' }).selectOption('tagged');
  const tagged = page.getByTestId('side-by-side').locator('.vgrid-row');
  await expect(tagged).toHaveCount(1);
  await expect(tagged.first().getByTestId('row-tag')).toBeVisible();
  await tagged.first().click();
  await expect(page.getByTestId('note')).toHaveValue('Checked against the wire copy: durations differ.');
  await expect(page.getByTestId('tag-conflict')).toHaveAttribute('aria-pressed', 'true');

  // ---- switch language without restart; screenshots of every view in every language
  await page.getByRole('combobox', { name: 'Tagged' }).selectOption('all');
  for (const lang of LANGS) {
    const l = locale(lang);
    await page.getByTestId('language-menu').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    for (const view of VIEWS) {
      await page.getByTestId(`tab-${view}`).click();
      await expect(page.getByTestId(`tab-${view}`)).toHaveText(l.views[view]);
      if (view === 'side') {
        const first = page.getByTestId('side-by-side').locator('.vgrid-row').first();
        await first.click();
      }
      await shot(page, `${view}-${lang}`);
    }
  }
  // the choice is remembered
  await page.reload();
  await expect(page.getByTestId('tab-side')).toHaveText(locale('zh-Hans').views.side);

  expect(consoleErrors.filter((e) => !/frame-ancestors/.test(e))).toEqual([]);
});

test('first start follows the OS language (zh-TW → Traditional Chinese UI)', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-TW' });
  const page = await context.newPage();
  await page.goto(url());
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByTestId('open-button')).toHaveText(locale('zh-Hant').open.button);
  await context.close();
});

test('the API refuses requests without the token', async ({ playwright }) => {
  const origin = new URL(url()).origin;
  const anon = await playwright.request.newContext({ baseURL: origin });
  const r = await anon.post('/api/call/project:get-summary', { data: '' });
  expect([401, 403]).toContain(r.status());
  await anon.dispose();
});
