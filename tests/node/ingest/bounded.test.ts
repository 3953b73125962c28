// Issue 14 (1, 8): hostile files get a diagnostic each and the rest of the folder is read — a DOCX zip bomb
// (honest and lying headers), special files, a file name that is not UTF-8, over-long text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAllSources } from '../../../src/node/ingest/index';
import { checkZip } from '../../../src/node/ingest/zip';
import { DEFAULT_LIMITS } from '../../../src/node/ingest/limits';
import { createIngestPool } from '../../../src/node/ingest/pool';
import { readDocuments } from '../../../src/node/service/sources';
import { deepHtml, docx, docxBomb } from '../../fuzz/generate';

const dir = mkdtempSync(path.join(tmpdir(), 'parallax-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOOD_TXT = 'Vantaro talks end\n\nEnvoys of Vantaro and Quillmark met for four hours in Dessau on Tuesday, a spokeswoman said.\n';
const GOOD_DOCX = ['Quillmark memo', 'The delegation of Quillmark stayed for two days, the ministry said.'];

describe('archive limits (zip bombs)', () => {
  it('rejects a 300 MB bomb from its central directory, and a lying one while inflating, without filling memory', async () => {
    const honest = await docxBomb(300);
    expect(honest.length).toBeLessThan(2 * 1024 * 1024); // ~1 MB file inflating to 300 MB
    const r1 = checkZip(honest, DEFAULT_LIMITS);
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.reason).toMatch(/inflate/);
    const liar = await docxBomb(100, true);
    const r2 = checkZip(liar, DEFAULT_LIMITS);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.reason).toMatch(/past its declared/);
    expect(checkZip(docx(GOOD_DOCX), DEFAULT_LIMITS).ok).toBe(true);

    const folder = path.join(dir, 'bombs');
    execFileSync('mkdir', ['-p', folder]);
    writeFileSync(path.join(folder, 'bomb.docx'), honest);
    writeFileSync(path.join(folder, 'liar.docx'), liar);
    writeFileSync(path.join(folder, 'memo.docx'), docx(GOOD_DOCX));
    writeFileSync(path.join(folder, 'wire.txt'), GOOD_TXT);
    const alone = await readAllSources([path.join(folder, 'memo.docx'), path.join(folder, 'wire.txt')]);
    const heapBefore = process.memoryUsage().rss;
    const docs = await readDocuments([folder]);
    expect(process.memoryUsage().rss - heapBefore).toBeLessThan(512 * 1024 * 1024);
    const by = (p: string) => docs.find((d) => d.path === p)!;
    expect(by('bomb.docx').diagnostics.map((d) => d.code)).toEqual(['too-large']);
    expect(by('bomb.docx').diagnostics[0].message).toMatch(/zip bomb/);
    expect(by('liar.docx').diagnostics.map((d) => d.code)).toEqual(['too-large']);
    // the good files read exactly as they do alone
    for (const d of alone) expect(by(d.path)).toEqual(d);
  }, 60_000);
});

describe('deep nesting', () => {
  it('reads <div>x400,000 with a diagnostic and its paragraph, and the good files as they read alone', async () => {
    const folder = path.join(dir, 'deep');
    execFileSync('mkdir', ['-p', folder]);
    writeFileSync(path.join(folder, 'deep.html'), deepHtml(400_000));
    writeFileSync(path.join(folder, 'memo.docx'), docx(GOOD_DOCX));
    writeFileSync(path.join(folder, 'wire.txt'), GOOD_TXT);
    const alone = await readAllSources([path.join(folder, 'memo.docx'), path.join(folder, 'wire.txt')]);
    const docs = await readDocuments([folder]);
    const deep = docs.find((d) => d.path === 'deep.html')!;
    expect(deep.diagnostics.map((d) => d.code)).toContain('nesting-flattened');
    expect(deep.text).toContain('Minister Arlo Quenby of Vantaro met envoys for three hours on Monday.');
    for (const d of alone) expect(docs.find((x) => x.path === d.path)).toEqual(d);
  }, 60_000);
});

describe('special files and names', () => {
  it('reports a FIFO and a non-UTF-8 file name by what they are, and reads the rest', async () => {
    const folder = path.join(dir, 'special');
    execFileSync('mkdir', ['-p', folder]);
    writeFileSync(path.join(folder, 'wire.txt'), GOOD_TXT);
    execFileSync('mkfifo', [path.join(folder, 'pipe.txt')]);
    // a Latin-1 file name (0xE9 is not valid UTF-8 on its own)
    writeFileSync(Buffer.concat([Buffer.from(path.join(folder, 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')]), GOOD_TXT);
    const docs = await readAllSources([folder]);
    expect(docs).toHaveLength(3);
    const pipe = docs.find((d) => d.path === 'pipe.txt')!;
    expect(pipe.diagnostics[0].code).toBe('skipped');
    expect(pipe.diagnostics[0].message).toMatch(/named pipe/);
    const latin = docs.find((d) => d.path.startsWith('caf'))!;
    expect(latin.diagnostics[0].message).toMatch(/not valid UTF-8/);
    expect(latin.diagnostics[0].message).not.toMatch(/symbolic link/);
    expect(docs.find((d) => d.path === 'wire.txt')!.text).toContain('four hours');
  });

  it('cuts text over the length limit with a diagnostic', async () => {
    const folder = path.join(dir, 'long');
    execFileSync('mkdir', ['-p', folder]);
    writeFileSync(path.join(folder, 'line.txt'), `Envoys met in Dessau. ${'x'.repeat(300_000)}`);
    const [doc] = await readAllSources([folder], { limits: { maxTextChars: 100_000 } });
    expect(doc.text.length).toBe(100_000);
    expect(doc.diagnostics.map((d) => d.code)).toContain('truncated');
  });
});

describe('ingest worker pool', () => {
  it('stops a file over its time budget with a timeout diagnostic, and reads the others', async () => {
    const folder = path.join(dir, 'slow');
    execFileSync('mkdir', ['-p', folder]);
    writeFileSync(path.join(folder, 'a.txt'), GOOD_TXT);
    writeFileSync(path.join(folder, 'b.docx'), docx(GOOD_DOCX));
    const pool = createIngestPool({ size: 1 });
    try {
      expect(pool.mode).toBe('worker');
      // a budget no file can meet: every file gets the timeout diagnostic, none hangs
      const slow = await readDocuments([folder], { pool, limits: { fileTimeoutMs: 1 } });
      expect(slow.map((d) => d.diagnostics.map((x) => x.code))).toEqual([['timeout'], ['timeout']]);
      // the pool recovers: a normal budget reads both
      const fine = await readDocuments([folder], { pool });
      expect(fine.find((d) => d.path === 'a.txt')!.text).toContain('four hours');
      expect(fine.find((d) => d.path === 'b.docx')!.text).toContain('two days');
    } finally {
      await pool.close();
    }
  }, 60_000);
});
