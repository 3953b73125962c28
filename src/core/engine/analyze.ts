// Engine entry point: clean documents in, a Comparison out. Owned by the engine work (issue 4).
// Segment → extract facts → cluster events → align → judge → fact table.
import type { CleanDocument, Comparison, SourceInfo } from '../model';

export const ENGINE_VERSION = '0.1.0';

export interface AnalyzeLimits {
  /** at most this many statements per document are analysed (the rest are kept unaligned) */
  maxStatementsPerDocument: number;
  /** at most this many candidate pairs are scored per statement */
  maxCandidatesPerStatement: number;
}

export interface AnalyzeOptions {
  /** alignment threshold, 0..1 */
  threshold?: number;
  limits?: Partial<AnalyzeLimits>;
  /** analyst-taught name variants: canonical → variants */
  nameVariants?: { canonical: string; variants: string[] }[];
  /** called with (done, total) as documents are processed */
  onProgress?: (done: number, total: number) => void;
  /** checked between steps; when it returns true analysis stops with an AbortError-like error */
  isCancelled?: () => boolean;
  /** fixed clock for reproducible output (tests) */
  now?: () => Date;
}

export function sourceInfo(d: CleanDocument): SourceInfo {
  return {
    id: d.id,
    path: d.path,
    outlet: d.outlet,
    language: d.language,
    title: d.title,
    published: d.published,
    url: d.url,
    format: d.format,
    encoding: d.encoding,
    diagnostics: d.diagnostics,
  };
}

/** Placeholder until the engine lands: sources only. Replaced by the engine issue. */
export function analyze(docs: CleanDocument[], opts: AnalyzeOptions = {}): Comparison {
  const now = opts.now?.() ?? new Date();
  return {
    format: 'parallax.comparison',
    version: 1,
    generatedAt: now.toISOString(),
    engine: { name: 'parallax', version: ENGINE_VERSION, settings: {} },
    sources: docs.map(sourceInfo),
    events: [],
    claims: [],
    alignments: [],
    factTable: [],
  };
}
