import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalyzeProgress } from '../../src/api/contract';
import { startHost, type Host } from '../../src/host/server';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const demoFolder = path.join(repoRoot, 'resources/demo');

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  host: Host,
  method: string,
  pathName: string,
  opts: { headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, method, path: pathName, headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

let host: Host;
let tmp: string;
let staticDir: string;
const bearer = () => ({ Authorization: `Bearer ${host.token}` });

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-host-'));
  staticDir = path.join(tmp, 'renderer');
  await fs.mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Parallax test page</title>');
  await fs.writeFile(path.join(staticDir, 'assets', 'app.js'), 'console.log("app");');
  await fs.writeFile(path.join(tmp, 'secret.txt'), 'outside');
  host = await startHost({ staticDir, userDataDir: path.join(tmp, 'ud'), demoFolder, maxBodyBytes: 4096 });
});
afterAll(async () => {
  await host?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('HTTP host', () => {
  it('listens on loopback only, on a random port, with a long random token', () => {
    expect(host.address).toBe('127.0.0.1');
    expect(host.port).toBeGreaterThan(0);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${encodeURIComponent(host.token)}`);
  });

  it('answers 401 without a token and 403 with a wrong one', async () => {
    expect((await request(host, 'GET', '/')).status).toBe(401);
    expect((await request(host, 'POST', '/api/call/app:get-info')).status).toBe(401);
    expect((await request(host, 'GET', '/api/events')).status).toBe(401);
    const wrong = { Authorization: `Bearer ${host.token.slice(1)}x` };
    expect((await request(host, 'POST', '/api/call/app:get-info', { headers: wrong })).status).toBe(403);
    expect((await request(host, 'GET', '/', { headers: { Cookie: 'parallax_token=nope' } })).status).toBe(403);
    expect((await request(host, 'GET', '/?token=nope')).status).toBe(403);
  });

  it('refuses foreign Host and Origin headers even with the right token', async () => {
    const r1 = await request(host, 'POST', '/api/call/app:get-info', { headers: { ...bearer(), Host: `evil.example:${host.port}` } });
    expect(r1.status).toBe(403);
    const r2 = await request(host, 'POST', '/api/call/app:get-info', { headers: { ...bearer(), Origin: 'http://evil.example' } });
    expect(r2.status).toBe(403);
    const r3 = await request(host, 'POST', '/api/call/app:get-info', { headers: { ...bearer(), Origin: `http://127.0.0.1:${host.port}` } });
    expect(r3.status).toBe(200);
  });

  it('sets the token cookie on the first visit, redirects, then serves the app with a CSP', async () => {
    const first = await request(host, 'GET', `/?token=${encodeURIComponent(host.token)}`);
    expect(first.status).toBe(302);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']?.[0]);
    expect(cookie).toMatch(/^parallax_token=.+; Path=\/; HttpOnly; SameSite=Strict$/);
    const jar = cookie.split(';')[0];
    const page = await request(host, 'GET', '/', { headers: { Cookie: jar } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Parallax test page');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const asset = await request(host, 'GET', '/assets/app.js', { headers: { Cookie: jar } });
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect((await request(host, 'GET', '/some/route', { headers: { Cookie: jar } })).body).toContain('Parallax test page');
    expect((await request(host, 'GET', '/assets/missing.js', { headers: { Cookie: jar } })).status).toBe(404);
    const escape = await request(host, 'GET', '/../secret.txt', { headers: { Cookie: jar } });
    expect(escape.body).not.toContain('outside');
    const escape2 = await request(host, 'GET', '/%2e%2e/secret.txt', { headers: { Cookie: jar } });
    expect(escape2.body).not.toContain('outside');
  });

  it('round-trips a real call and maps errors to 400/404/413', async () => {
    const ok = await request(host, 'POST', '/api/call/app:get-info', { headers: bearer(), body: '' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, res: { transport: 'http', demoFolder, nativeDialogs: false } });
    const bad = await request(host, 'POST', '/api/call/tag:set', {
      headers: bearer(),
      body: JSON.stringify({ alignmentId: 'a', status: 'maybe', note: '' }),
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringMatching(/status must be one of/) },
    });
    const notJson = await request(host, 'POST', '/api/call/project:open-folders', { headers: bearer(), body: '{paths:' });
    expect(notJson.status).toBe(400);
    expect((await request(host, 'POST', '/api/call/nope:nothing', { headers: bearer(), body: '' })).status).toBe(404);
    expect((await request(host, 'GET', '/api/call/app:get-info', { headers: bearer() })).status).toBe(405);
    const big = await request(host, 'POST', '/api/call/project:open-folders', {
      headers: bearer(),
      body: JSON.stringify({ paths: ['/' + 'x'.repeat(5000)] }),
    });
    expect(big.status).toBe(413);
    const missing = await request(host, 'POST', '/api/call/project:open-folders', {
      headers: bearer(),
      body: JSON.stringify({ paths: [path.join(tmp, 'absent')] }),
    });
    expect(missing.status).toBe(404);
  });

  it('streams analysis progress of the demo folder over server-sent events', async () => {
    const events: { event: string; data: unknown }[] = [];
    let buffer = '';
    let sse: http.IncomingMessage | undefined;
    const connected = new Promise<void>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: host.port, path: '/api/events', headers: bearer() }, (res) => {
        sse = res;
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/text\/event-stream/);
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          buffer += d;
          let i;
          while ((i = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, i);
            buffer = buffer.slice(i + 2);
            const ev = /^event: (.+)$/m.exec(frame)?.[1];
            const data = /^data: (.+)$/m.exec(frame)?.[1];
            if (ev && data) events.push({ event: ev, data: JSON.parse(data) });
          }
        });
        resolve();
      });
      req.on('error', reject);
    });
    await connected;
    const open = await request(host, 'POST', '/api/call/project:open-folders', {
      headers: bearer(),
      body: JSON.stringify({ paths: [demoFolder] }),
    });
    expect(open.status).toBe(200);
    const sources = (JSON.parse(open.body) as { res: { sources: unknown[] } }).res.sources;
    expect(sources.length).toBeGreaterThanOrEqual(6);
    const start = await request(host, 'POST', '/api/call/analysis:start', { headers: bearer(), body: '' });
    const { jobId } = (JSON.parse(start.body) as { res: { jobId: string } }).res;
    const deadline = Date.now() + 60_000;
    const mine = () =>
      events
        .filter((e) => e.event === 'analysis:progress' && (e.data as AnalyzeProgress).jobId === jobId)
        .map((e) => e.data as AnalyzeProgress);
    while (!mine().some((p) => p.phase === 'done' || p.phase === 'failed') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 25));
    sse?.destroy();
    const phases = mine().map((p) => p.phase);
    expect(phases[0]).toBe('reading');
    expect(phases).toContain('analysing');
    expect(phases.at(-1)).toBe('done');
    const done = mine().at(-1)!;
    expect(done.total).toBe(sources.length);
    expect(events.some((e) => e.event === 'project:changed')).toBe(true);
    const cmp = await request(host, 'POST', '/api/call/comparison:get', { headers: bearer(), body: '' });
    expect(JSON.parse(cmp.body).res.sources).toHaveLength(sources.length);
  }, 120_000);
});
