// A grid virtualized in both directions (@tanstack/react-virtual): only the visible rows and columns are
// rendered, so 200 sources × 5,000 groups scroll smoothly. Row heights are measured; columns are fixed.
//
// Scrolling cost: both virtualizers listen to the same scroll element; with useFlushSync off their updates
// are batched into one asynchronous React render per frame (instead of two synchronous ones inside the
// scroll event). The header and every row are memoized on plain numbers (position, visible column range),
// so a scroll step re-renders only the rows that enter the view, or all rows once when the visible
// column range changes. The render callbacks must therefore be stable while the grid scrolls (the parent
// does not re-render on scroll; when it does, everything re-renders, which is correct).
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

export interface VirtualGridProps {
  rowCount: number;
  colCount: number;
  /** minimum column width; columns widen to fill the view when there are few sources */
  colWidth: number;
  labelWidth: number;
  estimateRowHeight: number;
  /** stable for a given row list (useCallback): a new function makes the grid re-key every row */
  rowKey: (row: number) => string;
  renderCorner: () => ReactNode;
  renderHeader: (col: number) => ReactNode;
  renderLabel: (row: number) => ReactNode;
  renderCell: (row: number, col: number) => ReactNode;
  selectedRow: number;
  onSelectRow: (row: number) => void;
  ariaLabel: string;
  testId?: string;
}

const HEADER_HEIGHT = 56;

interface ColRange {
  /** first and last visible column (last < first: none) */
  colFrom: number;
  colTo: number;
  colWidth: number;
  /** widths of the spacers before and after the visible columns */
  before: number;
  after: number;
  width: number;
  labelWidth: number;
}

const GridHeader = memo(function GridHeader({
  renderCorner,
  renderHeader,
  ...c
}: ColRange & { renderCorner: () => ReactNode; renderHeader: (col: number) => ReactNode }) {
  const heads: ReactNode[] = [];
  for (let i = c.colFrom; i <= c.colTo; i++)
    heads.push(
      <div key={i} className="vgrid-colhead" role="columnheader" aria-colindex={i + 2} style={{ width: c.colWidth }}>
        {renderHeader(i)}
      </div>,
    );
  return (
    <div className="vgrid-header" role="row" style={{ width: c.width }}>
      <div className="vgrid-corner" role="columnheader" style={{ width: c.labelWidth }}>
        {renderCorner()}
      </div>
      <div style={{ width: c.before, flex: 'none' }} />
      {heads}
      <div style={{ width: c.after, flex: 'none' }} />
    </div>
  );
});

const GridRow = memo(function GridRow({
  index,
  start,
  selected,
  tabbable,
  measure,
  onSelectRow,
  renderLabel,
  renderCell,
  ...c
}: ColRange & {
  index: number;
  start: number;
  selected: boolean;
  tabbable: boolean;
  measure: (el: HTMLDivElement | null) => void;
  onSelectRow: (row: number) => void;
  renderLabel: (row: number) => ReactNode;
  renderCell: (row: number, col: number) => ReactNode;
}) {
  const cells: ReactNode[] = [];
  for (let i = c.colFrom; i <= c.colTo; i++)
    cells.push(
      <div key={i} className="vgrid-cell" role="gridcell" aria-colindex={i + 2} style={{ width: c.colWidth }}>
        {renderCell(index, i)}
      </div>,
    );
  return (
    <div
      ref={measure}
      data-index={index}
      data-row-index={index}
      className={`vgrid-row${selected ? ' selected' : ''}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      style={{ width: c.width, transform: `translateY(${start + HEADER_HEIGHT}px)` }}
      onClick={() => onSelectRow(index)}
    >
      <div className="vgrid-label" role="rowheader" style={{ width: c.labelWidth }}>
        {renderLabel(index)}
      </div>
      <div style={{ width: c.before, flex: 'none' }} />
      {cells}
      <div style={{ width: c.after, flex: 'none' }} />
    </div>
  );
});

export function VirtualGrid(p: VirtualGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [viewWidth, setViewWidth] = useState(0);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setViewWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const colWidth = Math.max(p.colWidth, p.colCount > 0 ? Math.floor((viewWidth - p.labelWidth - 2) / p.colCount) : 0);
  const { estimateRowHeight } = p;
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const estimateRow = useCallback(() => estimateRowHeight, [estimateRowHeight]);
  const estimateCol = useCallback(() => colWidth, [colWidth]);
  const rows = useVirtualizer({
    count: p.rowCount,
    getScrollElement,
    estimateSize: estimateRow,
    overscan: 6,
    getItemKey: p.rowKey,
    useFlushSync: false,
  });
  const cols = useVirtualizer({
    horizontal: true,
    count: p.colCount,
    getScrollElement,
    estimateSize: estimateCol,
    overscan: 2,
    useFlushSync: false,
  });
  useEffect(() => {
    cols.measure();
  }, [colWidth, cols]);

  const { selectedRow } = p;
  useEffect(() => {
    if (selectedRow < 0 || selectedRow >= p.rowCount) return;
    rows.scrollToIndex(selectedRow, { align: 'auto' });
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${selectedRow}"]`);
    if (el && scrollRef.current?.contains(document.activeElement)) el.focus({ preventScroll: true });
  }, [selectedRow, p.rowCount, rows]);

  const vCols = cols.getVirtualItems();
  const total = cols.getTotalSize();
  const range: ColRange = {
    colFrom: vCols[0]?.index ?? 0,
    colTo: vCols[vCols.length - 1]?.index ?? -1,
    colWidth,
    before: vCols[0]?.start ?? 0,
    after: total - (vCols[vCols.length - 1]?.end ?? 0),
    width: p.labelWidth + total,
    labelWidth: p.labelWidth,
  };

  return (
    <div
      className="vgrid"
      ref={scrollRef}
      role="grid"
      aria-label={p.ariaLabel}
      aria-rowcount={p.rowCount + 1}
      aria-colcount={p.colCount + 1}
      data-testid={p.testId}
    >
      <div className="vgrid-inner" style={{ width: range.width, height: rows.getTotalSize() + HEADER_HEIGHT }}>
        <GridHeader {...range} renderCorner={p.renderCorner} renderHeader={p.renderHeader} />
        {rows.getVirtualItems().map((r) => (
          <GridRow
            key={r.key}
            {...range}
            index={r.index}
            start={r.start}
            selected={r.index === selectedRow}
            tabbable={r.index === selectedRow || (selectedRow < 0 && r.index === 0)}
            measure={rows.measureElement}
            onSelectRow={p.onSelectRow}
            renderLabel={p.renderLabel}
            renderCell={p.renderCell}
          />
        ))}
      </div>
    </div>
  );
}
