// The Word report (editors work in Word): the same digest as the HTML report — summary first, then each event's
// facts and groups — built with the `docx` library as real headings, paragraphs and tables an editor can change.
// Fonts: Arial for Latin and Vietnamese, Microsoft YaHei / JhengHei for Simplified / Traditional Chinese (Word
// substitutes a CJK font where those are missing); each run carries its language so spelling tools behave.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Comparison } from '../model';
import { buildDigest, plural, type DiscrepancyDigest, type GroupDigest, type SectionDigest, type ValueGroup } from './digest';
import { t, type MessageKey, type ReportLanguage } from './locales';
import type { ReportScope } from './scope';

const LATIN_FONT = 'Arial';
const CJK_FONT: Record<string, string> = { 'zh-Hant': 'Microsoft JhengHei', 'zh-Hans': 'Microsoft YaHei' };
const STATUS_COLOR: Record<string, string> = {
  agreement: '1F7A3A',
  partial: '9A6700',
  conflict: 'B42318',
  'not-same': '57606A',
  single: '57606A',
};

/** Word's language id for a BCP 47 tag. */
function wordLang(tag: string): string {
  if (tag === 'zh-Hant') return 'zh-TW';
  if (tag === 'zh-Hans' || tag.startsWith('zh')) return 'zh-CN';
  if (tag === 'vi') return 'vi-VN';
  if (tag === 'en') return 'en-GB';
  return tag;
}

function run(text: string, lang?: string, extra: IRunOptions = {}): TextRun {
  const l = lang ?? 'en';
  const eastAsia = CJK_FONT[l] ?? (l.startsWith('zh') ? CJK_FONT['zh-Hans'] : CJK_FONT['zh-Hans']);
  return new TextRun({
    text,
    font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia },
    language: l.startsWith('zh') ? { eastAsia: wordLang(l) } : { value: wordLang(l) },
    ...extra,
  });
}

function para(
  children: ParagraphChild[],
  opts: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; indent?: number } = {},
): Paragraph {
  return new Paragraph({
    children,
    heading: opts.heading,
    indent: opts.indent ? { left: opts.indent } : undefined,
    spacing: { after: 80 },
  });
}

function heading(text: string, L: ReportLanguage, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return para([run(text, L)], { heading: level });
}

function statusRun(L: ReportLanguage, status: string): TextRun {
  return run(` ${t(L, `status.${status}` as MessageKey)} `, L, {
    bold: true,
    color: 'FFFFFF',
    shading: { type: ShadingType.CLEAR, fill: STATUS_COLOR[status] ?? '57606A', color: 'auto' },
  });
}

function valuesRuns(L: ReportLanguage, groups: readonly ValueGroup[]): TextRun[] {
  const out: TextRun[] = [];
  groups.forEach((g, i) => {
    if (i) out.push(run('  ·  ', L, { color: '8C959F' }));
    const lang = g.display === g.texts[0] ? g.sources[0]?.language : L;
    out.push(run(g.display, lang, { bold: true }));
    out.push(run(` — ${g.sources.map((s) => s.label).join(', ')}`, L, { color: '57606A' }));
  });
  return out;
}

function discrepancyPara(L: ReportLanguage, d: DiscrepancyDigest): Paragraph {
  return para([run(`${d.kindLabel}: `, L, { bold: true }), ...valuesRuns(L, d.groups)], { indent: 240 });
}

function tagParas(L: ReportLanguage, g: GroupDigest): Paragraph[] {
  if (!g.tag) return [];
  const out = [
    para(
      [
        run(`${t(L, 'alignment.analystVerdict')}: `, L, { bold: true }),
        run(g.tag.statusLabel, L),
        run(`  ${t(L, 'alignment.updatedAt', { date: g.tag.when })}`, L, { color: '57606A' }),
      ],
      {
        indent: 240,
      },
    ),
  ];
  if (g.tag.note) out.push(para([run(`${t(L, 'alignment.note')}: `, L, { bold: true }), run(g.tag.note, undefined)], { indent: 240 }));
  return out;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'D0D7DE' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

function table(head: string[], rows: ParagraphChild[][][], L: ReportLanguage, widths: number[]): Table {
  const cell = (children: ParagraphChild[], w: number, header = false) =>
    new TableCell({
      children: [new Paragraph({ children })],
      width: { size: w, type: WidthType.PERCENTAGE },
      shading: header ? { type: ShadingType.CLEAR, fill: 'F6F8FA', color: 'auto' } : undefined,
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell([run(h, L, { bold: true })], widths[i], true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, widths[i])) })),
    ],
  });
}

function groupBlocks(L: ReportLanguage, g: GroupDigest): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    para(
      [
        run(`${t(L, 'alignment.title', { id: g.number })}  `, L, { bold: true }),
        statusRun(L, g.status),
        ...(g.tag ? [run(`  ${t(L, 'alignment.engineVerdict')}: `, L, { color: '57606A' }), statusRun(L, g.engineStatus)] : []),
      ],
      {
        heading: HeadingLevel.HEADING_4,
      },
    ),
    ...tagParas(L, g),
  ];
  out.push(
    table(
      [t(L, 'col.source'), t(L, 'col.statement'), t(L, 'alignment.provenance')],
      g.statements.map((s) => [
        [run(s.source.label, L)],
        [run(s.text, s.source.language)],
        [
          run(
            [s.source.headline ?? '', t(L, 'statement.position', { n: s.position }), t(L, 'statement.file', { path: s.source.path })]
              .filter(Boolean)
              .join(' · '),
            s.source.language,
            { size: 16 },
          ),
        ],
      ]),
      L,
      [18, 52, 30],
    ),
  );
  if (g.discrepancies.length) out.push(...g.discrepancies.map((d) => discrepancyPara(L, d)));
  else out.push(para([run(t(L, 'group.sourcesAgree'), L, { italics: true, color: '57606A' })], { indent: 240 }));
  return out;
}

function sectionBlocks(L: ReportLanguage, sec: SectionDigest): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading(sec.event ? `${t(L, 'event.title')}: ${sec.title}` : sec.title, L, HeadingLevel.HEADING_1)];
  const meta: string[] = [];
  if (sec.when) meta.push(`${t(L, 'event.date')}: ${sec.when}`);
  meta.push(`${t(L, 'event.sources')}: ${sec.sources.map((s) => s.label).join(', ') || t(L, 'empty.none')}`);
  out.push(para([run(meta.join(' · '), L, { color: '57606A' })]));
  out.push(heading(t(L, 'facts.title'), L, HeadingLevel.HEADING_2));
  if (sec.facts.length)
    out.push(
      table(
        [t(L, 'col.fact'), t(L, 'col.status'), t(L, 'facts.values')],
        sec.facts.map((f) => [[run(f.label, L)], [statusRun(L, f.status)], valuesRuns(L, f.groups)]),
        L,
        [25, 15, 60],
      ),
    );
  else out.push(para([run(t(L, 'event.noFacts'), L, { italics: true })]));
  out.push(heading(t(L, 'event.alignedStatements'), L, HeadingLevel.HEADING_2));
  if (sec.groups.length) for (const g of sec.groups) out.push(...groupBlocks(L, g));
  else out.push(para([run(t(L, 'event.noAlignments'), L, { italics: true })]));
  return out;
}

/** The Word document of a comparison, as the bytes of a .docx file. */
export async function renderDocx(c: Comparison, L: ReportLanguage, scope: ReportScope, generatedAt: string): Promise<Uint8Array> {
  const d = buildDigest(c, L, generatedAt);
  const o = d.overview;
  const title = t(L, 'report.title');
  const body: (Paragraph | Table)[] = [
    new Paragraph({ children: [run(title, L)], heading: HeadingLevel.TITLE }),
    para([
      run(`${t(L, 'report.generatedAt', { date: d.generatedAt })} · ${t(L, 'report.scope')}: ${t(L, `scope.${scope}`)}`, L, {
        color: '57606A',
      }),
    ]),
    heading(t(L, 'summary.title'), L, HeadingLevel.HEADING_1),
    heading(t(L, 'summary.compared'), L, HeadingLevel.HEADING_2),
    para([run(`${t(L, 'summary.sources')}: `, L, { bold: true }), run(plural(L, 'summary.reports', o.sources), L)]),
  ];
  if (o.outlets.length)
    body.push(
      para([
        run(`${t(L, 'summary.outlets')}: `, L, { bold: true }),
        ...o.outlets.flatMap((x, i) => [run(i ? ', ' : '', L), run(x, undefined)]),
      ]),
    );
  if (o.languages.length) body.push(para([run(`${t(L, 'summary.languages')}: `, L, { bold: true }), run(o.languages.join(', '), L)]));
  if (o.published) body.push(para([run(`${t(L, 'summary.published')}: `, L, { bold: true }), run(o.published, L)]));
  for (const e of o.events)
    body.push(
      para([
        run(`${t(L, 'summary.events')}: `, L, { bold: true }),
        run(t(L, 'summary.eventLine', { label: e.label, reports: plural(L, 'summary.reports', e.sources) }), L),
      ]),
    );
  body.push(heading(t(L, 'summary.counts'), L, HeadingLevel.HEADING_2));
  body.push(
    para((['conflict', 'partial', 'agreement'] as const).flatMap((s) => [statusRun(L, s), run(` ${d.counts[s]}    `, L, { bold: true })])),
  );
  if (d.setAside.length) body.push(para([run(t(L, 'summary.setAside', { n: d.setAside.length }), L, { color: '57606A' })]));
  body.push(heading(t(L, 'summary.key'), L, HeadingLevel.HEADING_2));
  if (!d.top.length) body.push(para([run(t(L, 'summary.noKey'), L)]));
  d.top.forEach((g, i) => {
    const kinds = [...new Set(g.discrepancies.map((x) => x.kindLabel))].join(', ') || t(L, `status.${g.status}` as MessageKey);
    body.push(
      para(
        [
          run(`${i + 1}. ${kinds}  `, L, { bold: true }),
          statusRun(L, g.status),
          ...(g.eventLabel ? [run(`  ${t(L, 'summary.inEvent', { label: g.eventLabel })}`, L, { color: '57606A' })] : []),
        ],
        { heading: HeadingLevel.HEADING_3 },
      ),
    );
    body.push(...g.discrepancies.map((dd) => discrepancyPara(L, dd)), ...tagParas(L, g));
    for (const s of g.statements)
      body.push(
        para([run(`${s.source.label}: `, L, { color: '57606A' }), run(s.text, s.source.language, { italics: true })], { indent: 480 }),
      );
  });
  if (d.moreDiscrepancies > 0) body.push(para([run(t(L, 'summary.more', { n: d.moreDiscrepancies }), L, { italics: true })]));

  body.push(heading(t(L, 'sources.title'), L, HeadingLevel.HEADING_1));
  body.push(
    table(
      [t(L, 'col.outlet'), t(L, 'col.title'), t(L, 'col.language'), t(L, 'col.published'), t(L, 'col.path')],
      d.sourceList.map((s) => [
        [run(s.label, undefined)],
        [run(s.headline ?? '', s.language)],
        [run(s.languageName, L)],
        [run(s.published, L)],
        [run(s.url ? `${s.path} · ${s.url}` : s.path, undefined, { size: 16 })],
      ]),
      L,
      [16, 38, 12, 14, 20],
    ),
  );
  for (const sec of d.sections) body.push(...sectionBlocks(L, sec));
  if (d.setAside.length) {
    body.push(heading(t(L, 'setAside.title'), L, HeadingLevel.HEADING_1));
    for (const g of d.setAside)
      body.push(
        para([
          ...g.statements.flatMap((s, i) => [
            run(`${i ? ' / ' : ''}${s.source.label}: `, L, { color: '57606A' }),
            run(s.text, s.source.language),
          ]),
          ...(g.tag?.note ? [run(` — ${g.tag.note}`, undefined, { italics: true })] : []),
        ]),
      );
  }
  body.push(
    heading(t(L, 'method.title'), L, HeadingLevel.HEADING_1),
    para([run(t(L, 'method.summary', { version: c.engine.version }), L)]),
  );

  const pageLabel = t(L, 'pdf.page', { page: '\u0000', pages: '\u0001' });
  const [before, middle, after] = pageLabel.split(/[\u0000\u0001]/);
  const doc = new Document({
    creator: 'Parallax',
    title,
    styles: {
      default: {
        document: {
          run: { font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: CJK_FONT[L] ?? CJK_FONT['zh-Hans'] }, size: 21 },
        },
      },
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(title, L, { color: '57606A', size: 16 })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [before ?? '', PageNumber.CURRENT, middle ?? '', PageNumber.TOTAL_PAGES, after ?? ''],
                    size: 16,
                    color: '57606A',
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
