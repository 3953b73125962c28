// The one API between the UI and the services. Every call and event is described here once.
// Two transports implement it: Electron IPC (src/main + src/preload) and the local HTTP host (src/host).
// Channel names are `domain:verb-noun`. Every request is validated on the service side with `validate`.
import type { Comparison, SourceInfo, TagStatus } from '../core/model';
import type { NameVariant } from '../core/workspace';
import { FORMAT_IDS, type ReportFormat } from '../core/report/formats';

export type ExportFormat = ReportFormat;
export type ExportScope = 'all' | 'event' | 'tagged' | 'conflicts';
export type UiLanguage = 'en' | 'zh-Hans' | 'zh-Hant' | 'vi';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'zh-Hans', 'zh-Hant', 'vi'];
export const EXPORT_FORMATS: readonly ExportFormat[] = FORMAT_IDS;

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

export interface ExportRequest {
  format: ExportFormat;
  scope: ExportScope;
  eventId?: string;
  language: UiLanguage;
  /** absolute path to write to; omitted: the service returns the content */
  outPath?: string;
}
export interface ExportResult {
  path: string | null;
  /** the content when no path was given (text formats; binary formats such as pdf and docx as base64) */
  content?: string;
  bytes: number;
  /** a file name that says what the export holds: `istanbul-2025-02-27-comparison.pdf` */
  fileName?: string;
}

/** Request and response types, per channel. */
export interface Calls {
  'app:get-info': { req: void; res: AppInfo };
  'app:get-recent': { req: void; res: string[] };
  'dialog:pick-folders': { req: void; res: string[] | null };
  'project:open-folders': { req: { paths: string[] }; res: ProjectSummary };
  'project:get-summary': { req: void; res: ProjectSummary };
  'project:list-sources': { req: void; res: SourceInfo[] };
  'project:set-outlet': { req: { path: string; outlet: string }; res: ProjectSummary };
  'analysis:start': { req: void; res: { jobId: string } };
  'analysis:cancel': { req: { jobId: string }; res: { cancelled: boolean } };
  'comparison:get': { req: void; res: Comparison | null };
  'source:get-text': { req: { sourceId: string }; res: { original: string; text: string } };
  'tag:set': { req: { alignmentId: string; status: TagStatus | null; note: string }; res: Comparison };
  'link:add': { req: { claimIds: string[] }; res: Comparison };
  'link:remove': { req: { alignmentId: string }; res: Comparison };
  'names:add-variant': { req: NameVariant; res: Comparison };
  'export:write': { req: ExportRequest; res: ExportResult };
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

const MAX_STR = 100_000;
type Check = (v: unknown, where: string) => string | null;

const str =
  (max = MAX_STR, allowEmpty = true): Check =>
  (v, w) =>
    typeof v !== 'string'
      ? `${w} must be a string`
      : v.length > max
        ? `${w} is too long`
        : !allowEmpty && !v
          ? `${w} must not be empty`
          : null;
const oneOf =
  <T extends string>(values: readonly T[]): Check =>
  (v, w) =>
    typeof v === 'string' && (values as readonly string[]).includes(v) ? null : `${w} must be one of ${values.join(', ')}`;
const nullable =
  (c: Check): Check =>
  (v, w) =>
    v === null ? null : c(v, w);
const optional =
  (c: Check): Check =>
  (v, w) =>
    v === undefined ? null : c(v, w);
const arrayOf =
  (c: Check, min = 0, max = 1000): Check =>
  (v, w) => {
    if (!Array.isArray(v)) return `${w} must be an array`;
    if (v.length < min || v.length > max) return `${w} must have ${min} to ${max} items`;
    for (let i = 0; i < v.length; i++) {
      const e = c(v[i], `${w}[${i}]`);
      if (e) return e;
    }
    return null;
  };
const object =
  (shape: Record<string, Check>): Check =>
  (v, w) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${w} must be an object`;
    for (const k of Object.keys(v)) if (!(k in shape)) return `${w}.${k} is not expected`;
    for (const [k, c] of Object.entries(shape)) {
      const e = c((v as Record<string, unknown>)[k], `${w}.${k}`);
      if (e) return e;
    }
    return null;
  };
const none: Check = (v, w) => (v === undefined || v === null ? null : `${w} must be empty`);

const TAG_STATUSES: readonly TagStatus[] = ['agreement', 'partial', 'conflict', 'not-same'];
const id = str(200, false);

export const validators: { [C in Channel]: Check } = {
  'app:get-info': none,
  'app:get-recent': none,
  'dialog:pick-folders': none,
  'project:open-folders': object({ paths: arrayOf(str(4096, false), 1, 100) }),
  'project:get-summary': none,
  'project:list-sources': none,
  'project:set-outlet': object({ path: str(4096, false), outlet: str(200) }),
  'analysis:start': none,
  'analysis:cancel': object({ jobId: id }),
  'comparison:get': none,
  'source:get-text': object({ sourceId: id }),
  'tag:set': object({ alignmentId: id, status: nullable(oneOf(TAG_STATUSES)), note: str(20_000) }),
  'link:add': object({ claimIds: arrayOf(id, 2, 50) }),
  'link:remove': object({ alignmentId: id }),
  'names:add-variant': object({ canonical: str(200, false), variants: arrayOf(str(200, false), 1, 50) }),
  'export:write': object({
    format: oneOf(EXPORT_FORMATS),
    scope: oneOf(['all', 'event', 'tagged', 'conflicts'] as const),
    eventId: optional(id),
    language: oneOf(UI_LANGUAGES),
    outPath: optional(str(4096, false)),
  }),
};

export const CHANNELS = Object.keys(validators) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(validators, name);
}

/** Throws ValidationError when `req` does not fit the channel's request type. */
export function validate<C extends Channel>(channel: C, req: unknown): Req<C> {
  if (!isChannel(channel)) throw new ValidationError(String(channel), 'unknown channel');
  const err = validators[channel](req, 'request');
  if (err) throw new ValidationError(channel, err);
  return req as Req<C>;
}
