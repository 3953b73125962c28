// The Parallax UI in a browser, through the local HTTP host: `parallax serve` (src/cli/serve.ts) and
// `npm run serve` (this file run directly: tsx src/host/serve.ts [options]).
//   [--port N] [--no-open] [--user-data DIR] [--static DIR]
// Prints the address with its per-launch token, opens it in the default browser unless --no-open (or CI is set),
// and stops cleanly on SIGINT or SIGTERM (the host closes, then the process exits 0).
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtRendererDir } from '../node/resources';
import { exitWithParent, startHost } from './server';

export const SERVE_USAGE = `usage: parallax serve [--port N] [--no-open] [--user-data DIR] [--static DIR]

  --port N          port on 127.0.0.1 (default: a free one)
  --no-open         print the address only; do not open a browser (also when CI is set)
  --user-data DIR   where recent projects and settings are kept (default: the per-user Parallax folder)
  --static DIR      the built web app to serve (default: out/renderer of this installation)
`;

export interface ServeOptions {
  port?: number;
  open: boolean;
  userDataDir?: string;
  staticDir?: string;
}

export class ServeUsageError extends Error {}

/** Parses serve's options (argv after `serve`); `help: true` for --help. */
export function parseServeArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ServeOptions & { help?: boolean } {
  const opts: ServeOptions & { help?: boolean } = { open: !env.CI };
  const value = (flag: string, v: string | undefined): string => {
    if (v === undefined || v === '' || v.startsWith('--')) throw new ServeUsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] =
      argv[i].startsWith('--') && argv[i].includes('=')
        ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)]
        : [argv[i], undefined];
    if (flag === '--no-open') opts.open = false;
    else if (flag === '--help' || flag === '-h') opts.help = true;
    else if (flag === '--port') {
      const raw = value(flag, inline ?? argv[++i]);
      const port = Number(raw);
      if (!/^\d+$/.test(raw) || port > 65535) throw new ServeUsageError(`--port must be a number from 0 to 65535 (got "${raw}")`);
      opts.port = port;
    } else if (flag === '--user-data') opts.userDataDir = path.resolve(value(flag, inline ?? argv[++i]));
    else if (flag === '--static') opts.staticDir = path.resolve(value(flag, inline ?? argv[++i]));
    else throw new ServeUsageError(`unknown option ${argv[i]}`);
  }
  return opts;
}

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no browser launcher: the printed address is enough
  }
}

/** The analysis worker built beside the CLI bundle (out/cli/analysis-worker.mjs) when this code runs from it. */
function bundledWorker(): string | null {
  try {
    const m = /^(.*[\\/]out[\\/]cli)[\\/]/.exec(fileURLToPath(import.meta.url));
    const worker = m ? path.join(m[1], 'analysis-worker.mjs') : null;
    return worker && existsSync(worker) ? worker : null;
  } catch {
    return null;
  }
}

export interface ServeIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const processIo: ServeIo = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };

/** Starts the host and serves until SIGINT or SIGTERM; resolves to the exit status once it has closed. */
export async function serve(opts: ServeOptions, io: ServeIo = processIo): Promise<number> {
  // an explicit --static folder is served as it is; the default is the built web app of this installation
  const staticDir = opts.staticDir ?? builtRendererDir();
  if (!staticDir || !existsSync(staticDir)) {
    io.stderr(
      opts.staticDir
        ? `parallax serve: --static ${opts.staticDir}: no such folder\n`
        : 'parallax serve: the web app is not built (no out/renderer/index.html); run `npm run build:web`\n',
    );
    return 1;
  }
  const worker = bundledWorker();
  let host;
  try {
    host = await startHost({
      port: opts.port,
      staticDir,
      userDataDir: opts.userDataDir,
      analysis: worker ? { workerEntry: worker } : undefined,
    });
  } catch (e) {
    io.stderr(`parallax serve: ${(e as Error).message}\n`);
    return 1;
  }
  io.stdout(`Parallax is running at ${host.url}\n(only this computer can reach it; press Ctrl+C to stop)\n`);
  if (opts.open) openBrowser(host.url);
  const started = host;
  // the death of the process that started it (npm, tsx) ends the host too; signals are handled below
  const unwatch = exitWithParent(started, { signals: false });
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        // a second signal while closing: leave at once
        process.exit(1);
      }
      stopping = true;
      unwatch();
      // whatever still holds the event loop after the host has closed must not keep the process alive
      setTimeout(() => process.exit(0), 5_000).unref();
      void started.close().then(
        () => {
          io.stderr(`parallax serve: stopped (${signal})\n`);
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve(0);
        },
        (e: unknown) => {
          io.stderr(`parallax serve: closing: ${(e as Error).message}\n`);
          resolve(1);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** `parallax serve ...`: parses argv, serves; resolves to the exit status (2 on bad usage). */
export async function runServe(argv: string[], io: ServeIo = processIo): Promise<number> {
  let opts;
  try {
    opts = parseServeArgs(argv);
  } catch (e) {
    if (!(e instanceof ServeUsageError)) throw e;
    io.stderr(`parallax serve: ${e.message}\n\n${SERVE_USAGE}`);
    return 2;
  }
  if (opts.help) {
    io.stdout(SERVE_USAGE);
    return 0;
  }
  return serve(opts, io);
}

function isEntry(): boolean {
  try {
    return Boolean(process.argv[1]) && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntry()) {
  runServe(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`parallax serve: ${(e as Error).message}\n`);
      process.exit(1);
    },
  );
}
