// A source's column header in the side-by-side grid and the fact matrix: outlet, language, publication date.
// Memoized on (source, UI language, t): the grids re-render headers whenever the visible column range moves.
import { memo } from 'react';
import type { SourceInfo } from '../../core/model';
import { formatDate } from '../lib/format';
import { LangMark, type TFunction } from './Status';

export const SourceHead = memo(function SourceHead({ source, lang, t }: { source: SourceInfo; lang: string; t: TFunction }) {
  return (
    <div className="colhead">
      <div className="colhead-outlet" title={source.path}>
        {source.outlet ?? source.path}
      </div>
      <div className="colhead-meta">
        <LangMark tag={source.language} t={t} />
        <span>{formatDate(source.published, lang)}</span>
      </div>
    </div>
  );
});
