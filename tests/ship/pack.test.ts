// The npm package as a user gets it: `npm pack` (its prepack builds the CLI bundle and the web app), installed with
// `npm install -g --prefix <tmp>`, then the installed `parallax` command run from outside the repository.
// The package is packed from a staged copy of the checkout (tracked and new files, node_modules linked), so that the
// builds it runs never touch this checkout's out/ while other tests use it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedAddress } from '../host/served-address';
import { execFileSync, spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, promises as fs, readFileSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main, type CliIo } from '../../src/cli/main';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const win = process.platform === 'win32';
let tmp: string;
let tarball: string;
let pkgDir: string;
let parallaxBin: string;

/** The environment for npm without the variables `npm test` sets for its own run (its prefix, package, script). */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_(lifecycle_|package_|config_(prefix|global|local_prefix)$)/i.test(k) || k === 'INIT_CWD') continue;
    env[k] = v;
  }
  return env;
}

function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(win ? 'npm.cmd' : 'npm', args, { cwd, env: npmEnv(), encoding: 'utf8', timeout: 240_000, shell: win });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r;
}

function parallax(args: string[], cwd = tmp): SpawnSyncReturns<string> {
  return spawnSync(parallaxBin, args, {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    shell: win,
    env: { ...npmEnv(), PARALLAX_USER_DATA: path.join(tmp, 'user-data') },
  });
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-pack-'));
  const stage = path.join(tmp, 'stage');
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' });
  for (const rel of listed.split('\0')) {
    if (!rel || !existsSync(path.join(repoRoot, rel))) continue;
    await fs.mkdir(path.dirname(path.join(stage, rel)), { recursive: true });
    await fs.copyFile(path.join(repoRoot, rel), path.join(stage, rel));
  }
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(stage, 'node_modules'), win ? 'junction' : 'dir');
  const packed = npm(['pack', '--json', '--pack-destination', tmp], stage);
  const info = JSON.parse(packed.stdout.slice(packed.stdout.search(/^\[\s*\{/m))) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  tarball = path.join(tmp, path.basename(info[0].filename));
  const prefix = path.join(tmp, 'prefix');
  // dependencies come from npm's cache where `npm ci` left them, else from the registry
  npm(['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], tmp);
  pkgDir = win ? path.join(prefix, 'node_modules', 'parallax') : path.join(prefix, 'lib', 'node_modules', 'parallax');
  parallaxBin = win ? path.join(prefix, 'parallax.cmd') : path.join(prefix, 'bin', 'parallax');
}, 300_000);

afterAll(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

describe('npm pack → npm install -g → parallax', () => {
  it('packs the bundles and the shipped resources, and neither the sources nor the tests', () => {
    const list = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .stdout.split('\n')
      .map((l) => l.replace(/^package\//, ''));
    for (const f of [
      'bin/parallax.mjs',
      'out/cli/parallax.mjs',
      'out/cli/analysis-worker.mjs',
      'out/renderer/index.html',
      'resources/lang/hanviet.tsv',
      'resources/lang/NOTICE.md',
      'resources/demo/parallax.json',
      'resources/schema/comparison.schema.json',
      'package.json',
    ])
      expect(list, f).toContain(f);
    expect(list.filter((f) => /^(tests|src|scripts|bench)\//.test(f))).toEqual([]);
    const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
    expect(existsSync(path.join(pkgDir, 'node_modules', 'tsx'))).toBe(false);
  });

  it('answers --help and --version from the bundle', () => {
    const help = parallax(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout.split('\n')[0]).toMatch(/^Parallax: compare how outlets/);
    expect(help.stdout).toContain('parallax serve');
    const version = parallax(['--version']);
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(`parallax ${pkg.version}`);
  }, 60_000);

  it('compares the installed demo corpus exactly as the CLI from source does', async () => {
    const demo = path.join(pkgDir, 'resources', 'demo');
    const out = path.join(tmp, 'installed.json');
    const run = parallax(['compare', demo, '--format', 'json', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const installed = JSON.parse(await fs.readFile(out, 'utf8')) as Record<string, unknown> & {
      sources: Array<{ path: string; language: string }>;
    };
    expect(installed.sources.map((s) => path.basename(s.path)).sort()).toEqual([
      'beian-observer-2024-vienna.md',
      'continental-dispatch-wire.txt',
      'haiwan-news-big5.txt',
      'lakeside-wire-geneva-talks.html',
      'thoi-su-phuong-nam.md',
      'yuanzhou-daily-gb18030.txt',
    ]);

    // the same folder through the TypeScript sources, in this process
    const fromSource = path.join(tmp, 'source.json');
    const io: CliIo = { stdout: () => undefined, stderr: () => undefined, stderrIsTTY: false, cwd: tmp };
    expect(await main(['compare', demo, '--format', 'json', '--out', fromSource], io)).toBe(0);
    const expected = JSON.parse(await fs.readFile(fromSource, 'utf8')) as Record<string, unknown>;
    const { generatedAt: _a, ...a } = installed;
    const { generatedAt: _b, ...b } = expected;
    expect(a).toEqual(b);
    expect((installed.alignments as unknown[]).length).toBeGreaterThan(0);
  }, 180_000);

  it('serves the app from the installed package and stops on SIGTERM', async () => {
    if (win) return; // POSIX signals; the serve entry's own test covers the host on every platform
    const child = spawn(parallaxBin, ['serve', '--no-open', '--port', '0', '--user-data', path.join(tmp, 'serve-ud')], {
      cwd: tmp,
      env: npmEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const served = await servedAddress(child, 60_000);
    const url = served.url;
    const first = await fetch(url, { redirect: 'manual' });
    expect(first.status).toBe(302);
    const cookie = first.headers.get('set-cookie')!.split(';')[0];
    const page = await (await fetch(new URL('/', url), { headers: { cookie } })).text();
    expect(page).toContain('<div id="root">');
    // the engine runs in the bundled analysis worker (out/cli/analysis-worker.mjs)
    const call = async (channel: string, body: unknown) => {
      const r = await fetch(new URL(`/api/call/${channel}`, url), {
        method: 'POST',
        headers: { authorization: `Bearer ${new URL(url).searchParams.get('token')}` },
        body: body === undefined ? '' : JSON.stringify(body),
      });
      expect(r.status, `${channel}: ${served.errors()}`).toBe(200);
      return ((await r.json()) as { res: unknown }).res;
    };
    await call('project:open-folders', { paths: [path.join(pkgDir, 'resources', 'demo')] });
    await call('analysis:start', undefined);
    const alignments = async () => ((await call('comparison:get', undefined)) as { alignments: unknown[] } | null)?.alignments.length ?? 0;
    let found = 0;
    for (const deadline = Date.now() + 60_000; Date.now() < deadline && found === 0;) {
      found = await alignments();
      if (!found) await new Promise((r) => setTimeout(r, 200));
    }
    expect(found).toBeGreaterThan(0);
    const exited = new Promise<number | null>((r) => child.once('exit', r));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(fetch(new URL('/', url))).rejects.toThrow();
  }, 180_000);
});
