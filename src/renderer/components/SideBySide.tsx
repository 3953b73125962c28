// The side-by-side view: one column per source, one row per alignment group (or unaligned statement).
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventInfo, SourceInfo } from '../../core/model';
import type { ComparisonIndex, Row } from '../lib/view';
import { formatDate } from '../lib/format';
import { ClaimText } from './Text';
import { LangBadge, StatusBadge } from './Status';
import { VirtualGrid } from './VirtualGrid';

// memoized cells and labels: scrolling re-renders the grid, unchanged cells are skipped
const SideCell = memo(function SideCell({ row, source, showNormalized }: { row: Row; source: SourceInfo; showNormalized: boolean }) {
  const { t } = useTranslation();
  const claims = row.bySource.get(source.id);
  if (!claims) return <span className="absent" aria-label={t('side.absent')} />;
  return claims.map((cl) => (
    <p key={cl.id} className={row.alignment ? 'cell-claim' : 'cell-claim unaligned'}>
      <ClaimText claim={cl} alignment={row.alignment} language={source.language} showNormalized={showNormalized} />
    </p>
  ));
});

const RowLabel = memo(function RowLabel({ row, ev }: { row: Row; ev: EventInfo | undefined }) {
  const { t } = useTranslation();
  const tag = row.alignment?.tag;
  return (
    <div className={`rowlabel${row.alignment ? '' : ' rowlabel-unaligned'}`}>
      <StatusBadge status={row.status} />
      {tag?.status && (
        <span className="tagmark" data-testid="row-tag">
          <StatusBadge status={tag.status} compact />
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
  const sources = ix.sources;
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
      rowKey={(i) => rows[i].id}
      selectedRow={selected}
      onSelectRow={onSelect}
      renderCorner={() => <span className="muted">{t('side.group')}</span>}
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
        // the event is named where its run of rows starts
        const ev = row.eventId && (r === 0 || rows[r - 1].eventId !== row.eventId) ? ix.eventById.get(row.eventId) : undefined;
        return <RowLabel row={row} ev={ev} />;
      }}
      renderCell={(r, c) => <SideCell row={rows[r]} source={sources[c]} showNormalized={showNormalized} />}
    />
  );
}
