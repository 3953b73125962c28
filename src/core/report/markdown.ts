// The Markdown report, for wikis and tickets (GitHub-flavoured): the same digest as the HTML report — summary
// first, then each event's facts and groups. All source text goes through escapeMd, so no raw HTML, links or
// images can come from a source.
import type { Comparison } from '../model';
import {
  buildDigest,
  plural,
  type DiscrepancyDigest,
  type GroupDigest,
  type ReportDigest,
  type SectionDigest,
  type ValueGroup,
} from './digest';
import { t, type MessageKey, type ReportLanguage } from './locales';
import { type ReportScope } from './scope';
import { escapeMd as m } from './text';

const st = (L: ReportLanguage, s: string) => t(L, `status.${s}` as MessageKey);

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function valuesMd(groups: readonly ValueGroup[]): string {
  return groups.map((g) => `**${m(g.display)}** — ${g.sources.map((s) => m(s.label)).join(', ')}`).join(' · ');
}

function discrepancyMd(d: DiscrepancyDigest): string {
  return `- ${m(d.kindLabel)}: ${valuesMd(d.groups)}`;
}

function tagMd(L: ReportLanguage, g: GroupDigest): string[] {
  if (!g.tag) return [];
  const out = [
    `> **${m(t(L, 'alignment.analystVerdict'))}:** ${m(g.tag.statusLabel)} — ${m(t(L, 'alignment.updatedAt', { date: g.tag.when }))}`,
  ];
  if (g.tag.note) out.push('>', `> **${m(t(L, 'alignment.note'))}:** ${m(g.tag.note)}`);
  return out;
}

function summaryMd(d: ReportDigest): string[] {
  const L = d.L;
  const o = d.overview;
  const out = [`## ${m(t(L, 'summary.title'))}`, '', `### ${m(t(L, 'summary.compared'))}`, ''];
  out.push(`- ${m(t(L, 'summary.sources'))}: ${m(plural(L, 'summary.reports', o.sources))}`);
  if (o.outlets.length) out.push(`- ${m(t(L, 'summary.outlets'))}: ${o.outlets.map(m).join(', ')}`);
  if (o.languages.length) out.push(`- ${m(t(L, 'summary.languages'))}: ${o.languages.map(m).join(', ')}`);
  if (o.published) out.push(`- ${m(t(L, 'summary.published'))}: ${m(o.published)}`);
  for (const e of o.events)
    out.push(
      `- ${m(t(L, 'summary.events'))}: ${m(t(L, 'summary.eventLine', { label: e.label, reports: plural(L, 'summary.reports', e.sources) }))}`,
    );
  out.push('', `### ${m(t(L, 'summary.counts'))}`, '');
  out.push((['conflict', 'partial', 'agreement'] as const).map((s) => `${m(st(L, s))}: **${d.counts[s]}**`).join(' · '));
  if (d.setAside.length) out.push('', m(t(L, 'summary.setAside', { n: d.setAside.length })));
  out.push('', `### ${m(t(L, 'summary.key'))}`, '');
  if (!d.top.length) out.push(m(t(L, 'summary.noKey')), '');
  d.top.forEach((g, i) => {
    const kinds = [...new Set(g.discrepancies.map((x) => x.kindLabel))].join(', ') || st(L, g.status);
    const where = g.eventLabel ? ` — ${m(t(L, 'summary.inEvent', { label: g.eventLabel }))}` : '';
    out.push(`${i + 1}\\. **${m(kinds)}** (${m(st(L, g.status))})${where}`, '');
    for (const dd of g.discrepancies) out.push(discrepancyMd(dd));
    if (g.discrepancies.length) out.push('');
    const tag = tagMd(L, g);
    if (tag.length) out.push(...tag, '');
    for (const s of g.statements) out.push(`> ${m(s.source.label)}: ${m(s.text)}`, '>');
    if (g.statements.length) out.pop();
    out.push('');
  });
  if (d.moreDiscrepancies > 0) out.push(`_${m(t(L, 'summary.more', { n: d.moreDiscrepancies }))}_`, '');
  return out;
}

function groupMd(L: ReportLanguage, g: GroupDigest): string[] {
  const verdict = g.tag
    ? `**${m(st(L, g.status))}** (${m(t(L, 'alignment.analystVerdict'))}; ${m(t(L, 'alignment.engineVerdict'))}: ${m(st(L, g.engineStatus))})`
    : `**${m(st(L, g.status))}** (${m(t(L, 'alignment.engineVerdict'))})`;
  const out = [
    `#### ${m(t(L, 'alignment.title', { id: g.number }))} — ${verdict}${g.manual ? `, ${m(t(L, 'alignment.manual'))}` : ''}`,
    '',
  ];
  out.push(
    table(
      [t(L, 'col.source'), t(L, 'col.statement'), t(L, 'alignment.provenance')].map(m),
      g.statements.map((s) => {
        const prov = [
          s.source.headline ?? '',
          t(L, 'statement.position', { n: s.position }),
          t(L, 'statement.file', { path: s.source.path }),
          s.source.url ?? '',
        ]
          .filter(Boolean)
          .join(' · ');
        return [m(`${s.source.label} (${s.source.languageName})`), m(s.text), m(prov)];
      }),
    ),
    '',
  );
  if (g.discrepancies.length) out.push(...g.discrepancies.map(discrepancyMd));
  else out.push(`_${m(t(L, 'group.sourcesAgree'))}_`);
  out.push('');
  const tag = tagMd(L, g);
  if (tag.length) out.push(...tag, '');
  return out;
}

function sectionMd(L: ReportLanguage, sec: SectionDigest): string[] {
  const out = [`## ${sec.event ? `${m(t(L, 'event.title'))}: ${m(sec.title)}` : m(sec.title)}`, ''];
  const meta: string[] = [];
  if (sec.when) meta.push(`${m(t(L, 'event.date'))}: ${m(sec.when)}`);
  meta.push(`${m(t(L, 'event.sources'))}: ${sec.sources.map((s) => m(s.label)).join(', ') || m(t(L, 'empty.none'))}`);
  out.push(meta.join(' · '), '', `### ${m(t(L, 'facts.title'))}`, '');
  if (sec.facts.length)
    out.push(
      table(
        [m(t(L, 'col.fact')), m(t(L, 'col.status')), m(t(L, 'facts.values'))],
        sec.facts.map((f) => [m(f.label), m(st(L, f.status)), valuesMd(f.groups)]),
      ),
    );
  else out.push(`_${m(t(L, 'event.noFacts'))}_`);
  out.push('', `### ${m(t(L, 'event.alignedStatements'))}`, '');
  if (sec.groups.length) for (const g of sec.groups) out.push(...groupMd(L, g));
  else out.push(`_${m(t(L, 'event.noAlignments'))}_`, '');
  return out;
}

export function renderMarkdown(c: Comparison, L: ReportLanguage, scope: ReportScope, generatedAt: string): string {
  const d = buildDigest(c, L, generatedAt);
  const languageName = new Intl.DisplayNames([L], { type: 'language' }).of(L) ?? L;
  const out: string[] = [`# ${m(t(L, 'report.title'))}`, ''];
  out.push(
    `${m(t(L, 'report.generatedAt', { date: d.generatedAt }))} · ${m(t(L, 'report.scope'))}: ${m(t(L, `scope.${scope}`))} · ${m(t(L, 'report.language'))}: ${m(languageName)}`,
    '',
  );
  out.push(...summaryMd(d));
  out.push(`## ${m(t(L, 'sources.title'))}`, '');
  out.push(
    table(
      (['col.outlet', 'col.title', 'col.language', 'col.published', 'col.path'] as MessageKey[]).map((k) => m(t(L, k))),
      d.sourceList.map((s) => [s.label, s.headline ?? '', s.languageName, s.published, s.url ? `${s.path} · ${s.url}` : s.path].map(m)),
    ),
    '',
  );
  if (d.sections.length) for (const sec of d.sections) out.push(...sectionMd(L, sec));
  else out.push(`_${m(t(L, 'empty.nothingInScope'))}_`, '');
  if (d.setAside.length) {
    out.push(`## ${m(t(L, 'setAside.title'))}`, '');
    for (const g of d.setAside) {
      out.push(`- ${g.statements.map((s) => `${m(s.source.label)}: ${m(s.text)}`).join(' / ')}${g.tag?.note ? ` — ${m(g.tag.note)}` : ''}`);
    }
    out.push('');
  }
  out.push(`## ${m(t(L, 'method.title'))}`, '', m(t(L, 'method.summary', { version: c.engine.version })), '');
  return out.join('\n');
}
