// The engine with its language data: what the services, the CLI and the benchmarks call.
// Language data loads once per process (compact files in resources/lang, ≤ 1 s). Each analysis gets its own
// similarity object (≈ 50 ms), because one interns every token it sees: a long-running app would otherwise grow.
import type { CleanDocument, Comparison } from '../core/model';
import { analyze, type AnalyzeOptions, type StatementModel } from '../core/engine/analyze';
import { statementModel } from '../core/engine/model';
import { createSimilarity } from '../core/lang';
import { loadLangData } from './lang-data';

/** A fresh cross-language statement model (language data loaded on first use, then cached). */
export function createStatementModel(): StatementModel {
  return statementModel(createSimilarity(loadLangData())) as StatementModel;
}

/** Analyses documents with the full engine (cross-language similarity included). */
export function analyzeDocuments(docs: CleanDocument[], opts: Omit<AnalyzeOptions, 'model'> = {}): Comparison {
  return analyze(docs, { ...opts, model: createStatementModel() });
}
