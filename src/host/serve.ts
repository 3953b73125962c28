// `npm run serve`: the Parallax UI in a browser, through the local HTTP host.
//   tsx src/host/serve.ts [--port N] [--no-open] [--user-data DIR] [--static DIR]
import { spawn } from 'node:child_process';
import path from 'node:path';
import { sourceRoot } from '../node/paths';
import { exitWithParent, startHost } from './server';

function usage(): never {
  process.stderr.write('usage: tsx src/host/serve.ts [--port N] [--no-open] [--user-data DIR] [--static DIR]\n');
  process.exit(2);
}

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no browser launcher: the printed address is enough
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let port: number | undefined;
  let open = !process.env.CI;
  let userDataDir: string | undefined;
  let staticDir = path.join(sourceRoot(), 'out', 'renderer');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-open') open = false;
    else if (a === '--port') {
      port = Number(argv[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) usage();
    } else if (a === '--user-data') userDataDir = path.resolve(argv[++i] ?? usage());
    else if (a === '--static') staticDir = path.resolve(argv[++i] ?? usage());
    else if (a === '--help' || a === '-h') usage();
    else usage();
  }
  const host = await startHost({ port, staticDir, userDataDir });
  process.stdout.write(`Parallax is running at ${host.url}\n(only this computer can reach it; press Ctrl+C to stop)\n`);
  if (open) openBrowser(host.url);
  exitWithParent(host); // SIGTERM/SIGINT/SIGHUP, and the death of npm or tsx above it, end the host
}

main().catch((e: unknown) => {
  process.stderr.write(`parallax serve: ${(e as Error).message}\n`);
  process.exit(1);
});
