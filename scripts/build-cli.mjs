#!/usr/bin/env node
// `npm run build:cli`: bundles the command line (src/cli/main.ts, with the HTTP host behind `parallax serve`) and
// the analysis worker to JavaScript in out/cli/, so that the installed `parallax` command runs plain JavaScript
// (no TypeScript loader at run time). Packages from package.json "dependencies" stay external: npm installs them
// beside the bundle. Code split: `parallax --help` loads only the small entry chunk.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT_DIR = path.join(root, 'out', 'cli');

/** Builds out/cli/parallax.mjs (the CLI) and out/cli/analysis-worker.mjs; resolves to the output folder. */
export async function buildCli({ outDir = CLI_OUT_DIR, quiet = false } = {}) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  // a package that is only data (its entry is a .json file) is bundled: Node's ESM loader needs an import attribute
  // for JSON that esbuild does not write on external imports
  const isCode = (d) => {
    try {
      const main = JSON.parse(readFileSync(path.join(root, 'node_modules', d, 'package.json'), 'utf8')).main ?? '';
      return !main.endsWith('.json');
    } catch {
      return true;
    }
  };
  const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.optionalDependencies ?? {})]
    .filter(isCode)
    .flatMap((d) => [d, `${d}/*`]);
  await rm(outDir, { recursive: true, force: true });
  const started = Date.now();
  await build({
    absWorkingDir: root,
    entryPoints: { parallax: 'src/cli/bin.ts', 'analysis-worker': 'src/node/analysis-worker.ts' },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external,
    chunkNames: 'chunks/[name]-[hash]',
    // bundled CommonJS helpers may call require(): give ES modules one
    banner: { js: "import { createRequire as __parallaxRequire } from 'node:module'; const require = __parallaxRequire(import.meta.url);" },
    legalComments: 'linked',
    sourcemap: false,
    logLevel: quiet ? 'error' : 'warning',
  });
  if (!quiet) console.log(`build:cli: out/cli in ${Date.now() - started} ms`);
  return outDir;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  buildCli().catch((e) => {
    console.error(`build:cli: ${e.message}`);
    process.exit(1);
  });
}
