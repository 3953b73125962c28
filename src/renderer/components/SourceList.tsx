// The opened sources: language badge, outlet, date and diagnostics (icon + text).
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic, SourceInfo } from '../../core/model';
import { formatDate } from '../lib/format';
import { LangBadge } from './Status';

const LEVEL_ICON: Record<Diagnostic['level'], string> = { info: 'ℹ', warning: '⚠', error: '✖' };

export function DiagnosticList({ items }: { items: { level: Diagnostic['level']; code: string; message: string }[] }) {
  const { t } = useTranslation();
  if (!items.length) return <span className="muted small">{t('sources.noDiagnostics')}</span>;
  return (
    <ul className="diagnostics">
      {items.map((d, i) => (
        <li key={i} className={`diag diag-${d.level}`}>
          <span aria-hidden="true">{LEVEL_ICON[d.level]}</span> <span className="diag-level">{t(`diagLevel.${d.level}`)}</span>{' '}
          <code className="diag-code">{d.code}</code> <span>{d.message}</span>
        </li>
      ))}
    </ul>
  );
}

function OutletCell({ source, onSetOutlet }: { source: SourceInfo; onSetOutlet?: (path: string, outlet: string) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(source.outlet ?? '');
  if (editing && onSetOutlet)
    return (
      <form
        className="outlet-edit"
        onSubmit={(e) => {
          e.preventDefault();
          onSetOutlet(source.path, value.trim());
          setEditing(false);
        }}
      >
        <input value={value} onChange={(e) => setValue(e.target.value)} aria-label={t('outlet.label', { path: source.path })} autoFocus />
        <button type="submit">{t('outlet.save')}</button>
        <button type="button" className="link" onClick={() => setEditing(false)}>
          {t('common.cancel')}
        </button>
      </form>
    );
  return (
    <>
      {source.outlet ?? <span className="muted">{t('sources.unknownOutlet')}</span>}
      {onSetOutlet && (
        <button
          type="button"
          className="link edit-outlet"
          onClick={() => setEditing(true)}
          aria-label={t('outlet.edit')}
          title={t('outlet.edit')}
        >
          ✎
        </button>
      )}
    </>
  );
}

export const SourceList = memo(function SourceList({
  sources,
  onSetOutlet,
}: {
  sources: SourceInfo[];
  onSetOutlet?: (path: string, outlet: string) => void;
}) {
  const { t, i18n } = useTranslation();
  if (!sources.length) return <p className="empty">{t('sources.none')}</p>;
  return (
    <div className="table-wrap">
      <table className="sources" data-testid="source-list">
        <caption className="sr-only">{t('sources.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sources.language')}</th>
            <th scope="col">{t('sources.outlet')}</th>
            <th scope="col">{t('sources.titleCol')}</th>
            <th scope="col">{t('sources.date')}</th>
            <th scope="col">{t('sources.file')}</th>
            <th scope="col">{t('sources.diagnostics')}</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.id} data-testid="source-row">
              <td>
                <LangBadge tag={s.language} />
              </td>
              <td className="outlet">
                <OutletCell source={s} onSetOutlet={onSetOutlet} />
              </td>
              <td lang={s.language}>{s.title ?? ''}</td>
              <td>
                {s.published ? (
                  <time dateTime={s.published}>{formatDate(s.published, i18n.language)}</time>
                ) : (
                  <span className="muted">{t('sources.noDate')}</span>
                )}
              </td>
              <td>
                <code className="path">{s.path}</code>
                <div className="muted small">{[s.format, s.encoding].filter(Boolean).join(' · ')}</div>
              </td>
              <td>
                <DiagnosticList items={s.diagnostics} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
