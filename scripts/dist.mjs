#!/usr/bin/env node
// `npm run dist`: installable desktop packages for the current platform with electron-builder
// (electron-builder.json: AppImage and .deb on Linux, an NSIS installer on Windows, a universal dmg on macOS),
// written to dist/. Builds the app first (electron-vite build). Needs an Electron binary: where none is installed and
// none can be fetched, it says so in one line and exits 1. No auto-update and no publishing (publish: null).
//   node scripts/dist.mjs [extra electron-builder arguments]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectron } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

/** electron-builder's platform flag for this machine, or null where it builds no desktop package. */
export function platformFlag(platform = process.platform) {
  return { linux: '--linux', win32: '--win', darwin: '--mac' }[platform] ?? null;
}

function run(args, what) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`Parallax dist: ${what} failed (see above).`);
    process.exit(r.status ?? 1);
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const flag = platformFlag();
  if (!flag) {
    console.error(
      `Parallax dist: no desktop package for platform ${process.platform} (electron-builder.json targets Linux, Windows and macOS).`,
    );
    process.exit(1);
  }
  const found = findElectron();
  if (!found.exe) {
    console.error(
      `Parallax dist: no Electron binary on this machine (${found.error}); desktop packages need one — \`npm pack\` still builds the command-line package.`,
    );
    process.exit(1);
  }
  run(
    [path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), 'build'],
    'the app build (electron-vite build)',
  );
  const builder = [require.resolve('electron-builder/cli.js'), '--config', 'electron-builder.json', flag, '--publish', 'never'];
  // reuse the Electron found (its folder is an Electron distribution) instead of downloading it again; a universal
  // macOS build needs both architectures, which electron-builder fetches itself
  if (process.platform !== 'darwin') builder.push(`-c.electronDist=${path.dirname(found.exe)}`);
  run([...builder, ...process.argv.slice(2)], 'electron-builder');
  console.log(
    "Parallax dist: done (the packages are in electron-builder's output folder, dist/ unless -c.directories.output says otherwise)",
  );
}
