// Bounds on what reading one file may cost, so that a hostile or unlucky file (zip bomb, 20 MB line, parser
// pathology) gets a diagnostic while the rest of the folder is still compared. Each limit says why its default is
// what it is; the CLI, the services and the fuzz suite share these.

export interface ReadLimits {
  /** Largest file read at all (bytes). 20 MB: a long report as PDF with its figures is a few MB; larger files are
   *  almost always data dumps or videos named like documents. */
  maxBytes: number;
  /** Largest total uncompressed size of the parts of an archive-based document (DOCX) that are read (bytes).
   *  64 MB: the text XML of a 1,000-page report is ~15 MB; a larger inflated size is a zip bomb or not a report. */
  maxArchiveUncompressed: number;
  /** Largest compression ratio of one archive part larger than 1 MB. 100: XML deflates 5–20×, repetitive XML rarely
   *  past 50×; zip bombs start in the hundreds (the 300 MB bomb of issue 14 is ~280×). */
  maxArchiveRatio: number;
  /** Most entries in one archive. 10,000: a DOCX has tens of parts; thousands of parts is a crafted file. */
  maxArchiveEntries: number;
  /** Longest text kept from one file (UTF-16 code units); the rest is cut with a `truncated` diagnostic.
   *  8 M characters: about 4,000 pages, far beyond any article, while keeping the engine's memory bounded. */
  maxTextChars: number;
  /** Time one file may take to read and clean in the ingest worker before it is stopped with a `timeout`
   *  diagnostic (ms). 10 s: the slowest well-formed 20 MB files read in under 3 s on a slow laptop. */
  fileTimeoutMs: number;
  /** Heap one ingest worker may use (MB); a file that needs more ends with a diagnostic instead of the process
   *  running out of memory. 512 MB: about 25× the largest file read. */
  workerHeapMb: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxArchiveUncompressed: 64 * 1024 * 1024,
  maxArchiveRatio: 100,
  maxArchiveEntries: 10_000,
  maxTextChars: 8 * 1024 * 1024,
  fileTimeoutMs: 10_000,
  workerHeapMb: 512,
};
