// Status marks: always an icon AND a label, never colour alone.
// The *Mark components take the translation function as a prop (no hook): the virtualized grids mount many of
// them while scrolling, and a useTranslation subscription per cell costs more than the cell itself.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagStatus } from '../../core/model';
import type { CellStatus, RowStatus } from '../lib/view';

/** the translation function of useTranslation(), passed down to hook-free marks and cells */
export type TFunction = ReturnType<typeof useTranslation>['t'];

export type AnyStatus = RowStatus | CellStatus | TagStatus;

export const STATUS_ICON: Record<AnyStatus, string> = {
  agreement: '✓',
  partial: '≈',
  conflict: '✕',
  unaligned: '○',
  majority: '●',
  'not-reported': '–',
  single: '◇',
  'not-same': '≠',
};

export const StatusMark = memo(function StatusMark({ status, compact = false, t }: { status: AnyStatus; compact?: boolean; t: TFunction }) {
  const label = t(`status.${status}`);
  return (
    <span className={`badge status-${status}${compact ? ' compact' : ''}`} title={label}>
      <span aria-hidden="true" className="badge-icon">
        {STATUS_ICON[status]}
      </span>
      {compact ? <span className="sr-only">{label}</span> : <span>{label}</span>}
    </span>
  );
});

export function StatusBadge({ status, compact = false }: { status: AnyStatus; compact?: boolean }) {
  const { t } = useTranslation();
  return <StatusMark status={status} compact={compact} t={t} />;
}

const KNOWN_LANGS = new Set(['en', 'vi', 'zh-Hans', 'zh-Hant', 'und']);

export const LangMark = memo(function LangMark({ tag, t }: { tag: string; t: TFunction }) {
  return (
    <span className="lang-badge" title={KNOWN_LANGS.has(tag) ? t(`languageName.${tag}`) : tag}>
      {tag === 'und' ? '?' : tag}
    </span>
  );
});

export function LangBadge({ tag }: { tag: string }) {
  const { t } = useTranslation();
  return <LangMark tag={tag} t={t} />;
}
