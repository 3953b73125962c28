// Reading the opened folders into clean documents, for the services and the CLI.
// TEMPORARY: a minimal UTF-8 reader until src/node/ingest (readSources) lands; then this file only adapts it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { CleanDocument, Diagnostic } from '../../core/model';

function decode(buf: Buffer): { text: string; encoding: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  } catch {
    const guess = chardet.detect(buf) ?? 'windows-1252';
    const enc = iconv.encodingExists(guess) ? guess : 'windows-1252';
    return { text: iconv.decode(buf, enc), encoding: enc };
  }
}

export interface ReadProgress {
  done: number;
  total: number;
  current?: string;
}

export interface ReadOptions {
  maxBytes?: number;
  signal?: AbortSignal;
  onProgress?: (p: ReadProgress) => void;
  /** analyst-set outlet names by source path */
  outlets?: Record<string, string>;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

async function listFiles(input: string): Promise<{ file: string; rel: string }[]> {
  const st = await fs.stat(input);
  if (!st.isDirectory()) return [{ file: input, rel: path.basename(input) }];
  const out: { file: string; rel: string }[] = [];
  const walk = async (dir: string) => {
    for (const e of (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) out.push({ file: full, rel: path.relative(input, full).split(path.sep).join('/') });
    }
  };
  await walk(input);
  return out;
}

/** Reads every input (folder or file) into documents; problems become diagnostics on the document. */
export async function readDocuments(inputs: string[], opts: ReadOptions = {}): Promise<CleanDocument[]> {
  const files = (await Promise.all(inputs.map(listFiles))).flat();
  const docs: CleanDocument[] = [];
  let done = 0;
  for (const { file, rel } of files) {
    if (opts.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
    opts.onProgress?.({ done, total: files.length, current: rel });
    const diagnostics: Diagnostic[] = [];
    let text = '';
    let encoding: string | null = null;
    try {
      const buf = await fs.readFile(file);
      if (buf.length > (opts.maxBytes ?? DEFAULT_MAX_BYTES)) diagnostics.push({ level: 'error', code: 'too-large', message: `${buf.length} bytes` });
      else if (/\.(pdf|docx)$/i.test(file)) diagnostics.push({ level: 'error', code: 'unsupported-format', message: 'PDF and DOCX need the full reader' });
      else ({ text, encoding } = decode(buf));
    } catch (e) {
      diagnostics.push({ level: 'error', code: 'unreadable', message: (e as Error).message });
    }
    docs.push({
      id: `s${docs.length + 1}`,
      path: rel,
      format: 'text',
      outlet: opts.outlets?.[rel] ?? null,
      url: null,
      language: 'und',
      title: text.split('\n')[0]?.trim() || null,
      published: null,
      dateline: null,
      encoding,
      text,
      offsets: [{ clean: 0, orig: 0, len: text.length }],
      original: text,
      diagnostics,
    });
    done++;
  }
  opts.onProgress?.({ done, total: files.length });
  return docs;
}
