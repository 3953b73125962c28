#!/usr/bin/env node
// Runs a command with a display: as is where one exists (or off Linux), under `xvfb-run -a` on a headless Linux.
// Used for the Electron end-to-end journey, which needs a window even in CI.
import { spawnSync } from 'node:child_process';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: with-display.mjs <command> [args...]');
  process.exit(2);
}
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const hasXvfb = headless && spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
const [run, runArgs] = hasXvfb ? ['xvfb-run', ['-a', cmd, ...args]] : [cmd, args];
const r = spawnSync(run, runArgs, { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(r.status ?? 1);
