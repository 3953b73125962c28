// The analyst's first steps in the desktop app, driven through Playwright's _electron:
// launch → the demo corpus opens → its sources are listed → screenshot in test-results/.
// Also checks, from inside the running app, that the page has no Node and cannot navigate away.
// Skips with an explicit reason when no Electron binary exists.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectron } from '../../scripts/electron-binary.mjs';

const repoRoot = path.resolve(import.meta.dirname, '../..');

function electronBinary(): { exe?: string; reason?: string } {
  const found = findElectron();
  return found.exe ? { exe: found.exe } : { reason: `${found.error} (no binary, and it cannot be downloaded here)` };
}

const binary = electronBinary();

test.describe('desktop app (Electron)', () => {
  test.skip(!binary.exe, `No Electron binary: ${binary.reason}. The same journey runs in Chromium in tests/e2e.`);


  let app: ElectronApplication | undefined;
  let userData = '';
  test.beforeAll(() => {
    const build = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'error'],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(build.status, build.stderr).toBe(0);
    userData = mkdtempSync(path.join(os.tmpdir(), 'parallax-electron-e2e-'));
  });
  test.afterAll(async () => {
    await app?.close();
    rmSync(userData, { recursive: true, force: true });
  });

  test('opens the demo folder and shows its sources in a locked-down window', async () => {
    const env = { ...process.env, PARALLAX_USER_DATA: userData } as Record<string, string>;
    delete env.ELECTRON_RUN_AS_NODE;
    app = await electron.launch({
      executablePath: binary.exe,
      args: [repoRoot, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
      cwd: repoRoot,
      env,
    });
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toBe('parallax://app/index.html');

    // the page has the bridge and nothing of Node
    const surface = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      keys: Object.keys((window as unknown as { parallax: object }).parallax).sort(),
    }));
    expect(surface.require).toBe('undefined');
    expect(surface.process).toBe('undefined');
    expect(surface.keys).toContain('project:open-folders');
    expect(surface.keys).toContain('on');

    // the main process runs the shell we built (out/main/index.cjs), with one window
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    // a remote navigation is refused
    await page.evaluate(() => {
      location.href = 'https://example.invalid/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('parallax://app/index.html');

    // open the demo corpus and see its sources
    const demo = page.getByTestId('open-demo');
    if (!(await demo.isVisible())) await page.getByTestId('open-button').click();
    await demo.click();
    const rows = page.getByTestId('source-row');
    await expect(rows.first()).toBeVisible();
    const summary = await page.evaluate(() =>
      (window as unknown as { parallax: { 'project:get-summary': () => Promise<{ sources: { path: string }[] }> } }).parallax[
        'project:get-summary'
      ](),
    );
    expect(summary.sources.length).toBeGreaterThanOrEqual(5);
    await expect(rows).toHaveCount(summary.sources.length);
    mkdirSync(path.join(repoRoot, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(repoRoot, 'test-results/electron-sources.png') });
  });
});
