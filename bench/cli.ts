// CLI start-up: milliseconds from spawning `parallax --help` (bin/parallax.mjs running the built bundle, as an
// installed package does) to its first line on standard output; the median of several runs, beside the same figure
// for a bare `node -e 0` on this machine (what no JavaScript CLI can go below). Builds the bundle first.
import { spawn } from 'node:child_process';
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
  const cli: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    cli.push(await firstLineMs([path.join(root, 'bin', 'parallax.mjs'), '--help']));
    bare.push(await firstLineMs(['-e', 'console.log(1)']));
  }
  console.log(`cli-startup: ${Math.round(median(cli))} ms`);
  console.log(`node-startup: ${Math.round(median(bare))} ms`);
}
