#!/usr/bin/env node
// The package's `parallax` command: runs the JavaScript bundle built by `npm run build:cli` (out/cli/parallax.mjs,
// shipped in the npm package). In a checkout (src/ beside bin/) it runs the TypeScript sources through tsx (a
// devDependency) instead when the bundle is missing or older than a source file, so that it never runs stale code;
// without either it says in one line how to build the bundle.
import { existsSync, readdirSync, statSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node 22.1+: cache compiled code between runs (a no-op where unavailable)
module.enableCompileCache?.();

const bundle = new URL('../out/cli/parallax.mjs', import.meta.url);
const sources = new URL('../src/', import.meta.url);

/** Whether a file under src/ changed after the bundle was built (checkouts only; an installed package has no src/). */
function staleInCheckout() {
  if (!existsSync(sources)) return false;
  const built = statSync(bundle).mtimeMs;
  const dir = fileURLToPath(sources);
  return readdirSync(dir, { recursive: true, withFileTypes: true }).some(
    (e) => e.isFile() && statSync(`${e.parentPath ?? e.path}/${e.name}`).mtimeMs > built,
  );
}

let run;
if (existsSync(bundle) && !staleInCheckout()) ({ run } = await import(bundle.href));
else {
  let tsx = null;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    // no tsx (an install without devDependencies): the bundle as it is, if there is one
  }
  if (tsx) {
    tsx.register();
    ({ run } = await import('../src/cli/bin.ts'));
  } else if (existsSync(bundle)) ({ run } = await import(bundle.href));
  else {
    process.stderr.write('parallax: the command line is not built (out/cli/parallax.mjs is missing); run `npm run build:cli`\n');
    process.exit(1);
  }
}
process.exitCode = await run(process.argv.slice(2));
