// Opening folders: native dialog (Electron) or a path field (browser), the recent list, the demo corpus,
// and drag and drop of folders where the platform gives their paths.
import { useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../api/contract';

export function pathsFromDrop(ev: DragEvent): string[] {
  const out: string[] = [];
  for (const f of Array.from(ev.dataTransfer.files)) {
    const p = window.parallax?.pathForFile?.(f) ?? (f as File & { path?: string }).path;
    if (p) out.push(p);
  }
  if (!out.length) {
    const text = ev.dataTransfer.getData('text/uri-list') || ev.dataTransfer.getData('text/plain');
    for (const line of text.split(/\r?\n/)) {
      const l = line.trim();
      if (l.startsWith('file://')) out.push(decodeURIComponent(new URL(l).pathname));
      else if (l.startsWith('/')) out.push(l);
    }
  }
  return out;
}

export function OpenPanel({
  info,
  recent,
  busy,
  onOpen,
  onPick,
  onClose,
}: {
  info: AppInfo;
  recent: string[];
  busy: boolean;
  onOpen: (paths: string[]) => void;
  onPick: () => void;
  onClose?: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const [dropError, setDropError] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const paths = text
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (paths.length) onOpen(paths);
  };
  return (
    <section
      className={`open-panel${dragging ? ' dragging' : ''}`}
      aria-labelledby="open-title"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const paths = pathsFromDrop(e);
        setDropError(paths.length === 0);
        if (paths.length) onOpen(paths);
      }}
    >
      <h2 id="open-title">{t('open.title')}</h2>
      <p className="muted">{t('open.intro')}</p>
      <div className="open-actions">
        {info.nativeDialogs && (
          <button type="button" className="primary" onClick={onPick} disabled={busy}>
            {t('open.pickFolders')}
          </button>
        )}
        <button
          type="button"
          className={info.nativeDialogs ? '' : 'primary'}
          onClick={() => onOpen([info.demoFolder])}
          disabled={busy}
          data-testid="open-demo"
        >
          {t('open.demo')}
        </button>
        {onClose && (
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      <form onSubmit={submit} className="open-form">
        <label htmlFor="open-paths">{t('open.pathLabel')}</label>
        <textarea
          id="open-paths"
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('open.pathPlaceholder')}
          spellCheck={false}
        />
        <button type="submit" disabled={busy || !text.trim()}>
          {t('open.openPaths')}
        </button>
      </form>
      <p className="drop-hint" aria-live="polite">
        <span aria-hidden="true">⤓</span> {dropError ? t('open.dropNoPaths') : t('open.dropHint')}
      </p>
      {recent.length > 0 && (
        <div className="recent">
          <h3>{t('open.recent')}</h3>
          <ul>
            {recent.map((r) => (
              <li key={r}>
                <button type="button" className="link" onClick={() => onOpen([r])} disabled={busy}>
                  <code>{r}</code>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
