import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  LOCALES,
  REPORT_LANGUAGES,
  guessLanguage,
  highlightGroup,
  normalizeChinese,
  renderReport,
  scopeComparison,
  type ReportLanguage,
} from '../../../src/core/report';
import { EN_TEXT, HANS_TEXT, HANT_TEXT, HOSTILE_TEXT, VI_TEXT, makeComparison } from './fixture';
import { parseCsv } from './csv-parse';

const repoRoot = path.resolve(__dirname, '../../..');
const schema = JSON.parse(readFileSync(path.join(repoRoot, 'resources/schema/comparison.schema.json'), 'utf8'));

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);
  return ajv.compile(schema);
}

/** Text content of HTML, tags stripped and the five entities decoded (enough for our own output). */
function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#96;/g, '`')
    .replace(/&amp;/g, '&');
}

describe('JSON export', () => {
  it('keeps every field of the comparison, tags included, and validates against the published schema', () => {
    const c = makeComparison();
    const json = renderReport(c, { format: 'json', scope: 'all', language: 'en', generatedAt: '2025-06-02T00:00:00.000Z' });
    const parsed = JSON.parse(json);
    expect(parsed).toEqual({ ...c, generatedAt: '2025-06-02T00:00:00.000Z' });
    expect(parsed.alignments[0].tag.note).toContain('北大西洋司');
    const validate = validator();
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
  });

  it('every scope yields a valid export', () => {
    const validate = validator();
    const c = makeComparison();
    for (const [scope, eventId] of [['event', 'ev-hanoi'], ['event', 'ev-other'], ['tagged'], ['conflicts']] as const) {
      const parsed = JSON.parse(renderReport(c, { format: 'json', scope, eventId, language: 'en' }));
      expect(validate(parsed), `${scope}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('the schema rejects exports that break the contract', () => {
    const validate = validator();
    const bad = [
      { ...makeComparison(), format: 'other' },
      { ...makeComparison(), version: 2 },
      (() => {
        const c = makeComparison() as unknown as { alignments: Record<string, unknown>[] };
        c.alignments[0].status = 'maybe';
        return c;
      })(),
      (() => {
        const c = makeComparison() as unknown as { claims: Record<string, unknown>[] };
        delete c.claims[0].origin;
        return c;
      })(),
    ];
    for (const b of bad) expect(validate(b)).toBe(false);
  });
});

describe('scopes', () => {
  it('event scope keeps only that event, its statements and sources', () => {
    const s = scopeComparison(makeComparison(), 'event', 'ev-other');
    expect(s.events.map((e) => e.id)).toEqual(['ev-other']);
    expect(s.alignments).toEqual([]);
    expect(s.claims.map((c) => c.id)).toEqual(['c-en2']);
    expect(s.sources.map((x) => x.id)).toEqual(['s-en']);
  });
  it('tagged keeps analyst-tagged groups; conflicts uses the analyst verdict over the engine', () => {
    const c = makeComparison();
    expect(scopeComparison(c, 'tagged').alignments.map((a) => a.id)).toEqual(['al-duration', 'al-vi-en']);
    expect(scopeComparison(c, 'conflicts').alignments.map((a) => a.id)).toEqual(['al-duration']);
    c.alignments[1].tag = { status: 'conflict', note: 'seven is wrong', updatedAt: '2025-06-01T10:00:00Z' };
    c.alignments[0].tag = { status: 'partial', note: '', updatedAt: '2025-06-01T10:00:00Z' };
    const conflicts = scopeComparison(c, 'conflicts');
    expect(conflicts.alignments.map((a) => a.id)).toEqual(['al-evil']);
    expect(conflicts.factTable.map((r) => r.key)).toEqual(['duration']);
    expect(conflicts.claims.map((x) => x.id).sort()).toEqual(['c-en', 'c-evil', 'c-hans', 'c-hant', 'c-vi']);
  });
  it('an unknown or missing event id is an error, not an empty report', () => {
    expect(() => renderReport(makeComparison(), { format: 'html', scope: 'event', eventId: 'nope', language: 'en' })).toThrow(
      /unknown event/,
    );
    expect(() => renderReport(makeComparison(), { format: 'md', scope: 'event', language: 'en' })).toThrow(/eventId/);
  });
});

describe('HTML report', () => {
  const c = makeComparison();
  const html = renderReport(c, { format: 'html', scope: 'all', language: 'en', generatedAt: '2025-06-02T00:00:00.000Z' });

  it('contains no script, no event handler, no element that loads anything, and a deny-all CSP', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(img|iframe|svg|object|embed|link|base|a|form|video|audio|source)[\s>]/i);
    // every real tag of the document: only our own elements, without handlers or URLs
    const tags = html.match(/<[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(100);
    for (const tag of tags) {
      expect(tag).toMatch(
        /^<\/?(!DOCTYPE|html|head|meta|title|style|body|header|section|h[1-4]|p|ul|ol|li|b|br|span|div|dl|dt|dd|blockquote|table|colgroup|col|thead|tbody|tr|th|td|mark)[\s>]/,
      );
      expect(tag).not.toMatch(/\son[a-z]+\s*=|\s(src|href|srcset|action|style)\s*=/i);
    }
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    // ...while the hostile text is still there to read, as text
    const text = textOf(html);
    expect(text).toContain(HOSTILE_TEXT);
    expect(text).toContain('<img src=http://example.invalid/outlet.png onerror=alert(1)>');
    expect(text).toContain('javascript:alert(1)');
  });

  it('puts a summary first: what was compared, counts by verdict and the key discrepancies with their values and outlets', () => {
    const text = textOf(html).replace(/\s+/g, ' ');
    const summary = text.slice(text.indexOf('Summary'), text.indexOf('Event: '));
    expect(summary).toContain('5 reports');
    expect(summary).toContain('Traditional Chinese, Simplified Chinese, Vietnamese, English');
    expect(summary).toContain('May 27, 2025 – May 28, 2025');
    // counts: al-duration conflict (tagged), al-evil partial, al-vi-en set aside by the analyst
    expect(summary).toMatch(/1\s*Conflict\s*1\s*Partial agreement\s*0\s*Agreement/);
    expect(summary).toContain('Set aside by the analyst as not the same fact: 1 groups');
    // the duration conflict, each value once with who states it, in the report language
    expect(summary).toContain('Duration: 5–6 hours — 北方時報·6.5 hours — 南方日报·more than 4 hours — Báo Sông Hồng');
    expect(summary).toContain('Organisation: 北大西洋司 — 北方時報·北美司 — 南方日报');
    // the analyst's tag and note, and the statements in their own script
    expect(summary).toContain('Analyst verdict: Conflict');
    expect(summary).toContain('核实：北大西洋司 vs 北美司 — kiểm tra lại với Bộ Ngoại giao <b>now</b>');
    expect(summary).toContain(HANT_TEXT);
    expect(summary).toContain(HANS_TEXT);
  });

  it('shows each event with its facts, statement groups (tagged first), provenance a person can follow, and no internals', () => {
    const text = textOf(html).replace(/\s+/g, ' ');
    for (const s of [HANT_TEXT, HANS_TEXT, VI_TEXT, EN_TEXT].map((x) => x.replace(/\s+/g, ' '))) expect(text).toContain(s);
    expect(text).toContain('Event: Hanoi talks | 河內會談 · May 27, 2025');
    expect(text).toContain('Facts compared');
    // equal values merged, sources listed
    expect(text).toContain('Duration of the talks');
    expect(text).toContain('about 5 hours — Wire, "Daily" & Co');
    // provenance: outlet, headline, statement number, file — no character offsets
    expect(text).toContain('北方時報 · 兩國會談在河內舉行 · statement 1 · file taipei/meeting.html · https://news.example/tw/1');
    expect(text).not.toContain('120–');
    // the group the analyst tagged comes first in its event, and the set-aside group is listed apart
    const events = text.slice(text.indexOf('Event: Hanoi'));
    expect(events.indexOf('Group 1 Conflict Analyst verdict')).toBeGreaterThanOrEqual(0);
    expect(text).toContain('Set aside by the analyst');
    // no ids, keys or raw settings
    for (const id of ['al-duration', 'c-hant', 's-hant', 'ev-hanoi', 'north-atlantic-dept', '"threshold"']) expect(text).not.toContain(id);
    expect(text).toContain('0.1.0');
    expect(html).toContain('lang="zh-Hant"');
    expect(html).toContain('lang="vi"');
    expect(html).toContain('@media print');
    expect(html).toContain('size: A4 portrait');
  });

  it('never contrasts a value with itself', () => {
    const text = textOf(html);
    expect(text).not.toContain('≠');
  });

  it('highlights what differs between Chinese statements after Traditional→Simplified normalization', () => {
    // shared text written in different scripts (兩國代表團 / 两国代表团) is not highlighted ...
    expect(html).toContain('兩國代表團在河內舉行會談，會談持續了');
    expect(html).toContain('两国代表团在河内举行会谈，会谈持续了');
    // ... the disputed facts are
    expect(html).toMatch(/<mark class="d">五到六個小時<\/mark>/);
    expect(html).toMatch(/<mark class="d">六个半小时<\/mark>/);
    expect(html).toMatch(/<mark class="d">北大西洋司<\/mark>/);
    expect(html).toMatch(/<mark class="d">北美司<\/mark>/);
    expect(html).toMatch(/<mark class="d">hơn 4 giờ<\/mark>/);
  });

  it('is written in the report language, whatever the sources are', () => {
    const expectations: Record<ReportLanguage, string[]> = {
      en: ['Facts compared', 'Conflict', 'about 5 hours', 'May 27, 2025'],
      'zh-Hans': ['比较的事实', '矛盾', '分析员判定', 'Parallax 对比报告', '约5小时', '2025年5月27日', '繁体中文'],
      'zh-Hant': ['比較的事實', '矛盾', '分析員判定', 'Parallax 對比報告', '約5 小時', '2025年5月27日', '繁體中文'],
      vi: [
        'Các dữ kiện được so sánh',
        'Mâu thuẫn',
        'Kết luận của phân tích viên',
        'Báo cáo so sánh Parallax',
        'khoảng 5 giờ',
        'Tiếng Việt',
      ],
    };
    for (const L of REPORT_LANGUAGES) {
      const out = renderReport(c, { format: 'html', scope: 'all', language: L });
      expect(out).toContain(`<html lang="${L}">`);
      for (const s of expectations[L]) expect(out).toContain(s);
      if (L !== 'en') expect(out).not.toContain('Facts compared');
    }
  });
});

describe('Markdown report', () => {
  const md = renderReport(makeComparison(), { format: 'md', scope: 'all', language: 'vi' });
  it('escapes source text: no raw HTML, no live links or images, table pipes escaped', () => {
    expect(md).not.toMatch(/<[a-z!/]/i);
    expect(md).not.toMatch(/!\[|\]\(/);
    expect(md).toContain('&lt;script&gt;window.\\_\\_pwned = 1; fetch\\("http://example.invalid/s"\\)&lt;/script&gt;');
    expect(md).toContain('Hanoi talks \\| 河內會談');
  });
  it('keeps Chinese and Vietnamese intact and is localized', () => {
    expect(md).toContain(HANT_TEXT);
    expect(md).toContain(HANS_TEXT);
    expect(md).toContain('Cuộc hội đàm giữa hai phái đoàn tại Hà Nội kéo dài hơn 4 giờ, do Vụ trưởng Vụ Bắc Đại Tây Dương dẫn đầu.');
    expect(md).toContain('# Báo cáo so sánh Parallax');
    expect(md).toContain('### Các dữ kiện được so sánh');
    expect(md.indexOf('## Tóm tắt')).toBeLessThan(md.indexOf('## Sự kiện'));
    // every table row has as many cells as its header
    const tables = md.split('\n\n').filter((b) => b.startsWith('| '));
    expect(tables.length).toBeGreaterThan(3);
    for (const t of tables) {
      const widths = t.split('\n').map((line) => line.split(/(?<!\\)\|/).length);
      expect(new Set(widths).size).toBe(1);
    }
  });
});

describe('CSV report', () => {
  const c = makeComparison();
  const csv = renderReport(c, { format: 'csv', scope: 'all', language: 'en' });
  it('is UTF-8 with BOM and CRLF, and round-trips through an RFC 4180 parser', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const header = CSV_COLUMNS.map((k) => LOCALES.en[k]);
    expect(rows[0]).toEqual(header);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const records = rows.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((k, i) => [k, r[i]])));
    // one row per source stating a fact value (5 duration + 1 date) and one per statement of each kept group (4 + 2)
    expect(records.filter((r) => r['csv.row'] === 'fact value')).toHaveLength(6);
    const statements = records.filter((r) => r['csv.row'] === 'statement');
    expect(statements).toHaveLength(6);
    const hant = statements.find((r) => r['col.statement'] === HANT_TEXT)!;
    expect(hant['col.status']).toBe('Conflict');
    expect(hant['col.outlet']).toBe('北方時報');
    expect(hant['csv.group']).toBe('1');
    expect(hant['alignment.note']).toBe('核实：北大西洋司 vs 北美司 — kiểm tra lại với Bộ Ngoại giao <b>now</b>');
    expect(hant['col.value']).toBe('Duration: 5–6 hours; Organisation: 北大西洋司');
    const evil = statements.find((r) => r['col.statement'] === HOSTILE_TEXT)!;
    expect(evil).toBeDefined(); // quotes, commas and angle brackets survive
    expect(statements.find((r) => r['col.outlet'] === 'Wire, "Daily" & Co')).toBeDefined();
    const viCell = records.find((r) => r['csv.row'] === 'fact value' && r['col.outlet'] === 'Báo Sông Hồng')!;
    expect(viCell['col.statement']).toBe('hơn 4 giờ');
    expect(viCell['col.value']).toBe('more than 4 hours');
    // no internal ids
    expect(csv).not.toMatch(/\b(al-duration|c-hant|s-hant|ev-hanoi)\b/);
  });
  it('defuses spreadsheet formulas in source text', () => {
    const cc = makeComparison();
    cc.factTable[1].cells['s-en'][0].text = '=HYPERLINK("http://example.invalid","x")';
    const rows = parseCsv(renderReport(cc, { format: 'csv', scope: 'all', language: 'en' }).slice(1));
    const cell = rows.find((r) => r[CSV_COLUMNS.indexOf('col.statement')].includes('HYPERLINK'))!;
    expect(cell[CSV_COLUMNS.indexOf('col.statement')]).toBe(`'=HYPERLINK("http://example.invalid","x")`);
  });
});

describe('report locales', () => {
  it('every language has every key, non-empty, with the same placeholders', () => {
    const keys = Object.keys(LOCALES.en);
    for (const L of REPORT_LANGUAGES) {
      expect(Object.keys(LOCALES[L]).sort()).toEqual([...keys].sort());
      for (const k of keys) {
        const v = LOCALES[L][k as keyof typeof LOCALES.en];
        expect(v.length, `${L} ${k}`).toBeGreaterThan(0);
        expect(v.match(/\{\w+\}/g) ?? [], `${L} ${k}`).toEqual(LOCALES.en[k as keyof typeof LOCALES.en].match(/\{\w+\}/g) ?? []);
      }
    }
  });
});

describe('highlighting', () => {
  it('compares Chinese statements of unknown language by their script, after Traditional→Simplified', () => {
    const c = makeComparison();
    for (const s of c.sources) s.language = 'und';
    const html = renderReport(c, { format: 'html', scope: 'all', language: 'en' });
    // 兩國代表團 and 两国代表团 normalize to the same text: unmarked; the organisation differs: marked
    expect(html).toContain('兩國代表團在河內舉行會談，會談持續了');
    expect(html).toMatch(/<mark class="d">北大西洋司<\/mark>/);
    expect(html).toMatch(/<mark class="d">六个半小时<\/mark>/);
  });
  it('marks what differs between two statements in the same language, word by word', () => {
    const segs = highlightGroup(
      [
        {
          claim: {
            id: 'a',
            sourceId: 's1',
            eventId: null,
            text: 'Hội đàm kéo dài năm giờ tại Hà Nội',
            origin: { start: 0, end: 1 },
            facts: [],
            index: 0,
          },
          language: 'vi',
        },
        {
          claim: {
            id: 'b',
            sourceId: 's2',
            eventId: null,
            text: 'Hội đàm kéo dài sáu giờ tại Hà Nội',
            origin: { start: 0, end: 1 },
            facts: [],
            index: 0,
          },
          language: 'vi',
        },
      ],
      [],
    );
    expect(
      segs
        .get('a')!
        .filter((s) => s.changed)
        .map((s) => s.text),
    ).toEqual(['năm']);
    expect(
      segs
        .get('b')!
        .filter((s) => s.changed)
        .map((s) => s.text),
    ).toEqual(['sáu']);
    expect(normalizeChinese('會談持續了六個半小時')).toEqual(Array.from('会谈持续了六个半小时'));
    expect(guessLanguage('两国代表团在河内举行会谈')).toBe('zh');
    expect(guessLanguage('Cuộc hội đàm kéo dài hơn 4 giờ')).toBe('vi');
    expect(guessLanguage('The delegations met in Hanoi')).toBe('und');
  });
});
