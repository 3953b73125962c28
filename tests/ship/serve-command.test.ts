// `parallax serve`: its options, and the command run through the CLI entry stopping cleanly on SIGINT.
import { describe, expect, it } from 'vitest';
import { servedAddress } from '../host/served-address';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseServeArgs, ServeUsageError } from '../../src/host/serve';
import { parseArgs } from '../../src/cli/args';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsxLoader = createRequire(import.meta.url).resolve('tsx');

describe('parallax serve options', () => {
  it('parses --port, --no-open, --user-data and --static (also as --flag=value)', () => {
    expect(parseArgs(['serve', '--port', '8123'])).toEqual({ command: 'serve', argv: ['--port', '8123'] });
    expect(parseServeArgs(['--port', '8123', '--no-open'], {})).toEqual({ open: false, port: 8123 });
    expect(parseServeArgs(['--port=0'], {})).toEqual({ open: true, port: 0 });
    expect(parseServeArgs([], { CI: 'true' })).toEqual({ open: false });
    const opts = parseServeArgs(['--user-data', 'state', '--static=web'], {});
    expect(opts.userDataDir).toBe(path.resolve('state'));
    expect(opts.staticDir).toBe(path.resolve('web'));
    expect(parseServeArgs(['--help'], {}).help).toBe(true);
  });

  it('refuses bad values and unknown options', () => {
    for (const bad of [
      ['--port'],
      ['--port', 'eighty'],
      ['--port', '70000'],
      ['--port', '-1'],
      ['--user-data'],
      ['--static', '--no-open'],
      ['--bogus'],
    ])
      expect(() => parseServeArgs(bad, {}), bad.join(' ')).toThrow(ServeUsageError);
  });

  it('runs through the CLI entry, prints the address with its token and exits 0 on SIGINT', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-serve-cmd-'));
    try {
      const web = path.join(tmp, 'web');
      await fs.mkdir(web);
      await fs.writeFile(path.join(web, 'index.html'), '<!doctype html><title>Parallax test page</title>');
      const child = spawn(
        process.execPath,
        ['--import', tsxLoader, 'src/cli/main.ts', 'serve', '--no-open', '--static', web, '--user-data', path.join(tmp, 'ud')],
        {
          cwd: repoRoot,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const served = await servedAddress(child, 90_000);
      const url = served.url;
      expect(new URL(url).searchParams.get('token')!.length).toBeGreaterThanOrEqual(32);
      expect((await fetch(url, { redirect: 'manual' })).status).toBe(302);
      const exited = new Promise<number | null>((r) => child.once('exit', r));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(served.errors()).toContain('stopped (SIGINT)');
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  }, 150_000);

  it('says in one line when the folder to serve does not exist, and exits 1', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-serve-cmd-'));
    try {
      const child = spawn(
        process.execPath,
        ['--import', tsxLoader, 'src/cli/main.ts', 'serve', '--no-open', '--static', path.join(tmp, 'nothing')],
        {
          cwd: repoRoot,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      expect(await new Promise((r) => child.once('exit', r))).toBe(1);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toMatch(/--static .*nothing: no such folder/);
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  }, 90_000);
});
