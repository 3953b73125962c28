// `parallax compare ... --explain [groupId]`: for each group (or one), the scores and rules that formed it and
// decided its verdict, read from Alignment.explain, in the report language.
import type { Alignment, Comparison, RuleTrace } from '../core/model';
import { eventLabel } from '../core/event-label';
import { ruleText, t, type FactKindKey, type ReportLanguage, type StatusKey } from '../core/report/locales';

const MAX_QUOTE = 90;

function quote(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return `“${one.length > MAX_QUOTE ? one.slice(0, MAX_QUOTE - 1) + '…' : one}”`;
}

function detail(L: ReportLanguage, r: RuleTrace): string {
  if (!r.detail) return '';
  const parts = Object.entries(r.detail).map(([k, v]) => (k === 'kind' && typeof v === 'string' ? `${k}=${t(L, `kind.${v}` as FactKindKey)}` : `${k}=${v}`));
  return parts.length ? ` [${parts.join(', ')}]` : '';
}

/** The explanation of one group as lines of text. */
export function explainGroup(c: Comparison, a: Alignment, L: ReportLanguage): string[] {
  const claims = new Map(c.claims.map((x) => [x.id, x]));
  const sources = new Map(c.sources.map((s) => [s.id, s]));
  const ev = c.events.find((e) => e.id === a.eventId);
  const who = (claimId: string) => {
    const cl = claims.get(claimId);
    const s = cl ? sources.get(cl.sourceId) : undefined;
    return s ? `${s.path}${s.outlet ? ` (${s.outlet})` : ''}` : claimId;
  };
  const out = [`${t(L, 'explain.title', { id: a.id })} · ${t(L, `status.${a.tag?.status ?? a.status}` as StatusKey)}`];
  if (ev) out.push(`  ${t(L, 'explain.event')}: ${eventLabel(ev, L)}`);
  out.push(`  ${t(L, 'explain.score')}: ${a.score}`);
  out.push(`  ${t(L, 'explain.statements')}:`);
  for (const id of a.claimIds) out.push(`    - ${who(id)}: ${quote(claims.get(id)?.text ?? id)}`);
  const x = a.explain;
  if (!x) {
    out.push(`  ${t(L, 'explain.none')}`);
    return out;
  }
  out.push(`  ${t(L, 'explain.formedBy')}: ${t(L, `explain.formedBy.${x.formedBy}`)}`);
  if (x.slot) out.push(`  ${t(L, 'explain.slot')}: ${x.slot}`);
  if (x.pairs.length) {
    out.push(`  ${t(L, 'explain.pairs')}:`);
    for (const p of x.pairs) {
      const signals = p.signals && Object.keys(p.signals).length ? ` (${Object.entries(p.signals).map(([k, v]) => `${k} ${Math.round(v * 1000) / 1000}`).join(', ')})` : '';
      out.push(`    - ${who(p.a)} ↔ ${who(p.b)}: ${p.score}${signals}`);
    }
  }
  out.push(`  ${t(L, 'explain.rules')}:`);
  x.rules.forEach((r, i) => out.push(`    ${i + 1}. ${ruleText(L, r.code)}${detail(L, r)}`));
  return out;
}

/**
 * The explanation of every group (or of the group `id`). Returns the text and whether the id was found
 * (a group id that does not exist is reported in the text and is a usage problem for the caller).
 */
export function explainComparison(c: Comparison, L: ReportLanguage, id?: string): { text: string; found: boolean } {
  const groups = id ? c.alignments.filter((a) => a.id === id) : c.alignments;
  if (id && !groups.length) return { text: t(L, 'explain.notFound', { id }) + '\n', found: false };
  if (!groups.length) return { text: t(L, 'explain.noGroups') + '\n', found: true };
  return { text: groups.map((a) => explainGroup(c, a, L).join('\n')).join('\n\n') + '\n', found: true };
}
