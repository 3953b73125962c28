// `parallax serve`: the Parallax UI in the browser through the local HTTP host (src/host/serve.ts), loaded only
// when this command runs.
import type { CliIo } from './main';

export async function runServeCommand(argv: string[], io: CliIo): Promise<number> {
  const { runServe } = await import('../host/serve');
  return runServe(argv, { stdout: (s) => io.stdout(s), stderr: (s) => io.stderr(s) });
}
