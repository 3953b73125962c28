// What a report says, before it is laid out: the summary an editor reads first (what was compared, counts by
// verdict, the key discrepancies with their competing values grouped by who states them), then each event's facts
// and groups in the order an analyst would read them. HTML, Markdown and DOCX lay out the same digest, so the
// three never disagree. Internal ids and keys stay out of everything here that a person reads.
import type { Alignment, Claim, Comparison, Discrepancy, EventInfo, FactKind, FactRow, SourceInfo, TagStatus, Verdict } from '../model';
import { eventLabel } from '../event-label';
import { t, type MessageKey, type ReportLanguage } from './locales';
import { effectiveStatus } from './scope';
import { formatFactValue, formatStamp, valueKey } from './values';

/** How many discrepancies the summary lists before "and N more". A reader takes in about one screen. */
export const SUMMARY_TOP = 8;

/** Fact kinds whose differences are worth an editor's attention in the summary (wording and passing place names are not). */
const KEY_KINDS: ReadonlySet<string> = new Set([
  'duration',
  'date',
  'time',
  'number',
  'money',
  'percent',
  'role',
  'organization',
  'person',
  'quote',
]);

export interface SourceRef {
  id: string;
  /** outlet, or the file name where the outlet is unknown; disambiguated when two sources share it */
  label: string;
  headline: string | null;
  language: string;
  languageName: string;
  published: string;
  path: string;
  url: string | null;
}

export interface StatementRef {
  claimId: string;
  claim: Claim;
  source: SourceRef;
  text: string;
  /** 1-based position of the statement in its report */
  position: number;
}

export interface ValueGroup {
  /** the value in the report language, or the words as written where they say it best */
  display: string;
  /** the words each source used, in their own script */
  texts: string[];
  sources: SourceRef[];
}

export interface DiscrepancyDigest {
  kind: FactKind | 'wording';
  kindLabel: string;
  relation: 'conflict' | 'partial';
  groups: ValueGroup[];
}

export interface GroupDigest {
  alignment: Alignment;
  /** 1-based number in its event section */
  number: number;
  status: TagStatus;
  engineStatus: Verdict;
  eventLabel: string | null;
  statements: StatementRef[];
  /** only differing values, each with the sources that state it */
  discrepancies: DiscrepancyDigest[];
  tag: { status: TagStatus; statusLabel: string; note: string; when: string } | null;
  manual: boolean;
}

export interface FactDigest {
  label: string;
  kindLabel: string;
  status: Verdict | 'single';
  /** equal values merged, each with the sources that state it */
  groups: ValueGroup[];
}

export interface SectionDigest {
  event: EventInfo | null;
  title: string;
  when: string;
  sources: SourceRef[];
  facts: FactDigest[];
  groups: GroupDigest[];
}

export interface ReportDigest {
  L: ReportLanguage;
  generatedAt: string;
  overview: {
    sources: number;
    outlets: string[];
    languages: string[];
    /** first and last publication date among the sources, formatted */
    published: string | null;
    events: { label: string; when: string; sources: number }[];
    statements: number;
    groups: number;
  };
  counts: Record<TagStatus, number>;
  /** the key discrepancies: analyst-tagged first, then conflicts, then partial differences of substance */
  top: GroupDigest[];
  /** how many groups with a difference did not fit into `top` */
  moreDiscrepancies: number;
  sections: SectionDigest[];
  /** groups the analyst tagged "Not the same": left out of the sections, counted here */
  setAside: GroupDigest[];
  sourceList: SourceRef[];
}

function languageName(L: ReportLanguage, tag: string): string {
  if (!tag || tag === 'und') return t(L, 'value.unknownLanguage');
  try {
    return new Intl.DisplayNames([L], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return (parts[parts.length - 1] || path).replace(/#.*$/, '');
}

function sourceRefs(L: ReportLanguage, sources: readonly SourceInfo[]): Map<string, SourceRef> {
  const base = new Map<string, string>();
  for (const s of sources) base.set(s.id, s.outlet?.trim() || baseName(s.path));
  const uses = new Map<string, number>();
  for (const l of base.values()) uses.set(l, (uses.get(l) ?? 0) + 1);
  const out = new Map<string, SourceRef>();
  for (const s of sources) {
    const b = base.get(s.id)!;
    const label = (uses.get(b) ?? 0) > 1 && s.outlet ? `${b} · ${baseName(s.path)}` : b;
    out.set(s.id, {
      id: s.id,
      label,
      headline: s.title,
      language: s.language,
      languageName: languageName(L, s.language),
      published: formatStamp(L, s.published),
      path: s.path,
      url: s.url,
    });
  }
  return out;
}

function eventWhen(L: ReportLanguage, e: EventInfo | null): string {
  return e?.date ? formatStamp(L, e.date) : '';
}

/** The event's label with its date written for the report language ("Istanbul · 27 February 2025"). */
export function eventTitle(L: ReportLanguage, e: EventInfo): string {
  const label = eventLabel(e, L);
  // the date the reports agree on (labelDate: 2025-02-27, or 02-27 without a year), written for the report language
  const stated = e.labelDate ?? e.date;
  if (!stated) return label;
  const when = formatStamp(L, /^\d{2}-\d{2}$/.test(stated) ? `--${stated}` : stated);
  return label.includes(stated) ? label.replace(stated, when) : e.date ? `${label} · ${formatStamp(L, e.date)}` : label;
}

/** `{n} report` / `{n} reports`: the plural form the report language uses for n. */
export function plural(L: ReportLanguage, key: 'summary.reports', n: number): string {
  const one = new Intl.PluralRules(L).select(n) === 'one';
  return t(L, one ? `${key}.one` : key, { n });
}

/** Equal values merged; the order is the order in which sources first state them. */
function groupValues(
  L: ReportLanguage,
  kind: FactKind | 'wording',
  items: {
    claimId: string;
    text: string;
    value?: Discrepancy['values'][number]['value'];
    qualifier?: Discrepancy['values'][number]['qualifier'];
  }[],
  sourceOf: (claimId: string) => SourceRef | undefined,
): ValueGroup[] {
  const groups = new Map<string, ValueGroup>();
  for (const it of items) {
    const key = valueKey(kind, it.text, it.value, it.qualifier);
    let g = groups.get(key);
    if (!g) {
      g = { display: formatFactValue(L, kind, it.value, it.qualifier) ?? it.text, texts: [], sources: [] };
      groups.set(key, g);
    }
    if (!g.texts.includes(it.text)) g.texts.push(it.text);
    const src = sourceOf(it.claimId);
    if (src && !g.sources.some((s) => s.id === src.id)) g.sources.push(src);
  }
  // where no normalized value exists, the words as written are the value: show them all
  for (const g of groups.values()) if (g.texts.length > 1 && g.display === g.texts[0]) g.display = g.texts.join(' / ');
  return [...groups.values()];
}

const STATUS_ORDER: Record<TagStatus, number> = { conflict: 0, partial: 1, agreement: 2, 'not-same': 3 };

/** Reading order: what the analyst tagged first (conflicts, then agreements), then the engine's conflicts, partials, agreements. */
function readingOrder(a: GroupDigest, b: GroupDigest): number {
  const ta = a.tag ? 0 : 1;
  const tb = b.tag ? 0 : 1;
  if (ta !== tb) return ta - tb;
  if (STATUS_ORDER[a.status] !== STATUS_ORDER[b.status]) return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
  return b.statements.length - a.statements.length;
}

export function buildDigest(c: Comparison, L: ReportLanguage, generatedAt: string): ReportDigest {
  const refs = sourceRefs(L, c.sources);
  const claims = new Map<string, Claim>(c.claims.map((cl) => [cl.id, cl]));
  const sourceOfClaim = (id: string) => {
    const cl = claims.get(id);
    return cl ? refs.get(cl.sourceId) : undefined;
  };
  const events = new Map(c.events.map((e) => [e.id, e]));

  const digestGroup = (a: Alignment): GroupDigest => {
    const statements: StatementRef[] = [];
    for (const id of a.claimIds) {
      const cl = claims.get(id);
      const src = cl && refs.get(cl.sourceId);
      if (cl && src) statements.push({ claimId: id, claim: cl, source: src, text: cl.text, position: cl.index + 1 });
    }
    const discrepancies: DiscrepancyDigest[] = [];
    for (const d of a.discrepancies) {
      const groups = groupValues(L, d.kind, d.values, sourceOfClaim);
      // equal values are no discrepancy: only differing values are contrasted
      if (groups.length < 2) continue;
      discrepancies.push({
        kind: d.kind,
        kindLabel: t(L, `kind.${d.kind}` as MessageKey),
        relation: d.relation ?? (a.status === 'conflict' ? 'conflict' : 'partial'),
        groups,
      });
    }
    const ev = a.eventId ? events.get(a.eventId) : undefined;
    return {
      alignment: a,
      number: 0,
      status: effectiveStatus(a),
      engineStatus: a.status,
      eventLabel: ev ? eventTitle(L, ev) : null,
      statements,
      discrepancies,
      tag: a.tag
        ? {
            status: a.tag.status,
            statusLabel: t(L, `status.${a.tag.status}` as MessageKey),
            note: a.tag.note,
            when: formatStamp(L, a.tag.updatedAt),
          }
        : null,
      manual: !!a.manual,
    };
  };

  const all = c.alignments.map(digestGroup);
  const setAside = all.filter((g) => g.status === 'not-same');
  const kept = all.filter((g) => g.status !== 'not-same');

  // sections: one per event (in the comparison's order), then statements attached to no event
  const sections: SectionDigest[] = [];
  const sectionFor = (e: EventInfo | null): SectionDigest => {
    const srcIds = new Set(e?.sourceIds ?? []);
    return {
      event: e,
      title: e ? eventTitle(L, e) : t(L, 'event.unassigned'),
      when: eventWhen(L, e),
      sources: [...srcIds].map((id) => refs.get(id)).filter((s): s is SourceRef => !!s),
      facts: [],
      groups: [],
    };
  };
  const byEvent = new Map<string | null, SectionDigest>();
  for (const e of c.events) {
    const s = sectionFor(e);
    byEvent.set(e.id, s);
    sections.push(s);
  }
  const orphanSection = () => {
    let s = byEvent.get(null);
    if (!s) {
      s = sectionFor(null);
      byEvent.set(null, s);
      sections.push(s);
    }
    return s;
  };
  for (const g of kept) {
    const s = (g.alignment.eventId !== null && byEvent.get(g.alignment.eventId)) || orphanSection();
    s.groups.push(g);
    for (const st of g.statements) if (!s.sources.some((x) => x.id === st.source.id)) s.sources.push(st.source);
  }
  for (const r of c.factTable as FactRow[]) {
    const s = byEvent.get(r.eventId) ?? orphanSection();
    const items = Object.entries(r.cells).flatMap(([, cells]) => cells);
    // the engine labels a row "<kind>" or "<kind> · <who or what>": the kind is written in the report language
    const kindLabel = t(L, `kind.${r.kind}` as MessageKey);
    const label =
      !r.label || r.label.toLowerCase() === r.kind
        ? kindLabel
        : r.label.startsWith(`${r.kind} · `)
          ? `${kindLabel}${r.label.slice(r.kind.length)}`
          : r.label;
    s.facts.push({
      label,
      kindLabel,
      status: r.status,
      groups: groupValues(L, r.kind, items, sourceOfClaim),
    });
  }
  for (const s of sections) {
    s.groups.sort(readingOrder);
    s.groups.forEach((g, i) => (g.number = i + 1));
    s.facts.sort((a, b) => (a.status === b.status ? 0 : a.status === 'conflict' ? -1 : b.status === 'conflict' ? 1 : 0));
  }

  // the key discrepancies
  const substantive = (g: GroupDigest) => g.discrepancies.some((d) => KEY_KINDS.has(d.kind));
  const candidates = kept.filter(
    (g) => (g.tag && g.tag.status !== 'agreement') || g.status === 'conflict' || (g.status === 'partial' && substantive(g)),
  );
  candidates.sort((a, b) => {
    const ra = a.tag ? 0 : 1;
    const rb = b.tag ? 0 : 1;
    if (ra !== rb) return ra - rb;
    if (STATUS_ORDER[a.status] !== STATUS_ORDER[b.status]) return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    const sa = substantive(a) ? 0 : 1;
    const sb = substantive(b) ? 0 : 1;
    if (sa !== sb) return sa - sb;
    return b.statements.length - a.statements.length;
  });
  // in the summary a group shows the differences of substance it was picked for, not every passing place name
  const top = candidates.slice(0, SUMMARY_TOP).map((g) => {
    const key = g.discrepancies.filter((d) => KEY_KINDS.has(d.kind));
    return key.length ? { ...g, discrepancies: key } : g;
  });

  const counts: Record<TagStatus, number> = { agreement: 0, partial: 0, conflict: 0, 'not-same': 0 };
  for (const g of all) counts[g.status]++;
  const stamps = c.sources
    .map((s) => s.published)
    .filter((p): p is string => !!p)
    .sort();
  const first = stamps[0] ? formatStamp(L, stamps[0].slice(0, 10)) : null;
  const last = stamps.length ? formatStamp(L, stamps[stamps.length - 1].slice(0, 10)) : null;
  const sourceList = c.sources.map((s) => refs.get(s.id)!).filter(Boolean);
  return {
    L,
    generatedAt: formatStamp(L, generatedAt),
    overview: {
      sources: c.sources.length,
      outlets: [...new Set(c.sources.map((s) => s.outlet?.trim()).filter((o): o is string => !!o))],
      languages: [...new Set(c.sources.map((s) => languageName(L, s.language)))],
      published: first ? (first === last ? first : `${first} – ${last}`) : null,
      events: c.events.map((e) => ({ label: eventTitle(L, e), when: eventWhen(L, e), sources: e.sourceIds.length })),
      statements: c.claims.length,
      groups: kept.length,
    },
    counts,
    top,
    moreDiscrepancies: candidates.length - top.length,
    sections,
    setAside,
    sourceList,
  };
}

/** "about 6.5 hours — Xinhua · expected 5–6 hours — VOA": the competing values of one discrepancy on one line. */
export function valuesLine(groups: readonly ValueGroup[]): string {
  return groups.map((g) => `${g.display} — ${g.sources.map((s) => s.label).join(', ')}`).join(' · ');
}
