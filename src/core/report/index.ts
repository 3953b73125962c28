// Report rendering: a Comparison in, one report document out (JSON, HTML, Markdown or CSV). Pure: the
// node layer (src/node/export.ts) writes files and turns HTML into PDF.
import type { Comparison } from '../model';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { REPORT_LANGUAGES, type ReportLanguage } from './locales';
import { renderMarkdown } from './markdown';
import { scopeComparison, type ReportScope } from './scope';

export type ReportFormat = 'json' | 'html' | 'md' | 'csv';
export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'html', 'md', 'csv'];

export interface ReportOptions {
  format: ReportFormat;
  scope: ReportScope;
  /** required when scope is 'event' */
  eventId?: string;
  language: ReportLanguage;
  /** ISO time written into the report (defaults to the comparison's generatedAt) */
  generatedAt?: string;
}

/** File extension and MIME type per format (pdf included for the writers). */
export const REPORT_FILE_TYPES: Record<ReportFormat | 'pdf', { ext: string; mime: string }> = {
  json: { ext: 'json', mime: 'application/json' },
  html: { ext: 'html', mime: 'text/html; charset=utf-8' },
  md: { ext: 'md', mime: 'text/markdown; charset=utf-8' },
  csv: { ext: 'csv', mime: 'text/csv; charset=utf-8' },
  pdf: { ext: 'pdf', mime: 'application/pdf' },
};

/** The JSON export (format parallax.comparison, version 1): every field of the Comparison, analyst tags included. */
export function renderJson(c: Comparison, generatedAt?: string): string {
  const out: Comparison = { ...c, format: 'parallax.comparison', version: 1, generatedAt: generatedAt ?? c.generatedAt };
  return JSON.stringify(out, null, 2) + '\n';
}

export function renderReport(comparison: Comparison, opts: ReportOptions): string {
  const language: ReportLanguage = REPORT_LANGUAGES.includes(opts.language) ? opts.language : 'en';
  const scoped = scopeComparison(comparison, opts.scope, opts.eventId);
  const generatedAt = opts.generatedAt ?? comparison.generatedAt;
  switch (opts.format) {
    case 'json':
      return renderJson(scoped, generatedAt);
    case 'html':
      return renderHtml(scoped, language, opts.scope, generatedAt);
    case 'md':
      return renderMarkdown(scoped, language, opts.scope, generatedAt);
    case 'csv':
      return renderCsv(scoped);
    default:
      throw new Error(`unknown report format: ${String(opts.format)}`);
  }
}

export { ReportScopeError, scopeComparison, effectiveStatus, type ReportScope } from './scope';
export { REPORT_LANGUAGES, LOCALES, t, type ReportLanguage, type MessageKey, type Messages } from './locales';
export { REPORT_CSP } from './html';
export { CSV_COLUMNS, csvField, defuseFormula } from './csv';
export { highlightGroup, normalizeChinese, comparable, guessLanguage, type Segment } from './diff';
export { escapeHtml, escapeMd, formatValue } from './text';
