// The real renderer at scale and through the IPC transport shape: 200 sources × 5,000 groups stay
// virtualized (a bounded number of rows and columns in the DOM), reach the last group and the last source,
// and keyboard navigation works; a slow analysis shows file counts and can be cancelled.
import { expect, test } from '@playwright/test';
import { installFakeBackend } from './fake-backend';

const url = () => process.env.PARALLAX_E2E_URL ?? '';

test('200 sources × 5,000 groups: virtualized, scrolls to the end, keyboard moves', async ({ page }) => {
  await page.addInitScript(installFakeBackend, { sources: 200, groups: 5000, perGroup: 40, msPerFile: 0, analysed: true });
  await page.goto(url());
  const grid = page.getByTestId('side-by-side');
  await expect(grid.locator('.vgrid-row').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('5000 of 5000')).toBeVisible();
  const domRows = await grid.locator('.vgrid-row').count();
  const domCols = await grid.locator('.vgrid-colhead').count();
  expect(domRows).toBeGreaterThan(3);
  expect(domRows).toBeLessThan(60);
  expect(domCols).toBeLessThan(15);

  // to the bottom and the right edge
  await grid.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(grid.locator('[data-row-index="4999"]')).toBeVisible();
  await grid.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(grid.locator('.vgrid-colhead', { hasText: 'Outlet 199' })).toBeVisible();
  expect(await grid.locator('.vgrid-row').count()).toBeLessThan(60);

  // keyboard: j moves down from the selected row, k back up; 3 tags it as conflict
  await grid.evaluate((el) => el.scrollTo({ top: 0, left: 0 }));
  await grid.locator('[data-row-index="0"]').click();
  for (let i = 0; i < 5; i++) await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(grid.locator('[data-row-index="4"]')).toHaveAttribute('aria-selected', 'true');
  await expect(grid.locator('[data-row-index="4"]')).toBeFocused();
  await page.keyboard.press('3');
  await expect(grid.locator('[data-row-index="4"]').getByTestId('row-tag')).toBeVisible();

  // the cross-script search finds one group among 5,000 (Simplified query, Traditional text)
  await page.keyboard.press('/');
  await page.keyboard.type('第4998组');
  await expect(page.getByText('1 of 5000')).toBeVisible({ timeout: 30_000 });
});

test('analysis shows file counts and can be cancelled', async ({ page }) => {
  await page.addInitScript(installFakeBackend, { sources: 60, groups: 10, perGroup: 4, msPerFile: 40, analysed: false });
  await page.goto(url());
  await page.getByTestId('analyse').click();
  const progress = page.getByTestId('progress');
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('max', '60');
  await expect(page.locator('.progress-label')).toContainText(/\d+ of 60 files/);
  await page.getByTestId('cancel-analysis').click();
  await expect(progress).toBeHidden();
  await expect(page.getByTestId('analyse')).toHaveText('Analyse');
  // analyse again, to the end
  await page.getByTestId('analyse').click();
  await expect(page.getByTestId('analyse')).toHaveText('Analyse again', { timeout: 30_000 });
  await expect(page.getByTestId('side-by-side').locator('.vgrid-row')).toHaveCount(10);
});

test('source text that looks like HTML is shown as text, never run', async ({ page }) => {
  await page.addInitScript(installFakeBackend, { sources: 8, groups: 3, perGroup: 4, msPerFile: 0, analysed: true, hostile: true });
  await page.goto(url());
  const grid = page.getByTestId('side-by-side');
  const row = grid.locator('[data-row-index="0"]');
  await expect(row).toContainText('<img src=x onerror="window.__pwned=1"><b>bold</b>');
  await expect(grid.locator('img')).toHaveCount(0);
  await expect(grid.locator('.claim-text b')).toHaveCount(0);
  await row.click();
  const detail = page.getByTestId('detail');
  await detail.getByRole('button', { name: 'Show in original file' }).first().click();
  await expect(detail.getByTestId('original-context')).toContainText('<script>window.__pwned=2</script>');
  await expect(detail.locator('img, script, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the Electron application menu switches the language and opens folders', async ({ page }) => {
  await page.addInitScript(installFakeBackend, { sources: 8, groups: 3, perGroup: 4, msPerFile: 0, analysed: true });
  await page.goto(url());
  await expect(page.getByTestId('side-by-side')).toBeVisible();
  const emit = (event: string, payload: unknown) =>
    page.evaluate(([e, p]) => (window as unknown as { __parallaxEmit: (e: string, p: unknown) => void }).__parallaxEmit(e as string, p), [
      event,
      payload,
    ] as const);
  await emit('app:menu', { action: 'set-language', language: 'zh-Hant' });
  await expect(page.getByTestId('tab-side')).toHaveText('並排對照');
  await expect(page.getByTestId('language-menu')).toHaveValue('zh-Hant');
  await emit('app:menu', { action: 'opened', paths: ['/fake/corpus'] });
  await expect(page.getByTestId('tab-sources')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('source-row')).toHaveCount(8);
});

test('progress of a job this window did not start (opening folders) is not taken for an analysis', async ({ page }) => {
  await page.addInitScript(installFakeBackend, { sources: 8, groups: 3, perGroup: 4, msPerFile: 0, analysed: false });
  await page.goto(url());
  await expect(page.getByTestId('analyse')).toHaveText('Analyse');
  const emit = (event: string, payload: unknown) =>
    page.evaluate(([e, p]) => (window as unknown as { __parallaxEmit: (e: string, p: unknown) => void }).__parallaxEmit(e as string, p), [
      event,
      payload,
    ] as const);
  // File > Open in the Electron menu: the main process opened the folders, whose reading job reports progress
  await emit('app:menu', { action: 'opened', paths: ['/fake/corpus'] });
  await emit('analysis:progress', { jobId: 'open-folders-1', phase: 'reading', done: 4, total: 8 });
  await emit('analysis:progress', { jobId: 'open-folders-1', phase: 'done', done: 8, total: 8 });
  // let React render and any comparison fetch settle (two frames and a short pause)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
  await expect(page.getByTestId('progress')).toHaveCount(0);
  await expect(page.locator('.analysis')).not.toContainText('Analysed 8 files');
  await expect(page.getByRole('status')).not.toHaveText(/analysis finished/i);
  await expect(page.getByTestId('analyse')).toHaveText('Analyse');
  // the window's own analysis is still followed to its end
  await page.getByTestId('analyse').click();
  await expect(page.getByTestId('analyse')).toHaveText('Analyse again', { timeout: 30_000 });
  await expect(page.getByRole('status')).toHaveText(/analysis finished/i);
  await expect(page.locator('.analysis')).toContainText('Analysed 8 files');
});
