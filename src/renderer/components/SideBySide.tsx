// The side-by-side view: one column per source, one row per alignment group (or unaligned statement).
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventInfo, SourceInfo } from '../../core/model';
import type { ComparisonIndex, Row } from '../lib/view';
import { SourceHead } from './SourceHead';
import { ClaimTextView } from './Text';
import { StatusMark, type TFunction } from './Status';
import { VirtualGrid } from './VirtualGrid';

// memoized cells and labels, no hooks inside (t is passed down): scrolling mounts and re-renders cells,
// unchanged ones are skipped
const SideCell = memo(function SideCell({
  row,
  source,
  showNormalized,
  t,
}: {
  row: Row;
  source: SourceInfo;
  showNormalized: boolean;
  t: TFunction;
}) {
  const claims = row.bySource.get(source.id);
  if (!claims) return <span className="absent" aria-label={t('side.absent')} />;
  return claims.map((cl) => (
    <p key={cl.id} className={row.alignment ? 'cell-claim' : 'cell-claim unaligned'}>
      <ClaimTextView claim={cl} alignment={row.alignment} language={source.language} showNormalized={showNormalized} t={t} />
    </p>
  ));
});

const RowLabel = memo(function RowLabel({ row, ev, t }: { row: Row; ev: EventInfo | undefined; t: TFunction }) {
  const tag = row.alignment?.tag;
  return (
    <div className={`rowlabel${row.alignment ? '' : ' rowlabel-unaligned'}`}>
      <StatusMark status={row.status} t={t} />
      {tag?.status && (
        <span className="tagmark" data-testid="row-tag">
          <StatusMark status={tag.status} compact t={t} />
          <span className="tagmark-text">{t('tag.tagged')}</span>
        </span>
      )}
      {tag?.note && (
        <span className="notemark" title={tag.note} aria-label={t('tag.hasNote')}>
          ✎
        </span>
      )}
      {ev && <span className="rowlabel-event">{ev.label}</span>}
    </div>
  );
});

export function SideBySide({
  ix,
  rows,
  selected,
  onSelect,
  showNormalized,
}: {
  ix: ComparisonIndex;
  rows: Row[];
  selected: number;
  onSelect: (i: number) => void;
  showNormalized: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const sources = ix.sources;
  // stable callbacks: the grid's memoized rows and header re-render only when these change
  const rowKey = useCallback((i: number) => rows[i].id, [rows]);
  const renderCorner = useCallback(() => <span className="muted">{t('side.group')}</span>, [t]);
  const renderHeader = useCallback((c: number) => <SourceHead source={sources[c]} lang={lang} t={t} />, [sources, lang, t]);
  const renderLabel = useCallback(
    (r: number) => {
      const row = rows[r];
      // the event is named where its run of rows starts
      const ev = row.eventId && (r === 0 || rows[r - 1].eventId !== row.eventId) ? ix.eventById.get(row.eventId) : undefined;
      return <RowLabel row={row} ev={ev} t={t} />;
    },
    [rows, ix, t],
  );
  const renderCell = useCallback(
    (r: number, c: number) => <SideCell row={rows[r]} source={sources[c]} showNormalized={showNormalized} t={t} />,
    [rows, sources, showNormalized, t],
  );
  if (!rows.length) return <p className="empty">{ix.rows.length ? t('side.noMatch') : t('side.noGroups')}</p>;
  return (
    <VirtualGrid
      testId="side-by-side"
      ariaLabel={t('views.side')}
      rowCount={rows.length}
      colCount={sources.length}
      colWidth={240}
      labelWidth={150}
      estimateRowHeight={96}
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
