// The fuzz suite's material: one small, real, invented file per format, mutations of them (fast-check), and the
// check every read must pass — bounded time, a diagnostic for every file that yields no text, never a throw.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CleanDocument } from '../../src/core/model';
import type { FileJob } from '../../src/node/ingest/index';
import { DEFAULT_LIMITS, type ReadLimits } from '../../src/node/ingest/limits';
import type { IngestPool } from '../../src/node/ingest/pool';
import { docx } from './generate';

const EN = 'Envoys of Vantaro and Quillmark met in Dessau on Tuesday for three hours, a spokeswoman said.';
const VI = 'Phái đoàn Vantaro và Quillmark đã gặp nhau tại Dessau hôm thứ Ba trong ba giờ, một phát ngôn viên cho biết.';
const ZH = '萬塔羅與奎爾馬克代表團週二在德紹會談三個小時，一名女發言人表示。';

/** A one-page PDF with a text layer (Helvetica, ASCII text), offsets computed so the xref table is right. */
export function pdf(text: string): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** One good file per format. */
export const SEEDS: Record<string, Buffer> = {
  'wire-en.txt': Buffer.from(`Talks in Dessau\n\n${EN}\n\nBoth sides will meet again next week.\n`),
  'bao-vi.txt': Buffer.from(`Hội đàm tại Dessau\n\n${VI}\n`),
  'page-zh.html': Buffer.from(
    `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>德紹會談</title></head><body><article><h1>德紹會談</h1><p>${ZH}</p><p>雙方同意下週再次會面。</p></article></body></html>`,
  ),
  'note.md': Buffer.from(`# Talks in Dessau\n\n${EN}\n\n- Both sides will meet again.\n`),
  'feed.rss': Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbor Ledger</title><item><title>Talks in Dessau</title><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate><description>${EN}</description></item></channel></rss>`,
  ),
  'item.json': Buffer.from(
    JSON.stringify({
      title: 'Talks in Dessau',
      outlet: 'Harbor Ledger',
      published: '2026-03-03',
      text: `${EN} Both sides will meet again.`,
    }),
  ),
  'memo.docx': docx(['Talks in Dessau', EN, 'Both sides will meet again next week.']),
  'brief.pdf': pdf(EN),
};

/** Snippets that have broken readers before: deep nesting, invalid UTF-8, NULs, a BOM in the middle, entities. */
const SNIPPETS = [
  '<div>'.repeat(5000),
  '</span>'.repeat(1000),
  '\u0000\u0000\u0000',
  '\ufeff',
  '&#x110000;&#0;&#xD800;',
  '<![CDATA[',
  '<!--',
  '<script>',
  '{"a":'.repeat(2000),
  '\r\r\r\n\n',
  'x'.repeat(200_000),
  '\u202e\u200b\u00ad',
];

export type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; at: number; len: number; times: number }
  | { kind: 'snippet'; at: number; which: number; invalid: boolean };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 256 }),
    times: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({ kind: fc.constant('snippet' as const), at: fc.nat(), which: fc.nat({ max: SNIPPETS.length - 1 }), invalid: fc.boolean() }),
);

export const caseArb = fc.record({
  seed: fc.constantFrom(...Object.keys(SEEDS)),
  mutations: fc.array(mutationArb, { minLength: 1, maxLength: 6 }),
});
export type FuzzCase = { seed: string; mutations: Mutation[] };

export function mutate(src: Buffer, ms: Mutation[]): Buffer {
  let b = src;
  for (const m of ms) {
    const at = b.length ? m.at % (b.length + 1) : 0;
    if (m.kind === 'flip' && b.length) {
      b = Buffer.from(b);
      b[at % b.length] = m.value;
    } else if (m.kind === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
    else if (m.kind === 'truncate') b = b.subarray(0, at);
    else if (m.kind === 'duplicate') {
      const piece = b.subarray(at, at + m.len);
      b = Buffer.concat([b.subarray(0, at), ...Array<Buffer>(m.times).fill(piece), b.subarray(at)]);
    } else if (m.kind === 'snippet') {
      const s = Buffer.from(SNIPPETS[m.which], 'utf8');
      const bytes = m.invalid ? Buffer.concat([s, Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xff])]) : s;
      b = Buffer.concat([b.subarray(0, at), bytes, b.subarray(at)]);
    }
  }
  return b;
}

export interface CaseResult {
  ms: number;
  docs: CleanDocument[];
  problems: string[];
}

/** Reads one mutated file through the pool and checks what came back. */
export async function runCase(
  pool: IngestPool,
  dir: string,
  n: number,
  c: FuzzCase,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<CaseResult> {
  const rel = `case-${n}${path.extname(c.seed)}`;
  const abs = path.join(dir, rel);
  const bytes = mutate(SEEDS[c.seed], c.mutations);
  writeFileSync(abs, bytes);
  const job: FileJob = { abs, rel, named: null, fallback: null, size: bytes.length };
  const t = performance.now();
  const docs = await pool.read(job, limits, undefined);
  const ms = performance.now() - t;
  return { ms, docs, problems: check(docs, limits) };
}

/** What every read must give: at least one document; each with text within the limit; no text → a diagnostic. */
export function check(docs: CleanDocument[], limits: ReadLimits): string[] {
  const problems: string[] = [];
  if (!docs.length) problems.push('no document');
  for (const d of docs) {
    if (typeof d.text !== 'string') problems.push('text is not a string');
    else if (d.text.length > limits.maxTextChars) problems.push(`text over the limit (${d.text.length})`);
    if (!d.text?.trim() && !d.diagnostics.length) problems.push('empty with no diagnostic');
    if (d.diagnostics.some((x) => x.code === 'timeout')) problems.push('timed out');
  }
  return problems;
}
