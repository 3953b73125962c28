// The detail panel: the group's statements in full, each discrepancy explained, a character diff, the raw
// original text around a statement (as text), tagging, notes, links and name variants.
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParallaxApi } from '../../api/contract';
import type { Alignment, Claim, RuleTrace, TagStatus } from '../../core/model';
import { eventLabel, eventPlace } from '../../core/event-label';
import { charDiff } from '../lib/diff';
import { formatDate, formatFactValue } from '../lib/format';
import type { ComparisonIndex, Row } from '../lib/view';
import { ClaimText } from './Text';
import { LangBadge, StatusBadge } from './Status';

export const TAG_KEYS: readonly TagStatus[] = ['agreement', 'partial', 'conflict', 'not-same'];
const CONTEXT_CHARS = 400;

function OriginalContext({ api, claim }: { api: ParallaxApi; claim: Claim }) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.call('source:get-text', { sourceId: claim.sourceId }).then(
      (r) => live && setText(r.original),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [api, claim.sourceId]);
  if (error) return <p className="error">{t('detail.originalFailed', { message: error })}</p>;
  if (text === null) return <p className="muted">{t('common.loading')}</p>;
  const { start, end } = claim.origin;
  const ok = start >= 0 && end >= start && end <= text.length;
  const from = ok ? Math.max(0, start - CONTEXT_CHARS) : 0;
  const to = ok ? Math.min(text.length, end + CONTEXT_CHARS) : Math.min(text.length, 2 * CONTEXT_CHARS);
  return (
    <pre className="original" data-testid="original-context" tabIndex={0} aria-label={t('detail.original')}>
      {from > 0 && '…'}
      {ok ? text.slice(from, start) : text.slice(from, to)}
      {ok && <mark className="origin-mark">{text.slice(start, end)}</mark>}
      {ok && text.slice(end, to)}
      {to < text.length && '…'}
    </pre>
  );
}

/** The words for a rule code: its own, else its family's with the code shown, else the code itself. */
function useRuleText(): (code: string) => string {
  const { t, i18n } = useTranslation();
  // rule codes contain ':', which i18next would read as a namespace separator
  const opts = { nsSeparator: false } as const;
  return (code) => {
    if (i18n.exists(`why.rule.${code}`, opts)) return t(`why.rule.${code}`, opts);
    const family = code.split(':')[0];
    if (i18n.exists(`why.rule.${family}`, opts)) return t('why.unknownRule', { family: t(`why.rule.${family}`, opts), code });
    return code;
  };
}

/**
 * "Why": how the engine formed this group and decided its verdict (Alignment.explain): what brought the statements
 * together, the pair scores, and the rules in the order applied. Groups analysed before explanations were
 * recorded say so.
 */
export function WhySection({ alignment, outlet }: { alignment: Alignment; outlet: (claimId: string) => string }) {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  const x = alignment.explain;
  const detail = (r: RuleTrace) =>
    r.detail
      ? Object.entries(r.detail)
          .map(([k, v]) => `${k}=${k === 'kind' && typeof v === 'string' ? t(`factKind.${v}`) : String(v)}`)
          .join(', ')
      : '';
  return (
    <section aria-labelledby="why-title" data-testid="why">
      <h3 id="why-title">{t('why.title')}</h3>
      {!x ? (
        <p className="muted small">{t('why.none')}</p>
      ) : (
        <>
          <p>
            {t('why.formedBy', { how: t(`why.formed.${x.formedBy}`) })}
            {x.slot && <span className="muted small"> · {t('why.slot', { slot: x.slot })}</span>}
          </p>
          {x.pairs.length > 0 && (
            <>
              <h4>{t('why.pairs')}</h4>
              <ul className="why-pairs">
                {x.pairs.map((p, i) => (
                  <li key={i}>
                    {outlet(p.a)} ↔ {outlet(p.b)}: <strong>{p.score}</strong>
                    {p.signals && Object.keys(p.signals).length > 0 && (
                      <span className="muted small">
                        {' '}
                        ({Object.entries(p.signals)
                          .map(([k, v]) => `${k} ${Math.round(v * 1000) / 1000}`)
                          .join(', ')})
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h4>{t('why.rules')}</h4>
          <ol className="why-rules">
            {x.rules.map((r, i) => (
              <li key={i} data-code={r.code}>
                {ruleText(r.code)}
                {r.detail && <span className="muted small"> [{detail(r)}]</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

export function DetailPanel({
  api,
  ix,
  row,
  showNormalized,
  noteRef,
  busy,
  pendingLink,
  onTag,
  onStartLink,
  onCompleteLink,
  onCancelLink,
  onMerge,
  onUnlink,
  onTeach,
}: {
  api: ParallaxApi;
  ix: ComparisonIndex;
  row: Row | null;
  showNormalized: boolean;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  busy: boolean;
  pendingLink: string | null;
  onTag: (alignmentId: string, status: TagStatus | null, note: string) => void;
  onStartLink: (claimId: string) => void;
  onCompleteLink: (claimId: string) => void;
  onCancelLink: () => void;
  onMerge: (claimIds: string[]) => void;
  onUnlink: (alignmentId: string) => void;
  onTeach: (canonical: string, variants: string[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const tag = row?.alignment?.tag ?? null;
  const savedNote = tag?.note ?? '';
  // the panel is keyed by row id (state resets per row); follow the saved note when it changes (undo/redo)
  const [note, setNote] = useState(savedNote);
  const [syncedNote, setSyncedNote] = useState(savedNote);
  if (syncedNote !== savedNote) {
    setSyncedNote(savedNote);
    setNote(savedNote);
  }
  const [contextFor, setContextFor] = useState<string | null>(null);
  const [pair, setPair] = useState<[number, number]>([0, 1]);
  const [canonical, setCanonical] = useState('');
  const [variants, setVariants] = useState('');

  if (!row)
    return (
      <aside className="detail empty-detail" data-testid="detail">
        {t('detail.nothingSelected')}
      </aside>
    );
  const a = row.alignment;
  const ev = row.eventId ? ix.eventById.get(row.eventId) : undefined;
  const claims = [...row.claims].sort(
    (x, y) => ix.sources.indexOf(ix.sourceById.get(x.sourceId)!) - ix.sources.indexOf(ix.sourceById.get(y.sourceId)!),
  );
  const outlet = (claimId: string) => {
    const cl = ix.claimById.get(claimId);
    const s = cl && ix.sourceById.get(cl.sourceId);
    return s ? (s.outlet ?? s.path) : claimId;
  };
  const pendingClaim = pendingLink ? ix.claimById.get(pendingLink) : undefined;
  const [ia, ib] = pair;
  const showDiff = claims.length >= 2 && claims[ia] && claims[ib] && ia !== ib;

  return (
    <aside className="detail" aria-labelledby="detail-title" data-testid="detail">
      <header className="detail-head">
        <h2 id="detail-title">{a ? t('detail.group') : t('detail.unaligned')}</h2>
        <StatusBadge status={row.status} />
        {ev && (
          <span className="muted small">
            {ev.date ? [eventPlace(ev, i18n.language), formatDate(ev.date, i18n.language)].filter(Boolean).join(' · ') : eventLabel(ev, i18n.language)}
          </span>
        )}
      </header>

      {pendingClaim && (
        <div className="link-banner" role="status">
          <span>{t('link.pending', { outlet: outlet(pendingClaim.id) })}</span>
          {(() => {
            // merge: the pending statement's group and this one become one manual group
            const fromRow = ix.rowById.get(ix.rowIdByClaim.get(pendingClaim.id) ?? '');
            if (!fromRow || fromRow.id === row.id) return null;
            const ids = Array.from(new Set([...fromRow.claims.map((c) => c.id), ...row.claims.map((c) => c.id)]));
            if (ids.length <= 2 || ids.length > 50) return null;
            return (
              <button type="button" className="link" onClick={() => onMerge(ids)} disabled={busy} data-testid="merge-groups">
                {t('link.merge', { count: ids.length })}
              </button>
            );
          })()}
          <button type="button" className="link" onClick={onCancelLink}>
            {t('common.cancel')}
          </button>
        </div>
      )}

      {a ? (
        <section className="tagging" aria-labelledby="tag-title">
          <h3 id="tag-title">{t('tag.title')}</h3>
          <div className="tag-buttons" role="group" aria-label={t('tag.title')}>
            {TAG_KEYS.map((s, i) => (
              <button
                key={s}
                type="button"
                className={`tag-btn status-${s}`}
                aria-pressed={tag?.status === s}
                disabled={busy}
                onClick={() => onTag(a.id, tag?.status === s ? null : s, note)}
                data-testid={`tag-${s}`}
              >
                <StatusBadge status={s} />
                <kbd>{i + 1}</kbd>
              </button>
            ))}
          </div>
          <label htmlFor="note" className="note-label">
            {t('tag.note')} <kbd>n</kbd>
          </label>
          <textarea
            id="note"
            ref={noteRef}
            value={note}
            rows={3}
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onTag(a.id, tag?.status ?? null, note);
              if (e.key === 'Escape') (e.target as HTMLTextAreaElement).blur();
            }}
            data-testid="note"
          />
          <div className="row-actions">
            <button
              type="button"
              onClick={() => onTag(a.id, tag?.status ?? null, note)}
              disabled={busy || note === savedNote}
              data-testid="save-note"
            >
              {t('tag.saveNote')}
            </button>
            {tag?.updatedAt && (
              <span className="muted small">{t('tag.updated', { date: new Date(tag.updatedAt).toLocaleString(i18n.language) })}</span>
            )}
            {a.manual && (
              <button type="button" className="link" onClick={() => onUnlink(a.id)} disabled={busy}>
                {t('link.remove')}
              </button>
            )}
          </div>
          {!a.manual && <p className="muted small">{t('link.splitHint')}</p>}
        </section>
      ) : (
        <p className="muted small">{t('tag.unalignedHint')}</p>
      )}

      <section aria-labelledby="stmts-title">
        <h3 id="stmts-title">{t('detail.statements', { count: claims.length })}</h3>
        <ol className="statements">
          {claims.map((cl) => {
            const s = ix.sourceById.get(cl.sourceId);
            return (
              <li key={cl.id} className="statement">
                <div className="statement-head">
                  <strong>{s?.outlet ?? s?.path}</strong> {s && <LangBadge tag={s.language} />}{' '}
                  <span className="muted small">{formatDate(s?.published, i18n.language)}</span>
                </div>
                <p>
                  <ClaimText claim={cl} alignment={a} language={s?.language ?? 'und'} showNormalized={showNormalized} />
                </p>
                {cl.facts.length > 0 && (
                  <ul className="facts">
                    {cl.facts.map((f, i) => {
                      const norm = formatFactValue(f.kind, f.value, i18n.language);
                      return (
                        <li key={i}>
                          <span className="fact-kind">{t(`factKind.${f.kind}`)}</span> <span lang={s?.language}>{f.text}</span>
                          {norm && norm !== f.text && <span className="muted"> → {norm}</span>}
                        </li>
                      );
                    })}
                  </ul>
                )}
                <div className="row-actions">
                  <button
                    type="button"
                    className="link"
                    onClick={() => setContextFor(contextFor === cl.id ? null : cl.id)}
                    aria-expanded={contextFor === cl.id}
                  >
                    {contextFor === cl.id ? t('detail.hideOriginal') : t('detail.showOriginal')}
                  </button>
                  {pendingLink && pendingLink !== cl.id ? (
                    <button
                      type="button"
                      className="link"
                      onClick={() => onCompleteLink(cl.id)}
                      disabled={busy}
                      data-testid="link-complete"
                    >
                      {t('link.complete')}
                    </button>
                  ) : (
                    !pendingLink && (
                      <button type="button" className="link" onClick={() => onStartLink(cl.id)} data-testid="link-start">
                        {t('link.start')}
                      </button>
                    )
                  )}
                </div>
                {contextFor === cl.id && <OriginalContext api={api} claim={cl} />}
              </li>
            );
          })}
        </ol>
      </section>

      {a && a.discrepancies.length > 0 && (
        <section aria-labelledby="disc-title">
          <h3 id="disc-title">{t('detail.discrepancies')}</h3>
          <ul className="discrepancies">
            {a.discrepancies.map((d, i) => (
              <li key={i}>
                <strong>{t(`factKind.${d.kind}`)}</strong>: {t('detail.sourcesDiffer')}
                <ul>
                  {d.values.map((v, j) => {
                    const norm = d.kind !== 'wording' ? formatFactValue(d.kind, v.value, i18n.language) : null;
                    return (
                      <li key={j}>
                        {t('detail.says', { outlet: outlet(v.claimId) })} <q>{v.text}</q>
                        {norm && norm !== v.text && <span className="muted"> → {norm}</span>}
                        {v.qualifier && v.qualifier !== 'exact' && <span className="muted small"> ({t(`qualifier.${v.qualifier}`)})</span>}
                      </li>
                    );
                  })}
                </ul>
                {d.note && <p className="muted small">{d.note}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {a && <WhySection alignment={a} outlet={outlet} />}

      {showDiff && (
        <section aria-labelledby="diff-title">
          <h3 id="diff-title">{t('detail.diff')}</h3>
          <div className="diff-pick">
            <select value={ia} onChange={(e) => setPair([Number(e.target.value), ib])} aria-label={t('detail.diffFrom')}>
              {claims.map((cl, i) => (
                <option key={cl.id} value={i}>
                  {outlet(cl.id)}
                </option>
              ))}
            </select>
            <span aria-hidden="true">→</span>
            <select value={ib} onChange={(e) => setPair([ia, Number(e.target.value)])} aria-label={t('detail.diffTo')}>
              {claims.map((cl, i) => (
                <option key={cl.id} value={i}>
                  {outlet(cl.id)}
                </option>
              ))}
            </select>
          </div>
          <p className="diff" data-testid="diff" lang="zh-Hans">
            {charDiff(claims[ia].text, claims[ib].text).map((p, i) =>
              p.kind === 'same' ? (
                <span key={i}>{p.text}</span>
              ) : p.kind === 'added' ? (
                <ins key={i}>{p.text}</ins>
              ) : (
                <del key={i}>{p.text}</del>
              ),
            )}
          </p>
          <p className="muted small">{t('detail.diffLegend')}</p>
        </section>
      )}

      <section aria-labelledby="teach-title">
        <h3 id="teach-title">{t('names.title')}</h3>
        <form
          className="teach"
          onSubmit={(e) => {
            e.preventDefault();
            const vs = variants
              .split(/[,，、\n]/)
              .map((s) => s.trim())
              .filter(Boolean);
            if (canonical.trim() && vs.length) {
              onTeach(canonical.trim(), vs);
              setCanonical('');
              setVariants('');
            }
          }}
        >
          <label>
            {t('names.canonical')}
            <input value={canonical} onChange={(e) => setCanonical(e.target.value)} />
          </label>
          <label>
            {t('names.variants')}
            <input value={variants} onChange={(e) => setVariants(e.target.value)} placeholder={t('names.variantsHint')} />
          </label>
          <button type="submit" disabled={busy || !canonical.trim() || !variants.trim()}>
            {t('names.teach')}
          </button>
        </form>
      </section>
    </aside>
  );
}
