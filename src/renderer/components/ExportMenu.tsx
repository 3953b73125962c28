// Export the comparison in any format of the one registry (src/core/report/formats.ts; PDF where a printer is
// available) in the UI language; the file is downloaded from the content the service returns, under the name
// the service suggests (event place, date and scope).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, ExportFormat, ExportScope, ParallaxApi, UiLanguage } from '../../api/contract';
import { FORMATS, formatSpec } from '../../core/report/formats';

function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportMenu({
  api,
  info,
  disabled,
  onError,
}: {
  api: ParallaxApi;
  info: AppInfo;
  disabled: boolean;
  onError: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [format, setFormat] = useState<ExportFormat>('html');
  const [scope, setScope] = useState<ExportScope>('all');
  const [busy, setBusy] = useState(false);
  const formats = FORMATS.filter((f) => !f.printed || info.pdfExport);
  const run = async () => {
    setBusy(true);
    try {
      const r = await api.call('export:write', { format, scope, language: i18n.language as UiLanguage });
      if (r.content !== undefined) {
        const spec = formatSpec(format);
        const data = spec.binary ? Uint8Array.from(atob(r.content), (c) => c.charCodeAt(0)) : r.content;
        download(r.fileName ?? `parallax-${scope}.${spec.exts[0]}`, data, spec.mime);
      }
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export" role="group" aria-label={t('export.title')}>
      <select
        value={format}
        onChange={(e) => setFormat(e.target.value as ExportFormat)}
        aria-label={t('export.format')}
        data-testid="export-format"
      >
        {formats.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </select>
      <select value={scope} onChange={(e) => setScope(e.target.value as ExportScope)} aria-label={t('export.scope')}>
        {(['all', 'conflicts', 'tagged'] as const).map((s) => (
          <option key={s} value={s}>
            {t(`export.scopes.${s}`)}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void run()} disabled={disabled || busy} data-testid="export">
        {t('export.button')}
      </button>
    </div>
  );
}
