// Every export format, declared once: its id, file extensions, MIME type, the label menus and dialogs show, and
// whether it is binary and needs a page printer (PDF). The CLI, the app's menus, the export dialog, the API
// contract and the writers all read this list.
export type ReportFormat = 'json' | 'html' | 'md' | 'csv' | 'pdf' | 'docx';

export interface FormatSpec {
  id: ReportFormat;
  /** extensions, the first one used for new files */
  exts: readonly string[];
  mime: string;
  /** product name of the format, the same in every UI language */
  label: string;
  /** written as bytes (PDF, DOCX) rather than text */
  binary: boolean;
  /** rendered by printing the HTML report (needs Chromium or Electron) */
  printed: boolean;
}

export const FORMATS: readonly FormatSpec[] = [
  { id: 'html', exts: ['html', 'htm'], mime: 'text/html; charset=utf-8', label: 'HTML', binary: false, printed: false },
  { id: 'pdf', exts: ['pdf'], mime: 'application/pdf', label: 'PDF', binary: true, printed: true },
  {
    id: 'docx',
    exts: ['docx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word (DOCX)',
    binary: true,
    printed: false,
  },
  { id: 'md', exts: ['md'], mime: 'text/markdown; charset=utf-8', label: 'Markdown', binary: false, printed: false },
  { id: 'csv', exts: ['csv'], mime: 'text/csv; charset=utf-8', label: 'CSV', binary: false, printed: false },
  { id: 'json', exts: ['json'], mime: 'application/json', label: 'JSON', binary: false, printed: false },
];

export const FORMAT_IDS: readonly ReportFormat[] = FORMATS.map((f) => f.id);

const BY_ID = new Map(FORMATS.map((f) => [f.id, f]));

export function formatSpec(id: ReportFormat): FormatSpec {
  const f = BY_ID.get(id);
  if (!f) throw new Error(`unknown report format: ${String(id)}`);
  return f;
}

/** The format a file name asks for by its extension, or null. */
export function formatForFile(name: string): ReportFormat | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return (ext && FORMATS.find((f) => f.exts.includes(ext))?.id) || null;
}
