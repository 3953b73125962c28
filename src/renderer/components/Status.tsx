// Status marks: always an icon AND a label, never colour alone.
import { useTranslation } from 'react-i18next';
import type { TagStatus } from '../../core/model';
import type { CellStatus, RowStatus } from '../lib/view';

export type AnyStatus = RowStatus | CellStatus | TagStatus;

export const STATUS_ICON: Record<AnyStatus, string> = {
  agreement: '✓',
  partial: '≈',
  conflict: '✕',
  unaligned: '○',
  'not-reported': '–',
  single: '◇',
  'not-same': '≠',
};

export function StatusBadge({ status, compact = false }: { status: AnyStatus; compact?: boolean }) {
  const { t } = useTranslation();
  const label = t(`status.${status}`);
  return (
    <span className={`badge status-${status}${compact ? ' compact' : ''}`} title={label}>
      <span aria-hidden="true" className="badge-icon">
        {STATUS_ICON[status]}
      </span>
      {compact ? <span className="sr-only">{label}</span> : <span>{label}</span>}
    </span>
  );
}

export function LangBadge({ tag }: { tag: string }) {
  const { t } = useTranslation();
  const known = ['en', 'vi', 'zh-Hans', 'zh-Hant', 'und'].includes(tag);
  return (
    <span className="lang-badge" title={known ? t(`languageName.${tag}`) : tag}>
      {tag === 'und' ? '?' : tag}
    </span>
  );
}
