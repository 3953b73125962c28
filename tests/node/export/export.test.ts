// Exports end to end: files written atomically, the HTML report opened in Chromium (zero requests, zero
// script execution, first page screenshot in test-results/), and the PDF text layer read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { renderReport } from '../../../src/core/report';
import { PdfUnavailableError, writeExport } from '../../../src/node/export';
import { CHROMIUM_ARGS, ChromiumUnavailableError, findChromium, renderPdfWithChromium } from '../../../src/node/pdf';
import { HANS_TEXT, HANT_TEXT, VI_TEXT, makeComparison } from '../../core/report/fixture';

const repoRoot = path.resolve(__dirname, '../../..');
const resultsDir = path.join(repoRoot, 'test-results');
const chromePath = findChromium();
const hasChromium = chromePath !== null;
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'parallax-export-'));
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writeExport', () => {
  it('writes every text format atomically and returns content when no path is given', async () => {
    const c = makeComparison();
    for (const format of ['json', 'html', 'md', 'csv'] as const) {
      const outPath = path.join(tmp, 'nested', `report.${format}`);
      const res = await writeExport(c, { format, scope: 'all', language: 'zh-Hant', outPath }, { generatedAt: '2025-06-03T00:00:00.000Z' });
      expect(res.path).toBe(outPath);
      const written = readFileSync(outPath, 'utf8');
      expect(Buffer.byteLength(written)).toBe(res.bytes);
      expect(written).toContain('beijing/meeting.txt');
      expect(written).toContain('南方日报');
      const inline = await writeExport(c, { format, scope: 'all', language: 'zh-Hant' }, { generatedAt: '2025-06-03T00:00:00.000Z' });
      expect(inline.path).toBeNull();
      expect(inline.content).toBe(written);
    }
    // no temp files left behind
    expect(readdirSync(path.join(tmp, 'nested')).sort()).toEqual(['report.csv', 'report.html', 'report.json', 'report.md']);
  });

  it('replaces an existing file in one step and reports PDF as unavailable without a renderer', async () => {
    const outPath = path.join(tmp, 'replace.json');
    writeFileSync(outPath, 'old');
    await writeExport(makeComparison(), { format: 'json', scope: 'conflicts', language: 'en', outPath });
    expect(JSON.parse(readFileSync(outPath, 'utf8')).alignments.map((a: { id: string }) => a.id)).toEqual(['al-duration']);
    await expect(
      writeExport(makeComparison(), { format: 'pdf', scope: 'all', language: 'en', outPath: path.join(tmp, 'x.pdf') }),
    ).rejects.toBeInstanceOf(PdfUnavailableError);
    expect(existsSync(path.join(tmp, 'x.pdf'))).toBe(false);
  });

  it('passes PDF bytes from the renderer through, base64 when returned inline', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
    let seen = '';
    const res = await writeExport(
      makeComparison(),
      { format: 'pdf', scope: 'all', language: 'vi' },
      { renderPdf: async (html, decor) => ((seen = html + (decor?.footerTemplate ?? '')), bytes) },
    );
    expect(seen).toContain('Báo cáo so sánh Parallax');
    // page numbers in the report language, filled in by the printer
    expect(seen).toContain('Trang <span class="pageNumber"></span>/<span class="totalPages"></span>');
    expect(res).toEqual({
      path: null,
      content: Buffer.from(bytes).toString('base64'),
      bytes: 5,
      fileName: 'ha-noi-2025-05-27-comparison.pdf',
    });
  });
});

describe('ChromiumUnavailableError', () => {
  it('says what to do when no Chromium exists', async () => {
    const old = process.env.CHROME_PATH;
    process.env.CHROME_PATH = path.join(tmp, 'no-such-chrome');
    try {
      await expect(renderPdfWithChromium('<p>x</p>')).rejects.toThrow(ChromiumUnavailableError);
      await expect(renderPdfWithChromium('<p>x</p>')).rejects.toThrow(/CHROME_PATH .*does not exist.*--format html/);
    } finally {
      if (old === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = old;
    }
  });
});

describe.skipIf(!hasChromium)('HTML report in Chromium (needs /usr/bin/chromium or CHROME_PATH; skipped when absent)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromePath!, args: CHROMIUM_ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('makes zero network requests, runs no script, shows the content, and leaves a first-page screenshot', async () => {
    const html = renderReport(makeComparison(), { format: 'html', scope: 'all', language: 'en', generatedAt: '2025-06-03T00:00:00.000Z' });
    const file = path.join(tmp, 'report.html');
    writeFileSync(file, html);
    const context = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 1200, height: 1600 } });
    const page = await context.newPage();
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      requests.push(route.request().url());
      if (route.request().url().startsWith('file:')) return route.continue();
      return route.abort();
    });
    const consoleMessages: string[] = [];
    page.on('console', (m) => consoleMessages.push(m.text()));
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto('file://' + file, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    // the only request is the report itself
    expect(requests).toEqual(['file://' + file]);
    // scripts are enabled in this page, yet nothing from the hostile source ran
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('script, img, iframe, svg, object, embed, a').count()).toBe(0);
    // content: summary and the Chinese / Vietnamese statements, with the disputed facts highlighted
    const body = await page.locator('body').innerText();
    expect(body).toContain('Parallax comparison report');
    for (const s of [HANT_TEXT, HANS_TEXT, VI_TEXT]) expect(body).toContain(s);
    expect(body).toContain('<script>window.__pwned = 1;');
    expect(await page.locator('mark.d', { hasText: '北大西洋司' }).count()).toBe(1);
    expect(await page.locator('.group.g-conflict').count()).toBe(1);
    const shot = path.join(resultsDir, 'report-html-first-page.png');
    await page.screenshot({ path: shot, clip: { x: 0, y: 0, width: 1200, height: 1600 } });
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    expect(consoleMessages.filter((m) => /Refused|Content Security Policy/i.test(m))).toEqual([]);
    await context.close();
  }, 60_000);

  it.skipIf(!hasPdftotext)(
    'PDF export keeps Chinese (both scripts) and Vietnamese in its text layer (needs pdftotext)',
    async () => {
      const outPath = path.join(tmp, 'report.pdf');
      const res = await writeExport(
        makeComparison(),
        { format: 'pdf', scope: 'all', language: 'zh-Hant', outPath },
        { renderPdf: (h) => renderPdfWithChromium(h, { executablePath: chromePath! }) },
      );
      const pdf = readFileSync(outPath);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBe(res.bytes);
      writeFileSync(path.join(resultsDir, 'report.pdf'), pdf);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', outPath, '-'], { encoding: 'utf8' });
      const flat = text.replace(/\s+/g, '');
      expect(flat).toContain('Parallax對比報告');
      for (const s of [HANT_TEXT, HANS_TEXT]) expect(flat).toContain(s.replace(/\s+/g, ''));
      // Vietnamese with its stacked diacritics, normalized to NFC as pdftotext may emit decomposed marks
      const nfc = text.normalize('NFC').replace(/\s+/g, ' ');
      expect(nfc).toContain('Cuộc hội đàm giữa hai phái đoàn tại Hà Nội');
      expect(nfc).toContain('Vụ trưởng Vụ Bắc Đại Tây Dương');
      expect(nfc).toContain('hơn 4 giờ');
    },
    90_000,
  );
});
