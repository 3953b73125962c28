// An event's label in the reader's language: the place as the reports in that language write it (when one does),
// with the date the reports agree on. Pure: used by the reports, the CLI and the UI.
import type { EventInfo } from './model';

/** The form of the event's place for a reader of `language` (a BCP 47 tag); null when no report in it names the place. */
export function placeNameFor(e: Pick<EventInfo, 'placeNames'>, language: string): string | null {
  const names = e.placeNames;
  if (!names) return null;
  const want = language.toLowerCase();
  const tags = Object.keys(names);
  const exact = tags.find((t) => t.toLowerCase() === want);
  if (exact) return names[exact];
  // the same language in another script or region (a zh-Hant reader reads the zh-Hans form)
  const primary = want.split('-')[0];
  const same = tags.filter((t) => t.toLowerCase().split('-')[0] === primary).sort();
  return same.length ? names[same[0]] : null;
}

/** `label` with the place in the reader's language where a report in that language names it. */
export function eventLabel(e: Pick<EventInfo, 'label' | 'placeNames' | 'labelDate'>, language: string): string {
  const place = placeNameFor(e, language);
  if (!place) return e.label;
  return [place, e.labelDate ?? null].filter(Boolean).join(' · ');
}

/** The event's place for a reader of `language`: the form written in that language, else the default one; null if none. */
export function eventPlace(e: Pick<EventInfo, 'label' | 'placeNames' | 'labelDate' | 'placeKey'>, language: string): string | null {
  const own = placeNameFor(e, language);
  if (own) return own;
  if (!e.placeKey) return null;
  return e.labelDate && e.label.endsWith(' · ' + e.labelDate) ? e.label.slice(0, -(' · '.length + e.labelDate.length)) : e.label;
}
