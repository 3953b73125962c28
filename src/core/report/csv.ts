// The CSV report: one row per fact cell and one per aligned statement pair. UTF-8 with BOM (so spreadsheets
// show Chinese and Vietnamese correctly), CRLF line ends and RFC 4180 quoting. Cells that a spreadsheet would
// run as a formula (starting with any OWASP trigger: = + - @ tab CR, or their full-width forms that CJK input
// methods type) get a leading apostrophe; numbers written as numbers (scores, offsets) are left as they are.
import type { Claim, Comparison } from '../model';
import { effectiveStatus } from './scope';
import { formatValue } from './text';
import { buildView } from './view';

export const CSV_COLUMNS = [
  'row_type',
  'event_id',
  'event_label',
  'item_id',
  'kind',
  'label',
  'status',
  'engine_status',
  'score',
  'source_id',
  'source_path',
  'outlet',
  'language',
  'claim_id',
  'text',
  'value',
  'qualifier',
  'origin_start',
  'origin_end',
  'other_source_id',
  'other_source_path',
  'other_outlet',
  'other_language',
  'other_claim_id',
  'other_text',
  'other_origin_start',
  'other_origin_end',
  'discrepancies',
  'analyst_status',
  'analyst_note',
  'analyst_updated_at',
] as const;
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

export function renderCsv(c: Comparison): string {
  const v = buildView(c);
  const eventLabel = new Map(c.events.map((e) => [e.id, e.label]));
  const rows: Row[] = [];
  for (const r of c.factTable) {
    for (const [sourceId, cells] of Object.entries(r.cells)) {
      const s = v.source(sourceId);
      for (const cell of cells) {
        const cl = v.claim(cell.claimId);
        rows.push({
          row_type: 'fact',
          event_id: r.eventId,
          event_label: eventLabel.get(r.eventId) ?? '',
          item_id: r.key,
          kind: r.kind,
          label: r.label,
          status: r.status,
          source_id: sourceId,
          source_path: s?.path,
          outlet: s?.outlet,
          language: s?.language,
          claim_id: cell.claimId,
          text: cell.text,
          value: formatValue(cell.value, cell.qualifier),
          qualifier: cell.qualifier,
          origin_start: cl?.origin.start,
          origin_end: cl?.origin.end,
        });
      }
    }
  }
  for (const a of c.alignments) {
    const members = a.claimIds.map((id) => v.claim(id)).filter((cl): cl is Claim => !!cl);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const x = members[i];
        const y = members[j];
        if (x.sourceId === y.sourceId) continue;
        const sx = v.source(x.sourceId);
        const sy = v.source(y.sourceId);
        const relevant = a.discrepancies.filter(
          (d) => d.values.some((dv) => dv.claimId === x.id) && d.values.some((dv) => dv.claimId === y.id),
        );
        const discrepancies = relevant
          .map((d) => {
            const vx = d.values.find((dv) => dv.claimId === x.id)!;
            const vy = d.values.find((dv) => dv.claimId === y.id)!;
            return `${d.kind}: ${vx.text} ≠ ${vy.text}`;
          })
          .join('; ');
        rows.push({
          row_type: 'pair',
          event_id: a.eventId,
          event_label: a.eventId ? (eventLabel.get(a.eventId) ?? '') : '',
          item_id: a.id,
          status: effectiveStatus(a),
          engine_status: a.status,
          score: Math.round(a.score * 1000) / 1000,
          source_id: x.sourceId,
          source_path: sx?.path,
          outlet: sx?.outlet,
          language: sx?.language,
          claim_id: x.id,
          text: x.text,
          origin_start: x.origin.start,
          origin_end: x.origin.end,
          other_source_id: y.sourceId,
          other_source_path: sy?.path,
          other_outlet: sy?.outlet,
          other_language: sy?.language,
          other_claim_id: y.id,
          other_text: y.text,
          other_origin_start: y.origin.start,
          other_origin_end: y.origin.end,
          discrepancies,
          analyst_status: a.tag?.status,
          analyst_note: a.tag?.note,
          analyst_updated_at: a.tag?.updatedAt,
        });
      }
    }
  }
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((col) => csvField(r[col])).join(','))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
