// Filters: status, fact kind, source, event, tagged/untagged, and full-text search.
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { eventLabel } from '../../core/event-label';
import type { FactKind } from '../../core/model';
import {
  ROW_STATUSES,
  emptyFilters,
  isFiltering,
  type ComparisonIndex,
  type Filters,
  type RowStatus,
  type TaggedFilter,
} from '../lib/view';
import { STATUS_ICON } from './Status';

export const FACT_KINDS: readonly FactKind[] = [
  'date',
  'time',
  'duration',
  'number',
  'money',
  'percent',
  'person',
  'role',
  'organization',
  'place',
  'quote',
];

export function FilterBar({
  ix,
  filters,
  onChange,
  searchRef,
  shown,
  total,
  children,
}: {
  ix: ComparisonIndex;
  filters: Filters;
  onChange: (f: Filters) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  shown: number;
  total: number;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const toggle = (s: RowStatus) =>
    onChange({ ...filters, statuses: filters.statuses.includes(s) ? filters.statuses.filter((x) => x !== s) : [...filters.statuses, s] });
  return (
    <div className="filters" role="search" aria-label={t('filters.title')}>
      <label className="search">
        <span className="sr-only">{t('filters.search')}</span>
        <input
          ref={searchRef}
          type="search"
          value={filters.query}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(e) => onChange({ ...filters, query: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Escape') (e.target as HTMLInputElement).blur();
          }}
          data-testid="search"
        />
      </label>
      <fieldset className="status-filter">
        <legend className="sr-only">{t('filters.status')}</legend>
        {ROW_STATUSES.map((s) => (
          <label key={s} className={`chip status-${s}${filters.statuses.includes(s) ? ' on' : ''}`}>
            <input type="checkbox" checked={filters.statuses.includes(s)} onChange={() => toggle(s)} />
            <span aria-hidden="true">{STATUS_ICON[s]}</span> {t(`status.${s}`)}
          </label>
        ))}
      </fieldset>
      <label>
        <span className="sr-only">{t('filters.kind')}</span>
        <select value={filters.kind} onChange={(e) => onChange({ ...filters, kind: e.target.value as FactKind | '' })}>
          <option value="">{t('filters.anyKind')}</option>
          {FACT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`factKind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="sr-only">{t('filters.source')}</span>
        <select value={filters.sourceId} onChange={(e) => onChange({ ...filters, sourceId: e.target.value })}>
          <option value="">{t('filters.anySource')}</option>
          {ix.sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.outlet ?? s.path} ({s.language})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="sr-only">{t('filters.event')}</span>
        <select value={filters.eventId} onChange={(e) => onChange({ ...filters, eventId: e.target.value })}>
          <option value="">{t('filters.anyEvent')}</option>
          {ix.comparison.events.map((ev) => (
            <option key={ev.id} value={ev.id}>
              {eventLabel(ev, i18n.language)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="sr-only">{t('filters.tagged')}</span>
        <select value={filters.tagged} onChange={(e) => onChange({ ...filters, tagged: e.target.value as TaggedFilter })}>
          <option value="all">{t('filters.taggedAll')}</option>
          <option value="tagged">{t('filters.taggedOnly')}</option>
          <option value="untagged">{t('filters.untaggedOnly')}</option>
        </select>
      </label>
      <span className="muted small" aria-live="polite">
        {t('filters.count', { shown, total })}
      </span>
      {isFiltering(filters) && (
        <button type="button" className="link" onClick={() => onChange(emptyFilters())}>
          {t('filters.clear')}
        </button>
      )}
      {children}
    </div>
  );
}
