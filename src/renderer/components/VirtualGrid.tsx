// A grid virtualized in both directions (@tanstack/react-virtual): only the visible rows and columns are
// rendered, so 200 sources × 5,000 groups scroll smoothly. Row heights are measured; columns are fixed.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface VirtualGridProps {
  rowCount: number;
  colCount: number;
  /** minimum column width; columns widen to fill the view when there are few sources */
  colWidth: number;
  labelWidth: number;
  estimateRowHeight: number;
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
  const rows = useVirtualizer({
    count: p.rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => p.estimateRowHeight,
    overscan: 6,
    getItemKey: p.rowKey,
  });
  const cols = useVirtualizer({
    horizontal: true,
    count: p.colCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => colWidth,
    overscan: 2,
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
  const before = vCols[0]?.start ?? 0;
  const after = cols.getTotalSize() - (vCols[vCols.length - 1]?.end ?? 0);
  const width = p.labelWidth + cols.getTotalSize();

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
      <div className="vgrid-inner" style={{ width, height: rows.getTotalSize() + 56 }}>
        <div className="vgrid-header" role="row" style={{ width }}>
          <div className="vgrid-corner" role="columnheader" style={{ width: p.labelWidth }}>
            {p.renderCorner()}
          </div>
          <div style={{ width: before, flex: 'none' }} />
          {vCols.map((c) => (
            <div key={c.key} className="vgrid-colhead" role="columnheader" aria-colindex={c.index + 2} style={{ width: colWidth }}>
              {p.renderHeader(c.index)}
            </div>
          ))}
          <div style={{ width: after, flex: 'none' }} />
        </div>
        {rows.getVirtualItems().map((r) => (
          <div
            key={r.key}
            ref={rows.measureElement}
            data-index={r.index}
            data-row-index={r.index}
            className={`vgrid-row${r.index === p.selectedRow ? ' selected' : ''}`}
            role="row"
            aria-rowindex={r.index + 2}
            aria-selected={r.index === p.selectedRow}
            tabIndex={r.index === p.selectedRow || (p.selectedRow < 0 && r.index === 0) ? 0 : -1}
            style={{ width, transform: `translateY(${r.start + 56}px)` }}
            onClick={() => p.onSelectRow(r.index)}
          >
            <div className="vgrid-label" role="rowheader" style={{ width: p.labelWidth }}>
              {p.renderLabel(r.index)}
            </div>
            <div style={{ width: before, flex: 'none' }} />
            {vCols.map((c) => (
              <div key={c.key} className="vgrid-cell" role="gridcell" aria-colindex={c.index + 2} style={{ width: colWidth }}>
                {p.renderCell(r.index, c.index)}
              </div>
            ))}
            <div style={{ width: after, flex: 'none' }} />
          </div>
        ))}
      </div>
    </div>
  );
}
