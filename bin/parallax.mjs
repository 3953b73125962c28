#!/usr/bin/env node
// The package's `parallax` command: runs the JavaScript bundle built by `npm run build:cli` (out/cli/parallax.mjs,
// shipped in the npm package). In a checkout where it has not been built yet, it falls back to the TypeScript
// sources through tsx (a devDependency), or says in one line how to build it.
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+: cache compiled code between runs (a no-op where unavailable)
module.enableCompileCache?.();

const bundle = new URL('../out/cli/parallax.mjs', import.meta.url);
let run;
if (existsSync(bundle)) {
  ({ run } = await import(bundle.href));
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write('parallax: the command line is not built (out/cli/parallax.mjs is missing); run `npm run build:cli`\n');
    process.exit(1);
  }
  register();
  ({ run } = await import('../src/cli/bin.ts'));
}
process.exitCode = await run(process.argv.slice(2));
