import { describe, expect, it } from 'vitest';
import { servedAddress } from './served-address';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// one process (node with tsx's loader) so that signals reach the host itself
const tsxLoader = createRequire(import.meta.url).resolve('tsx');

describe('npm run serve entry (src/host/serve.ts)', () => {
  it('prints the address with its token, serves the app to it, and stops on SIGTERM', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-serve-'));
    try {
      const staticDir = path.join(tmp, 'renderer');
      await fs.mkdir(staticDir);
      await fs.writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>served</title>');
      const child = spawn(
        process.execPath,
        ['--import', tsxLoader, 'src/host/serve.ts', '--no-open', '--static', staticDir, '--user-data', path.join(tmp, 'ud')],
        {
          cwd: repoRoot,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const served = await servedAddress(child, 60_000);
      const url = served.url;
      const first = await fetch(url, { redirect: 'manual' });
      expect(first.status).toBe(302);
      const cookie = first.headers.get('set-cookie')!.split(';')[0];
      const page = await fetch(new URL('/', url), { headers: { cookie } });
      expect(await page.text()).toContain('served');
      expect((await fetch(new URL('/', url))).status).toBe(401);
      const exited = new Promise<number | null>((r) => child.once('exit', r));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      await expect(fetch(new URL('/', url))).rejects.toThrow(); // really stopped
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  }, 120_000);

  it('exits 2 on an unknown option', async () => {
    const child = spawn(process.execPath, ['--import', tsxLoader, 'src/host/serve.ts', '--bogus'], { cwd: repoRoot, stdio: 'ignore' });
    expect(await new Promise((r) => child.once('exit', r))).toBe(2);
  }, 60_000);
});
