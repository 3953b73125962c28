// Statement text, rendered as React text only (never as HTML), with discrepant facts highlighted and an
// optional normalized (Simplified) line under Traditional text.
import { useTranslation } from 'react-i18next';
import type { Alignment, Claim } from '../../core/model';
import { isTraditional } from '../lib/lang';
import { toSimplified } from '../lib/normalize';
import { highlightClaim } from '../lib/view';

export function ClaimText({ claim, alignment, language, showNormalized }: { claim: Claim; alignment: Alignment | null; language: string; showNormalized: boolean }) {
  const { t } = useTranslation();
  const segs = highlightClaim(claim, alignment);
  return (
    <>
      <span className="claim-text" lang={language}>
        {segs.map((s, i) =>
          s.mark ? (
            <mark key={i} className={`disc disc-${s.mark}`} title={t(`factKind.${s.kind ?? 'wording'}`)}>
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </span>
      {showNormalized && isTraditional(language) && (
        <span className="normalized" lang="zh-Hans">
          <span className="sr-only">{t('side.normalizedLine')}: </span>
          {toSimplified(claim.text)}
        </span>
      )}
    </>
  );
}
