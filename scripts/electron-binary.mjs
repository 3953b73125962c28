// Finds an Electron binary for `npm start` and the Electron end-to-end journey: ELECTRON_EXEC_PATH, an installed
// one, or what `require('electron')` yields (it may try to download one; that runs in a child to keep it quiet).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

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
export function findElectron() {
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
