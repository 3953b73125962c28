// A hand-built comparison for report tests: one fictional meeting reported in Traditional and Simplified
// Chinese, Vietnamese and English, plus a hostile source whose text tries to run script and load images.
// Written for these tests (no seed text).
import type { Comparison } from '../../../src/core/model';

export const HOSTILE_TEXT =
  'Breaking <script>window.__pwned = 1; fetch("http://example.invalid/s")</script> talks lasted <img src=http://example.invalid/x onerror="window.__pwned=2"> 7 hours <a href="javascript:window.__pwned=3" onclick="window.__pwned=4">more</a>';
export const HANT_TEXT = '兩國代表團在河內舉行會談，會談持續了五到六個小時，由北大西洋司司長率領。';
export const HANS_TEXT = '两国代表团在河内举行会谈，会谈持续了六个半小时，由北美司司长率领。';
export const VI_TEXT = 'Cuộc hội đàm giữa hai phái đoàn tại Hà Nội kéo dài hơn 4 giờ, do Vụ trưởng Vụ Bắc Đại Tây Dương dẫn đầu.';
export const EN_TEXT = 'The delegations met in Hanoi for about five hours on Tuesday, 27 May 2025.';

export function makeComparison(): Comparison {
  const c: Comparison = {
    format: 'parallax.comparison',
    version: 1,
    generatedAt: '2025-06-01T08:00:00.000Z',
    engine: { name: 'parallax', version: '0.1.0', settings: { threshold: 0.42, chineseNormalization: 'tw→cn' } },
    sources: [
      {
        id: 's-hant',
        path: 'taipei/meeting.html',
        outlet: '北方時報',
        language: 'zh-Hant',
        title: '兩國會談在河內舉行',
        published: '2025-05-27',
        url: 'https://news.example/tw/1',
        format: 'html',
        encoding: 'big5',
        diagnostics: [{ level: 'info', code: 'encoding-detected', message: 'Big5 detected' }],
      },
      {
        id: 's-hans',
        path: 'beijing/meeting.txt',
        outlet: '南方日报',
        language: 'zh-Hans',
        title: '两国会谈在河内举行',
        published: '2025-05-27',
        url: null,
        format: 'text',
        encoding: 'gb18030',
        diagnostics: [],
      },
      {
        id: 's-vi',
        path: 'hanoi/hoi-dam.md',
        outlet: 'Báo Sông Hồng',
        language: 'vi',
        title: 'Hội đàm tại Hà Nội',
        published: '2025-05-28',
        url: 'https://news.example/vn/hoi-dam',
        format: 'markdown',
        encoding: 'utf-8',
        diagnostics: [],
      },
      {
        id: 's-en',
        path: 'wire/meeting.txt',
        outlet: 'Wire, "Daily" & Co',
        language: 'en',
        title: 'Delegations meet in Hanoi',
        published: '2025-05-27',
        url: null,
        format: 'text',
        encoding: 'utf-8',
        diagnostics: [],
      },
      {
        id: 's-evil',
        path: 'evil/<b>bold</b>.html',
        outlet: '<img src=http://example.invalid/outlet.png onerror=alert(1)>',
        language: 'en',
        title: '<script>window.__pwned=5</script>',
        published: null,
        url: 'javascript:alert(1)',
        format: 'html',
        encoding: 'utf-8',
        diagnostics: [{ level: 'warning', code: 'noise-removed', message: '<iframe src="http://example.invalid/f"></iframe>' }],
      },
    ],
    events: [
      {
        id: 'ev-hanoi',
        label: 'Hanoi talks | 河內會談',
        date: '2025-05-27',
        place: 'Hà Nội',
        sourceIds: ['s-hant', 's-hans', 's-vi', 's-en', 's-evil'],
      },
      { id: 'ev-other', label: 'Follow-up <b>visit</b>', date: null, place: null, sourceIds: ['s-en'] },
    ],
    claims: [
      {
        id: 'c-hant',
        sourceId: 's-hant',
        eventId: 'ev-hanoi',
        text: HANT_TEXT,
        origin: { start: 120, end: 120 + HANT_TEXT.length },
        index: 0,
        facts: [
          {
            kind: 'duration',
            text: '五到六個小時',
            value: { min: 5, max: 6, unit: 'hour' },
            qualifier: 'range',
            start: HANT_TEXT.indexOf('五到六個小時'),
            end: HANT_TEXT.indexOf('五到六個小時') + 6,
          },
          { kind: 'organization', text: '北大西洋司', value: { key: 'north-atlantic-dept' } },
        ],
      },
      {
        id: 'c-hans',
        sourceId: 's-hans',
        eventId: 'ev-hanoi',
        text: HANS_TEXT,
        origin: { start: 40, end: 40 + HANS_TEXT.length },
        index: 0,
        facts: [
          { kind: 'duration', text: '六个半小时', value: { min: 6.5, max: 6.5, unit: 'hour' }, qualifier: 'exact' },
          { kind: 'organization', text: '北美司', value: { key: 'north-america-dept' } },
        ],
      },
      {
        id: 'c-vi',
        sourceId: 's-vi',
        eventId: 'ev-hanoi',
        text: VI_TEXT,
        origin: { start: 0, end: VI_TEXT.length },
        index: 0,
        facts: [{ kind: 'duration', text: 'hơn 4 giờ', value: { min: 4, max: null, unit: 'hour' }, qualifier: 'at-least' }],
      },
      {
        id: 'c-en',
        sourceId: 's-en',
        eventId: 'ev-hanoi',
        text: EN_TEXT,
        origin: { start: 10, end: 10 + EN_TEXT.length },
        index: 0,
        facts: [
          { kind: 'duration', text: 'about five hours', value: { min: 5, max: 5, unit: 'hour' }, qualifier: 'approximate' },
          { kind: 'date', text: 'Tuesday, 27 May 2025', value: { date: '2025-05-27' } },
        ],
      },
      {
        id: 'c-evil',
        sourceId: 's-evil',
        eventId: 'ev-hanoi',
        text: HOSTILE_TEXT,
        origin: { start: 0, end: HOSTILE_TEXT.length },
        index: 0,
        facts: [{ kind: 'duration', text: '7 hours', value: { min: 7, max: 7, unit: 'hour' } }],
      },
      {
        id: 'c-en2',
        sourceId: 's-en',
        eventId: 'ev-other',
        text: '=HYPERLINK("http://example.invalid","click") a second visit is planned.',
        origin: { start: 200, end: 270 },
        index: 3,
        facts: [],
      },
    ],
    alignments: [
      {
        id: 'al-duration',
        eventId: 'ev-hanoi',
        claimIds: ['c-hant', 'c-hans', 'c-vi', 'c-en'],
        score: 0.81,
        status: 'conflict',
        discrepancies: [
          {
            kind: 'duration',
            values: [
              { claimId: 'c-hant', text: '五到六個小時', value: { min: 5, max: 6, unit: 'hour' }, qualifier: 'range' },
              { claimId: 'c-hans', text: '六个半小时', value: { min: 6.5, max: 6.5, unit: 'hour' } },
              { claimId: 'c-vi', text: 'hơn 4 giờ', value: { min: 4, max: null, unit: 'hour' }, qualifier: 'at-least' },
            ],
          },
          {
            kind: 'organization',
            values: [
              { claimId: 'c-hant', text: '北大西洋司' },
              { claimId: 'c-hans', text: '北美司' },
            ],
            note: 'North Atlantic vs North America department',
          },
        ],
        tag: {
          status: 'conflict',
          note: '核实：北大西洋司 vs 北美司 — kiểm tra lại với Bộ Ngoại giao <b>now</b>',
          updatedAt: '2025-06-01T09:30:00.000Z',
        },
      },
      {
        id: 'al-evil',
        eventId: 'ev-hanoi',
        claimIds: ['c-en', 'c-evil'],
        score: 0.55,
        status: 'partial',
        discrepancies: [
          {
            kind: 'duration',
            values: [
              { claimId: 'c-en', text: 'about five hours' },
              { claimId: 'c-evil', text: '7 hours' },
            ],
            note: '<img src=http://example.invalid/note.png>',
          },
        ],
        tag: null,
      },
      {
        id: 'al-vi-en',
        eventId: 'ev-hanoi',
        claimIds: ['c-vi', 'c-en'],
        score: 0.6,
        status: 'agreement',
        discrepancies: [],
        tag: { status: 'not-same', note: '', updatedAt: '2025-06-01T09:40:00.000Z' },
        manual: true,
      },
    ],
    factTable: [
      {
        eventId: 'ev-hanoi',
        key: 'duration',
        kind: 'duration',
        label: 'Duration of the talks',
        status: 'conflict',
        cells: {
          's-hant': [{ claimId: 'c-hant', text: '五到六個小時', value: { min: 5, max: 6, unit: 'hour' }, qualifier: 'range' }],
          's-hans': [{ claimId: 'c-hans', text: '六个半小时', value: { min: 6.5, max: 6.5, unit: 'hour' } }],
          's-vi': [{ claimId: 'c-vi', text: 'hơn 4 giờ', value: { min: 4, max: null, unit: 'hour' }, qualifier: 'at-least' }],
          's-en': [{ claimId: 'c-en', text: 'about five hours', value: { min: 5, max: 5, unit: 'hour' }, qualifier: 'approximate' }],
          's-evil': [{ claimId: 'c-evil', text: '<svg onload=alert(1)>7 hours' }],
        },
      },
      {
        eventId: 'ev-hanoi',
        key: 'date',
        kind: 'date',
        label: 'Date',
        status: 'single',
        cells: { 's-en': [{ claimId: 'c-en', text: 'Tuesday, 27 May 2025', value: { date: '2025-05-27' } }] },
      },
    ],
  };
  return c;
}
