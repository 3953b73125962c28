// The HTML report: one self-contained, printable file. Inline CSS only, no scripts, no external resources;
// a CSP meta tag forbids everything but inline styles in case a viewer ignores our escaping.
import type { Alignment, Claim, Comparison, Diagnostic, FactRow } from '../model';
import { highlightGroup, type Segment } from './diff';
import { t, type MessageKey, type ReportLanguage } from './locales';
import { eventLabel } from '../event-label';
import { effectiveStatus, type ReportScope } from './scope';
import { describeFact, escapeHtml as h, formatValue, safeLang } from './text';
import { buildView, type EventSection, type ReportView } from './view';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const CSS = `
:root { color-scheme: light; --agree: #1f7a3a; --partial: #9a6700; --conflict: #b42318; --notsame: #57606a; --line: #d0d7de; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px; font: 14px/1.5 system-ui, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK TC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2328; background: #fff; }
:lang(zh-Hant) { font-family: "Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei", system-ui, sans-serif; }
:lang(zh-Hans) { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 20px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 20px 0 6px; } h4 { font-size: 14px; margin: 14px 0 4px; }
.meta { color: #57606a; margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; overflow-wrap: break-word; }
table.matrix td:first-child { min-width: 9em; } table.matrix td:nth-child(2) { min-width: 6em; } table.matrix { font-size: 13px; }
th { background: #f6f8fa; font-weight: 600; }
.counts { display: flex; gap: 12px; flex-wrap: wrap; margin: 8px 0; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; }
.counts b { font-size: 18px; display: block; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; color: #fff; white-space: nowrap; }
.s-agreement { background: var(--agree); } .s-partial { background: var(--partial); } .s-conflict { background: var(--conflict); } .s-not-same, .s-single { background: var(--notsame); }
tr.r-conflict td:first-child { border-left: 4px solid var(--conflict); } tr.r-partial td:first-child { border-left: 4px solid var(--partial); } tr.r-agreement td:first-child { border-left: 4px solid var(--agree); }
.group { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; margin: 10px 0; break-inside: avoid; page-break-inside: avoid; }
.group.g-conflict { border-left: 5px solid var(--conflict); } .group.g-partial { border-left: 5px solid var(--partial); } .group.g-agreement { border-left: 5px solid var(--agree); }
.side { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 8px; }
.claim { border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; background: #fbfcfd; }
.claim .who { font-size: 12px; color: #57606a; margin-bottom: 2px; }
.claim .txt { font-size: 15px; white-space: pre-wrap; }
.prov { font-size: 11px; color: #57606a; margin-top: 4px; overflow-wrap: break-word; word-break: break-all; }
td, .txt, .who, .note, li span { unicode-bidi: isolate; }
mark { background: #fff1b8; color: inherit; padding: 0; }
mark.d { background: #ffd8d3; text-decoration: underline 2px var(--conflict); }
.tag { background: #f0f6ff; border-left: 3px solid #0969da; padding: 4px 8px; margin: 6px 0; }
.note { white-space: pre-wrap; }
pre { background: #f6f8fa; padding: 8px; overflow-wrap: break-word; white-space: pre-wrap; font-size: 12px; }
.muted { color: #57606a; }
@page { size: A4 landscape; margin: 12mm 10mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  table.matrix { font-size: 9pt; }
  section.event { break-before: page; page-break-before: always; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  .badge, mark, th, .tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function lang(tag: string | null | undefined): string {
  const l = safeLang(tag);
  return l ? ` lang="${l}"` : '';
}

function badge(L: ReportLanguage, status: string): string {
  const key = `status.${status}` as MessageKey;
  return `<span class="badge s-${h(status)}">${h(t(L, key))}</span>`;
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

function diagnosticsHtml(ds: Diagnostic[]): string {
  if (!ds.length) return '';
  return ds.map((d) => `<div class="muted">${h(d.level)} · ${h(d.code)}: ${h(d.message)}</div>`).join('');
}

function sourcesTable(v: ReportView, L: ReportLanguage): string {
  const rows = v.c.sources
    .map(
      (s) =>
        `<tr><td>${h(s.id)}</td><td>${h(s.path)}</td><td>${h(s.outlet ?? '')}</td><td>${h(s.language)}</td><td${lang(s.language)}>${h(s.title ?? '')}</td><td>${h(s.published ?? '')}</td><td>${h(s.url ?? '')}</td><td>${diagnosticsHtml(s.diagnostics)}</td></tr>`,
    )
    .join('\n');
  const head = (
    ['col.id', 'col.path', 'col.outlet', 'col.language', 'col.title', 'col.published', 'col.url', 'col.diagnostics'] as MessageKey[]
  )
    .map((k) => `<th>${h(t(L, k))}</th>`)
    .join('');
  return `<table class="sources"><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function factMatrix(v: ReportView, L: ReportLanguage, sec: EventSection): string {
  if (!sec.factRows.length) return `<p class="muted">${h(t(L, 'event.noFacts'))}</p>`;
  const cols = sec.sources;
  const head = `<tr><th>${h(t(L, 'col.fact'))}</th><th>${h(t(L, 'col.status'))}</th>${cols.map((s) => `<th>${h(v.sourceLabel(s.id))}</th>`).join('')}</tr>`;
  const body = sec.factRows
    .map((r: FactRow) => {
      const cells = cols
        .map((s) => {
          const entries = r.cells[s.id] ?? [];
          if (!entries.length) return `<td class="muted">${h(t(L, 'empty.none'))}</td>`;
          return `<td${lang(s.language)}>${entries
            .map((e) => {
              const val = formatValue(e.value, e.qualifier);
              return `<div>${h(e.text)}${val && val !== e.text ? ` <span class="muted">[${h(val)}]</span>` : ''}</div>`;
            })
            .join('')}</td>`;
        })
        .join('');
      const label = r.label || t(L, `kind.${r.kind}` as MessageKey);
      return `<tr class="r-${h(r.status)}"><td>${h(label)} <span class="muted">(${h(t(L, `kind.${r.kind}` as MessageKey))})</span></td><td>${badge(L, r.status)}</td>${cells}</tr>`;
    })
    .join('\n');
  return `<table class="matrix"><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

function discrepanciesHtml(v: ReportView, L: ReportLanguage, a: Alignment): string {
  if (!a.discrepancies.length) return `<p class="muted">${h(t(L, 'alignment.noDiscrepancies'))}</p>`;
  const items = a.discrepancies
    .map((d) => {
      const vals = d.values
        .map((dv) => {
          const cl = v.claim(dv.claimId);
          const who = cl ? v.sourceLabel(cl.sourceId) : dv.claimId;
          const src = cl ? v.source(cl.sourceId) : undefined;
          return `<span${lang(src?.language)}>${h(describeFact(dv))}</span> <span class="muted">(${h(who)})</span>`;
        })
        .join(' ≠ ');
      return `<li><b>${h(t(L, `kind.${d.kind}` as MessageKey))}</b>: ${vals}${d.note ? ` — <span class="muted">${h(d.note)}</span>` : ''}</li>`;
    })
    .join('');
  return `<h4>${h(t(L, 'alignment.discrepancies'))}</h4><ul>${items}</ul>`;
}

function provenance(v: ReportView, cl: Claim): string {
  const s = v.source(cl.sourceId);
  const parts = [s?.path ?? cl.sourceId, `${cl.origin.start}–${cl.origin.end}`];
  if (s?.url) parts.push(s.url);
  return parts.map((p) => h(p)).join(' · ');
}

function alignmentHtml(v: ReportView, L: ReportLanguage, a: Alignment, n: number): string {
  const members = a.claimIds.map((id) => v.claim(id)).filter((cl): cl is Claim => !!cl);
  const segs = highlightGroup(
    members.map((claim) => ({ claim, language: v.source(claim.sourceId)?.language ?? 'und' })),
    a.discrepancies,
  );
  const eff = effectiveStatus(a);
  const verdicts = a.tag
    ? `${badge(L, eff)} <span class="muted">${h(t(L, 'alignment.analystVerdict'))}; ${h(t(L, 'alignment.engineVerdict'))}:</span> ${badge(L, a.status)}`
    : `${badge(L, eff)} <span class="muted">${h(t(L, 'alignment.engineVerdict'))}</span>`;
  const tag = a.tag
    ? `<div class="tag"><b>${h(t(L, 'alignment.analystVerdict'))}:</b> ${h(t(L, `status.${a.tag.status}` as MessageKey))} <span class="muted">${h(t(L, 'alignment.updatedAt', { date: a.tag.updatedAt }))}</span>${a.tag.note ? `<div><b>${h(t(L, 'alignment.note'))}:</b> <span class="note">${h(a.tag.note)}</span></div>` : ''}</div>`
    : '';
  const cards = members
    .map((cl) => {
      const s = v.source(cl.sourceId);
      return `<div class="claim"><div class="who">${h(v.sourceLabel(cl.sourceId))} · ${h(s?.language ?? '')}</div><div class="txt" dir="auto"${lang(s?.language)}>${segmentsHtml(segs.get(cl.id) ?? [])}</div><div class="prov">${h(t(L, 'alignment.provenance'))}: ${provenance(v, cl)}</div></div>`;
    })
    .join('');
  return `<div class="group g-${h(eff)}" id="a-${h(a.id)}"><h4>${h(t(L, 'alignment.title', { id: n }))} ${verdicts} <span class="muted">· ${h(t(L, 'alignment.score'))} ${a.score.toFixed(2)}${a.manual ? ` · ${h(t(L, 'alignment.manual'))}` : ''}</span></h4>${tag}<div class="side">${cards}</div>${discrepanciesHtml(v, L, a)}</div>`;
}

function sectionHtml(v: ReportView, L: ReportLanguage, sec: EventSection): string {
  const e = sec.event;
  const title = e ? `${h(t(L, 'event.title'))}: ${h(eventLabel(e, L))}` : h(t(L, 'event.unassigned'));
  const facts: string[] = [];
  if (e?.date) facts.push(`${h(t(L, 'event.date'))}: ${h(e.date)}`);
  if (e?.place) facts.push(`${h(t(L, 'event.place'))}: ${h(e.place)}`);
  facts.push(`${h(t(L, 'event.sources'))}: ${sec.sources.map((s) => h(v.sourceLabel(s.id))).join(', ') || h(t(L, 'empty.none'))}`);
  const groups = sec.alignments.length
    ? sec.alignments.map((a, i) => alignmentHtml(v, L, a, i + 1)).join('\n')
    : `<p class="muted">${h(t(L, 'event.noAlignments'))}</p>`;
  return `<section class="event"${e ? ` id="e-${h(e.id)}"` : ''}><h2>${title}</h2><p class="meta">${facts.join(' · ')}</p>
<h3>${h(t(L, 'event.factMatrix'))}</h3>${factMatrix(v, L, sec)}
<h3>${h(t(L, 'event.alignedStatements'))}</h3><p class="muted">${h(t(L, 'alignment.legend'))}</p>
${groups}</section>`;
}

function methodHtml(c: Comparison, L: ReportLanguage): string {
  const settings =
    c.engine.settings && Object.keys(c.engine.settings).length
      ? `<pre>${h(JSON.stringify(c.engine.settings, null, 2))}</pre>`
      : `<p class="muted">${h(t(L, 'method.noSettings'))}</p>`;
  return `<section class="method"><h2>${h(t(L, 'method.title'))}</h2><table><tbody><tr><th>${h(t(L, 'method.engine'))}</th><td>${h(c.engine.name)}</td></tr><tr><th>${h(t(L, 'method.version'))}</th><td>${h(c.engine.version)}</td></tr></tbody></table><h3>${h(t(L, 'method.settings'))}</h3>${settings}</section>`;
}

export function renderHtml(c: Comparison, L: ReportLanguage, scope: ReportScope, generatedAt: string): string {
  const v = buildView(c);
  const counts = (['agreement', 'partial', 'conflict', 'not-same'] as const)
    .map((s) => `<li class="c-${s}"><b>${v.counts[s]}</b>${badge(L, s)}</li>`)
    .join('');
  const totals = [
    ['summary.sources', c.sources.length],
    ['summary.events', c.events.length],
    ['summary.statements', c.claims.length],
    ['summary.alignments', c.alignments.length],
  ] as const;
  const body = v.sections.length
    ? v.sections.map((s) => sectionHtml(v, L, s)).join('\n')
    : `<p class="muted">${h(t(L, 'empty.nothingInScope'))}</p>`;
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
<header><h1>${h(t(L, 'report.title'))}</h1>
<p class="meta">${h(t(L, 'report.generatedAt', { date: generatedAt }))} · ${h(t(L, 'report.scope'))}: ${h(t(L, `scope.${scope}`))} · ${h(t(L, 'report.language'))}: ${h(L)}</p>
<p class="meta">${h(t(L, 'report.noScripts'))}</p></header>
<section class="summary"><h2>${h(t(L, 'summary.title'))}</h2>
<ul class="counts">${totals.map(([k, n]) => `<li><b>${n}</b>${h(t(L, k))}</li>`).join('')}</ul>
<h3>${h(t(L, 'summary.counts'))}</h3><ul class="counts">${counts}</ul>
<h3>${h(t(L, 'sources.title'))}</h3>${sourcesTable(v, L)}</section>
${body}
${methodHtml(c, L)}
</body>
</html>
`;
}
