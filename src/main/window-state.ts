// Window bounds remembered in userData/window-state.json (written atomically).
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
  /** UI language chosen from the View menu */
  language?: string;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
const FILE = 'window-state.json';

const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined);

export async function loadWindowState(userDataDir: string): Promise<WindowState> {
  try {
    const v = JSON.parse(await fs.readFile(path.join(userDataDir, FILE), 'utf8')) as Record<string, unknown>;
    const width = int(v.width);
    const height = int(v.height);
    return {
      x: int(v.x),
      y: int(v.y),
      width: width && width >= 400 && width <= 10000 ? width : DEFAULT_WINDOW_STATE.width,
      height: height && height >= 300 && height <= 10000 ? height : DEFAULT_WINDOW_STATE.height,
      maximized: v.maximized === true,
      language: typeof v.language === 'string' ? v.language : undefined,
    };
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

export async function saveWindowState(userDataDir: string, s: WindowState): Promise<void> {
  await fs.mkdir(userDataDir, { recursive: true });
  const file = path.join(userDataDir, FILE);
  const tmp = `${file}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(s));
  await fs.rename(tmp, file);
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Keeps the saved position only when the window would still be visible on one of `displays` (work areas). */
export function fitToDisplays(s: WindowState, displays: Rect[]): WindowState {
  if (s.x === undefined || s.y === undefined) return s;
  const visible = displays.some(
    (d) => s.x! + 100 <= d.x + d.width && s.x! + s.width - 100 >= d.x && s.y! >= d.y - 10 && s.y! + 40 <= d.y + d.height,
  );
  return visible ? s : { ...s, x: undefined, y: undefined };
}
