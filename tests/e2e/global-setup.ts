// Starts the real local HTTP host (src/host/serve.ts) on a random port with a throw-away userData folder,
// after making sure the renderer build (out/renderer) is up to date. The URL (with its one-time token) is
// handed to the specs through PARALLAX_E2E_URL; the returned function stops the host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');

function newestMtime(dir: string): number {
  let t = 0;
  for (const f of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, f.name);
    t = Math.max(t, f.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}

function ensureBuild(): string {
  const out = path.join(repoRoot, 'out/renderer');
  const index = path.join(out, 'index.html');
  const stale = !existsSync(index) || statSync(index).mtimeMs < newestMtime(path.join(repoRoot, 'src/renderer'));
  if (stale) {
    const r = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'],
      { cwd: repoRoot, stdio: 'inherit' },
    );
    if (r.status !== 0) throw new Error('renderer build failed');
  }
  return out;
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const staticDir = ensureBuild();
  const userData = mkdtempSync(path.join(os.tmpdir(), 'parallax-e2e-'));
  const tsxCli = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
  const child = spawn(
    process.execPath,
    [tsxCli, 'src/host/serve.ts', '--no-open', '--port', '0', '--user-data', userData, '--static', staticDir],
    {
      cwd: repoRoot,
      env: { ...process.env, CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start in 60 s\n${stderr}`)), 60_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}\n${stderr}`));
    });
  });
  process.env.PARALLAX_E2E_URL = url;
  process.env.PARALLAX_E2E_USERDATA = userData;
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    rmSync(userData, { recursive: true, force: true });
  };
}
