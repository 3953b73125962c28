// The one schema source for everything that crosses a boundary: every API request (both transports) and the project
// file. Request types in contract.ts are derived from these schemas (z.infer); the project file's record types in
// src/core/workspace.ts are checked against them at compile time below. Validation is item by item where a file
// holds lists: a bad tag, link or name variant is dropped with a diagnostic naming it, and the rest is kept.
import { z } from 'zod';
import type { ClaimAnchor, LinkRecord, NameVariant, TagRecord } from '../core/workspace';
import { FORMAT_IDS } from '../core/report/formats';
import { UI_LANGUAGES, ValidationError, type Channel, type ExportFormat, type Req } from './contract';

const MAX_STR = 100_000;
const str = (max = MAX_STR) => z.string().max(max);
const nonEmpty = (max = MAX_STR) => z.string().min(1).max(max);
const id = nonEmpty(200);
const absPath = nonEmpty(4096);
const none = z.union([z.undefined(), z.null()]);
export const TAG_STATUSES = ['agreement', 'partial', 'conflict', 'not-same'] as const;

// ---------------------------------------------------------------- project file records

export const claimAnchorSchema = z.strictObject({ path: str(4096), quote: str(), start: z.number().int().nonnegative() });
export const tagRecordSchema = z.object({
  alignmentId: id,
  anchors: z.array(claimAnchorSchema).max(1000),
  status: z.enum(TAG_STATUSES).nullable(),
  note: str(20_000),
  updatedAt: str(64),
});
export const linkRecordSchema = z.object({ id, anchors: z.array(claimAnchorSchema).max(1000), createdAt: str(64) });
export const nameVariantSchema = z.strictObject({ canonical: nonEmpty(200), variants: z.array(nonEmpty(200)).min(1).max(50) });

// the schemas and the workspace types must describe the same records (compile-time check, both directions)
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.infer<typeof claimAnchorSchema>, ClaimAnchor>,
  Same<z.infer<typeof tagRecordSchema>, TagRecord>,
  Same<z.infer<typeof linkRecordSchema>, LinkRecord>,
  Same<z.infer<typeof nameVariantSchema>, NameVariant>,
] = [true, true, true, true];
void sameShapes;

// ---------------------------------------------------------------- API requests

export const exportRequestSchema = z.strictObject({
  format: z.enum(FORMAT_IDS as readonly [ExportFormat, ...ExportFormat[]]),
  scope: z.enum(['all', 'event', 'tagged', 'conflicts']),
  eventId: id.optional(),
  language: z.enum(UI_LANGUAGES as readonly ['en', 'zh-Hans', 'zh-Hant', 'vi']),
  /** absolute path to write to; omitted: the service returns the content. Refused over HTTP. */
  outPath: absPath.optional(),
});

export const requestSchemas = {
  'app:get-info': none,
  'app:get-recent': none,
  'dialog:pick-folders': none,
  'project:open-folders': z.strictObject({ paths: z.array(absPath).min(1).max(100) }),
  'project:confirm-folders': z.strictObject({ paths: z.array(absPath).min(1).max(100) }),
  'project:restore': z.strictObject({ from: nonEmpty(4096) }),
  'project:get-summary': none,
  'project:list-sources': none,
  'project:set-outlet': z.strictObject({ path: nonEmpty(4096), outlet: str(200) }),
  'analysis:start': none,
  'analysis:cancel': z.strictObject({ jobId: id }),
  'comparison:get': none,
  'source:get-text': z.strictObject({ sourceId: id }),
  'tag:set': z.strictObject({ alignmentId: id, status: z.enum(TAG_STATUSES).nullable(), note: str(20_000) }),
  'link:add': z.strictObject({ claimIds: z.array(id).min(2).max(50) }),
  'link:remove': z.strictObject({ alignmentId: id }),
  'names:add-variant': nameVariantSchema,
  'export:write': exportRequestSchema,
} satisfies Record<Channel, z.ZodType>;

export type RequestSchemas = typeof requestSchemas;

const where = (path: readonly PropertyKey[]) => `request${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;

/** One issue in words a client can act on (`request.paths[0] must not be empty`). */
function say(i: z.core.$ZodIssue): string {
  const w = where(i.path);
  switch (i.code) {
    case 'unrecognized_keys':
      return i.keys.map((k) => `${w}.${k} is not expected`).join('; ');
    case 'invalid_value':
      return `${w} must be one of ${i.values.map(String).join(', ')}`;
    case 'too_big':
      return i.origin === 'string'
        ? `${w} is too long`
        : i.origin === 'array'
          ? `${w} must have at most ${String(i.maximum)} items`
          : `${w} is too large`;
    case 'too_small':
      return i.origin === 'string'
        ? `${w} must not be empty`
        : i.origin === 'array'
          ? `${w} must have at least ${String(i.minimum)} items`
          : `${w} is too small`;
    case 'invalid_type':
      return i.input === undefined ? `${w} is missing` : `${w} must be ${i.expected === 'object' ? 'an object' : `a ${i.expected}`}`;
    case 'invalid_union':
      return `${w} must be empty`;
    default:
      return `${w}: ${i.message}`;
  }
}

function describe(e: z.ZodError): string {
  return e.issues.slice(0, 3).map(say).join('; ');
}

/** Throws ValidationError when `req` does not fit the channel's request schema. */
export function validate<C extends Channel>(channel: C, req: unknown): Req<C> {
  const schema = (requestSchemas as Record<string, z.ZodType>)[channel as string];
  if (!schema || !Object.prototype.hasOwnProperty.call(requestSchemas, channel))
    throw new ValidationError(String(channel), 'unknown channel');
  const r = schema.safeParse(req);
  if (!r.success) throw new ValidationError(channel, describe(r.error));
  return r.data as Req<C>;
}

// ---------------------------------------------------------------- project file, item by item

export interface ItemProblem {
  /** where: `tags[3]`, `nameVariants[0]`, `outlets["a.txt"]` */
  where: string;
  /** what the item is, for a person: its id or name when it has one */
  label: string;
  message: string;
}

/** Keeps the items of `list` that fit `schema`; every other one becomes a problem naming it. */
export function validItems<T>(
  list: unknown,
  schema: z.ZodType<T>,
  key: string,
  labelOf: (x: unknown) => string,
  problems: ItemProblem[],
): T[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.push({ where: key, label: key, message: 'is not a list; ignored' });
    return [];
  }
  const out: T[] = [];
  list.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) out.push(r.data);
    else {
      const first = r.error.issues[0];
      const at = first ? first.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') : '';
      problems.push({
        where: `${key}[${i}]`,
        label: labelOf(item),
        message: `${at ? `${at.replace(/^\./, '')}: ` : ''}${first?.message ?? 'invalid'}`,
      });
    }
  });
  return out;
}

const field = (x: unknown, k: string): string | null => {
  const v = x && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined;
  return typeof v === 'string' ? v.slice(0, 80) : null;
};
export const labelTag = (x: unknown) => (field(x, 'alignmentId') ? `tag ${field(x, 'alignmentId')}` : 'a tag');
export const labelLink = (x: unknown) => (field(x, 'id') ? `link ${field(x, 'id')}` : 'a link');
export const labelVariant = (x: unknown) => (field(x, 'canonical') ? `name variant "${field(x, 'canonical')}"` : 'a name variant');

/** Folder paths and outlet names of a project file, each kept only when it is a string. */
export const folderListSchema = z
  .array(z.unknown())
  .transform((xs) => xs.filter((x): x is string => typeof x === 'string' && x.length > 0 && x.length <= 4096));
export const outletsSchema = z.record(z.string(), z.unknown()).transform((o) => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) if (typeof v === 'string' && v.length <= 200) out[k] = v;
  return out;
});
