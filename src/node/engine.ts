// The engine with its language data: what the services, the CLI and the benchmarks call.
// Language data loads once per process (compact files in resources/lang, ≤ 1 s). Each analysis gets its own
// similarity object (≈ 50 ms), because one interns every token it sees: a long-running app would otherwise grow.
import type { CleanDocument, Comparison } from '../core/model';
import { analyze, runSettings, type AnalyzeOptions, type StatementModel } from '../core/engine/analyze';
import type { SimilaritySettings } from '../core/engine/settings';
import { statementModel } from '../core/engine/model';
import { createSimilarity } from '../core/lang';
import { loadLangData } from './lang-data';

/** A fresh cross-language statement model (language data loaded on first use, then cached), with the run's similarity settings. */
export function createStatementModel(settings?: Partial<SimilaritySettings>): StatementModel {
  return statementModel(createSimilarity(loadLangData(), settings ? { settings } : {})) as StatementModel;
}

/** Analyses documents with the full engine (cross-language similarity included). */
export function analyzeDocuments(docs: CleanDocument[], opts: Omit<AnalyzeOptions, 'model'> = {}): Comparison {
  // one resolved settings object for the whole run: the similarity model is built with its `similarity` section
  const settings = runSettings(opts);
  return analyze(docs, { ...opts, settings, model: createStatementModel(settings.similarity) });
}
