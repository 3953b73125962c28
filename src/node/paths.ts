// Where things live on disk: the bundled demo corpus, per-user state, and the project file for a set of folders.
import { createHash } from 'node:crypto';
import { promises as fs, constants as fsc } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_FILE_NAME } from './project-store';
import { findResourceDir } from './resources';

/**
 * The bundled demo corpus (resources/demo), packaged or not: see src/node/resources.ts. When an installation lacks
 * it, a folder that does not exist (the app then starts without the demo instead of failing).
 */
export function defaultDemoFolder(): string {
  return findResourceDir('demo') ?? path.join(os.tmpdir(), 'parallax-demo-not-installed');
}

/** Per-user data folder for the CLI and the HTTP host (Electron passes app.getPath('userData')). */
export function defaultUserDataDir(): string {
  if (process.env.PARALLAX_USER_DATA) return path.resolve(process.env.PARALLAX_USER_DATA);
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Parallax');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Parallax');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'parallax');
}

export function stateFile(userDataDir: string): string {
  return path.join(userDataDir, 'state.json');
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function writable(dir: string): Promise<boolean> {
  try {
    await fs.access(dir, fsc.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The project file for a set of opened paths: `<first folder>/.parallax-project.json`, or a file under
 * `<userData>/projects/` for the (read-only when packaged) demo corpus and for folders that cannot be written.
 */
export async function projectPathFor(paths: string[], opts: { userDataDir: string; demoFolder: string }): Promise<string> {
  const abs = paths.map((p) => path.resolve(p));
  let first = abs[0];
  if (first) {
    try {
      if (!(await fs.stat(first)).isDirectory()) first = path.dirname(first);
    } catch {
      first = path.dirname(first);
    }
  }
  const demo = path.resolve(opts.demoFolder);
  if (first && !abs.some((p) => isInside(p, demo)) && (await writable(first))) return path.join(first, PROJECT_FILE_NAME);
  const key = createHash('sha256').update(abs.join('\n')).digest('hex').slice(0, 16);
  const label = (first ? path.basename(first) : 'project').replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 40) || 'project';
  return path.join(opts.userDataDir, 'projects', `${label}-${key}.parallax-project.json`);
}
