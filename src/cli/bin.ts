// Entry of the built `parallax` command (out/cli/parallax.mjs, see scripts/build-cli.mjs): answers
// `parallax --help` from the argument parser alone and loads the CLI with the engine (main.ts) only for a command
// that needs it, so that help comes back without reading the engine, the ingest libraries or language data.
import { HELP, parseArgs } from './args';

/** Runs the command line; resolves to the exit status. */
export async function run(argv: string[]): Promise<number> {
  let plainHelp = false;
  try {
    const cmd = parseArgs(argv);
    plainHelp = cmd.command === 'help' && cmd.topic === undefined;
  } catch {
    // a usage error: main.ts reports it
  }
  if (plainHelp) {
    process.stdout.write(HELP);
    return 0;
  }
  const { main } = await import('./main');
  return main(argv);
}
