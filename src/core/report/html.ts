// The HTML report: one self-contained, printable file that an editor can read top to bottom — the summary first
// (what was compared, verdict counts, the key discrepancies with their values grouped by who states them), then
// each event's facts and statement groups, tagged groups first. Inline CSS only, no scripts, no external
// resources, no live links; a CSP meta tag forbids everything but inline styles in case a viewer ignores our
// escaping. The same page is printed to PDF (A4 portrait, page numbers and running header from `pdfPageDecor`).
import type { Comparison } from '../model';
import {
  buildDigest,
  plural,
  type DiscrepancyDigest,
  type GroupDigest,
  type ReportDigest,
  type SectionDigest,
  type SourceRef,
  type ValueGroup,
} from './digest';
import { highlightGroup, type Segment } from './diff';
import { t, type MessageKey, type ReportLanguage } from './locales';
import { type ReportScope } from './scope';
import { escapeHtml as h, safeLang } from './text';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const CSS = `
:root { color-scheme: light; --agree: #1f7a3a; --partial: #9a6700; --conflict: #b42318; --notsame: #57606a; --line: #d0d7de; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 980px; padding: 24px; font: 15px/1.55 system-ui, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK TC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2328; background: #fff; }
:lang(zh-Hant) { font-family: "Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei", system-ui, sans-serif; }
:lang(zh-Hans) { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 20px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 18px 0 6px; } h4 { font-size: 15px; margin: 12px 0 4px; }
.meta { color: #57606a; margin: 0; }
.cover { border-bottom: 3px solid #1f2328; padding-bottom: 10px; margin-bottom: 8px; }
dl.compared { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 6px 0; }
dl.compared dt { font-weight: 600; } dl.compared dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; table-layout: auto; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #f6f8fa; font-weight: 600; }
table.sources { table-layout: fixed; } table.sources col.c-outlet { width: 16%; } table.sources col.c-title { width: 38%; } table.sources col.c-lang { width: 12%; } table.sources col.c-pub { width: 14%; } table.sources col.c-file { width: 20%; }
table.facts { table-layout: fixed; } table.facts col.c-fact { width: 22%; } table.facts col.c-status { width: 16%; }
.counts { display: flex; gap: 10px; flex-wrap: wrap; margin: 8px 0; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--line); border-radius: 6px; padding: 4px 12px; }
.counts b { font-size: 18px; margin-right: 6px; }
.facts .badge { white-space: normal; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; color: #fff; white-space: nowrap; vertical-align: middle; }
.s-agreement { background: var(--agree); } .s-partial { background: var(--partial); } .s-conflict { background: var(--conflict); } .s-not-same, .s-single { background: var(--notsame); }
ol.key > li { margin: 0 0 14px; break-inside: avoid; page-break-inside: avoid; }
.values { margin: 2px 0; } .values .v { font-weight: 600; } .values .who { color: #57606a; }
.values .sep { color: #8c959f; padding: 0 6px; }
blockquote { margin: 4px 0 4px 0; padding: 2px 10px; border-left: 3px solid var(--line); color: #24292f; }
blockquote .who { font-size: 12px; color: #57606a; }
.group { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; margin: 10px 0; break-inside: avoid; page-break-inside: avoid; }
.group.g-conflict { border-left: 5px solid var(--conflict); } .group.g-partial { border-left: 5px solid var(--partial); } .group.g-agreement { border-left: 5px solid var(--agree); }
.side { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 8px; }
.claim { border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; background: #fbfcfd; }
.claim .who { font-size: 12px; color: #57606a; margin-bottom: 2px; }
.claim .txt { white-space: pre-wrap; }
.prov { font-size: 11px; color: #57606a; margin-top: 4px; overflow-wrap: anywhere; }
td, .txt, .who, .note, .v { unicode-bidi: isolate; }
mark { background: #fff1b8; color: inherit; padding: 0; }
mark.d { background: #ffd8d3; text-decoration: underline 2px var(--conflict); }
.tag { background: #f0f6ff; border-left: 3px solid #0969da; padding: 4px 8px; margin: 6px 0; }
.note { white-space: pre-wrap; }
.muted { color: #57606a; }
@page { size: A4 portrait; margin: 18mm 14mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, .claim { break-inside: avoid; page-break-inside: avoid; }
  .badge, mark, th, .tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function lang(tag: string | null | undefined): string {
  const l = safeLang(tag);
  return l ? ` lang="${l}"` : '';
}

function badge(L: ReportLanguage, status: string): string {
  return `<span class="badge s-${h(status)}">${h(t(L, `status.${status}` as MessageKey))}</span>`;
}

function segmentsHtml(segs: Segment[]): string {
  return segs
    .map((s) => {
      const text = h(s.text);
      if (s.disputed) return `<mark class="d">${text}</mark>`;
      if (s.changed) return `<mark>${text}</mark>`;
      return text;
    })
    .join('');
}

function whoList(sources: readonly SourceRef[]): string {
  return sources.map((s) => h(s.label)).join(', ');
}

/** "about 6.5 hours — Xinhua · expected 5–6 hours — VOA": each value once, with the sources that state it. */
function valuesHtml(groups: readonly ValueGroup[]): string {
  return groups
    .map((g) => {
      const l = g.display === g.texts[0] ? lang(g.sources[0]?.language) : '';
      return `<span class="v"${l}>${h(g.display)}</span> <span class="who">— ${whoList(g.sources)}</span>`;
    })
    .join('<span class="sep">·</span>');
}

function discrepancyHtml(d: DiscrepancyDigest): string {
  return `<div class="values"><b>${h(d.kindLabel)}:</b> ${valuesHtml(d.groups)}</div>`;
}

function tagHtml(L: ReportLanguage, g: GroupDigest): string {
  if (!g.tag) return '';
  const note = g.tag.note ? `<div><b>${h(t(L, 'alignment.note'))}:</b> <span class="note">${h(g.tag.note)}</span></div>` : '';
  return `<div class="tag"><b>${h(t(L, 'alignment.analystVerdict'))}:</b> ${h(g.tag.statusLabel)} <span class="muted">${h(t(L, 'alignment.updatedAt', { date: g.tag.when }))}</span>${note}</div>`;
}

function verdictHtml(L: ReportLanguage, g: GroupDigest): string {
  return g.tag
    ? `${badge(L, g.status)} <span class="muted">${h(t(L, 'alignment.analystVerdict'))}; ${h(t(L, 'alignment.engineVerdict'))}:</span> ${badge(L, g.engineStatus)}`
    : `${badge(L, g.status)} <span class="muted">${h(t(L, 'alignment.engineVerdict'))}</span>`;
}

function provenanceHtml(L: ReportLanguage, s: SourceRef, position: number): string {
  const parts = [s.label];
  if (s.headline) parts.push(s.headline);
  parts.push(t(L, 'statement.position', { n: position }));
  parts.push(t(L, 'statement.file', { path: s.path }));
  if (s.url) parts.push(s.url);
  return parts.map(h).join(' · ');
}

function keyItemHtml(L: ReportLanguage, g: GroupDigest): string {
  const kinds = g.discrepancies.map((d) => d.kindLabel);
  const title = [...new Set(kinds)].join(', ') || t(L, `status.${g.status}` as MessageKey);
  const where = g.eventLabel ? ` <span class="muted">· ${h(t(L, 'summary.inEvent', { label: g.eventLabel }))}</span>` : '';
  const quotes = g.statements
    .map(
      (st) =>
        `<blockquote><div class="who">${h(st.source.label)}</div><div class="txt" dir="auto"${lang(st.source.language)}>${h(st.text)}</div></blockquote>`,
    )
    .join('');
  return `<li><h4>${h(title)} ${badge(L, g.status)}${where}</h4>${g.discrepancies.map(discrepancyHtml).join('')}${tagHtml(L, g)}${quotes}</li>`;
}

function summaryHtml(d: ReportDigest): string {
  const L = d.L;
  const o = d.overview;
  const rows: [string, string][] = [[t(L, 'summary.sources'), `${h(plural(L, 'summary.reports', o.sources))}`]];
  if (o.outlets.length) rows.push([t(L, 'summary.outlets'), o.outlets.map(h).join(', ')]);
  if (o.languages.length) rows.push([t(L, 'summary.languages'), o.languages.map(h).join(', ')]);
  if (o.published) rows.push([t(L, 'summary.published'), h(o.published)]);
  if (o.events.length)
    rows.push([
      t(L, 'summary.events'),
      o.events.map((e) => h(t(L, 'summary.eventLine', { label: e.label, reports: plural(L, 'summary.reports', e.sources) }))).join('<br>'),
    ]);
  const counts = (['conflict', 'partial', 'agreement'] as const).map((s) => `<li><b>${d.counts[s]}</b>${badge(L, s)}</li>`).join('');
  const key = d.top.length
    ? `<ol class="key">${d.top.map((g) => keyItemHtml(L, g)).join('\n')}</ol>${d.moreDiscrepancies > 0 ? `<p class="muted">${h(t(L, 'summary.more', { n: d.moreDiscrepancies }))}</p>` : ''}`
    : `<p>${h(t(L, 'summary.noKey'))}</p>`;
  const aside = d.setAside.length ? `<p class="muted">${h(t(L, 'summary.setAside', { n: d.setAside.length }))}</p>` : '';
  return `<section class="summary"><h2>${h(t(L, 'summary.title'))}</h2>
<h3>${h(t(L, 'summary.compared'))}</h3><dl class="compared">${rows.map(([k, v]) => `<dt>${h(k)}</dt><dd>${v}</dd>`).join('')}</dl>
<h3>${h(t(L, 'summary.counts'))}</h3><ul class="counts">${counts}</ul>${aside}
<h3>${h(t(L, 'summary.key'))}</h3>${key}</section>`;
}

function sourcesHtml(d: ReportDigest): string {
  const L = d.L;
  const head = (['col.outlet', 'col.title', 'col.language', 'col.published', 'col.path'] as MessageKey[])
    .map((k) => `<th>${h(t(L, k))}</th>`)
    .join('');
  const rows = d.sourceList
    .map(
      (s) =>
        `<tr><td>${h(s.label)}</td><td class="headline"${lang(s.language)}>${h(s.headline ?? '')}</td><td>${h(s.languageName)}</td><td>${h(s.published)}</td><td>${h(s.path)}${s.url ? `<div class="muted">${h(s.url)}</div>` : ''}</td></tr>`,
    )
    .join('\n');
  return `<section class="sources"><h2>${h(t(L, 'sources.title'))}</h2><table class="sources"><colgroup><col class="c-outlet"><col class="c-title"><col class="c-lang"><col class="c-pub"><col class="c-file"></colgroup><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></section>`;
}

function groupHtml(L: ReportLanguage, g: GroupDigest): string {
  const segs = highlightGroup(
    g.statements.map((st) => ({ claim: st.claim, language: st.source.language })),
    g.alignment.discrepancies,
  );
  const cards = g.statements
    .map(
      (st) =>
        `<div class="claim"><div class="who">${h(st.source.label)} · ${h(st.source.languageName)}</div><div class="txt" dir="auto"${lang(st.source.language)}>${segmentsHtml(segs.get(st.claimId) ?? [{ text: st.text, changed: false, disputed: false }])}</div><div class="prov">${provenanceHtml(L, st.source, st.position)}</div></div>`,
    )
    .join('');
  const diffs = g.discrepancies.length
    ? g.discrepancies.map(discrepancyHtml).join('')
    : `<p class="muted">${h(t(L, 'group.sourcesAgree'))}</p>`;
  return `<div class="group g-${h(g.status)}"><h4>${h(t(L, 'alignment.title', { id: g.number }))} ${verdictHtml(L, g)}${g.manual ? ` <span class="muted">· ${h(t(L, 'alignment.manual'))}</span>` : ''}</h4>${tagHtml(L, g)}<div class="side">${cards}</div>${diffs}</div>`;
}

function factsHtml(L: ReportLanguage, sec: SectionDigest): string {
  if (!sec.facts.length) return `<p class="muted">${h(t(L, 'event.noFacts'))}</p>`;
  const head = `<tr><th>${h(t(L, 'col.fact'))}</th><th>${h(t(L, 'col.status'))}</th><th>${h(t(L, 'facts.values'))}</th></tr>`;
  const rows = sec.facts
    .map((f) => `<tr><td>${h(f.label)}</td><td>${badge(L, f.status)}</td><td>${valuesHtml(f.groups)}</td></tr>`)
    .join('\n');
  return `<table class="facts"><colgroup><col class="c-fact"><col class="c-status"><col></colgroup><thead>${head}</thead><tbody>\n${rows}\n</tbody></table>`;
}

function sectionHtml(L: ReportLanguage, sec: SectionDigest): string {
  const title = sec.event ? `${h(t(L, 'event.title'))}: ${h(sec.title)}` : h(sec.title);
  const meta: string[] = [];
  if (sec.when) meta.push(`${h(t(L, 'event.date'))}: ${h(sec.when)}`);
  meta.push(`${h(t(L, 'event.sources'))}: ${whoList(sec.sources) || h(t(L, 'empty.none'))}`);
  const groups = sec.groups.length
    ? sec.groups.map((g) => groupHtml(L, g)).join('\n')
    : `<p class="muted">${h(t(L, 'event.noAlignments'))}</p>`;
  return `<section class="event"><h2>${title}</h2><p class="meta">${meta.join(' · ')}</p>
<h3>${h(t(L, 'facts.title'))}</h3>${factsHtml(L, sec)}
<h3>${h(t(L, 'event.alignedStatements'))}</h3><p class="muted">${h(t(L, 'alignment.legend'))}</p>
${groups}</section>`;
}

function setAsideHtml(L: ReportLanguage, d: ReportDigest): string {
  if (!d.setAside.length) return '';
  const items = d.setAside
    .map(
      (g) =>
        `<li>${g.statements.map((st) => `<span class="who">${h(st.source.label)}:</span> <span${lang(st.source.language)}>${h(st.text)}</span>`).join(' / ')}${g.tag?.note ? `<div><b>${h(t(L, 'alignment.note'))}:</b> <span class="note">${h(g.tag.note)}</span></div>` : ''}</li>`,
    )
    .join('');
  return `<section class="set-aside"><h2>${h(t(L, 'setAside.title'))}</h2><ul>${items}</ul></section>`;
}

export function renderHtml(c: Comparison, L: ReportLanguage, scope: ReportScope, generatedAt: string): string {
  const d = buildDigest(c, L, generatedAt);
  const body = d.sections.length
    ? d.sections.map((s) => sectionHtml(L, s)).join('\n')
    : `<p class="muted">${h(t(L, 'empty.nothingInScope'))}</p>`;
  const languageName = new Intl.DisplayNames([L], { type: 'language' }).of(L) ?? L;
  return `<!DOCTYPE html>
<html lang="${L}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="parallax ${h(c.engine.version)}">
<title>${h(t(L, 'report.title'))}</title>
<style>${CSS}</style>
</head>
<body>
<header class="cover"><h1>${h(t(L, 'report.title'))}</h1>
<p class="meta">${h(t(L, 'report.generatedAt', { date: d.generatedAt }))} · ${h(t(L, 'report.scope'))}: ${h(t(L, `scope.${scope}`))} · ${h(t(L, 'report.language'))}: ${h(languageName)}</p>
<p class="meta">${h(t(L, 'report.noScripts'))}</p></header>
${summaryHtml(d)}
${sourcesHtml(d)}
${body}
${setAsideHtml(L, d)}
<section class="method"><h2>${h(t(L, 'method.title'))}</h2><p class="muted">${h(t(L, 'method.summary', { version: c.engine.version }))}</p></section>
</body>
</html>
`;
}
