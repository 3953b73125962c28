// A CLI standard output and error that collect what the command writes, for tests.
import type { CliIo } from '../../src/cli/main';

export function collectingIo(cwd: string): CliIo & { out: string; err: string } {
  const o = {
    out: '',
    err: '',
    stdout: (s: string | Uint8Array) => void (o.out += typeof s === 'string' ? s : Buffer.from(s).toString()),
    stderr: (s: string) => void (o.err += s),
    stderrIsTTY: false,
    cwd,
  };
  return o;
}
