#!/usr/bin/env node
// `npm start`: build the desktop app (electron-vite build) and launch it with Electron.
// When no Electron binary exists (and none can be fetched), say so in one line and point to `npm run serve`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const FALLBACK = 'run `npm run serve` to open the same UI in your browser.';

function fail(reason) {
  console.error(`Parallax: no Electron binary on this machine (${reason}); ${FALLBACK}`);
  process.exit(1);
}

/** Path of an Electron binary that is already there, without triggering a download. */
export function installedElectron() {
  if (process.env.ELECTRON_EXEC_PATH) return existsSync(process.env.ELECTRON_EXEC_PATH) ? process.env.ELECTRON_EXEC_PATH : null;
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const exe = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

/** Resolves the Electron binary: ELECTRON_EXEC_PATH, an installed one, or `require('electron')` (which may download it). */
function findElectron() {
  if (process.env.ELECTRON_EXEC_PATH) {
    if (existsSync(process.env.ELECTRON_EXEC_PATH)) return { exe: process.env.ELECTRON_EXEC_PATH };
    return { error: `ELECTRON_EXEC_PATH=${process.env.ELECTRON_EXEC_PATH} does not exist` };
  }
  const have = installedElectron();
  if (have) return { exe: have };
  try {
    require.resolve('electron');
  } catch {
    return { error: 'the electron package is not installed' };
  }
  // require('electron') downloads the binary on first use; run it in a child so its output stays quiet
  const r = spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('electron')))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  const exe = r.status === 0 ? r.stdout.trim() : '';
  if (exe && existsSync(exe)) return { exe };
  const why =
    (r.stderr || r.stdout || '')
      .split('\n')
      .find((l) => /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|failed to install|Error/i.test(l)) ?? 'download failed';
  return { error: `require('electron') could not provide one: ${why.trim().slice(0, 160)}` };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const found = findElectron();
  if (!found.exe) fail(found.error);
  const skipBuild = process.argv.includes('--no-build');
  if (!skipBuild) {
    const build = spawnSync(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) {
      console.error('Parallax: the build failed (see above).');
      process.exit(build.status ?? 1);
    }
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(found.exe, [root, ...process.argv.slice(2).filter((a) => a !== '--no-build')], { cwd: root, stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}
