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

/** Words of `parallax compare --explain`. */
export type ExplainKey =
  | 'explain.title'
  | 'explain.verdict'
  | 'explain.event'
  | 'explain.formedBy'
  | 'explain.formedBy.slot'
  | 'explain.formedBy.similarity'
  | 'explain.formedBy.lead'
  | 'explain.formedBy.manual'
  | 'explain.slot'
  | 'explain.score'
  | 'explain.statements'
  | 'explain.pairs'
  | 'explain.rules'
  | 'explain.none'
  | 'explain.notFound'
  | 'explain.noGroups';
/** Words for the rule codes of Alignment.explain (RuleTrace.code), and for their families (the part before `:`). */
export type RuleKey =
  | 'rule.slot'
  | 'rule.slot:duration'
  | 'rule.slot:date'
  | 'rule.slot:place'
  | 'rule.slot:role'
  | 'rule.slot:number'
  | 'rule.similarity'
  | 'rule.similarity:mutual-best'
  | 'rule.event'
  | 'rule.event:same'
  | 'rule.event:mention'
  | 'rule.verdict'
  | 'rule.verdict:agreement'
  | 'rule.verdict:partial'
  | 'rule.verdict:conflict'
  | 'rule.verdict:differs'
  | 'rule.verdict:interval-disjoint'
  | 'rule.verdict:not-stated'
  | 'rule.lead'
  | 'rule.manual';
export const RULE_KEYS: readonly RuleKey[] = ['rule.slot', 'rule.slot:duration', 'rule.slot:date', 'rule.slot:place', 'rule.slot:role', 'rule.slot:number', 'rule.similarity', 'rule.similarity:mutual-best', 'rule.event', 'rule.event:same', 'rule.event:mention', 'rule.verdict', 'rule.verdict:agreement', 'rule.verdict:partial', 'rule.verdict:conflict', 'rule.verdict:differs', 'rule.verdict:interval-disjoint', 'rule.verdict:not-stated', 'rule.lead', 'rule.manual'];

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
  | ExplainKey
  | RuleKey
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

/** Words for a rule code: its own, else its family's with the code, else the code itself. */
export function ruleText(language: ReportLanguage, code: string): string {
  const own = `rule.${code}` as RuleKey;
  if ((RULE_KEYS as readonly string[]).includes(own)) return t(language, own);
  const family = `rule.${code.split(':')[0]}` as RuleKey;
  if ((RULE_KEYS as readonly string[]).includes(family)) return `${t(language, family)} (${code})`;
  return code;
}
