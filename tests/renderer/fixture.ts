// A small hand-made Comparison in four languages and scripts, for the renderer's view-model tests.
import type { Claim, Comparison, SourceInfo } from '../../src/core/model';

const src = (id: string, language: string, outlet: string, published: string | null): SourceInfo => ({
  id,
  path: `${id}.txt`,
  outlet,
  language,
  title: null,
  published,
  url: null,
  format: 'text',
  encoding: 'utf-8',
  diagnostics: [],
});

const claim = (
  id: string,
  sourceId: string,
  index: number,
  text: string,
  facts: Claim['facts'] = [],
  eventId: string | null = 'ev1',
): Claim => ({
  id,
  sourceId,
  eventId,
  text,
  origin: { start: index * 100, end: index * 100 + text.length },
  facts,
  index,
});

export function sampleComparison(): Comparison {
  const claims: Claim[] = [
    claim('en-0', 'en', 0, 'The harbour talks opened in Tallinn on Monday.', [
      { kind: 'place', text: 'Tallinn', value: { key: 'tallinn' }, start: 28, end: 35 },
    ]),
    claim('en-1', 'en', 1, 'The meeting lasted three hours.', [
      { kind: 'duration', text: 'three hours', value: { min: 3, max: 3, unit: 'hour' }, start: 19, end: 30 },
    ]),
    claim('en-2', 'en', 2, 'Twelve delegates attended.', [
      { kind: 'number', text: 'Twelve', value: { min: 12, max: 12, unit: 'people' }, start: 0, end: 6 },
    ]),
    claim('en-3', 'en', 3, 'A reporter asked about fishing quotas.', [], null),
    claim('hant-0', 'hant', 0, '港口會談週一在塔林開幕。', [{ kind: 'place', text: '塔林', value: { key: 'tallinn' }, start: 7, end: 9 }]),
    claim('hant-1', 'hant', 1, '會談持續了兩個小時。', [
      { kind: 'duration', text: '兩個小時', value: { min: 2, max: 2, unit: 'hour' }, start: 5, end: 9 },
    ]),
    claim('hans-0', 'hans', 0, '会议持续了三个小时。', [
      { kind: 'duration', text: '三个小时', value: { min: 3, max: 3, unit: 'hour' }, start: 5, end: 9 },
    ]),
    claim('hans-1', 'hans', 1, '共有十二名代表出席。', [{ kind: 'number', text: '十二名', value: { min: 12, max: 12, unit: 'people' } }]),
    claim('vi-0', 'vi', 0, 'Cuộc họp kéo dài khoảng ba giờ.', [
      { kind: 'duration', text: 'khoảng ba giờ', value: { min: 3, max: 3, unit: 'hour' }, qualifier: 'approximate', start: 17, end: 30 },
    ]),
  ];
  return {
    format: 'parallax.comparison',
    version: 1,
    generatedAt: '2025-10-20T00:00:00.000Z',
    engine: { name: 'parallax', version: 'test', settings: {} },
    sources: [
      src('en', 'en', 'Harbour Post', '2025-10-13'),
      src('hant', 'zh-Hant', '港灣日報', '2025-10-14'),
      src('hans', 'zh-Hans', '北方晨报', null),
      src('vi', 'vi', 'Tin Cảng', '2025-10-14'),
    ],
    events: [{ id: 'ev1', label: 'Tallinn harbour talks', date: '2025-10-13', place: 'Tallinn', sourceIds: ['en', 'hant', 'hans', 'vi'] }],
    claims,
    alignments: [
      { id: 'a-open', eventId: 'ev1', claimIds: ['en-0', 'hant-0'], score: 0.9, status: 'agreement', discrepancies: [], tag: null },
      {
        id: 'a-dur',
        eventId: 'ev1',
        claimIds: ['en-1', 'hant-1', 'hans-0', 'vi-0'],
        score: 0.8,
        status: 'conflict',
        discrepancies: [
          {
            kind: 'duration',
            values: [
              { claimId: 'en-1', text: 'three hours', value: { min: 3, max: 3, unit: 'hour' } },
              { claimId: 'hant-1', text: '兩個小時', value: { min: 2, max: 2, unit: 'hour' } },
              { claimId: 'hans-0', text: '三个小时', value: { min: 3, max: 3, unit: 'hour' } },
              { claimId: 'vi-0', text: 'khoảng ba giờ', value: { min: 3, max: 3, unit: 'hour' }, qualifier: 'approximate' },
            ],
          },
        ],
        tag: { status: 'conflict', note: 'Haiwan says two hours', updatedAt: '2025-10-21T00:00:00.000Z' },
      },
      { id: 'a-count', eventId: 'ev1', claimIds: ['en-2', 'hans-1'], score: 0.85, status: 'agreement', discrepancies: [], tag: null },
    ],
    factTable: [
      {
        eventId: 'ev1',
        key: 'duration',
        kind: 'duration',
        label: 'duration',
        status: 'conflict',
        cells: {
          en: [{ claimId: 'en-1', text: 'three hours', value: { min: 3, max: 3, unit: 'hour' } }],
          hant: [{ claimId: 'hant-1', text: '兩個小時', value: { min: 2, max: 2, unit: 'hour' } }],
          hans: [{ claimId: 'hans-0', text: '三个小时', value: { min: 3, max: 3, unit: 'hour' } }],
          vi: [{ claimId: 'vi-0', text: 'khoảng ba giờ', value: { min: 3, max: 3, unit: 'hour' }, qualifier: 'approximate' }],
        },
      },
      {
        eventId: 'ev1',
        key: 'delegates',
        kind: 'number',
        label: 'delegates',
        status: 'agreement',
        cells: {
          en: [{ claimId: 'en-2', text: 'Twelve', value: { min: 12, max: 12, unit: 'people' } }],
          hans: [{ claimId: 'hans-1', text: '十二名', value: { min: 12, max: 12, unit: 'people' } }],
        },
      },
    ],
  };
}

/** A synthetic comparison of `sources` × `groups` (for scale checks of the view model). */
export function largeComparison(sources: number, groups: number): Comparison {
  const base = sampleComparison();
  const srcs: SourceInfo[] = Array.from({ length: sources }, (_, i) =>
    src(`s${i}`, (i / 10) % 2 === 1 ? 'zh-Hant' : 'en', `Outlet ${i}`, '2025-10-14'),
  );
  const claims: Claim[] = [];
  const alignments: Comparison['alignments'] = [];
  for (let g = 0; g < groups; g++) {
    const ids: string[] = [];
    for (let s = 0; s < sources; s += 10) {
      const id = `c${g}-${s}`;
      claims.push(claim(id, `s${s}`, g, (s / 10) % 2 ? `第${g}條陳述` : `statement ${g}`));
      ids.push(id);
    }
    alignments.push({
      id: `g${g}`,
      eventId: 'ev1',
      claimIds: ids,
      score: 0.7,
      status: g % 3 === 0 ? 'conflict' : 'agreement',
      discrepancies: [],
      tag: null,
    });
  }
  return { ...base, sources: srcs, claims, alignments, factTable: [] };
}
