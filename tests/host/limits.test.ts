// Issue 14 (8, 9): request bodies and idle connections time out, the host ends when its parent dies, and reading a
// pathological file (in the ingest workers) never stops the host from answering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHost, type Host } from '../../src/host/server';
import { deepHtml } from '../fuzz/generate';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const demoFolder = path.join(repoRoot, 'resources/demo');

let host: Host;
let tmp: string;

function call(channel: string, body: unknown): Promise<{ status: number; body: string; at: number }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? '' : JSON.stringify(body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: `/api/call/${channel}`,
        headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, at: performance.now() }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-limits-'));
  const staticDir = path.join(tmp, 'renderer');
  await fs.mkdir(staticDir, { recursive: true });
  await fs.writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  host = await startHost({
    staticDir,
    userDataDir: path.join(tmp, 'ud'),
    demoFolder,
    bodyTimeoutMs: 400,
    idleTimeoutMs: 400,
    watchProjectMs: 0,
  });
});
afterAll(async () => {
  await host?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('host limits', () => {
  it('answers 408 to a body that trickles in, and closes the connection', async () => {
    const sock = net.connect(host.port, '127.0.0.1');
    await new Promise<void>((r) => sock.once('connect', () => r()));
    sock.write(
      `POST /api/call/analysis:cancel HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nAuthorization: Bearer ${host.token}\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"jo`,
    );
    let text = '';
    sock.on('data', (d) => (text += d.toString('utf8')));
    await new Promise<void>((r) => sock.once('close', () => r()));
    expect(text).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection that never sends a request', async () => {
    const sock = net.connect(host.port, '127.0.0.1');
    await new Promise<void>((r) => sock.once('connect', () => r()));
    await new Promise<void>((r) => sock.once('close', () => r()));
    expect(sock.destroyed).toBe(true);
  });

  it('answers other requests while a pathological file is read', async () => {
    const folder = path.join(tmp, 'corpus');
    await fs.mkdir(folder);
    await fs.writeFile(path.join(folder, 'deep.html'), deepHtml(400_000));
    await fs.writeFile(path.join(folder, 'wire.txt'), 'Envoys of Vantaro met in Dessau on Tuesday for three hours.\n');
    const opening = call('project:open-folders', { paths: [folder] });
    await new Promise((r) => setTimeout(r, 300)); // the read is under way
    const info = await call('app:get-info', undefined);
    const opened = await opening;
    expect(info.status).toBe(200);
    expect(opened.status).toBe(200);
    // the host answered while the deep file was still being read
    expect(info.at).toBeLessThan(opened.at);
    const sum = JSON.parse(opened.body).res as { sources: { path: string }[] };
    expect(sum.sources.map((s) => s.path).sort()).toEqual(['deep.html', 'wire.txt']);
  }, 60_000);
});

describe('parent death', () => {
  it('ends the host when the process that started it is killed', async () => {
    // parent: a node process that starts the host stand-in and then is killed with SIGKILL (no chance to clean up)
    const script = `const { spawn } = require('node:child_process');
const c = spawn(process.execPath, ['--import', 'tsx', ${JSON.stringify(path.join(here, 'fixtures/orphan-host.ts'))}], { stdio: ['ignore', 'inherit', 'inherit'] });
setInterval(() => undefined, 1000);`;
    const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'], cwd: repoRoot });
    let out = '';
    parent.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    const started = Date.now();
    while (!/ready (\d+)/.test(out) && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 100));
    const pid = Number(/ready (\d+)/.exec(out)?.[1]);
    expect(pid).toBeGreaterThan(0);
    parent.kill('SIGKILL');
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    const killedAt = Date.now();
    while (alive() && Date.now() - killedAt < 10_000) await new Promise((r) => setTimeout(r, 100));
    expect(alive()).toBe(false);
  }, 60_000);
});
