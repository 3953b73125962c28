// The fact matrix: rows are (event · fact), columns are sources; each cell shows the value as written and
// normalized, marked agreement / partial / conflict / not reported.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactRow, SourceInfo } from '../../core/model';
import { formatDate, formatFactValue } from '../lib/format';
import { factCellStatus, type ComparisonIndex } from '../lib/view';
import { LangBadge, StatusBadge } from './Status';
import { VirtualGrid } from './VirtualGrid';

// memoized: scrolling re-renders the grid, unchanged cells are skipped
const FactCell = memo(function FactCell({
  row,
  source,
  onOpenClaim,
}: {
  row: FactRow;
  source: SourceInfo;
  onOpenClaim: (claimId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const entries = row.cells[source.id] ?? [];
  const st = factCellStatus(row, source.id);
  return (
    <div className={`fact-cell fc-${st}`}>
      <StatusBadge status={st} compact={st === 'not-reported'} />
      {entries.map((e, i) => {
        const norm = formatFactValue(row.kind, e.value, i18n.language);
        return (
          <button
            key={i}
            type="button"
            className="fact-value"
            onClick={(ev) => {
              ev.stopPropagation();
              onOpenClaim(e.claimId);
            }}
            title={t('matrix.openStatement')}
          >
            <span lang={source.language}>{e.text}</span>
            {norm && norm !== e.text && <span className="normalized">{norm}</span>}
            {e.qualifier && e.qualifier !== 'exact' && <span className="muted small">{t(`qualifier.${e.qualifier}`)}</span>}
          </button>
        );
      })}
    </div>
  );
});

export function FactMatrix({
  ix,
  rows,
  selected,
  onSelect,
  onOpenClaim,
}: {
  ix: ComparisonIndex;
  rows: FactRow[];
  selected: number;
  onSelect: (i: number) => void;
  onOpenClaim: (claimId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const sources = ix.sources;
  if (!rows.length) return <p className="empty">{ix.comparison.factTable.length ? t('side.noMatch') : t('matrix.empty')}</p>;
  return (
    <VirtualGrid
      testId="fact-matrix"
      ariaLabel={t('views.matrix')}
      rowCount={rows.length}
      colCount={sources.length}
      colWidth={190}
      labelWidth={230}
      estimateRowHeight={72}
      rowKey={(i) => `${rows[i].eventId}|${rows[i].key}`}
      selectedRow={selected}
      onSelectRow={onSelect}
      renderCorner={() => <span className="muted">{t('matrix.fact')}</span>}
      renderHeader={(c) => {
        const s = sources[c];
        return (
          <div className="colhead">
            <div className="colhead-outlet" title={s.path}>
              {s.outlet ?? s.path}
            </div>
            <div className="colhead-meta">
              <LangBadge tag={s.language} />
              <span>{formatDate(s.published, i18n.language)}</span>
            </div>
          </div>
        );
      }}
      renderLabel={(r) => {
        const row = rows[r];
        const ev = ix.eventById.get(row.eventId);
        return (
          <div className="rowlabel">
            <span className="fact-label">
              {ev ? `${ev.label} · ` : ''}
              {row.label}
            </span>
            <span className="muted small">{t(`factKind.${row.kind}`)}</span>
            <StatusBadge status={row.status === 'single' ? 'single' : row.status} />
          </div>
        );
      }}
      renderCell={(r, c) => <FactCell row={rows[r]} source={sources[c]} onOpenClaim={onOpenClaim} />}
    />
  );
}
