// Reads folders and files from disk into clean documents, as a stream: recursive discovery (hidden and system files
// skipped, symlink loops survived), per-folder sidecar `parallax.json` for outlet names, PDF text layers (unpdf),
// DOCX (mammoth), and a diagnostic document for every file that cannot be read, so the rest of the folder goes on.
import { type Dirent, promises as fs, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CleanDocument, Diagnostic, SourceFormat } from '../../core/model';
import { flattenDeepNesting, MAX_HTML_DEPTH } from '../../core/ingest/depth';
import { ingestBytes, ingestText, sourceId } from '../../core/ingest/index';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { checkZip } from './zip';

export { DEFAULT_LIMITS, type ReadLimits };
export const DEFAULT_MAX_BYTES = DEFAULT_LIMITS.maxBytes;
export const SIDECAR = 'parallax.json';
const SYNC_READ_MAX = 1024 * 1024;

export interface ReadProgress {
  done: number;
  total: number | null;
  path: string;
}

export interface ReadOptions {
  /** files larger than this are refused with a `too-large` diagnostic (default 20 MB) */
  maxBytes?: number;
  signal?: AbortSignal;
  onProgress?: (p: ReadProgress) => void;
  /** analyst-set outlets keyed by document path (relative, `/`-separated) */
  outlets?: Record<string, string>;
  /** limits beyond `maxBytes` (archive sizes, text length, time per file); defaults: DEFAULT_LIMITS */
  limits?: Partial<ReadLimits>;
  /** where files are read: an ingest worker pool (src/node/ingest/pool.ts) or, when omitted, this thread */
  reader?: FileReader;
}

/** Reads one discovered file into documents (this thread, or a worker pool that bounds its time and memory). */
export type FileReader = (job: FileJob, limits: ReadLimits, overrides: Record<string, string> | undefined) => Promise<CleanDocument[]>;

const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini', 'ehthumbs.db', 'icon\r', '$recycle.bin', 'system volume information', SIDECAR]);

export function isHiddenOrSystem(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    name.startsWith('.') ||
    name.startsWith('~$') ||
    name.startsWith('._') ||
    lower.endsWith('~') ||
    SYSTEM_FILES.has(lower) ||
    /\.(tmp|swp|part|crdownload|lnk)$/i.test(name)
  );
}

interface Sidecar {
  outlet?: string;
  outlets?: Record<string, string>;
  /** file names in this folder that are not sources (e.g. an answer key beside a demo corpus) */
  ignore?: string[];
}

async function readSidecar(dir: string): Promise<Sidecar | null> {
  try {
    const raw = await fs.readFile(path.join(dir, SIDECAR), 'utf8');
    const data = JSON.parse(raw) as Sidecar;
    return data && typeof data === 'object' ? data : null;
  } catch {
    return null;
  }
}

export interface FileJob {
  abs: string;
  rel: string;
  /** outlet from a sidecar (the analyst's naming): overrides what the page says */
  named: string | null;
  /** folder name: used when nothing else names the outlet */
  fallback: string | null;
  problem?: Diagnostic;
  /** size from discovery, when known */
  size?: number;
}

export function failureDoc(rel: string, format: SourceFormat, outlet: string | null, d: Diagnostic): CleanDocument {
  return {
    id: sourceId(rel),
    path: rel,
    format,
    outlet,
    url: null,
    language: 'und',
    title: null,
    published: null,
    dateline: null,
    encoding: null,
    text: '',
    offsets: [],
    original: '',
    diagnostics: [d],
  };
}

export function formatOf(rel: string): SourceFormat {
  const e = path.extname(rel).toLowerCase();
  if (e === '.pdf') return 'pdf';
  if (e === '.docx') return 'docx';
  if (e === '.html' || e === '.htm') return 'html';
  if (e === '.md' || e === '.markdown') return 'markdown';
  if (e === '.json') return 'json';
  if (e === '.jsonl' || e === '.ndjson') return 'jsonl';
  if (e === '.xml' || e === '.rss') return 'rss';
  if (e === '.atom') return 'atom';
  return 'text';
}

/** Walks inputs depth-first, one directory listing at a time (a folder of 10,000 files is never held as contents). */
async function* discover(inputs: string[], signal?: AbortSignal): AsyncGenerator<FileJob> {
  for (const input of inputs) {
    const abs = path.resolve(input);
    let st;
    try {
      st = await fs.stat(abs);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const rel = path.basename(abs);
      yield {
        abs,
        rel,
        named: null,
        fallback: null,
        problem:
          err.code === 'ELOOP'
            ? { level: 'warning', code: 'symlink-loop', message: 'symbolic link loop; skipped' }
            : { level: 'error', code: 'unreadable', message: `cannot open: ${err.code ?? err.message}` },
      };
      continue;
    }
    if (st.isFile()) {
      const dir = path.dirname(abs);
      const side = await readSidecar(dir);
      const base = path.basename(abs);
      yield { abs, rel: base, named: side?.outlets?.[base] ?? side?.outlet ?? null, fallback: path.basename(dir) || null, size: st.size };
      continue;
    }
    if (!st.isDirectory()) {
      yield { abs, rel: path.basename(abs), named: null, fallback: null, problem: specialFile(st) };
      continue;
    }
    const visited = new Set<string>([await fs.realpath(abs)]);
    const stack: { dir: string; rel: string; outlet: string | null; folder: string }[] = [
      { dir: abs, rel: '', outlet: null, folder: path.basename(abs) },
    ];
    while (stack.length) {
      signal?.throwIfAborted();
      const { dir, rel, outlet, folder } = stack.pop()!;
      const side = await readSidecar(dir);
      const folderOutlet = side?.outlet ?? outlet;
      let entries: Dirent[];
      try {
        entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        yield {
          abs: dir,
          rel: rel || path.basename(dir),
          named: null,
          fallback: null,
          problem: { level: 'error', code: 'unreadable', message: `cannot list folder: ${err.code ?? err.message}` },
        };
        continue;
      }
      const subdirs: typeof stack = [];
      const ignored = new Set(Array.isArray(side?.ignore) ? side.ignore.filter((x): x is string => typeof x === 'string') : []);
      for (const ent of entries) {
        const name = ent.name;
        if (isHiddenOrSystem(name) || ignored.has(name)) continue;
        const childAbs = path.join(dir, name);
        const childRel = rel ? `${rel}/${name}` : name;
        let isDir = ent.isDirectory();
        let isFile = ent.isFile();
        // a browser's "page, complete" save: the `<page>_files` folder holds its images and scripts, not articles
        if (isDir && /_files$/.test(name) && entries.some((x) => /^\.html?$/i.test(x.name.slice(name.length - 6)) && x.name.startsWith(name.slice(0, -6))))
          continue;
        let size: number | undefined;
        try {
          if (ent.isSymbolicLink()) {
            const st2 = statSync(childAbs);
            isDir = st2.isDirectory();
            isFile = st2.isFile();
            size = st2.size;
            if (isDir && visited.has(realpathSync(childAbs))) {
              yield {
                abs: childAbs,
                rel: childRel,
                named: null,
                fallback: null,
                problem: {
                  level: 'warning',
                  code: 'symlink-loop',
                  message: `symbolic link back into ${path.relative(abs, realpathSync(childAbs)) || '.'}; not followed`,
                },
              };
              continue;
            }
            if (!isDir && !isFile) {
              yield { abs: childAbs, rel: childRel, named: null, fallback: null, problem: specialFile(st2) };
              continue;
            }
          } else if (isFile) size = statSync(childAbs).size;
          else if (!isDir) {
            yield { abs: childAbs, rel: childRel, named: null, fallback: null, problem: specialFile(ent) };
            continue;
          }
        } catch (e) {
          const err = e as NodeJS.ErrnoException;
          yield {
            abs: childAbs,
            rel: childRel,
            named: null,
            fallback: null,
            problem:
              // readdir decodes names as UTF-8; a name in another encoding comes back with U+FFFD and cannot be reopened
              err.code === 'ENOENT' && name.includes('\uFFFD')
                ? { level: 'error', code: 'unreadable', message: 'file name is not valid UTF-8; rename the file to read it' }
                : err.code === 'ELOOP'
                  ? { level: 'warning', code: 'symlink-loop', message: 'symbolic link loop; skipped' }
                  : err.code === 'ENOENT' && ent.isSymbolicLink()
                    ? { level: 'warning', code: 'unreadable', message: 'broken symbolic link' }
                    : { level: 'error', code: 'unreadable', message: `cannot open: ${err.code ?? err.message}` },
          };
          continue;
        }
        if (isDir) {
          const real = realpathSync(childAbs);
          if (visited.has(real)) {
            yield {
              abs: childAbs,
              rel: childRel,
              named: null,
              fallback: null,
              problem: { level: 'warning', code: 'symlink-loop', message: 'folder already read through another link; not followed' },
            };
            continue;
          }
          visited.add(real);
          subdirs.push({ dir: childAbs, rel: childRel, outlet: folderOutlet, folder: name });
        } else if (isFile) {
          yield { abs: childAbs, rel: childRel, named: side?.outlets?.[name] ?? folderOutlet ?? null, fallback: folder, size };
        }
      }
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
    }
  }
}

/** The diagnostic for a path that is neither a file nor a folder (named pipe, socket, device): never opened, since
 *  reading a FIFO blocks until some other program writes to it. */
function specialFile(st: { isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean }): Diagnostic {
  const kind = st.isFIFO()
    ? 'a named pipe (FIFO)'
    : st.isSocket()
      ? 'a socket'
      : st.isBlockDevice() || st.isCharacterDevice()
        ? 'a device'
        : 'not a regular file';
  return { level: 'warning', code: 'skipped', message: `${kind}, not a document; skipped` };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
  const { text } = await extractText(pdf, { mergePages: false });
  return (Array.isArray(text) ? text : [text]).join('\n\n');
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  const extract =
    (mammoth as unknown as { extractRawText: (o: { buffer: Buffer }) => Promise<{ value: string }> }).extractRawText ??
    (mammoth as unknown as { default: { extractRawText: (o: { buffer: Buffer }) => Promise<{ value: string }> } }).default.extractRawText;
  const r = await extract({ buffer: Buffer.from(bytes) });
  return r.value;
}

/** Cuts text longer than the limit, with a diagnostic saying where. */
function bounded(text: string, limits: ReadLimits, diags: Diagnostic[]): string {
  if (text.length <= limits.maxTextChars) return text;
  diags.push({
    level: 'warning',
    code: 'truncated',
    message: `text is ${text.length.toLocaleString('en')} characters; only the first ${limits.maxTextChars.toLocaleString('en')} are read`,
  });
  return text.slice(0, limits.maxTextChars);
}

/** Reads one file on this thread (the ingest worker runs this too). */
export async function readOne(job: FileJob, limits: ReadLimits, overrides: Record<string, string> | undefined): Promise<CleanDocument[]> {
  const maxBytes = limits.maxBytes;
  const format = formatOf(job.rel);
  const override = overrides?.[job.rel] ?? job.named ?? null;
  const outlet = override ?? job.fallback;
  if (job.problem) return [failureDoc(job.rel, format, outlet, job.problem)];
  let size: number;
  try {
    size = job.size ?? (await fs.stat(job.abs)).size;
  } catch (e) {
    return [
      failureDoc(job.rel, format, outlet, {
        level: 'error',
        code: 'unreadable',
        message: `cannot open: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      }),
    ];
  }
  if (size > maxBytes)
    return [
      failureDoc(job.rel, format, outlet, {
        level: 'error',
        code: 'too-large',
        message: `file is ${(size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(1)} MB`,
      }),
    ];
  let bytes: Uint8Array;
  try {
    // small files: one synchronous read is far cheaper than the promise round trips of fs.promises.readFile
    bytes = size <= SYNC_READ_MAX ? readFileSync(job.abs) : await fs.readFile(job.abs);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return [
      failureDoc(job.rel, format, outlet, { level: 'error', code: 'unreadable', message: `cannot read: ${err.code ?? err.message}` }),
    ];
  }
  const opts = { outlet: job.fallback, outletOverride: override };
  if (format === 'pdf' || format === 'docx') {
    if (bytes.length === 0)
      return [failureDoc(job.rel, format, outlet, { level: 'warning', code: 'empty-after-cleaning', message: 'file is empty (0 bytes)' })];
    if (format === 'docx') {
      // sizes come from the central directory, before anything is inflated
      const zip = checkZip(bytes, limits);
      if (!zip.ok)
        return [failureDoc(job.rel, format, outlet, { level: 'error', code: zip.code, message: `cannot read DOCX: ${zip.reason}` })];
    }
    try {
      const diags: Diagnostic[] = [
        { level: 'info', code: 'encoding-detected', message: format === 'pdf' ? 'PDF text layer' : 'DOCX text' },
      ];
      const text = bounded(format === 'pdf' ? await pdfText(bytes) : await docxText(bytes), limits, diags);
      if (format === 'pdf' && !text.trim())
        diags.push({ level: 'warning', code: 'empty-after-cleaning', message: 'PDF has no text layer (scanned images?)' });
      return ingestText(job.rel, text, { ...opts, format }, null, diags);
    } catch (e) {
      const msg = (e as Error).message ?? String(e);
      const truncated =
        format === 'pdf' && !/%%EOF\s*$/.test(Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1'));
      return [
        failureDoc(job.rel, format, outlet, {
          level: 'error',
          code: truncated ? 'truncated' : 'parse-error',
          message: `${truncated ? 'truncated or corrupt PDF' : `cannot read ${format.toUpperCase()}`}: ${msg}`,
        }),
      ];
    }
  }
  // a gzipped web archive (Webrecorder, ArchiveWeb.page, wget): unpacked within the size limit, then read as WARC
  if (/\.warc\.gz$/i.test(job.rel)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes * 4 });
    } catch (e) {
      return [failureDoc(job.rel, format, outlet, { level: 'error', code: 'unreadable', message: `cannot unpack WARC.gz: ${(e as Error).message}` })];
    }
  }
  return ingestBytes(job.rel, bytes, opts).map((d) => {
    const diagnostics = [...d.diagnostics];
    if (d.format === 'html') {
      const depth = flattenDeepNesting(d.original);
      if (depth.flattened)
        diagnostics.push({
          level: 'warning',
          code: 'nesting-flattened',
          message: `elements are nested ${depth.deepest.toLocaleString('en')} deep; those past ${MAX_HTML_DEPTH} were read as plain text of their parent`,
        });
    }
    if (d.text.length <= limits.maxTextChars && diagnostics.length === d.diagnostics.length) return d;
    const text = bounded(d.text, limits, diagnostics);
    return { ...d, text, diagnostics };
  });
}

/** Files read ahead while earlier ones are cleaned (I/O overlaps CPU; output order is discovery order). */
const READ_AHEAD = 8;

/** Streams clean documents for files and folders; every file yields at least one document (failures carry diagnostics). */
export async function* readSources(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<CleanDocument> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...opts.limits, maxBytes: opts.maxBytes ?? opts.limits?.maxBytes ?? DEFAULT_MAX_BYTES };
  const read: FileReader = opts.reader ?? readOne;
  let done = 0;
  const pending: { job: FileJob; docs: Promise<CleanDocument[]> }[] = [];
  const start = (job: FileJob) => {
    const docs = (job.problem ? readOne(job, limits, opts.outlets) : read(job, limits, opts.outlets)).catch((e: unknown) => [
      failureDoc(job.rel, formatOf(job.rel), job.named ?? job.fallback, {
        level: 'error',
        code: 'parse-error',
        message: `unexpected failure: ${(e as Error).message}`,
      }),
    ]);
    pending.push({ job, docs });
  };
  const drain = async function* (limit: number): AsyncGenerator<CleanDocument> {
    while (pending.length > limit) {
      const { job, docs } = pending.shift()!;
      const list = await docs;
      opts.signal?.throwIfAborted();
      for (const d of list) yield d;
      done++;
      opts.onProgress?.({ done, total: null, path: job.rel });
    }
  };
  try {
    for await (const job of discover(inputs, opts.signal)) {
      opts.signal?.throwIfAborted();
      start(job);
      yield* drain(READ_AHEAD - 1);
    }
    yield* drain(0);
  } finally {
    // settle reads already started so no promise is left unhandled
    await Promise.allSettled(pending.map((p) => p.docs));
  }
}

export async function readAllSources(inputs: string[], opts: ReadOptions = {}): Promise<CleanDocument[]> {
  const out: CleanDocument[] = [];
  for await (const d of readSources(inputs, opts)) out.push(d);
  return out;
}
