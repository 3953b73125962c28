// Statement text, rendered as React text only (never as HTML), with discrepant facts highlighted and an
// optional normalized (Simplified) line under Traditional text.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alignment, Claim } from '../../core/model';
import { isTraditional } from '../lib/lang';
import { toSimplified } from '../lib/normalize';
import { highlightClaim, type Segment } from '../lib/view';
import type { TFunction } from './Status';

// per-claim caches: scrolling re-renders cells, the conversions need not be redone
const simplified = new WeakMap<Claim, string>();
const segments = new WeakMap<Claim, { alignment: Alignment | null; segs: Segment[] }>();

function simplifiedOf(claim: Claim): string {
  let s = simplified.get(claim);
  if (s === undefined) simplified.set(claim, (s = toSimplified(claim.text)));
  return s;
}
function segmentsOf(claim: Claim, alignment: Alignment | null): Segment[] {
  const c = segments.get(claim);
  if (c && c.alignment === alignment) return c.segs;
  const segs = highlightClaim(claim, alignment);
  segments.set(claim, { alignment, segs });
  return segs;
}

interface ClaimTextProps {
  claim: Claim;
  alignment: Alignment | null;
  language: string;
  showNormalized: boolean;
}

/** Hook-free statement text: the grid cells pass their translation function down. */
export const ClaimTextView = memo(function ClaimTextView({
  claim,
  alignment,
  language,
  showNormalized,
  t,
}: ClaimTextProps & { t: TFunction }) {
  const segs = segmentsOf(claim, alignment);
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
          {simplifiedOf(claim)}
        </span>
      )}
    </>
  );
});

export function ClaimText(props: ClaimTextProps) {
  const { t } = useTranslation();
  return <ClaimTextView {...props} t={t} />;
}
