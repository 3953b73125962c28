// The desktop bundle builds without an Electron binary (electron-vite build), has the shape the app needs
// (CommonJS main at index.cjs, a self-contained preload that requires nothing but electron, the renderer),
// and the BUILT main process works when run against a recording stand-in for Electron (fake-electron.mjs):
// window options, session lock-down, parallax:// scheme, IPC with validation and sender checks, real services
// on the demo corpus, exports, menu, language, window state.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/api/contract';

const repoRoot = path.resolve(__dirname, '../..');
// inside the repository so the bundle's external dependencies resolve from node_modules (out/ is git-ignored)
const outDir = path.join(repoRoot, 'out', `.test-electron-${process.pid}`);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'parallax-fake-electron-'));
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  build = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', outDir, '--logLevel', 'error'],
    { cwd: repoRoot, encoding: 'utf8', timeout: 180_000 },
  );
}, 200_000);
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

describe('electron-vite build', () => {
  it('bundles main (CJS), preload (CJS, only requires electron) and renderer', () => {
    expect(build.status, String(build.stderr) + String(build.stdout)).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('out/main/index.cjs');
    const main = readFileSync(path.join(outDir, 'main/index.cjs'), 'utf8');
    expect(main).toMatch(/require\("electron"\)/);
    expect(main).not.toMatch(/^\s*import\s.+from\s/m);
    expect(main).toMatch(/sandbox: true/);
    expect(main).toMatch(/contextIsolation: true/);
    expect(main).toMatch(/nodeIntegration: false/);
    const preload = readFileSync(path.join(outDir, 'preload/index.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld');
    for (const ch of ['project:open-folders', 'export:write', 'analysis:start']) expect(preload).toContain(ch);
    expect(existsSync(path.join(outDir, 'renderer/index.html'))).toBe(true);
    const html = readFileSync(path.join(outDir, 'renderer/index.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script>(?!<\/script>)/); // no inline script
  });

  it('the built preload runs in a bare context that offers only require("electron"), as a sandboxed preload does', () => {
    expect(build.status).toBe(0);
    const code = readFileSync(path.join(outDir, 'preload/index.cjs'), 'utf8');
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (k: string, v: unknown) => (exposed[k] = v) },
      ipcRenderer: { invoke: async (...a: unknown[]) => invoked.push(a), on: () => undefined, removeListener: () => undefined },
      webUtils: { getPathForFile: () => '/x' },
    };
    const module = { exports: {} };
    const sandbox = {
      module,
      exports: module.exports,
      require: (m: string) => {
        if (m === 'electron') return electron;
        throw new Error(`a sandboxed preload cannot require ${m}`);
      },
    };
    vm.runInNewContext(code, sandbox, { filename: 'preload/index.cjs' });
    const api = exposed.parallax as Record<string, (r?: unknown) => unknown>;
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'on', 'pathForFile'].sort());
    void api['tag:set']({ alignmentId: 'a', status: 'conflict', note: '' });
    expect(invoked).toEqual([['tag:set', { alignmentId: 'a', status: 'conflict', note: '' }]]);
  });

  it('the built main process runs against a stand-in Electron: locked down, serving the renderer, answering IPC', () => {
    expect(build.status).toBe(0);
    const r = spawnSync(
      process.execPath,
      [path.join(__dirname, 'fake-electron.mjs'), path.join(outDir, 'main/index.cjs'), repoRoot, path.join(tmp, 'userData'), tmp],
      { cwd: repoRoot, encoding: 'utf8', timeout: 280_000 },
    );
    const out = JSON.parse(r.stdout || '{}');
    expect(out.fatal, r.stderr).toBeUndefined();
    expect(r.status).toBe(0);
    expect(out.errors).toEqual([]);
    // window and session
    expect(out.sandboxEnabled).toBe(true);
    expect(out.schemes).toEqual([
      { scheme: 'parallax', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
    ]);
    expect(out.windowOptions.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(out.preloadExists).toBe(true);
    expect(out.loaded).toEqual(['parallax://app/index.html']);
    expect(out.scheme).toMatchObject({ name: 'parallax', status: 200, type: 'text/html; charset=utf-8', hasRoot: true });
    expect(out.scheme.csp).toContain("script-src 'self'");
    expect(out.schemeEscape).toBe(404);
    expect(out.cspHeader['Content-Security-Policy'][0]).toContain("default-src 'self'");
    expect(Object.keys(out.cspHeader).filter((k) => k.toLowerCase() === 'content-security-policy')).toHaveLength(1);
    expect(out.cancel).toEqual({ remote: true, file: true, ours: false });
    expect(out).toMatchObject({ navigateAway: true, windowOpen: 'deny', webviewBlocked: true, permission: false, permissionCheck: false });
    // IPC: every channel, sender check, validation, real services on the demo corpus
    expect(out.channels).toEqual([...CHANNELS].sort());
    expect(out.info).toMatchObject({
      transport: 'ipc',
      nativeDialogs: true,
      pdfExport: true,
      demoFolder: path.join(repoRoot, 'resources/demo'),
    });
    expect(out.summarySources).toBeGreaterThanOrEqual(5);
    expect(out.untrusted).toMatch(/^forbidden/);
    expect(out.invalid).toMatch(/^invalid: /);
    expect(out.pick).toEqual([path.join(repoRoot, 'resources/demo')]);
    expect(out.progressPhases).toContain('done');
    // the engine ran in the bundled worker, and the files were read in the bundled ingest workers, off the main thread
    expect([...new Set(out.workers as string[])].sort()).toEqual(['analysis-worker.cjs', 'ingest-worker.cjs']);
    expect(out.comparison.sources).toBe(out.summarySources);
    // exports: inline content, page-requested paths confirmed through the save dialog, and the menu
    expect(out.inlineExport).toEqual({ path: null, starts: expect.stringContaining('# Parallax 對比報告') });
    expect(out.pathExport.path).toBe(path.join(tmp, 'menu-1-asked.csv'));
    expect(out.pathExport).toMatchObject({ exists: true, bom: true });
    expect(out.menuExport).toEqual({ format: 'json', valid: 'parallax.comparison' });
    // menu in the system language (vi), switched from View ▸ Language, remembered with the window bounds
    expect(out.menuFileLabel).toBe('&Tệp');
    expect(out.menuRecent).toEqual([path.join(repoRoot, 'resources/demo')]);
    expect(out.languageEvent).toEqual({ action: 'set-language', language: 'zh-Hans' });
    expect(out.menuFileLabelAfter).toBe('文件(&F)');
    expect(out.conflictsExport).toMatchObject({ allConflicts: true, checked: true });
    // the demo corpus has planted conflicts and agreements: the scoped export keeps some groups, not all
    expect(out.conflictsExport.alignments).toBeGreaterThan(0);
    expect(out.conflictsExport.alignments).toBeLessThan(out.conflictsExport.fullAlignments);
    expect(out.windowState).toMatchObject({ x: 10, y: 20, width: 1111, height: 777, maximized: false, language: 'zh-Hans' });
  }, 300_000);
});
