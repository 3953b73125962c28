#!/usr/bin/env node
// `npm start`: build the desktop app (electron-vite build) and launch it with Electron.
// When no Electron binary exists (and none can be fetched), say so in one line and point to `npm run serve`.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { findElectron } from './electron-binary.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const FALLBACK = 'run `npm run serve` to open the same UI in your browser.';

function fail(reason) {
  console.error(`Parallax: no Electron binary on this machine (${reason}); ${FALLBACK}`);
  process.exit(1);
}


const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const found = findElectron();
  if (!found.exe) fail(found.error);
  const skipBuild = process.argv.includes('--no-build');
  if (!skipBuild) {
    const build = spawnSync(process.execPath, [path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), 'build'], {
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
