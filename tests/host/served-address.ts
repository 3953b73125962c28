// Waits for a `parallax serve` child to print its address (`Parallax is running at http://127.0.0.1:…/?token=…`).
import type { ChildProcessWithoutNullStreams, ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

type Served = ChildProcessWithoutNullStreams | ChildProcessByStdio<null, Readable, Readable>;

/** Resolves to the printed address; rejects with what the child wrote to stderr when none comes within `timeoutMs`. */
export function servedAddress(child: Served, timeoutMs: number): Promise<{ url: string; output: () => string; errors: () => string }> {
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed: ${err}`)), timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], output: () => out, errors: () => err });
      }
    });
  });
}
