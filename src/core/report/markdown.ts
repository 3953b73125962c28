// The Markdown report, for wikis and tickets (GitHub-flavoured tables). All source text goes through
// escapeMd, so no raw HTML, links or images can come from a source.
import type { Alignment, Claim, Comparison } from '../model';
import { t, type MessageKey, type ReportLanguage } from './locales';
import { eventLabel } from '../event-label';
import { effectiveStatus, type ReportScope } from './scope';
import { describeFact, escapeMd as m, formatValue } from './text';
import { buildView, type EventSection, type ReportView } from './view';

const st = (L: ReportLanguage, s: string) => t(L, `status.${s}` as MessageKey);

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function alignmentMd(v: ReportView, L: ReportLanguage, a: Alignment, n: number): string {
  const out: string[] = [];
  const eff = effectiveStatus(a);
  const verdict = a.tag
    ? `**${m(st(L, eff))}** (${m(t(L, 'alignment.analystVerdict'))}; ${m(t(L, 'alignment.engineVerdict'))}: ${m(st(L, a.status))})`
    : `**${m(st(L, eff))}** (${m(t(L, 'alignment.engineVerdict'))})`;
  out.push(
    `#### ${m(t(L, 'alignment.title', { id: n }))} — ${verdict}, ${m(t(L, 'alignment.score'))} ${a.score.toFixed(2)}${a.manual ? `, ${m(t(L, 'alignment.manual'))}` : ''}`,
  );
  out.push('');
  const members = a.claimIds.map((id) => v.claim(id)).filter((cl): cl is Claim => !!cl);
  out.push(
    table(
      [t(L, 'col.source'), t(L, 'col.language'), t(L, 'col.statement'), t(L, 'alignment.provenance')].map(m),
      members.map((cl) => {
        const s = v.source(cl.sourceId);
        const prov = [s?.path ?? cl.sourceId, `${cl.origin.start}–${cl.origin.end}`, s?.url ?? ''].filter(Boolean).join(' · ');
        return [m(v.sourceLabel(cl.sourceId)), m(s?.language ?? ''), m(cl.text), m(prov)];
      }),
    ),
  );
  out.push('');
  if (a.discrepancies.length) {
    out.push(`${m(t(L, 'alignment.discrepancies'))}:`);
    out.push('');
    for (const d of a.discrepancies) {
      const vals = d.values
        .map((dv) => {
          const cl = v.claim(dv.claimId);
          return `${m(describeFact(dv))} (${m(cl ? v.sourceLabel(cl.sourceId) : dv.claimId)})`;
        })
        .join(' ≠ ');
      out.push(`- **${m(t(L, `kind.${d.kind}` as MessageKey))}**: ${vals}${d.note ? ` — ${m(d.note)}` : ''}`);
    }
  } else out.push(`_${m(t(L, 'alignment.noDiscrepancies'))}_`);
  if (a.tag) {
    out.push('');
    out.push(
      `> **${m(t(L, 'alignment.analystVerdict'))}:** ${m(st(L, a.tag.status))} — ${m(t(L, 'alignment.updatedAt', { date: a.tag.updatedAt }))}`,
    );
    if (a.tag.note) out.push(`> **${m(t(L, 'alignment.note'))}:** ${m(a.tag.note)}`);
  }
  out.push('');
  return out.join('\n');
}

function sectionMd(v: ReportView, L: ReportLanguage, sec: EventSection): string {
  const out: string[] = [];
  const e = sec.event;
  out.push(`## ${e ? `${m(t(L, 'event.title'))}: ${m(eventLabel(e, L))}` : m(t(L, 'event.unassigned'))}`);
  out.push('');
  const meta: string[] = [];
  if (e?.date) meta.push(`${m(t(L, 'event.date'))}: ${m(e.date)}`);
  if (e?.place) meta.push(`${m(t(L, 'event.place'))}: ${m(e.place)}`);
  meta.push(`${m(t(L, 'event.sources'))}: ${sec.sources.map((s) => m(v.sourceLabel(s.id))).join(', ') || m(t(L, 'empty.none'))}`);
  out.push(meta.join(' · '));
  out.push('');
  out.push(`### ${m(t(L, 'event.factMatrix'))}`);
  out.push('');
  if (sec.factRows.length) {
    out.push(
      table(
        [m(t(L, 'col.fact')), m(t(L, 'col.status')), ...sec.sources.map((s) => m(v.sourceLabel(s.id)))],
        sec.factRows.map((r) => [
          m(r.label || t(L, `kind.${r.kind}` as MessageKey)),
          m(st(L, r.status)),
          ...sec.sources.map((s) =>
            (r.cells[s.id] ?? [])
              .map((c) => {
                const val = formatValue(c.value, c.qualifier);
                return m(val && val !== c.text ? `${c.text} [${val}]` : c.text);
              })
              .join('; '),
          ),
        ]),
      ),
    );
  } else out.push(`_${m(t(L, 'event.noFacts'))}_`);
  out.push('');
  out.push(`### ${m(t(L, 'event.alignedStatements'))}`);
  out.push('');
  if (sec.alignments.length) sec.alignments.forEach((a, i) => out.push(alignmentMd(v, L, a, i + 1)));
  else out.push(`_${m(t(L, 'event.noAlignments'))}_`, '');
  return out.join('\n');
}

export function renderMarkdown(c: Comparison, L: ReportLanguage, scope: ReportScope, generatedAt: string): string {
  const v = buildView(c);
  const out: string[] = [];
  out.push(`# ${m(t(L, 'report.title'))}`);
  out.push('');
  out.push(
    `${m(t(L, 'report.generatedAt', { date: generatedAt }))} · ${m(t(L, 'report.scope'))}: ${m(t(L, `scope.${scope}`))} · ${m(t(L, 'report.language'))}: ${m(L)}`,
  );
  out.push('');
  out.push(`## ${m(t(L, 'summary.title'))}`);
  out.push('');
  out.push(
    table(
      [
        m(t(L, 'summary.sources')),
        m(t(L, 'summary.events')),
        m(t(L, 'summary.statements')),
        m(t(L, 'summary.alignments')),
        ...(['agreement', 'partial', 'conflict', 'not-same'] as const).map((s) => m(st(L, s))),
      ],
      [
        [
          String(c.sources.length),
          String(c.events.length),
          String(c.claims.length),
          String(c.alignments.length),
          String(v.counts.agreement),
          String(v.counts.partial),
          String(v.counts.conflict),
          String(v.counts['not-same']),
        ],
      ],
    ),
  );
  out.push('');
  out.push(`### ${m(t(L, 'sources.title'))}`);
  out.push('');
  out.push(
    table(
      (
        ['col.id', 'col.path', 'col.outlet', 'col.language', 'col.title', 'col.published', 'col.url', 'col.diagnostics'] as MessageKey[]
      ).map((k) => m(t(L, k))),
      c.sources.map((s) =>
        [
          s.id,
          s.path,
          s.outlet ?? '',
          s.language,
          s.title ?? '',
          s.published ?? '',
          s.url ?? '',
          s.diagnostics.map((d) => `${d.level} ${d.code}: ${d.message}`).join('; '),
        ].map(m),
      ),
    ),
  );
  out.push('');
  if (v.sections.length) for (const sec of v.sections) out.push(sectionMd(v, L, sec));
  else out.push(`_${m(t(L, 'empty.nothingInScope'))}_`, '');
  out.push(`## ${m(t(L, 'method.title'))}`);
  out.push('');
  out.push(`- ${m(t(L, 'method.engine'))}: ${m(c.engine.name)}`);
  out.push(`- ${m(t(L, 'method.version'))}: ${m(c.engine.version)}`);
  const settings = c.engine.settings && Object.keys(c.engine.settings).length ? JSON.stringify(c.engine.settings) : '';
  out.push(`- ${m(t(L, 'method.settings'))}: ${settings ? '`' + settings.replace(/`/g, "'") + '`' : m(t(L, 'method.noSettings'))}`);
  out.push('');
  return out.join('\n');
}
