// Runs `parallax compare <input> --format json` from the sources and reads the export back (test helper).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Comparison } from '../../../src/core/model';

const repoRoot = path.resolve(__dirname, '../../..');

export function compareWithCli(input: string, out: string): Comparison {
  try {
    execFileSync(
      process.execPath,
      [
        path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'),
        path.join(repoRoot, 'src/cli/main.ts'),
        'compare',
        input,
        '--format',
        'json',
        '--out',
        out,
      ],
      { cwd: repoRoot, stdio: 'pipe', timeout: 240_000 },
    );
  } catch (e) {
    // exit status 1 means "some inputs could not be read" and still writes the export
    if ((e as { status?: number }).status !== 1) throw e;
  }
  return JSON.parse(readFileSync(out, 'utf8')) as Comparison;
}
