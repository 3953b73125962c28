// Report rendering: a Comparison in, one report document out (JSON, HTML, Markdown, CSV as text; DOCX as bytes).
// Pure: the node layer (src/node/export.ts) writes files and turns the HTML report into PDF.
import type { Comparison } from '../model';
import { renderCsv } from './csv';
import { renderDocx } from './docx';
import { FORMATS, type ReportFormat } from './formats';
import { renderHtml } from './html';
import { REPORT_LANGUAGES, type ReportLanguage } from './locales';
import { renderMarkdown } from './markdown';
import { scopeComparison, type ReportScope } from './scope';

export type TextReportFormat = 'json' | 'html' | 'md' | 'csv';
/** Formats rendered here as text. */
export const REPORT_FORMATS: readonly TextReportFormat[] = ['json', 'html', 'md', 'csv'];

export interface ReportOptions<F extends ReportFormat = TextReportFormat> {
  format: F;
  scope: ReportScope;
  /** required when scope is 'event' */
  eventId?: string;
  language: ReportLanguage;
  /** ISO time written into the report (defaults to the comparison's generatedAt) */
  generatedAt?: string;
}

/** File extension and MIME type per format, from the one registry (src/core/report/formats.ts). */
export const REPORT_FILE_TYPES = Object.fromEntries(FORMATS.map((f) => [f.id, { ext: f.exts[0], mime: f.mime }])) as Record<
  ReportFormat,
  { ext: string; mime: string }
>;

/** The JSON export (format parallax.comparison, version 1): every field of the Comparison, analyst tags included. */
export function renderJson(c: Comparison, generatedAt?: string): string {
  const out: Comparison = { ...c, format: 'parallax.comparison', version: 1, generatedAt: generatedAt ?? c.generatedAt };
  return JSON.stringify(out, null, 2) + '\n';
}

function prepare(comparison: Comparison, opts: ReportOptions<ReportFormat>) {
  const language: ReportLanguage = REPORT_LANGUAGES.includes(opts.language) ? opts.language : 'en';
  const scoped = scopeComparison(comparison, opts.scope, opts.eventId);
  return { language, scoped, generatedAt: opts.generatedAt ?? comparison.generatedAt };
}

export function renderReport(comparison: Comparison, opts: ReportOptions): string {
  const { language, scoped, generatedAt } = prepare(comparison, opts);
  switch (opts.format) {
    case 'json':
      return renderJson(scoped, generatedAt);
    case 'html':
      return renderHtml(scoped, language, opts.scope, generatedAt);
    case 'md':
      return renderMarkdown(scoped, language, opts.scope, generatedAt);
    case 'csv':
      return renderCsv(scoped, language);
    default:
      throw new Error(`unknown report format: ${String(opts.format)}`);
  }
}

/** Every format but PDF (which prints the HTML report): text as a string, DOCX as bytes. */
export async function renderReportFile(
  comparison: Comparison,
  opts: ReportOptions<Exclude<ReportFormat, 'pdf'>>,
): Promise<string | Uint8Array> {
  if (opts.format === 'docx') {
    const { language, scoped, generatedAt } = prepare(comparison, opts);
    return renderDocx(scoped, language, opts.scope, generatedAt);
  }
  return renderReport(comparison, { ...opts, format: opts.format });
}

export { ReportScopeError, scopeComparison, effectiveStatus, type ReportScope } from './scope';
export { REPORT_LANGUAGES, LOCALES, t, type ReportLanguage, type MessageKey, type Messages } from './locales';
export { REPORT_CSP } from './html';
export { CSV_COLUMNS, csvField, defuseFormula } from './csv';
export { highlightGroup, normalizeChinese, comparable, guessLanguage, type Segment } from './diff';
export { escapeHtml, escapeMd } from './text';
export { FORMATS, FORMAT_IDS, formatSpec, formatForFile, type FormatSpec, type ReportFormat } from './formats';
export { suggestFileName } from './filename';
export { buildDigest, type ReportDigest } from './digest';
export { pdfPageDecor } from './pdf-decor';
