// Engine entry point: clean documents in, a Comparison out.
// Segment → extract facts → cluster events → align → judge → fact table. Deterministic: the same documents and
// options give the same ids, groups and verdicts (only `generatedAt` changes).
import { findCopies, markCopies } from './copies';
import type { Alignment, Claim, CleanDocument, Comparison, EntityValue, EventInfo, Fact, FactRow, SourceInfo } from '../model';
import { spanToOriginal } from '../offsets';
import { segment } from '../segment';
import { extractFacts, lastAbsoluteDate } from '../facts';
import { gazetteer } from '../facts/gazetteer';
import { toSimplified } from '../lang/chinese';
import { isCountFact, isVenue, leadGroups, slotGroups, similarityGroups, topicGroups, type AlignClaim, type Group, type PairScorer } from './align';
import { assignEvents, datesNear, dayDate, type EventDocInput } from './events';
import { DEFAULT_ALIGN_SETTINGS, DEFAULT_ANALYZE_SETTINGS, resolveSettings, type AnalyzeSettings, type EngineSettings, type SettingsOverride } from './settings';
import { stableId } from './hash';
import { buildAlignments, type GroupContext } from './judge';
import { LASTING_WORDS, mentionsEvent } from './lexicon';
import { langFamily } from '../lang';
import { buildFactTable } from './fact-table';

export const ENGINE_VERSION = '0.2.0';

/** The work limits of one run (fields of the `analyze` settings section, see src/core/engine/settings.ts). */
export type AnalyzeLimits = Pick<AnalyzeSettings, 'maxStatementsPerDocument' | 'maxCandidatesPerStatement' | 'maxAnchorFrequency' | 'anchorsPerStatement' | 'fullScanLimit'>;

/** Cross-language similarity, as the engine uses it. Implemented by src/core/lang (createStatementModel). */
export interface StatementModel<F = unknown> {
  features(text: string, lang: string): F;
  /** learns corpus statistics (document frequencies) from all statements before scoring */
  fit?(all: F[]): void;
  score(a: F, b: F): number;
  anchors(f: F): Iterable<string | number>;
  /** per-signal similarity of two statements (for explanations), when the model can tell */
  explain?(a: F, b: F): Record<string, number>;
}

export interface AnalyzeOptions {
  /** similarity model; without it only fact slots align statements */
  model?: StatementModel;
  /** every threshold and weight: the defaults of src/core/engine/settings.ts with this laid over them */
  settings?: SettingsOverride;
  /** alignment threshold for similarity groups, 0..1 (shorthand for `settings.align.threshold`) */
  threshold?: number;
  /** shorthand for the limit fields of `settings.analyze` */
  limits?: Partial<AnalyzeLimits>;
  /** analyst-taught name variants: every variant is read as the canonical name */
  nameVariants?: { canonical: string; variants: string[] }[];
  /** called with (done, total) as documents are processed */
  onProgress?: (done: number, total: number) => void;
  /** checked between documents; when it returns true analysis stops with AnalysisCancelled */
  isCancelled?: () => boolean;
  /** fixed clock for reproducible output (tests) */
  now?: () => Date;
}

export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'AnalysisCancelled';
  }
}

/** Calibrated on comparable (not translated) reports: true counterparts score 0.14–0.4 and are mutual best matches. */
export const DEFAULT_THRESHOLD = DEFAULT_ALIGN_SETTINGS.threshold;

export function sourceInfo(d: CleanDocument): SourceInfo {
  return {
    id: d.id,
    path: d.path,
    outlet: d.outlet,
    language: d.language,
    title: d.title,
    published: d.published,
    url: d.url,
    format: d.format,
    encoding: d.encoding,
    diagnostics: d.diagnostics,
  };
}

interface Work {
  claim: Claim;
  lang: string;
  eventWord: boolean;
  lasting: boolean;
}

const LASTING_RE = {
  zh: new RegExp(LASTING_WORDS.zh.join('|'), 'u'),
  vi: new RegExp(`(?:^|[^\\p{L}])(?:${LASTING_WORDS.vi.join('|')})(?:$|[^\\p{L}])`, 'iu'),
  en: new RegExp(`\\b(?:${LASTING_WORDS.en.join('|')})\\b`, 'i'),
};

/** Applies analyst-taught name variants: person/place/organization facts whose text is a variant take the canonical key. */
function teachNames(facts: Fact[], variants: Map<string, string>): Fact[] {
  if (!variants.size) return facts;
  return facts.map((f) => {
    if (f.kind !== 'person' && f.kind !== 'place' && f.kind !== 'organization') return f;
    const canon = variants.get(f.text.trim().toLowerCase()) ?? variants.get(toSimplified(f.text.trim()).toLowerCase());
    if (!canon) return f;
    return { ...f, value: { ...((f.value as EntityValue | undefined) ?? {}), key: canon } };
  });
}

/**
 * The settings one run uses: the defaults with `opts.settings` laid over them and the shorthands (`threshold`,
 * `limits`) applied. Callers that build parts of the run themselves (the similarity model) read theirs from here.
 */
export function runSettings(opts: Pick<AnalyzeOptions, 'settings' | 'threshold' | 'limits'> = {}): EngineSettings {
  return resolveSettings({
    ...opts.settings,
    analyze: { ...opts.settings?.analyze, ...opts.limits },
    align: { ...opts.settings?.align, ...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}) },
  });
}

export function analyze(docs: CleanDocument[], opts: AnalyzeOptions = {}): Comparison {
  const settings: EngineSettings = runSettings(opts);
  const limits = settings.analyze;
  const threshold = settings.align.threshold;
  const now = opts.now?.() ?? new Date();
  const variants = new Map<string, string>();
  for (const v of opts.nameVariants ?? []) {
    const key = 'taught:' + toSimplified(v.canonical.trim()).toLowerCase();
    for (const name of [v.canonical, ...v.variants]) {
      variants.set(name.trim().toLowerCase(), key);
      variants.set(toSimplified(name.trim()).toLowerCase(), key);
    }
  }

  // 1–2. statements and facts
  const work: Work[] = [];
  const perDoc = new Map<string, Work[]>();
  const sentenceOf = new Map<string, number>();
  const cuesOf = new Map<string, Fact[]>();
  // near-duplicate documents (the same story saved twice) are marked and left out: they count once
  const copies = findCopies(docs);
  const sources = markCopies(
    docs.map((d) => ({ ...sourceInfo(d), diagnostics: [...d.diagnostics] })),
    copies,
  );
  docs.forEach((doc, di) => {
    if (opts.isCancelled?.()) throw new AnalysisCancelled();
    if (copies.has(doc.id)) return;
    const fam = langFamily(doc.language);
    const statements = segment(doc.text, doc.language);
    if (statements.length > limits.maxStatementsPerDocument) {
      sources[di].diagnostics.push({
        level: 'warning',
        code: 'truncated',
        message: `only the first ${limits.maxStatementsPerDocument} of ${statements.length} statements were analysed`,
      });
    }
    const seen = new Map<string, number>();
    const list: Work[] = [];
    const ctx = { language: doc.language, published: doc.published, dateline: doc.dateline, settings: settings.facts };
    const units: { text: string; start: number; end: number; facts: Fact[]; sentence: number; cues: Fact[] }[] = [];
    // the last full date stated so far anchors 六天后, "on Monday" and year-less dates when the publication date is missing
    let previousDate: string | null = null;
    statements.slice(0, limits.maxStatementsPerDocument).forEach((st, sentence) => {
      const here = { ...ctx, previousDate };
      const facts = teachNames(extractFacts(st.text, here), variants);
      previousDate = lastAbsoluteDate(facts) ?? previousDate;
      const parts = splitBySlotFacts(st.text, facts, langFamily(doc.language) === 'zh', limits);
      if (!parts) units.push({ ...st, facts, sentence, cues: [] });
      else {
        // each clause keeps its sentence's date and place: they say which event the clause is about
        const cues = facts.filter(eventFact);
        for (const [a, b] of parts) {
          const text = st.text.slice(a, b);
          units.push({ text, start: st.start + a, end: st.start + b, facts: teachNames(extractFacts(text, here), variants), sentence, cues });
        }
      }
    });
    units.forEach((st, index) => {
      const n = seen.get(st.text) ?? 0;
      sentenceOf.set(`${doc.id}|${index}`, st.sentence);
      cuesOf.set(`${doc.id}|${index}`, st.cues);
      seen.set(st.text, n + 1);
      const facts = st.facts;
      const plain = fam === 'zh' ? toSimplified(st.text) : st.text;
      const w: Work = {
        claim: {
          id: stableId('c', doc.id, st.text, String(n)),
          sourceId: doc.id,
          eventId: null,
          text: st.text,
          origin: spanToOriginal(doc.offsets, st.start, st.end),
          facts,
          index,
        },
        lang: doc.language,
        eventWord: mentionsEvent(plain, doc.language),
        lasting: fam in LASTING_RE ? LASTING_RE[fam as keyof typeof LASTING_RE].test(plain) : false,
      };
      list.push(w);
      work.push(w);
    });
    perDoc.set(doc.id, list);
    opts.onProgress?.(di + 1, docs.length);
  });

  // 3. events
  const eventInputs: EventDocInput[] = docs.map((d) => ({
    id: d.id,
    language: d.language,
    published: d.published,
    dateline: datelineKey(d, perDoc.get(d.id) ?? [], settings.events.datelineStatements),
    claims: (perDoc.get(d.id) ?? []).map((w) => {
      const own = w.claim.facts.filter(eventFact);
      const cues = cuesOf.get(`${d.id}|${w.claim.index}`) ?? [];
      return {
        index: w.claim.index,
        sentence: sentenceOf.get(`${d.id}|${w.claim.index}`),
        facts: cues.length ? [...own, ...cues.filter((c) => !own.some((o) => o.kind === c.kind && o.text === c.text))] : own,
        eventWord: w.eventWord,
      };
    }),
  }));
  const gaz = gazetteer();
  const ev = assignEvents(eventInputs, { settings: settings.events, knownPlace: (k) => !!(gaz.get(k, 'city') || gaz.get(k, 'place') || gaz.get(k, 'country')) });
  const eventById = new Map(ev.events.map((e) => [e.id, e]));
  const docEventDate = new Map<string, string | null>();
  for (const d of docs) {
    const e = eventById.get(ev.primary.get(d.id) ?? '');
    // the document's own view of its event's date: its lead date if near the event date, else the event's
    const lead = ev.primaryDate.get(d.id);
    const own = lead && e?.partialDate && datesNear(lead, e.partialDate, settings.events.sameEventDays) ? lead : null;
    docEventDate.set(d.id, own ?? e?.partialDate ?? null);
  }
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  const alignClaims: AlignClaim[] = work.map((w) => {
    const ce = ev.claims.get(w.claim.sourceId)![w.claim.index];
    w.claim.eventId = ce.eventId;
    const isPrimary = ce.eventId === ev.primary.get(w.claim.sourceId);
    return {
      id: w.claim.id,
      sourceId: w.claim.sourceId,
      index: w.claim.index,
      eventId: ce.eventId,
      explicit: ce.explicit,
      docEventDate: isPrimary ? (docEventDate.get(w.claim.sourceId) ?? null) : (eventById.get(ce.eventId ?? '')?.partialDate ?? null),
      facts: w.claim.facts,
      eventWord: w.eventWord,
      lasting: w.lasting,
      headline: w.claim.index === 0 && !!titles.get(w.claim.sourceId) && w.claim.text.includes(titles.get(w.claim.sourceId)!.slice(0, limits.headlineMatchChars)),
      text: w.claim.text,
      primary: isPrimary,
    };
  });

  // which pairs may align: same event; or a background statement next to the place where its document names the
  // other statement's event (“…talks in Riyadh on 18 Feb lasted 4 hours. Lavrov called the meeting useful.”).
  // Statements without any event align only with each other.
  const near = (c: AlignClaim, event: string) => {
    const at = sentenceOf.get(`${c.sourceId}|${c.index}`) ?? c.index;
    return (ev.mentions.get(c.sourceId)?.get(event) ?? []).some((i) => Math.abs(i - at) <= settings.events.mentionReach);
  };
  const allowed = (a: AlignClaim, b: AlignClaim): boolean => {
    if (a.sourceId === b.sourceId) return false;
    if (a.eventId === b.eventId) return true;
    if (!a.eventId || !b.eventId) return false;
    if (!a.explicit && near(a, b.eventId)) return true;
    if (!b.explicit && near(b, a.eventId)) return true;
    return false;
  };

  // 4. alignment
  const model = opts.model;
  const feats = model ? work.map((w) => model.features(w.claim.text, w.lang)) : [];
  model?.fit?.(feats);
  const anchorCache = model ? feats.map((f) => model.anchors(f)) : [];
  const scorer: PairScorer = model
    ? { score: (i, j) => model.score(feats[i], feats[j]), anchors: (i) => anchorCache[i], explain: model.explain ? (i, j) => model.explain!(feats[i], feats[j]) : undefined }
    : { score: () => 0, anchors: () => [] };
  const slots = slotGroups(alignClaims, scorer, allowed, settings.align);
  const alignOpts = {
    threshold,
    crossEventThreshold: Math.min(settings.align.crossEventCap, threshold + settings.align.crossEventMargin),
    maxCandidatesPerStatement: limits.maxCandidatesPerStatement,
    maxAnchorFrequency: limits.maxAnchorFrequency,
    anchorsPerStatement: limits.anchorsPerStatement,
    fullScanLimit: limits.fullScanLimit,
    scopeEvents: (c: AlignClaim) => (c.explicit ? [] : [...(ev.mentions.get(c.sourceId) ?? [])].filter(([e]) => near(c, e)).map(([e]) => e)),
    allowed,
  };
  const groups: Group[] = [
    ...slots.filter((g) => g.claimIdx.length >= 2),
    ...leadGroups(alignClaims, scorer, allowed, settings.align),
    ...(model ? similarityGroups(alignClaims, scorer, alignOpts, settings.align) : []),
  ];
  if (model) groups.push(...topicGroups(alignClaims, scorer, alignOpts, settings.align, groups));

  // 5. verdicts: groups sharing statements merge (no set of statements twice), each judged by its own rule
  const claims = work.map((w) => w.claim);
  const groupCtx: GroupContext = { claims, factsOf: (g, i) => slotFacts(g, alignClaims[i], settings.events.sameEventDays), scorer, allowed: (i, j) => allowed(alignClaims[i], alignClaims[j]) };
  const alignments: Alignment[] = buildAlignments(groups, groupCtx, settings.judge, settings.align);

  // story order: by event, then by the earliest member's position
  const claimById = new Map(work.map((w) => [w.claim.id, w.claim]));
  const docOrder = new Map(docs.map((d, i) => [d.id, i]));
  const pos = (a: Alignment) => Math.min(...a.claimIds.map((id) => claimById.get(id)!.index));
  const evOrder = new Map(ev.events.map((e, i) => [e.id, i]));
  alignments.sort(
    (a, b) =>
      (evOrder.get(a.eventId ?? '') ?? 1e9) - (evOrder.get(b.eventId ?? '') ?? 1e9) ||
      pos(a) - pos(b) ||
      (docOrder.get(claimById.get(a.claimIds[0])!.sourceId) ?? 0) - (docOrder.get(claimById.get(b.claimIds[0])!.sourceId) ?? 0) ||
      a.id.localeCompare(b.id),
  );

  const events: EventInfo[] = ev.events.map((e) => {
    const out: EventInfo = { id: e.id, label: e.label, date: e.date, place: e.place, sourceIds: e.sourceIds, mentionedIn: e.mentionedIn };
    if (e.placeKey) out.placeKey = e.placeKey;
    if (e.placeNames) out.placeNames = e.placeNames;
    if (e.labelDate) out.labelDate = e.labelDate;
    return out;
  });

  const factTable: FactRow[] = buildFactTable(slots, groupCtx, settings.judge);

  return {
    format: 'parallax.comparison',
    version: 1,
    generatedAt: now.toISOString(),
    engine: {
      name: 'parallax',
      version: ENGINE_VERSION,
      settings: settings as unknown as Record<string, unknown>,
      run: { similarity: model ? 'cross-language' : 'facts-only', nameVariants: variants.size },
    },
    sources,
    events,
    claims,
    alignments,
    factTable,
  };
}

const CLAUSE_BREAK = /[，,；;]/g;

/**
 * A sentence that states several slot facts in separate clauses — two people with their titles ("A's delegation was
 * led by X, B's by Y of the North Atlantic Department"), or a venue, a duration and a count of documents signed —
 * holds facts that other sources report in separate sentences and may report differently. It is split at the clause
 * boundaries between those facts, so that each aligns and is judged on its own. Returns [start, end) ranges, or null.
 */
export function splitBySlotFacts(
  text: string,
  facts: Fact[],
  cjk = /\p{Script=Han}/u.test(text),
  sizes: Pick<AnalyzeSettings, 'minClauseChars' | 'minClauseWords' | 'roleReachChars'> = DEFAULT_ANALYZE_SETTINGS,
): [number, number][] | null {
  const quoted = quoteMask(text);
  // facts named inside a quotation belong to what is said, not to the sentence's own clauses
  const anchors = slotAnchors(facts, sizes.roleReachChars).filter((x) => !quoted[x.start]);
  if (anchors.length < 2) return null;
  const cuts: number[] = [];
  for (let k = 1; k < anchors.length; k++) {
    const prevEnd = anchors[k - 1].end;
    const first = anchors[k].start;
    if (first <= prevEnd) continue;
    const between = text.slice(prevEnd, first);
    let at = -1;
    for (const m of between.matchAll(CLAUSE_BREAK)) {
      const cut = prevEnd + m.index!;
      // never inside a quotation, and never between a speaker and what they said (…佩斯科夫称，“…”)
      // nor before a phrase that continues the clause (…威特科夫在利雅得，与俄外长拉夫罗夫…举行会谈)
      if (!quoted[cut] && !SPEECH_END.test(text.slice(Math.max(0, cut - 12), cut)) && !CONTINUES.test(text.slice(cut + 1, cut + 16))) at = m.index!;
    }
    if (at >= 0 && !cuts.includes(prevEnd + at + 1)) cuts.push(prevEnd + at + 1);
  }
  if (!cuts.length) return null;
  const bounds = [0, ...cuts, text.length];
  const parts: [number, number][] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    let a = bounds[i];
    let b = bounds[i + 1];
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) parts.push([a, b]);
  }
  // every clause must read on its own and carry a fact of its own; otherwise it stays with its neighbour
  const size = ([a, b]: [number, number]) => (cjk ? b - a : text.slice(a, b).split(/\s+/).length);
  const holds = ([a, b]: [number, number]) => anchors.some((x) => x.start >= a && x.end <= b);
  const out: [number, number][] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    const min = cjk ? sizes.minClauseChars : sizes.minClauseWords;
    if (last && (size(last) < min || !holds(last) || size(p) < min || !holds(p)))
      last[1] = p[1];
    else out.push([p[0], p[1]]);
  }
  return out.length > 1 ? out : null;
}

/** A clause opening with a preposition or conjunction of accompaniment continues the previous one. */
const CONTINUES = /^\s*(?:与|與|和|同|跟|及|以及|(?:together with|along with|with|cùng với|cùng|với)(?![\p{L}]))/iu;
/** A clause ending with a verb of saying introduces the next one. */
const SPEECH_END = /(?:称|稱|说|說|表示|认为|認為|指出|强调|強調|透露|宣布|写道|寫道|告诉记者|告訴記者|said|says|told reporters|added|noted|stressed|cho biết|cho hay|nói|nhấn mạnh|khẳng định|tuyên bố|заявил|сказал|отметил)\s*$/iu;

/** Which characters of `text` sit inside a quotation (“…”, 「…」, 『…』, "…"): a quotation is never cut. */
function quoteMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const open = new Map([
    ['“', '”'],
    ['「', '」'],
    ['『', '』'],
    ['《', '》'],
  ]);
  const stack: string[] = [];
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open.has(ch)) stack.push(open.get(ch)!);
    else if (stack.length && ch === stack[stack.length - 1]) stack.pop();
    else if (ch === '"') straight = !straight;
    if (stack.length || straight) mask[i] = 1;
  }
  return mask;
}

/** Where each slot fact of a statement sits: titled people (with their title and department), durations, counts, venues. */
function slotAnchors(facts: Fact[], roleReach: number): { start: number; end: number }[] {
  const out: { start: number; end: number; key: string }[] = [];
  for (const f of facts) {
    if (f.start == null || f.end == null) continue;
    const v = f.value as (EntityValue & { unit?: string; venue?: boolean; min?: number | null }) | undefined;
    if (f.kind === 'person' && (v?.role || v?.organization)) {
      let first = f.start;
      for (const g of facts) {
        const key = (g.value as EntityValue | undefined)?.key;
        if (g.start == null || g.start > f.start || f.start - g.start > roleReach) continue;
        if ((g.kind === 'role' && key === v.role) || (g.kind === 'organization' && key === v.organization)) first = Math.min(first, g.start);
      }
      out.push({ start: first, end: f.end, key: 'person:' + v.key });
    } else if (f.kind === 'duration' || isCountFact(f) || isVenue(f)) {
      out.push({ start: f.start, end: f.end, key: f.kind });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // the same person named twice (伊尔莎·马罗夫 … 马罗夫) is one anchor
  return out.filter((x, i) => i === 0 || !(x.key.startsWith('person:') && out.slice(0, i).some((y) => y.key === x.key)));
}

/**
 * Facts that can tell events apart: dates, and specific places (cities, venues, names the gazetteer does not know).
 * Countries and regions are named by nearly every statement about two countries' talks, so they cannot.
 */
function eventFact(f: Fact): boolean {
  if (f.kind === 'date') return true;
  if (f.kind !== 'place') return false;
  const v = f.value as EntityValue | undefined;
  if (!v?.key) return false;
  // venue keys name a kind of place (a hotel, a consul general's residence), not which one: they cannot tell events apart
  if (isVenue(f)) return false;
  const g = gazetteer();
  return !(g.get(v.key, 'country') || g.get(v.key, 'demonym') || g.get(v.key, 'place'));
}

/** The place key of a document's dateline (新华社北京2月28日电 → beijing): where it was written, not where it happened. */
function datelineKey(d: CleanDocument, work: Work[], lookahead: number): string | null {
  if (!d.dateline) return null;
  const name = toSimplified(d.dateline).toLowerCase();
  let key: string | null = null;
  let at = -1;
  for (const w of work.slice(0, lookahead)) {
    for (const f of w.claim.facts)
      if (f.kind === 'place' && toSimplified(f.text).toLowerCase() === name) {
        key = (f.value as EntityValue | undefined)?.key ?? null;
        at = w.claim.index;
        break;
      }
    if (key) break;
  }
  if (!key) return null;
  // a dateline city that the story also names elsewhere (利雅得 in "(利雅得/莫斯科综合电)" and "在利雅得举行") is a venue too
  const elsewhere = work.some((w) => w.claim.index !== at && w.claim.facts.some((f) => f.kind === 'place' && (f.value as EntityValue | undefined)?.key === key));
  return elsewhere ? null : key;
}

/** The facts a group compares: for a slot group only the slot's facts, for a similarity group all. */
function slotFacts(g: Group, c: AlignClaim, days: number): Fact[] {
  if (!g.slot) return c.facts;
  const k = g.slot.kind;
  if (k === 'duration') return c.facts.filter((f) => f.kind === 'duration').slice(0, 1);
  if (k === 'role') {
    const person = c.facts.find((f) => f.kind === 'person' && (f.value as EntityValue | undefined)?.key === g.slot!.personKey && ((f.value as EntityValue).role || (f.value as EntityValue).organization));
    if (!person) return [];
    const v = person.value as EntityValue;
    return [person, ...c.facts.filter((f) => (f.kind === 'role' && (f.value as EntityValue | undefined)?.key === v.role) || (f.kind === 'organization' && (f.value as EntityValue | undefined)?.key === v.organization))];
  }
  if (k === 'number') {
    const unit = g.slot.key.slice(g.slot.key.indexOf(':') + 1).split('@')[0];
    return c.facts.filter((f) => f.kind === 'number' && (f.value as { unit?: string } | undefined)?.unit === unit).slice(0, 1);
  }
  if (k === 'place') return c.facts.filter(isVenue).slice(0, 1);
  if (k === 'date') {
    // the statement's date closest to its document's event date (not the dateline's publication day)
    const near = c.facts.filter((f) => dayDate(f) && c.docEventDate && datesNear(dayDate(f)!, c.docEventDate, days));
    const exact = near.filter((f) => datesNear(dayDate(f)!, c.docEventDate!, 0));
    return (exact.length ? exact : near).slice(0, 1);
  }
  return c.facts;
}

