// Events list and a simple timeline of events and dated statements.
import { useTranslation } from 'react-i18next';
import { eventLabel } from '../../core/event-label';
import { formatDate } from '../lib/format';
import { timeline, type ComparisonIndex } from '../lib/view';

export function EventsView({
  ix,
  onPickEvent,
  onOpenClaim,
}: {
  ix: ComparisonIndex;
  onPickEvent: (id: string) => void;
  onOpenClaim: (claimId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const events = ix.comparison.events;
  const tl = timeline(ix);
  return (
    <div className="events-view" data-testid="events-view">
      <section aria-labelledby="events-title">
        <h2 id="events-title">{t('events.title')}</h2>
        {!events.length && <p className="empty">{t('events.none')}</p>}
        <ul className="event-list">
          {events.map((e) => (
            <li key={e.id}>
              <button type="button" className="event-card" onClick={() => onPickEvent(e.id)}>
                <strong>{eventLabel(e, i18n.language)}</strong>
                <span className="muted small">
                  {[e.date ? formatDate(e.date, i18n.language) : t('events.undated'), e.place].filter(Boolean).join(' · ')}
                </span>
                <span className="small">{t('events.sources', { count: e.sourceIds.length })}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('events.timeline')}</h2>
        {!tl.length && <p className="empty">{t('events.noTimeline')}</p>}
        <ol className="timeline">
          {tl.map((slot) => (
            <li key={slot.date ?? 'undated'}>
              <div className="tl-date">{slot.date ? formatDate(slot.date, i18n.language) : t('events.undated')}</div>
              <div className="tl-body">
                {slot.events.map((e) => (
                  <div key={e.id} className="tl-event">
                    <span aria-hidden="true">◆</span> {eventLabel(e, i18n.language)}
                  </div>
                ))}
                {slot.claims.slice(0, 20).map(({ claim }) => {
                  const s = ix.sourceById.get(claim.sourceId);
                  return (
                    <button key={claim.id} type="button" className="tl-claim" onClick={() => onOpenClaim(claim.id)}>
                      <span className="muted small">{s?.outlet ?? s?.path}</span> <span lang={s?.language}>{claim.text}</span>
                    </button>
                  );
                })}
                {slot.claims.length > 20 && <div className="muted small">{t('events.more', { count: slot.claims.length - 20 })}</div>}
              </div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
