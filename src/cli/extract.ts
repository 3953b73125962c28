// `parallax extract <file-or-folder>... [--format text|json|jsonl]`: what Parallax read from each file — path, outlet,
// headline, publication date, language, body (without the headline) and diagnostics — so a reading can be checked
// before comparing. Near-copies are named (copyOf). Exit status: 0 success, 1 some files unreadable, 2 bad usage.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findCopies } from '../core/engine/copies';
import type { CleanDocument } from '../core/model';
import { readDocuments } from '../node/service/sources';
import type { CliIo } from './main';

export const EXTRACT_HELP = `Usage: parallax extract <file-or-folder>... [--format text|json|jsonl]

Shows what Parallax read from each file: path, outlet, title, published date, language, the body
(without the headline) and the diagnostics (encoding, noise removed, where the outlet came from, copies).
  --format text   readable blocks, one per document (default)
  --format json   one JSON array
  --format jsonl  one JSON object per line
`;

export interface ExtractRecord {
  path: string;
  format: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  language: string;
  url: string | null;
  encoding: string | null;
  /** path of the document this one is a near-copy of */
  copyOf: string | null;
  body: string;
  diagnostics: { level: string; code: string; message: string }[];
}

/** The body without the headline the cleaned text opens with. */
export function bodyOf(d: CleanDocument): string {
  if (d.title && d.text.startsWith(d.title)) return d.text.slice(d.title.length).replace(/^\n+/, '');
  return d.text;
}

export function records(docs: CleanDocument[]): ExtractRecord[] {
  const copies = findCopies(docs);
  const pathOf = new Map(docs.map((d) => [d.id, d.path]));
  return docs.map((d) => ({
    path: d.path,
    format: d.format,
    outlet: d.outlet,
    title: d.title,
    published: d.published,
    language: d.language,
    url: d.url,
    encoding: d.encoding,
    copyOf: copies.has(d.id) ? (pathOf.get(copies.get(d.id)!) ?? null) : null,
    body: bodyOf(d),
    diagnostics: d.diagnostics.map((x) => ({ level: x.level, code: x.code, message: x.message })),
  }));
}

function asText(r: ExtractRecord): string {
  const lines = [
    `== ${r.path}`,
    `outlet:    ${r.outlet ?? '-'}`,
    `title:     ${r.title ?? '-'}`,
    `published: ${r.published ?? '-'}`,
    `language:  ${r.language}`,
    ...(r.url ? [`url:       ${r.url}`] : []),
    ...(r.copyOf ? [`copy of:   ${r.copyOf}`] : []),
    ...r.diagnostics.map((d) => `[${d.level}] ${d.code}: ${d.message}`),
    '',
    r.body,
    '',
  ];
  return `${lines.join('\n')}\n`;
}

export async function runExtract(argv: string[], io: CliIo): Promise<number> {
  let format: 'text' | 'json' | 'jsonl' = 'text';
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      io.stdout(EXTRACT_HELP);
      return 0;
    }
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'text' && v !== 'json' && v !== 'jsonl') {
        io.stderr(`parallax extract: --format must be one of text, json, jsonl (got "${v ?? ''}")\n\n${EXTRACT_HELP}`);
        return 2;
      }
      format = v;
      continue;
    }
    if (a.startsWith('-')) {
      io.stderr(`parallax extract: unknown option ${a}\n\n${EXTRACT_HELP}`);
      return 2;
    }
    inputs.push(a);
  }
  if (!inputs.length) {
    io.stderr(`parallax extract: no file or folder given\n\n${EXTRACT_HELP}`);
    return 2;
  }
  let failures = 0;
  const found: string[] = [];
  for (const raw of inputs) {
    const abs = path.resolve(io.cwd, raw);
    if (!existsSync(abs)) {
      io.stderr(`parallax: cannot read ${raw}: no such file or folder\n`);
      failures++;
    } else found.push(abs);
  }
  const docs = await readDocuments(found);
  if (docs.some((d) => d.diagnostics.some((x) => x.level === 'error'))) failures++;
  const recs = records(docs);
  if (format === 'json') io.stdout(`${JSON.stringify(recs, null, 2)}\n`);
  else if (format === 'jsonl') io.stdout(recs.map((r) => JSON.stringify(r)).join('\n') + (recs.length ? '\n' : ''));
  else io.stdout(recs.map(asText).join('\n'));
  return failures ? 1 : 0;
}
