// CLI start-up: milliseconds from spawning `parallax --help` (bin/parallax.mjs running the built bundle, as an
// installed package does) to its first line on standard output; the median of several runs, beside the same figure
// for a bare `node -e 0` on this machine (what no JavaScript CLI can go below). Builds the bundle first and runs it
// from a copy laid out as the installed npm package is (bin/, out/cli/, package.json; no src/).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../scripts/build-cli.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 9;

function firstLineMs(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
    let done = false;
    child.stdout.on('data', (d: Buffer) => {
      if (!done && d.includes(10)) {
        done = true;
        resolve(performance.now() - t0);
      }
    });
    child.on('error', reject);
    child.on('exit', () => {
      if (!done) resolve(performance.now() - t0);
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchCli(): Promise<void> {
  await buildCli({ quiet: true });
  const pkg = mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-cli-'));
  const cli: number[] = [];
  const bare: number[] = [];
  try {
    for (const rel of ['bin', 'out/cli', 'package.json']) cpSync(path.join(root, rel), path.join(pkg, rel), { recursive: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(pkg, 'node_modules'), process.platform === 'win32' ? 'junction' : 'dir');
    for (let i = 0; i < RUNS; i++) {
      cli.push(await firstLineMs([path.join(pkg, 'bin', 'parallax.mjs'), '--help']));
      bare.push(await firstLineMs(['-e', 'console.log(1)']));
    }
  } finally {
    rmSync(pkg, { recursive: true, force: true });
  }
  console.log(`cli-startup: ${Math.round(median(cli))} ms`);
  console.log(`node-startup: ${Math.round(median(bare))} ms`);
}
