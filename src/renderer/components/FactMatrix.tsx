// The fact matrix: rows are (event · fact), columns are sources; each cell shows the value as written and
// normalized, marked agreement / partial / conflict / not reported.
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventInfo, FactRow, SourceInfo } from '../../core/model';
import { formatFactValue } from '../lib/format';
import { factCellStatus, type ComparisonIndex } from '../lib/view';
import { SourceHead } from './SourceHead';
import { StatusMark, type TFunction } from './Status';
import { VirtualGrid } from './VirtualGrid';

// memoized, no hooks inside (t and the UI language are passed down): scrolling mounts and re-renders cells,
// unchanged ones are skipped
const FactCell = memo(function FactCell({
  row,
  source,
  onOpenClaim,
  lang,
  t,
}: {
  row: FactRow;
  source: SourceInfo;
  onOpenClaim: (claimId: string) => void;
  lang: string;
  t: TFunction;
}) {
  const entries = row.cells[source.id] ?? [];
  const st = factCellStatus(row, source.id);
  return (
    <div className={`fact-cell fc-${st}`}>
      <StatusMark status={st} compact={st === 'not-reported'} t={t} />
      {entries.map((e, i) => {
        const norm = formatFactValue(row.kind, e.value, lang);
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

const FactLabel = memo(function FactLabel({ row, ev, t }: { row: FactRow; ev: EventInfo | undefined; t: TFunction }) {
  return (
    <div className="rowlabel">
      <span className="fact-label">
        {ev ? `${ev.label} · ` : ''}
        {row.label}
      </span>
      <span className="muted small">{t(`factKind.${row.kind}`)}</span>
      <StatusMark status={row.status === 'single' ? 'single' : row.status} t={t} />
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
  const lang = i18n.language;
  const sources = ix.sources;
  // stable callbacks: the grid's memoized rows and header re-render only when these change
  const rowKey = useCallback((i: number) => `${rows[i].eventId}|${rows[i].key}`, [rows]);
  const renderCorner = useCallback(() => <span className="muted">{t('matrix.fact')}</span>, [t]);
  const renderHeader = useCallback((c: number) => <SourceHead source={sources[c]} lang={lang} t={t} />, [sources, lang, t]);
  const renderLabel = useCallback((r: number) => <FactLabel row={rows[r]} ev={ix.eventById.get(rows[r].eventId)} t={t} />, [rows, ix, t]);
  const renderCell = useCallback(
    (r: number, c: number) => <FactCell row={rows[r]} source={sources[c]} onOpenClaim={onOpenClaim} lang={lang} t={t} />,
    [rows, sources, onOpenClaim, lang, t],
  );
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
      rowKey={rowKey}
      selectedRow={selected}
      onSelectRow={onSelect}
      renderCorner={renderCorner}
      renderHeader={renderHeader}
      renderLabel={renderLabel}
      renderCell={renderCell}
    />
  );
}
