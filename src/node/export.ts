// Writing report exports: render with src/core/report, then write the file atomically (temp file in the same
// folder + rename), or return the content when no path is given (binary formats as base64). PDF prints the HTML
// report through the `renderPdf` the caller provides (Electron's printToPDF in the app, Chromium in the CLI and
// HTTP host), with a running header and page numbers.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportRequest, ExportResult } from '../api/contract';
import type { Comparison } from '../core/model';
import { pdfPageDecor, renderReport, renderReportFile, suggestFileName, t, type ReportLanguage } from '../core/report';
import type { PdfPageDecor } from '../core/report/pdf-decor';

export interface WriteExportOptions {
  /** HTML report → PDF bytes (with the running header and page numbers). Without it a PDF request fails with PdfUnavailableError. */
  renderPdf?: RenderPdf;
  /** ISO time written into the report; defaults to now */
  generatedAt?: string;
}

export type RenderPdf = (html: string, decor?: PdfPageDecor) => Promise<Uint8Array>;

export class PdfUnavailableError extends Error {
  constructor() {
    super('PDF export is not available here: it needs the Electron app or a Chromium (set CHROME_PATH). Export HTML and print it instead.');
    this.name = 'PdfUnavailableError';
  }
}

/** Writes `data` to `file` so that readers never see a half-written file. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

export async function writeExport(comparison: Comparison, req: ExportRequest, opts: WriteExportOptions = {}): Promise<ExportResult> {
  const generatedAt = opts.generatedAt ?? new Date().toISOString();
  let data: string | Uint8Array;
  if (req.format === 'pdf') {
    if (!opts.renderPdf) throw new PdfUnavailableError();
    const html = renderReport(comparison, { format: 'html', scope: req.scope, eventId: req.eventId, language: req.language, generatedAt });
    const L = req.language as ReportLanguage;
    data = await opts.renderPdf(html, pdfPageDecor(L, t(L, 'report.title')));
  } else {
    data = await renderReportFile(comparison, {
      format: req.format,
      scope: req.scope,
      eventId: req.eventId,
      language: req.language,
      generatedAt,
    });
  }
  const bytes = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
  const fileName = suggestFileName(comparison, req.format, req.scope, req.eventId);
  if (req.outPath) {
    const out = path.resolve(req.outPath);
    await writeFileAtomic(out, data);
    return { path: out, bytes, fileName };
  }
  return { path: null, content: typeof data === 'string' ? data : Buffer.from(data).toString('base64'), bytes, fileName };
}
