// Opening a project file from the desktop (electron-builder.json "fileAssociations": *.parallax-project.json):
// which argument names one, and which folders it opens. A project file beside its sources
// (`<folder>/.parallax-project.json`) opens that folder; one kept under userData lists its folders itself.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_FILE_NAME, readProjectFile } from './project-store';

export const PROJECT_FILE_SUFFIX = '.parallax-project.json';

// `.parallax-project.json` itself ends with the suffix too
const isProjectFile = (a: string) => !a.startsWith('-') && a.endsWith(PROJECT_FILE_SUFFIX);

/** The last command-line argument that names an existing project file, absolute; null when none does. */
export function projectFileArgument(argv: readonly string[], cwd: string = process.cwd()): string | null {
  for (let i = argv.length - 1; i >= 0; i--) {
    const a = argv[i];
    if (!isProjectFile(a)) continue;
    const abs = path.resolve(cwd, a);
    try {
      if (statSync(abs).isFile()) return abs;
    } catch {
      // not there: not an argument for us
    }
  }
  return null;
}

/** The folders a project file opens (those that still exist); throws when it names none. */
export async function foldersOfProjectFile(file: string): Promise<string[]> {
  if (path.basename(file) === PROJECT_FILE_NAME) return [path.dirname(path.resolve(file))];
  const { project } = await readProjectFile(file);
  const folders = project.folders.filter((f) => existsSync(f));
  if (!folders.length) throw new Error(`${file} names no folder that exists (${project.folders.join(', ') || 'none'})`);
  return folders;
}
