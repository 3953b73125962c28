// What the project needs the analyst to decide: folders its project file names outside the opened folder (read only
// when confirmed), and, when the project file was damaged, the copies it can be restored from.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParallaxApi, ProjectSummary } from '../../api/contract';

export function ProjectOffers({ api, summary, onError }: { api: ParallaxApi; summary: ProjectSummary; onError: (m: string) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const pending = summary.pendingFolders ?? [];
  const copies = summary.restorable ?? [];
  if (!pending.length && !copies.length) return null;
  const run = (p: Promise<unknown>) => {
    setBusy(true);
    p.catch((e: unknown) => onError(e instanceof Error ? e.message : String(e))).finally(() => setBusy(false));
  };
  return (
    <div className="project-offers" role="region" aria-label={t('project.offers.title')}>
      {pending.length > 0 && (
        <div className="offer">
          <p>{t('project.offers.pending', { count: pending.length })}</p>
          <ul>
            {pending.map((f) => (
              <li key={f}>
                <code>{f}</code>
              </li>
            ))}
          </ul>
          <button type="button" disabled={busy} onClick={() => run(api.call('project:confirm-folders', { paths: pending }))}>
            {t('project.offers.readFolders')}
          </button>
        </div>
      )}
      {copies.length > 0 && (
        <div className="offer">
          <p>{t('project.offers.restoreIntro')}</p>
          <ul>
            {copies.map((c) => (
              <li key={c.from}>
                {t(c.kind === 'backup' ? 'project.offers.backup' : 'project.offers.corrupt', {
                  tags: c.tags ?? 0,
                  links: c.links ?? 0,
                  saved: c.savedAt ?? '?',
                })}{' '}
                <button type="button" disabled={busy} onClick={() => run(api.call('project:restore', { from: c.from }))}>
                  {t('project.offers.restore')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
