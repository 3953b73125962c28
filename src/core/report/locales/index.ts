// Report strings in the four report languages. The report language is chosen by the analyst and is
// independent of the languages of the sources. Every table must have every key (checked by the type below
// and by tests/core/report/locales.test.ts).
import type { FactKind, TagStatus } from '../../model';
import { en } from './en';
import { zhHans } from './zh-Hans';
import { zhHant } from './zh-Hant';
import { vi } from './vi';

export type ReportLanguage = 'en' | 'zh-Hans' | 'zh-Hant' | 'vi';
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['en', 'zh-Hans', 'zh-Hant', 'vi'];

export type FactKindKey = `kind.${FactKind | 'wording'}`;
export type StatusKey = `status.${TagStatus | 'single'}`;
export type ScopeKey = `scope.${'all' | 'event' | 'tagged' | 'conflicts'}`;

export type MessageKey =
  | 'report.title'
  | 'report.generatedAt'
  | 'report.scope'
  | 'report.language'
  | 'report.noScripts'
  | 'summary.title'
  | 'summary.sources'
  | 'summary.events'
  | 'summary.statements'
  | 'summary.alignments'
  | 'summary.counts'
  | 'sources.title'
  | 'col.id'
  | 'col.path'
  | 'col.outlet'
  | 'col.language'
  | 'col.title'
  | 'col.published'
  | 'col.url'
  | 'col.format'
  | 'col.encoding'
  | 'col.diagnostics'
  | 'col.fact'
  | 'col.status'
  | 'col.source'
  | 'col.statement'
  | 'col.offsets'
  | 'col.value'
  | 'event.title'
  | 'event.date'
  | 'event.place'
  | 'event.sources'
  | 'event.factMatrix'
  | 'event.alignedStatements'
  | 'event.noFacts'
  | 'event.noAlignments'
  | 'event.unassigned'
  | 'alignment.title'
  | 'alignment.score'
  | 'alignment.engineVerdict'
  | 'alignment.analystVerdict'
  | 'alignment.note'
  | 'alignment.updatedAt'
  | 'alignment.manual'
  | 'alignment.discrepancies'
  | 'alignment.noDiscrepancies'
  | 'alignment.provenance'
  | 'alignment.legend'
  | 'method.title'
  | 'method.engine'
  | 'method.version'
  | 'method.settings'
  | 'method.noSettings'
  | 'empty.none'
  | 'empty.nothingInScope'
  | 'summary.compared'
  | 'summary.reports'
  | 'summary.outlets'
  | 'summary.languages'
  | 'summary.published'
  | 'summary.eventLine'
  | 'summary.reports.one'
  | 'summary.key'
  | 'summary.noKey'
  | 'summary.more'
  | 'summary.setAside'
  | 'summary.inEvent'
  | 'statement.position'
  | 'statement.file'
  | 'group.sourcesAgree'
  | 'facts.title'
  | 'facts.values'
  | 'method.summary'
  | 'setAside.title'
  | 'pdf.page'
  | 'value.unknown'
  | 'value.unknownLanguage'
  | 'value.relativeDate'
  | 'qualifier.approximate'
  | 'qualifier.at-least'
  | 'qualifier.at-most'
  | 'qualifier.expected'
  | 'qualifier.reported'
  | 'csv.row'
  | 'csv.rowFact'
  | 'csv.rowStatement'
  | 'csv.group'
  | 'csv.statementNumber'
  | FactKindKey
  | StatusKey
  | ScopeKey;

export type Messages = Record<MessageKey, string>;

export const LOCALES: Record<ReportLanguage, Messages> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant, vi };

/** Looks up `key` and fills `{name}` placeholders. */
export function t(language: ReportLanguage, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const table = LOCALES[language] ?? LOCALES.en;
  const template = table[key] ?? LOCALES.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
