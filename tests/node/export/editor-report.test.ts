// Reports an editor would publish from, read back the way an editor would get them: HTML text, PDF through
// pdftotext, DOCX through mammoth (a Word reader), CSV and Markdown. On the hand-written fixture always, and on
// the shared seeds (real captures) with analyst tags when ../shared/seeds is present.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import type { Alignment, Comparison } from '../../../src/core/model';
import { FORMATS, formatForFile, renderReport, suggestFileName, type ReportLanguage } from '../../../src/core/report';
import { writeExport } from '../../../src/node/export';
import { findChromium, renderPdfWithChromium } from '../../../src/node/pdf';
import { compareWithCli } from './compare-cli';
import { HANS_TEXT, HANT_TEXT, makeComparison } from '../../core/report/fixture';

const repoRoot = path.resolve(__dirname, '../../..');
const seeds = path.resolve(repoRoot, '../shared/seeds');
const hasSeeds = existsSync(seeds);
const chromium = findChromium();
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'parallax-editor-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function docxText(c: Comparison, language: ReportLanguage): Promise<{ html: string; text: string }> {
  const res = await writeExport(c, { format: 'docx', scope: 'all', language });
  const buffer = Buffer.from(res.content!, 'base64');
  expect(buffer.subarray(0, 2).toString()).toBe('PK');
  const html = (await mammoth.convertToHtml({ buffer })).value;
  const text = (await mammoth.extractRawText({ buffer })).value;
  return { html, text };
}

async function pdfPages(c: Comparison, language: ReportLanguage, name: string): Promise<string[]> {
  const res = await writeExport(
    c,
    { format: 'pdf', scope: 'all', language },
    { renderPdf: (html, decor) => renderPdfWithChromium(html, { executablePath: chromium! }, decor) },
  );
  const file = path.join(tmp, `${name}.pdf`);
  writeFileSync(file, Buffer.from(res.content!, 'base64'));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim());
}

/** Every id and internal key of a comparison: none may appear where a person reads. */
function internals(c: Comparison): string[] {
  const ids = [...c.sources.map((s) => s.id), ...c.claims.map((x) => x.id), ...c.alignments.map((a) => a.id), ...c.events.map((e) => e.id)];
  return ids.filter((id) => id.length >= 6);
}

describe('format registry and file names', () => {
  it('declares every format once, with an extension and MIME type, and picks the format from a file name', () => {
    expect(FORMATS.map((f) => f.id).sort()).toEqual(['csv', 'docx', 'html', 'json', 'md', 'pdf']);
    for (const f of FORMATS) {
      expect(f.exts.length).toBeGreaterThan(0);
      expect(f.mime).toMatch(/^[a-z]+\/[\w.+-]+/);
      expect(formatForFile(`report.${f.exts[0].toUpperCase()}`)).toBe(f.id);
    }
    expect(formatForFile('report.rtf')).toBeNull();
  });
  it('names a file after the event it covers and its date', () => {
    const c = makeComparison();
    c.events[0].place = 'Hà Nội';
    expect(suggestFileName(c, 'pdf', 'all')).toBe('ha-noi-2025-05-27-comparison.pdf');
    expect(suggestFileName(c, 'docx', 'conflicts')).toBe('ha-noi-2025-05-27-conflicts.docx');
    expect(suggestFileName(c, 'md', 'event', 'ev-other')).toBe('follow-up-b-visit-b-comparison.md');
    c.events[0].place = '河内';
    expect(suggestFileName(c, 'html', 'all')).toBe('hanoi-talks-2025-05-27-comparison.html');
    expect(suggestFileName({ ...c, events: [] }, 'csv', 'tagged')).toBe('parallax-tagged.csv');
  });
});

describe('DOCX report', () => {
  it('is a Word document with real headings and tables, the summary first, in the report language', async () => {
    const c = makeComparison();
    const { html, text } = await docxText(c, 'en');
    expect(html).toMatch(/<h1>Summary<\/h1>/);
    expect(html).toContain('<table>');
    expect(text.indexOf('Key discrepancies')).toBeLessThan(text.indexOf('Event: Hanoi talks'));
    expect(text).toContain('5–6 hours — 北方時報');
    expect(text).toContain('6.5 hours — 南方日报');
    expect(text).toContain(HANT_TEXT);
    expect(text).toContain(HANS_TEXT);
    expect(text).toContain('Cuộc hội đàm giữa hai phái đoàn tại Hà Nội kéo dài hơn 4 giờ');
    expect(text).toContain('核实：北大西洋司 vs 北美司');
    for (const id of internals(c)) expect(text).not.toContain(id);
    const vi = await docxText(c, 'vi');
    expect(vi.html).toMatch(/<h1>Tóm tắt<\/h1>/);
    expect(vi.text).toContain('khoảng 5 giờ');
  });
});

describe.skipIf(!chromium || !hasPdftotext)('PDF report (needs Chromium and pdftotext; skipped when absent)', () => {
  it('starts with the summary, numbers its pages and has no nearly empty page', async () => {
    const c = makeComparison();
    const pages = await pdfPages(c, 'zh-Hans', 'fixture-zh');
    expect(pages[0]).toContain('概要');
    expect(pages[0]).toContain('主要差异');
    expect(pages[0]).toMatch(/第 1 页，共 \d+ 页/);
    for (const p of pages.slice(0, -1)) expect(p.replace(/\s+/g, '').length, p).toBeGreaterThan(400);
  }, 120_000);
});

function tagged(c: Comparison, pick: (a: Alignment) => boolean, tag: NonNullable<Alignment['tag']>): Comparison {
  let done = false;
  return {
    ...c,
    alignments: c.alignments.map((a) => {
      if (done || !pick(a)) return a;
      done = true;
      return { ...a, tag };
    }),
  };
}

describe.skipIf(!hasSeeds)('reports of the shared seeds (needs ../shared/seeds; skipped when absent)', () => {
  let seedsComparison: Comparison;
  const load = (): Comparison => {
    if (seedsComparison) return seedsComparison;
    let c = compareWithCli(seeds, path.join(tmp, 'seeds.json'));
    const hasKind = (a: Alignment, k: string) => a.discrepancies.some((d) => d.kind === k);
    c = tagged(c, (a) => a.status === 'conflict' && hasKind(a, 'duration'), {
      status: 'conflict',
      note: 'Checked with the desk: forecast vs actual',
      updatedAt: '2025-03-01T10:00:00Z',
    });
    c = tagged(c, (a) => a.status === 'partial' && !a.tag && !hasKind(a, 'duration'), {
      status: 'not-same',
      note: 'Two different statements',
      updatedAt: '2025-03-01T10:05:00Z',
    });
    seedsComparison = c;
    return c;
  };

  it('every format names the duration and department conflicts with both values and their outlets, tags and notes included', async () => {
    const c = load();
    const notSame = c.alignments.find((a) => a.tag?.status === 'not-same')!;
    const notSameText = c.claims.find((x) => x.id === notSame.claimIds[0])!.text;
    const html = renderReport(c, { format: 'html', scope: 'all', language: 'en' });
    const htmlText = html
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
    const md = renderReport(c, { format: 'md', scope: 'all', language: 'en' }).replace(/\\|\*\*/g, '');
    const csv = renderReport(c, { format: 'csv', scope: 'all', language: 'en' });
    const { text: docx } = await docxText(c, 'en');
    const readers: [string, string, string][] = [
      ['html', htmlText, htmlText.slice(htmlText.indexOf('Summary'), htmlText.indexOf('Sources Outlet'))],
      ['md', md, md.slice(md.indexOf('## Summary'), md.indexOf('## Sources'))],
      ['docx', docx, docx.slice(docx.indexOf('Summary'), docx.indexOf('Sources\n'))],
    ];
    if (chromium && hasPdftotext) {
      const pages = await pdfPages(c, 'en', 'seeds-en');
      const pdf = pages.join('\n').replace(/\s+/g, ' ');
      readers.push(['pdf', pdf, pdf.slice(pdf.indexOf('Summary'), pdf.search(/Outlet\s+Headline/))]);
      expect(pages[0]).toContain('Key discrepancies');
      for (const p of pages.slice(0, -1)) expect(p.replace(/\s+/g, '').length).toBeGreaterThan(400);
    }
    for (const [name, all, summary] of readers) {
      expect(summary, name).toMatch(/about 6\.5 hours\s*— 新華網/);
      expect(summary, name).toMatch(/expected 5–6 hours\s*— voachinese\.com/);
      expect(summary, name).toContain('北大西洋司');
      expect(summary, name).toContain('北美司');
      expect(summary, name).toContain('Checked with the desk: forecast vs actual');
      expect(summary, name).not.toContain(notSameText.slice(0, 30));
      expect(all, name).not.toContain('≠');
      for (const id of internals(c)) expect(all, `${name}: ${id}`).not.toContain(id);
    }
    expect(csv).toContain('Checked with the desk: forecast vs actual');
    for (const id of internals(c)) expect(csv).not.toContain(id);
  }, 300_000);
});
