// The CSV report, for spreadsheets: one row per fact value and one per statement of each group, in the order of
// the other reports (tagged groups first, conflicts before agreements), with the same localized values and no
// internal ids (they stay in the JSON export). UTF-8 with BOM (so spreadsheets show Chinese and Vietnamese
// correctly), CRLF line ends and RFC 4180 quoting. Cells that a spreadsheet would run as a formula (starting with
// any OWASP trigger: = + - @ tab CR, or their full-width forms that CJK input methods type) get a leading apostrophe.
import type { Comparison } from '../model';
import { buildDigest } from './digest';
import { t, type MessageKey, type ReportLanguage } from './locales';

/** The columns, as report-locale keys for their headers. */
export const CSV_COLUMNS = [
  'csv.row',
  'event.title',
  'csv.group',
  'col.fact',
  'col.status',
  'alignment.engineVerdict',
  'col.outlet',
  'col.language',
  'col.title',
  'csv.statementNumber',
  'col.statement',
  'col.value',
  'alignment.analystVerdict',
  'alignment.note',
  'col.path',
] as const satisfies readonly MessageKey[];
type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | null | undefined>>;

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection list, plus LF and the
 *  full-width = + - @ that some spreadsheets fold to ASCII). */
const FORMULA_TRIGGER = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Neutralizes spreadsheet formulas in untrusted text: every cell starting with a trigger gets a leading `'`,
 *  including `-2+3+cmd|' /C calc'!A0` (a minus followed by a digit is still a formula). */
export function defuseFormula(s: string): string {
  return FORMULA_TRIGGER.test(s) ? `'${s}` : s;
}

/** One RFC 4180 field. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? String(value) : defuseFormula(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderCsv(c: Comparison, L: ReportLanguage = 'en'): string {
  const d = buildDigest(c, L, c.generatedAt);
  const st = (s: string) => t(L, `status.${s}` as MessageKey);
  const rows: Row[] = [];
  for (const sec of d.sections) {
    for (const f of sec.facts)
      for (const g of f.groups)
        for (const s of g.sources)
          rows.push({
            'csv.row': t(L, 'csv.rowFact'),
            'event.title': sec.title,
            'col.fact': f.label,
            'col.status': st(f.status),
            'col.outlet': s.label,
            'col.language': s.languageName,
            'col.title': s.headline,
            'col.statement': g.texts.join(' / '),
            'col.value': g.display,
            'col.path': s.path,
          });
    for (const g of sec.groups) {
      const facts = g.discrepancies.map((x) => x.kindLabel).join(', ');
      for (const s of g.statements) {
        const values = g.discrepancies
          .map((x) => {
            const mine = x.groups.find((vg) => vg.sources.some((src) => src.id === s.source.id));
            return mine ? `${x.kindLabel}: ${mine.display}` : null;
          })
          .filter(Boolean)
          .join('; ');
        rows.push({
          'csv.row': t(L, 'csv.rowStatement'),
          'event.title': sec.title,
          'csv.group': g.number,
          'col.fact': facts,
          'col.status': st(g.status),
          'alignment.engineVerdict': st(g.engineStatus),
          'col.outlet': s.source.label,
          'col.language': s.source.languageName,
          'col.title': s.source.headline,
          'csv.statementNumber': s.position,
          'col.statement': s.text,
          'col.value': values,
          'alignment.analystVerdict': g.tag?.statusLabel,
          'alignment.note': g.tag?.note,
          'col.path': s.source.path,
        });
      }
    }
  }
  const lines = [
    CSV_COLUMNS.map((k) => csvField(t(L, k))).join(','),
    ...rows.map((r) => CSV_COLUMNS.map((col) => csvField(r[col])).join(',')),
  ];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
