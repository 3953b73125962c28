// The local HTTP host: the built renderer plus the API contract over HTTP (src/api/http-protocol.ts).
// Bound to 127.0.0.1 only, on a random free port, with a per-launch secret token required on every request
// (Authorization: Bearer, or the cookie set when the page is first opened as /?token=...). Foreign Host or
// Origin headers are refused (DNS rebinding, cross-site requests).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, promises as fs, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { isChannel, ValidationError, type EventName, type Events } from '../api/contract';
import { dispatch } from '../api/handlers';
import { API_PREFIX, EVENTS_PATH, TOKEN_COOKIE, TOKEN_QUERY, type HttpErr } from '../api/http-protocol';
import { defaultDemoFolder, defaultUserDataDir } from '../node/paths';
import { findChromium, renderPdfWithChromium } from '../node/pdf';
import { createServices, ServiceError, type ServiceOptions, type Services } from '../node/service';
import { mimeType } from '../node/mime';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface StartHostOptions extends Partial<Omit<ServiceOptions, 'transport' | 'emit'>> {
  /** port to listen on; default 0 (a random free port) */
  port?: number;
  /** the built renderer (out/renderer) */
  staticDir: string;
  /** fixed token (tests); default: 32 random bytes */
  token?: string;
  /** largest accepted request body */
  maxBodyBytes?: number;
  /** milliseconds between SSE keep-alive comments */
  heartbeatMs?: number;
  /** a request body must arrive whole within this many milliseconds (408 otherwise; default 10 s) */
  bodyTimeoutMs?: number;
  /** a connection with no request in flight is closed after this many idle milliseconds (default 30 s; SSE
   *  streams stay open: their heartbeat keeps them busy) */
  idleTimeoutMs?: number;
}

export const DEFAULT_BODY_TIMEOUT_MS = 10_000;
export const DEFAULT_IDLE_TIMEOUT_MS = 30_000;

export interface Host {
  /** URL to open: carries the token once; the page then keeps it in a cookie */
  url: string;
  token: string;
  port: number;
  /** the bound address (always 127.0.0.1) */
  address: string;
  /** the services behind the API (tests wait on `services.idle()`) */
  services: Services;
  close(): Promise<void>;
}

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    if (part.slice(0, i).trim() === TOKEN_COOKIE) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return null;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(data),
  });
  res.end(data);
}

function sendError(res: http.ServerResponse, status: number, code: HttpErr['error']['code'], message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } } satisfies HttpErr);
}

class BodyTooLarge extends Error {}

class BodyTimeout extends Error {}

function readBody(req: http.IncomingMessage, limit: number, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLarge());
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    // a body trickling in a byte at a time must not hold a connection open for ever
    const timer = setTimeout(() => {
      failed = true;
      reject(new BodyTimeout());
    }, timeoutMs);
    req.on('data', (c: Buffer) => {
      if (failed) return;
      size += c.length;
      if (size > limit) {
        failed = true;
        clearTimeout(timer);
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      clearTimeout(timer);
      if (!failed) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

const STATUS: Record<string, number> = { invalid: 400, 'not-found': 404, cancelled: 409, failed: 500 };

export async function startHost(opts: StartHostOptions): Promise<Host> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  const staticDir = path.resolve(opts.staticDir);
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const clients = new Set<http.ServerResponse>();
  let port = 0;

  const broadcast = <E extends EventName>(event: E, payload: Events[E]) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const c of clients) c.write(frame);
  };

  const chromium = opts.renderPdf ? null : findChromium();
  const services = createServices({
    ...opts,
    userDataDir: opts.userDataDir ?? defaultUserDataDir(),
    demoFolder: opts.demoFolder ?? defaultDemoFolder(),
    transport: 'http',
    emit: broadcast,
    renderPdf: opts.renderPdf ?? (chromium ? (html, decor) => renderPdfWithChromium(html, { executablePath: chromium }, decor) : undefined),
  });

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const serveStatic = async (res: http.ServerResponse, pathname: string, head: boolean) => {
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      sendError(res, 400, 'invalid', 'bad path');
      return;
    }
    let file = path.resolve(staticDir, '.' + path.posix.normalize('/' + rel));
    if (file !== staticDir && !file.startsWith(staticDir + path.sep)) {
      sendError(res, 403, 'invalid', 'outside the app');
      return;
    }
    let st = await fs.stat(file).catch(() => null);
    if (!st || st.isDirectory()) {
      const ext = path.extname(rel);
      // unknown app routes get the app; a missing asset is a 404
      if (st?.isDirectory() || !ext || ext === '.html') file = path.join(staticDir, 'index.html');
      st = await fs.stat(file).catch(() => null);
      if (!st || st.isDirectory()) {
        if (file.endsWith('index.html')) {
          res.writeHead(503, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
          res.end('The renderer is not built: run `npm run build:web` (or `npm run serve`, which builds it).\n');
        } else sendError(res, 404, 'not-found', 'no such file');
        return;
      }
    }
    const type = mimeType(file);
    const isHtml = type.startsWith('text/html');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': type,
      'Content-Length': st.size,
      'Cache-Control': isHtml ? 'no-store' : 'no-cache',
      ...(isHtml ? { 'Content-Security-Policy': CSP } : {}),
    });
    if (head) {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  };

  const handleCall = async (req: http.IncomingMessage, res: http.ServerResponse, channel: string) => {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendError(res, 405, 'invalid', 'use POST');
      return;
    }
    if (!isChannel(channel)) {
      sendError(res, 404, 'not-found', `unknown channel ${channel}`);
      return;
    }
    let body: string;
    try {
      body = await readBody(req, maxBody, opts.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS);
    } catch (e) {
      if (e instanceof BodyTimeout) {
        res.setHeader('Connection', 'close');
        sendError(res, 408, 'invalid', 'request body did not arrive in time');
        res.on('finish', () => req.socket.destroy());
      } else if (e instanceof BodyTooLarge) sendError(res, 413, 'invalid', `request body larger than ${maxBody} bytes`);
      else sendError(res, 400, 'invalid', 'could not read the request');
      return;
    }
    let parsed: unknown = undefined;
    if (body.trim()) {
      try {
        parsed = JSON.parse(body);
      } catch {
        sendError(res, 400, 'invalid', 'request body is not JSON');
        return;
      }
    }
    try {
      const out = await dispatch(services, channel, parsed);
      sendJson(res, 200, { ok: true, res: out ?? null });
    } catch (e) {
      if (e instanceof ValidationError) sendError(res, 400, 'invalid', e.message);
      else if (e instanceof ServiceError) sendError(res, STATUS[e.code] ?? 500, e.code, e.message);
      else sendError(res, 500, 'failed', (e as Error).message || 'failed');
    }
  };

  const handleEvents = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.method !== 'GET') {
      sendError(res, 405, 'invalid', 'use GET');
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write(': connected\n\n');
    clients.add(res);
    req.socket.setNoDelay(true);
    req.socket.setTimeout(0); // the heartbeat keeps it alive; closing the page ends it
    req.on('close', () => clients.delete(res));
  };

  const idleMs = opts.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const server = http.createServer((req, res) => {
    // a request in flight may take long (an analysis); idle time counts again once it is answered
    req.socket.setTimeout(0);
    res.on('finish', () => {
      if (!req.socket.destroyed && !clients.has(res)) req.socket.setTimeout(idleMs);
    });
    void (async () => {
      try {
        // 1. only this machine's own names for this host (blocks DNS rebinding)
        if (!allowedHosts().has(String(req.headers.host ?? '').toLowerCase())) {
          sendError(res, 403, 'invalid', 'foreign Host header');
          return;
        }
        const origin = req.headers.origin;
        if (origin !== undefined && !allowedOrigins().has(origin.toLowerCase())) {
          sendError(res, 403, 'invalid', 'foreign Origin');
          return;
        }
        const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
        // 2. first visit with ?token=...: set the cookie and drop the token from the address bar
        const q = url.searchParams.get(TOKEN_QUERY);
        if (q !== null && (req.method === 'GET' || req.method === 'HEAD') && !url.pathname.startsWith('/api/')) {
          if (!sameSecret(q, token)) {
            sendError(res, 403, 'invalid', 'wrong token');
            return;
          }
          url.searchParams.delete(TOKEN_QUERY);
          res.writeHead(302, {
            ...SECURITY_HEADERS,
            'Set-Cookie': `${TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict`,
            Location: url.pathname + url.search,
            'Cache-Control': 'no-store',
          });
          res.end();
          return;
        }
        // 3. every other request carries the token
        const auth = req.headers.authorization;
        const presented = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : cookieToken(req.headers.cookie);
        if (!presented) {
          sendError(res, 401, 'invalid', 'token required: open the address printed by `npm run serve`');
          return;
        }
        if (!sameSecret(presented, token)) {
          sendError(res, 403, 'invalid', 'wrong token');
          return;
        }
        if (url.pathname.startsWith(API_PREFIX)) await handleCall(req, res, url.pathname.slice(API_PREFIX.length));
        else if (url.pathname === EVENTS_PATH) handleEvents(req, res);
        else if (url.pathname.startsWith('/api/')) sendError(res, 404, 'not-found', 'no such endpoint');
        else if (req.method === 'GET' || req.method === 'HEAD') await serveStatic(res, url.pathname, req.method === 'HEAD');
        else sendError(res, 405, 'invalid', 'method not allowed');
      } catch (e) {
        if (!res.headersSent) sendError(res, 500, 'failed', (e as Error).message);
        else res.end();
      }
    })();
  });
  server.headersTimeout = 20_000;
  // the whole request (headers and body) within 30 s; this bounds receiving only, so SSE responses stay open
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  // connections that open and send nothing, or sit idle between requests, are closed
  server.on('connection', (socket) => {
    socket.setTimeout(idleMs, () => socket.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  port = bound.port;

  const heartbeat = setInterval(() => {
    for (const c of clients) c.write(': keep-alive\n\n');
  }, opts.heartbeatMs ?? 15_000);
  heartbeat.unref();

  return {
    url: `http://127.0.0.1:${port}/?${TOKEN_QUERY}=${encodeURIComponent(token)}`,
    token,
    port,
    address: bound.address,
    services,
    async close() {
      clearInterval(heartbeat);
      for (const c of clients) c.end();
      clients.clear();
      await services.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/**
 * Ends the process cleanly on SIGTERM/SIGINT and when the process that started it dies (`npm run serve` killed:
 * the host must not live on without it). Parent death is seen as a changed parent pid or, on Linux, as any
 * ancestor up to the first shell disappearing. Call once from the start-up script (src/host/serve.ts).
 */
export function exitWithParent(
  host: Pick<Host, 'close'>,
  opts: { checkMs?: number; exit?: (code: number) => void; /** false: the caller handles the signals itself */ signals?: boolean } = {},
): () => void {
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    clearInterval(timer);
    const force = setTimeout(() => exit(0), 5_000);
    force.unref();
    void host.close().finally(() => exit(0));
  };
  const ppid = process.ppid;
  const ancestors = ancestorPids(process.pid);
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  };
  const timer = setInterval(() => {
    if (process.ppid !== ppid || ancestors.some((p) => !alive(p))) stop();
  }, opts.checkMs ?? 1_000);
  timer.unref();
  if (opts.signals !== false) {
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    process.once('SIGHUP', stop);
  }
  return () => {
    clearInterval(timer);
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
    process.off('SIGHUP', stop);
  };
}

const SHELL = /^(ba|z|fi|da|k|tc|c)?sh$|^login$|^tmux|^screen$|^systemd$|^init$/;

/** What /proc says about a process: its parent, command name and command line (Linux only; null elsewhere). */
function procInfo(pid: number): { parent: number; comm: string; cmdline: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // pid (comm) state ppid ...: comm may hold spaces and parentheses, so read after the last ')'
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      cmdline = '';
    }
    return { parent, comm, cmdline };
  } catch {
    return null;
  }
}

/** The processes that started this one, up to and including `npm` (npm run serve) or up to the user's shell:
 *  tsx, the `sh -c` npm runs scripts in, npm itself. Linux /proc; elsewhere none (the parent pid check remains). */
function ancestorPids(pid: number): number[] {
  const out: number[] = [];
  let info = procInfo(pid);
  for (let depth = 0; info && depth < 6; depth++) {
    const cur = info.parent;
    if (!cur || cur <= 1) break;
    const up = procInfo(cur);
    if (!up) break;
    const isNpm = up.comm === 'npm' || /\bnpm(-cli)?(\.js)?\b/.test(up.cmdline);
    if (isNpm) {
      out.push(cur);
      break;
    }
    // a shell started by npm (`sh -c "npm run build:web && tsx ..."`) belongs to the chain; the user's shell does not
    if (SHELL.test(up.comm)) {
      const above = procInfo(up.parent);
      if (!above || !(above.comm === 'npm' || /\bnpm(-cli)?(\.js)?\b/.test(above.cmdline))) break;
    }
    out.push(cur);
    info = up;
  }
  return out;
}
