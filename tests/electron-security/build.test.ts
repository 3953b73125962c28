// The desktop bundle builds without an Electron binary (electron-vite build into a temporary folder), and the
// output has the shape the app needs: CommonJS main at index.cjs, a self-contained sandbox-ready preload that
// requires nothing but electron, and the renderer.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../..');
const outDir = mkdtempSync(path.join(os.tmpdir(), 'parallax-electron-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('electron-vite build', () => {
  it('bundles main (CJS), preload (CJS, only requires electron) and renderer', () => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', outDir, '--logLevel', 'error'], { cwd: repoRoot, encoding: 'utf8', timeout: 180_000 });
    expect(r.status, r.stderr + r.stdout).toBe(0);
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
  }, 200_000);
});
