// The engine with its language data: what the services, the CLI and the benchmarks call.
// Language data loads once per process (compact files in resources/lang, ≤ 1 s).
import type { CleanDocument, Comparison } from '../core/model';
import { analyze, type AnalyzeOptions, type StatementModel } from '../core/engine/analyze';
import { statementModel } from '../core/engine/model';
import { createSimilarity } from '../core/lang';
import { loadLangData } from './lang-data';

let cached: StatementModel | null = null;

/** The cross-language statement model, built on first use. */
export function getStatementModel(): StatementModel {
  if (!cached) cached = statementModel(createSimilarity(loadLangData())) as StatementModel;
  return cached;
}

/** Analyses documents with the full engine (cross-language similarity included). */
export function analyzeDocuments(docs: CleanDocument[], opts: Omit<AnalyzeOptions, 'model'> = {}): Comparison {
  return analyze(docs, { ...opts, model: getStatementModel() });
}
