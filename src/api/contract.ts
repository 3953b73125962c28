// The one API between the UI and the services. Every call and event is described here once.
// Two transports implement it: Electron IPC (src/main + src/preload) and the local HTTP host (src/host).
// Channel names are `domain:verb-noun`. Every request is validated on the service side with `validate`
// (src/api/schema.ts, the one schema source: request types here are derived from its schemas).
import type { z } from 'zod';
import type { Comparison, SourceInfo } from '../core/model';
import type { RequestSchemas } from './schema';
import type { ReportFormat } from '../core/report/formats';

export type ExportFormat = ReportFormat;
export type ExportScope = 'all' | 'event' | 'tagged' | 'conflicts';
export type UiLanguage = 'en' | 'zh-Hans' | 'zh-Hant' | 'vi';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'zh-Hans', 'zh-Hant', 'vi'];

export interface AppInfo {
  version: string;
  transport: 'ipc' | 'http';
  /** folder of the bundled demo corpus */
  demoFolder: string;
  /** whether a native folder picker exists (Electron) */
  nativeDialogs: boolean;
  pdfExport: boolean;
}

export interface ProjectSummary {
  folders: string[];
  projectPath: string | null;
  sources: SourceInfo[];
  /** problems with the project file itself (corrupt, newer version, backup used) */
  diagnostics: { level: 'info' | 'warning' | 'error'; code: string; message: string }[];
  revision: number;
  /** folders the project file names outside the opened folders: read only after the analyst confirms them
   *  (`project:confirm-folders`); a project file never widens what is read by itself */
  pendingFolders: string[];
  /** when the project file was damaged: earlier copies the analyst may restore (`project:restore`), newest first */
  restorable: RestoreOption[];
}

export interface RestoreOption {
  /** file to restore from (a backup or the `.corrupt` copy), as the service named it */
  from: string;
  kind: 'backup' | 'corrupt';
  /** the copy's revision, tag and link counts, when it could be read */
  revision: number | null;
  tags: number | null;
  links: number | null;
  /** when the copy was written (ISO) */
  savedAt: string | null;
}

export interface AnalyzeProgress {
  jobId: string;
  phase: 'reading' | 'analysing' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  /** path of the file being worked on */
  current?: string;
  message?: string;
}

export type ExportRequest = z.infer<RequestSchemas['export:write']>;
export interface ExportResult {
  path: string | null;
  /** the content when no path was given (text formats; pdf as base64) */
  content?: string;
  bytes: number;
  /** a file name that says what the export holds: `istanbul-2025-02-27-comparison.pdf` */
  fileName?: string;
}

/** A channel's request type, derived from its schema (void for channels that take nothing). */
type ReqOf<C extends keyof RequestSchemas> = z.infer<RequestSchemas[C]> extends undefined | null ? void : z.infer<RequestSchemas[C]>;

/** Request and response types, per channel. */
export interface Calls {
  'app:get-info': { req: ReqOf<'app:get-info'>; res: AppInfo };
  'app:get-recent': { req: ReqOf<'app:get-recent'>; res: string[] };
  'dialog:pick-folders': { req: ReqOf<'dialog:pick-folders'>; res: string[] | null };
  'project:open-folders': { req: ReqOf<'project:open-folders'>; res: ProjectSummary };
  /** reads folders the project file names (from `pendingFolders`) after the analyst confirmed them */
  'project:confirm-folders': { req: ReqOf<'project:confirm-folders'>; res: ProjectSummary };
  /** restores the damaged project from one of `restorable` */
  'project:restore': { req: ReqOf<'project:restore'>; res: ProjectSummary };
  'project:get-summary': { req: ReqOf<'project:get-summary'>; res: ProjectSummary };
  'project:list-sources': { req: ReqOf<'project:list-sources'>; res: SourceInfo[] };
  'project:set-outlet': { req: ReqOf<'project:set-outlet'>; res: ProjectSummary };
  'analysis:start': { req: ReqOf<'analysis:start'>; res: { jobId: string } };
  'analysis:cancel': { req: ReqOf<'analysis:cancel'>; res: { cancelled: boolean } };
  'comparison:get': { req: ReqOf<'comparison:get'>; res: Comparison | null };
  'source:get-text': { req: ReqOf<'source:get-text'>; res: { original: string; text: string } };
  'tag:set': { req: ReqOf<'tag:set'>; res: Comparison };
  'link:add': { req: ReqOf<'link:add'>; res: Comparison };
  'link:remove': { req: ReqOf<'link:remove'>; res: Comparison };
  'names:add-variant': { req: ReqOf<'names:add-variant'>; res: Comparison };
  'export:write': { req: ReqOf<'export:write'>; res: ExportResult };
}
export type Channel = keyof Calls;
export type Req<C extends Channel> = Calls[C]['req'];
export type Res<C extends Channel> = Calls[C]['res'];

/** What the Electron application menu did or asks the UI to do (sent by src/main only). */
export type MenuCommand =
  | { action: 'set-language'; language: UiLanguage }
  | { action: 'opened'; paths: string[] }
  | { action: 'exported'; format: ExportFormat; path: string };

/** Events pushed from the services to the UI. */
export interface Events {
  'analysis:progress': AnalyzeProgress;
  'project:changed': ProjectSummary;
  'app:menu': MenuCommand;
}
export type EventName = keyof Events;
export const EVENT_NAMES: readonly EventName[] = ['analysis:progress', 'project:changed', 'app:menu'];

/** What the renderer sees: one typed function per channel, plus event subscription. */
export interface ParallaxApi {
  call<C extends Channel>(channel: C, req: Req<C>): Promise<Res<C>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}

// ---------------------------------------------------------------- validation

export class ValidationError extends Error {
  constructor(
    public readonly channel: string,
    message: string,
  ) {
    super(`${channel}: ${message}`);
    this.name = 'ValidationError';
  }
}

const CHANNEL_SET: { [C in Channel]: true } = {
  'app:get-info': true,
  'app:get-recent': true,
  'dialog:pick-folders': true,
  'project:open-folders': true,
  'project:confirm-folders': true,
  'project:restore': true,
  'project:get-summary': true,
  'project:list-sources': true,
  'project:set-outlet': true,
  'analysis:start': true,
  'analysis:cancel': true,
  'comparison:get': true,
  'source:get-text': true,
  'tag:set': true,
  'link:add': true,
  'link:remove': true,
  'names:add-variant': true,
  'export:write': true,
};
export const CHANNELS = Object.keys(CHANNEL_SET) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(CHANNEL_SET, name);
}
