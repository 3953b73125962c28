// Events from reports as the facts layer reads them: invented meetings in invented cities, reported in en, ru,
// zh-Hans, zh-Hant and vi. Place facts carry keys of their own script (as for names no gazetteer knows), so that
// reports of one meeting must be joined by how the place names sound, and the lead must decide each report's event.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/model';
import { assignEvents, type EventDocInput } from '../../../src/core/engine/events';
import { resolveSettings } from '../../../src/core/engine/settings';
import { eventLabel, eventPlace } from '../../../src/core/event-label';

const date = (d: string, text = d): Fact => ({ kind: 'date', text, value: { date: d } });
/** a place no gazetteer knows: the key is the name as written (each script gives its own key) */
const place = (text: string): Fact => ({ kind: 'place', text, value: { key: '~' + text.toLowerCase() } });
const dur = (text: string): Fact => ({ kind: 'duration', text, value: { min: 6, max: null, unit: 'hour' }, qualifier: 'at-least' });
type Line = [Fact[], boolean?];
const doc = (id: string, language: string, published: string | null, lines: Line[], dateline: string | null = null): EventDocInput => ({
  id,
  language,
  published,
  dateline,
  claims: lines.map(([facts, eventWord], index) => ({ index, facts, eventWord: !!eventWord })),
});

// Talks in Kestrava on 12 March 2025; earlier talks in Tarnholm on 5 March; another meeting on 12 March in Brellmoor.
const reports: EventDocInput[] = [
  doc('en-wire', 'en', '2025-03-12', [
    [[place('Kestrava')], true], // headline: Talks in Kestrava
    [[date('2025-03-12', 'March 12'), place('Kestrava')], true],
    [[dur('about six hours')], true],
    [[]],
  ]),
  // datelined in Velgrad (where it was written), reporting the Kestrava talks; paragraph 5 recalls the Tarnholm talks
  doc(
    'ru-agency',
    'ru',
    '2025-03-13',
    [
      [[place('Вельград'), date('2025-03-13', '13 марта')]],
      [[date('2025-03-12', 'в среду'), place('Кестраве')], true],
      [[]],
      [[]],
      [[]],
      [[date('2025-03-05', '5 марта'), place('Тарнхольме')], true],
      [[]],
    ],
    '~вельград',
  ),
  // the same, but the dateline was not recognised: "ВЕЛЬГРАД, 12 марта. Делегации провели переговоры в Кестраве"
  doc('ru-paper', 'ru', '2025-03-12', [
    [[place('Вельград'), date('2025-03-12', '12 марта'), place('Кестраве')], true],
    [[place('Кестраве')], true],
    [[]],
  ]),
  doc('zh-hans', 'zh-Hans', '2025-03-12', [[[date('--03-12', '3月12日'), place('凯斯特拉瓦')], true], [[place('凯斯特拉瓦')], true]]),
  doc('zh-hant', 'zh-Hant', '2025-03-13', [[[date('2025-03-12', '12日'), place('凱斯特拉瓦')], true]]),
  doc('vi', 'vi', '2025-03-12', [[[date('--03-12', '12/3'), place('Kestrava')], true], [[dur('hơn 6 giờ')], true]]),
  // a different duration hedge and no place in its date sentence; a background mention of Tarnholm
  doc('en-blog', 'en', '2025-03-14', [
    [[place('Kestrava')], true],
    [[date('2025-03-12', 'on Wednesday')], true],
    [[dur('more than six hours')], true],
    [[]],
    [[date('2025-03-05', 'March 5'), place('Tarnholm')], true],
  ]),
  doc('tarn-en', 'en', '2025-03-05', [[[date('2025-03-05'), place('Tarnholm')], true], [[]]]),
  doc('tarn-zh', 'zh-Hans', '2025-03-06', [[[date('2025-03-05', '3月5日'), place('塔恩霍尔姆')], true]]),
  doc('brell-en', 'en', '2025-03-12', [[[date('2025-03-12'), place('Brellmoor')], true], [[]]]),
  doc('brell-vi', 'vi', '2025-03-12', [[[date('--03-12', '12/3'), place('Brellmoor')], true]]),
];

describe('events from the leads of reports in five languages', () => {
  const a = assignEvents(reports);
  const ev = (docId: string) => a.events.find((e) => e.id === a.primary.get(docId))!;

  it('joins every report of one meeting: other scripts, a missing year, a dateline city, a different hedge', () => {
    const kestrava = a.primary.get('en-wire');
    for (const id of ['ru-agency', 'ru-paper', 'zh-hans', 'zh-hant', 'vi', 'en-blog']) expect(a.primary.get(id), id).toBe(kestrava);
    expect(ev('en-wire').sourceIds).toHaveLength(7);
  });

  it('labels the event with the place and date most leads give, not a dateline', () => {
    const e = ev('ru-agency');
    expect(e.label).toBe('Kestrava · 2025-03-12');
    expect(e.date).toBe('2025-03-12');
    expect(e.placeNames).toEqual({ en: 'Kestrava', ru: 'Кестраве', vi: 'Kestrava', 'zh-Hans': '凯斯特拉瓦', 'zh-Hant': '凱斯特拉瓦' });
    expect(eventLabel(e, 'zh-Hant')).toBe('凱斯特拉瓦 · 2025-03-12');
    expect(eventPlace(e, 'zh-Hans')).toBe('凯斯特拉瓦');
    // no report in this language: the default form
    expect(eventLabel(e, 'ar')).toBe('Kestrava · 2025-03-12');
  });

  it('keeps a report in its lead’s event and lists it under the event it mentions in the background', () => {
    const tarn = ev('tarn-en');
    expect(a.primary.get('ru-agency')).not.toBe(tarn.id);
    expect(a.claims.get('ru-agency')![5]).toEqual({ eventId: tarn.id, explicit: true });
    expect(a.claims.get('ru-agency')![2].eventId).toBe(a.primary.get('ru-agency'));
    expect(tarn.mentionedIn).toEqual(['ru-agency', 'en-blog']);
    expect(tarn.sourceIds).toEqual(['tarn-en', 'tarn-zh']);
    expect(tarn.label).toBe('Tarnholm · 2025-03-05');
  });

  it('keeps two meetings on the same day in different places apart', () => {
    const brell = ev('brell-en');
    expect(brell.id).not.toBe(a.primary.get('en-wire'));
    expect(brell.sourceIds).toEqual(['brell-en', 'brell-vi']);
    expect(brell.label).toBe('Brellmoor · 2025-03-12');
    expect(a.events).toHaveLength(3);
  });

  it('is deterministic and independent of the order of the reports', () => {
    expect(assignEvents(reports)).toEqual(a);
    const b = assignEvents([...reports].reverse());
    const label = (r: typeof a, id: string) => r.events.find((e) => e.id === r.primary.get(id))?.label;
    for (const d of reports) expect(label(b, d.id), d.id).toBe(label(a, d.id));
  });

  it('reads its thresholds from the settings: with no day of tolerance a report dated a day later stands apart', () => {
    const late = doc('zh-late', 'zh-Hans', '2025-03-13', [[[date('2025-03-13', '13日凌晨'), place('凯斯特拉瓦')], true]]);
    const base = assignEvents([...reports, late]);
    expect(base.primary.get('zh-late')).toBe(base.primary.get('en-wire'));
    const strict = assignEvents([...reports, late], { settings: resolveSettings({ events: { sameEventDays: 0 } }).events });
    expect(strict.primary.get('zh-late')).not.toBe(strict.primary.get('en-wire'));
    expect(strict.primary.get('zh-hant')).toBe(strict.primary.get('en-wire'));
  });

  it('weighs the lead over a background paragraph even when the lead gives no date', () => {
    // the lead names talks in Kestrava without a date; only the background paragraph is dated (Tarnholm, 5 March)
    const r = assignEvents([
      ...reports,
      doc('ru-undated', 'ru', null, [[[place('Кестраве')], true], [[place('Кестраве')], true], [[]], [[]], [[]], [[]], [[]], [[]], [[date('2025-03-05'), place('Тарнхольме')], true]]),
    ]);
    expect(r.primary.get('ru-undated')).toBe(r.primary.get('en-wire'));
    // a lead place counts even where the language's words for a meeting are not known
    const q = assignEvents([
      ...reports,
      doc('und-undated', 'und', null, [[[place('Kestrava')]], [[]], [[]], [[]], [[]], [[]], [[]], [[]], [[date('2025-03-05'), place('Tarnholm')], true]]),
    ]);
    expect(q.primary.get('und-undated')).toBe(q.primary.get('en-wire'));
    expect(r.events.find((e) => e.id === r.primary.get('tarn-en'))!.mentionedIn).toContain('ru-undated');
  });
});
