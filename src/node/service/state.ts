// Small per-user state in userData: recent folders and the last opened folder set.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { stateFile } from '../paths';

export interface AppState {
  recent: string[];
  lastFolders: string[];
}

export const MAX_RECENT = 10;

export async function readState(userDataDir: string): Promise<AppState> {
  try {
    const v = JSON.parse(await fs.readFile(stateFile(userDataDir), 'utf8')) as Partial<AppState>;
    const strings = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
    return { recent: strings(v.recent).slice(0, MAX_RECENT), lastFolders: strings(v.lastFolders) };
  } catch {
    return { recent: [], lastFolders: [] };
  }
}

export async function writeState(userDataDir: string, s: AppState): Promise<void> {
  const file = stateFile(userDataDir);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  await fs.writeFile(tmp, JSON.stringify(s, null, 1));
  await fs.rename(tmp, file);
}

/** Adds opened paths to the front of the recent list (deduplicated, at most MAX_RECENT). */
export function remember(s: AppState, opened: string[]): AppState {
  const recent = [...opened, ...s.recent.filter((r) => !opened.includes(r))].slice(0, MAX_RECENT);
  return { recent, lastFolders: [...opened] };
}
