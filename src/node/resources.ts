// The one place that finds the data folders shipped with Parallax (resources/lang, resources/demo, resources/schema)
// and the built renderer, in every layout the code runs in:
//  - packaged desktop app: electron-builder copies them as extra resources to <process.resourcesPath>/<name>
//    (electron-builder.json, "extraResources"); the code itself sits inside app.asar;
//  - from a checkout (tsx, vitest, electron-vite's out/main) and the npm package (out/cli bundle): the folder
//    `resources/<name>` of the package root, found by walking up from the running module.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type ResourceName = 'lang' | 'demo' | 'schema';

/** A file that a complete copy of each resource folder holds. */
const MARKER: Record<ResourceName, string> = {
  lang: 'hanviet.tsv',
  demo: 'EXPECTED.md',
  schema: 'comparison.schema.json',
};

export interface ResourceLayout {
  /**
   * Electron's `process.resourcesPath` when packaged (default: read from `process`; plain Node has none). An
   * unpackaged Electron has one too (its own dist/resources), where no resource folder is found, so it is skipped.
   */
  resourcesPath?: string | null;
  /** folder to walk up from (default: the folder of this module, in the sources or in a bundle) */
  from?: string;
}

function here(): string {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    // a CommonJS bundle without import.meta.url (electron-vite shims it; kept for safety)
    return typeof __dirname === 'string' ? __dirname : process.cwd();
  }
}

/** Folders that may hold `name`, most specific first: the packaged layout, then each ancestor's resources/. */
export function resourceCandidates(name: ResourceName, layout: ResourceLayout = {}): string[] {
  const out: string[] = [];
  const rp =
    layout.resourcesPath === undefined ? (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath : layout.resourcesPath;
  if (rp) out.push(path.join(rp, name));
  let dir = path.resolve(layout.from ?? here());
  for (let i = 0; i < 8; i++) {
    out.push(path.join(dir, 'resources', name));
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return out;
}

/** The folder of a shipped resource, or null when no layout has it. */
export function findResourceDir(name: ResourceName, layout: ResourceLayout = {}): string | null {
  return resourceCandidates(name, layout).find((d) => existsSync(path.join(d, MARKER[name]))) ?? null;
}

/** The folder of a shipped resource; throws, listing where it looked, when no layout has it. */
export function resourceDir(name: ResourceName, layout: ResourceLayout = {}): string {
  const found = findResourceDir(name, layout);
  if (found) return found;
  const candidates = resourceCandidates(name, layout);
  throw new Error(`Parallax: the ${name} resources were not found (looked in ${candidates.join(', ')})`);
}

/**
 * The built renderer (out/renderer, `npm run build:web`) of the checkout or npm package this module runs from: the
 * nearest ancestor's out/renderer that holds index.html; null when none is built.
 */
export function builtRendererDir(from: string = here()): string | null {
  let dir = path.resolve(from);
  for (let i = 0; i < 8; i++) {
    const d = path.join(dir, 'out', 'renderer');
    if (existsSync(path.join(d, 'index.html'))) return d;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}
