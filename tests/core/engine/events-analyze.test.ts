// Events end to end (ingest → statements → facts → events) on reports written for this test: invented talks
// between two invented countries in an invented city, reported in en, ru, zh-Hans, zh-Hant and vi, with a
// report datelined elsewhere that recalls earlier talks in its fifth paragraph.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, CleanDocument } from '../../../src/core/model';
import { readAllSources } from '../../../src/node/ingest';
import { analyze } from '../../../src/core/engine/analyze';
import { DEFAULT_SETTINGS } from '../../../src/core/engine/settings';
import { mentionsEvent } from '../../../src/core/engine/lexicon';

const REPORTS: Record<string, string> = {
  'en-wire.txt': [
    'Ardovia and Belmora hold marathon talks in Kestrava',
    'Delegations of Ardovia and Belmora held talks in Kestrava on March 12, 2025, their first meeting in two years.',
    'The talks lasted more than six hours, a spokesman said.',
    'Both sides agreed to meet again next month.',
  ].join('\n\n'),
  'ru-agency.txt': [
    'Ардовия и Белмора провели переговоры',
    'Делегации Ардовии и Белморы 12 марта 2025 года провели переговоры, которые продолжались около шести часов.',
    'Стороны обсудили возобновление авиасообщения.',
    'Следующая встреча пока не назначена.',
    'Эксперты называют переговоры первым шагом.',
    'Предыдущий раунд консультаций прошёл 5 марта 2025 года.',
    'Тогда стороны договорились о повестке.',
  ].join('\n\n'),
  'zh-hans.txt': ['阿尔多维亚与贝尔莫拉举行会谈', '阿尔多维亚与贝尔莫拉代表团3月12日举行会谈，会谈持续约六个小时。', '双方同意下月再次会晤。'].join('\n\n'),
  'zh-hant.txt': ['阿爾多維亞與貝爾莫拉舉行會談', '阿爾多維亞與貝爾莫拉代表團3月12日舉行會談，會談歷時六個多小時。'].join('\n\n'),
  'vi.txt': ['Ardovia và Belmora hội đàm', 'Ngày 12/3/2025, phái đoàn Ardovia và Belmora đã hội đàm trong hơn 6 giờ.', 'Hai bên nhất trí gặp lại vào tháng tới.'].join('\n\n'),
  'en-earlier.txt': [
    'Ardovia and Belmora set the agenda for talks',
    'Officials of Ardovia and Belmora met on March 5, 2025 to agree on the agenda of the coming talks.',
    'The meeting lasted two hours.',
  ].join('\n\n'),
};

const fixed = () => new Date('2026-01-01T00:00:00Z');
let docs: CleanDocument[];
let c: Comparison;
const idOf = (file: string) => docs.find((d) => d.path === file)!.id;
const eventOf = (cmp: Comparison, file: string) => cmp.events.find((e) => e.sourceIds.includes(idOf(file)));

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-events-'));
  for (const [name, text] of Object.entries(REPORTS)) writeFileSync(join(dir, name), text + '\n');
  docs = await readAllSources([dir]);
  c = analyze(docs, { now: fixed });
});

describe('events from invented reports, end to end', () => {
  it('puts the reports of one meeting in one event, whatever their hedge or script', () => {
    const ev = eventOf(c, 'en-wire.txt')!;
    expect(ev.date).toBe('2025-03-12');
    for (const f of ['ru-agency.txt', 'zh-hans.txt', 'zh-hant.txt', 'vi.txt']) expect(eventOf(c, f)?.id, f).toBe(ev.id);
    expect(eventOf(c, 'en-earlier.txt')?.id).not.toBe(ev.id);
  });

  it('keeps the report whose fifth paragraph recalls the earlier meeting in its lead’s event, and links it there', () => {
    const earlier = eventOf(c, 'en-earlier.txt')!;
    expect(earlier.date).toBe('2025-03-05');
    expect(earlier.sourceIds).toEqual([idOf('en-earlier.txt')]);
    expect(earlier.mentionedIn).toEqual([idOf('ru-agency.txt')]);
    const recall = c.claims.find((x) => x.sourceId === idOf('ru-agency.txt') && x.text.includes('5 марта'))!;
    expect(recall.eventId).toBe(earlier.id);
    const lead = c.claims.find((x) => x.sourceId === idOf('ru-agency.txt') && x.text.includes('12 марта'))!;
    expect(lead.eventId).toBe(eventOf(c, 'en-wire.txt')!.id);
  });

  it('records every setting it ran with, and an override changes the outcome', () => {
    expect(c.engine.settings).toEqual(DEFAULT_SETTINGS);
    // a lead of two statements, and background paragraphs weighing more than the lead: the Russian report now
    // belongs to the meeting its fifth paragraph recalls (the override is applied and recorded)
    const o = analyze(docs, { now: fixed, settings: { events: { leadStatements: 2, afterLeadWeight: 5 } } });
    expect((o.engine.settings as unknown as typeof DEFAULT_SETTINGS).events).toEqual({ ...DEFAULT_SETTINGS.events, leadStatements: 2, afterLeadWeight: 5 });
    expect(eventOf(o, 'ru-agency.txt')?.id).toBe(eventOf(o, 'en-earlier.txt')?.id);
  });
});

describe('words for a meeting', () => {
  it('are read in Russian, whatever the ending', () => {
    expect(mentionsEvent('Делегации провели в Кестраве переговоры.', 'ru')).toBe(true);
    expect(mentionsEvent('Стороны встретились в среду.', 'ru')).toBe(true);
    expect(mentionsEvent('Погода в Кестраве была тёплой.', 'ru')).toBe(false);
  });
});
