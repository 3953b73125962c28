// Generalization end to end: four invented reports of one meeting (in Kelmarsk, a city no list contains) in
// Simplified and Traditional Chinese, Vietnamese and English, written for this test. One report gives the Kestrian
// delegation leader a different department: the group must be a conflict on role and organization, found without any
// list naming the official, the departments or the city.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alignment, Comparison, EntityValue } from '../../../src/core/model';
import { readAllSources } from '../../../src/node/ingest';
import { analyzeDocuments } from '../../../src/node/engine';

const REPORTS: Record<string, string> = {
  'north-bay-herald.en.txt': `Kestria and Norvania hold fisheries talks in Kelmarsk
North Bay Herald, 13 March 2025

Delegations of Kestria and Norvania met in Kelmarsk on 12 March 2025 for talks on fishing rights in the Varn Strait.

The Kestrian delegation was led by Viktor Parmintsev, director of the South Pacific Department of the Kestrian Foreign Ministry.

The talks at the Kelmarsk Convention Center lasted about five hours.

"We have made real progress," Parmintsev told reporters after the meeting.
`,
  'dongan-ribao.zh-Hans.txt': `凯斯特里亚与诺尔瓦尼亚在凯尔马斯克举行渔业会谈
东岸日报 2025年3月13日

凯斯特里亚与诺尔瓦尼亚代表团3月12日在凯尔马斯克举行会谈，讨论瓦恩海峡的捕鱼权问题。

凯斯特里亚代表团由外交部南太平洋司司长维克托·帕尔明采夫率领。

会谈在凯尔马斯克国际会议中心举行，持续约5小时。

帕尔明采夫会后对记者表示，双方取得了“实质性进展”。
`,
  'nanhai-xinwen.zh-Hant.txt': `凱斯特里亞與諾爾瓦尼亞在凱爾馬斯克舉行漁業會談
南海新聞 2025年3月13日

凱斯特里亞與諾爾瓦尼亞代表團3月12日在凱爾馬斯克舉行會談，討論瓦恩海峽的捕魚權問題。

凱斯特里亞代表團由外交部南大西洋司司長維克托·帕爾明采夫率領。

會談在凱爾馬斯克國際會議中心舉行，持續約5小時。

帕爾明采夫會後對記者表示，雙方取得了「實質性進展」。
`,
  'thoi-bao-bien.vi.txt': `Kestria và Norvania hội đàm về nghề cá tại Kelmarsk
Thời báo Biển, 13/3/2025

Ngày 12/3/2025, phái đoàn Kestria và Norvania đã hội đàm tại Kelmarsk về quyền đánh bắt cá ở eo biển Varn.

Phái đoàn Kestria do Vụ trưởng Vụ Nam Thái Bình Dương, Bộ Ngoại giao Kestria, Viktor Parmintsev dẫn đầu.

Cuộc hội đàm diễn ra tại Trung tâm Hội nghị Kelmarsk và kéo dài khoảng 5 giờ.

Ông Parmintsev nói với các phóng viên rằng hai bên đã đạt được tiến bộ thực chất.
`,
};

let dir: string;
let c: Comparison;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-generalization-'));
  for (const [name, text] of Object.entries(REPORTS)) writeFileSync(join(dir, name), text);
  const docs = await readAllSources([dir]);
  c = analyzeDocuments(docs, { now: () => new Date('2026-01-01T00:00:00Z') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Alignments holding a statement of each named source that contains the words. */
function groupsWith(members: [string, string][]): Alignment[] {
  const claims = new Map(c.claims.map((x) => [x.id, x]));
  const src = (prefix: string) => c.sources.find((s) => s.path.includes(prefix))!.id;
  return c.alignments.filter((a) => members.every(([p, words]) => a.claimIds.some((id) => claims.get(id)!.sourceId === src(p) && claims.get(id)!.text.includes(words))));
}

describe('one invented meeting in four languages', () => {
  it('is one event', () => {
    expect(c.sources.length).toBe(4);
    const withAll = c.events.filter((e) => e.sourceIds.length === 4);
    expect(withAll.length).toBe(1);
  });

  it('flags the leader’s department (南大西洋司 against the South Pacific Department) as a role and organization conflict', () => {
    const groups = groupsWith([
      ['nanhai', '南大西洋司'],
      ['dongan', '南太平洋司'],
    ]);
    expect(groups.length).toBeGreaterThan(0);
    const g = groups[0];
    expect(g.status).toBe('conflict');
    expect(g.discrepancies.map((d) => d.kind)).toEqual(expect.arrayContaining(['role', 'organization']));
    // the Latin-script reports name the same department as the Simplified one, with the same key
    const orgs = new Set<string>();
    for (const id of g.claimIds) {
      const claim = c.claims.find((x) => x.id === id)!;
      for (const f of claim.facts) if (f.kind === 'person' && (f.value as EntityValue).organization) orgs.add((f.value as EntityValue).organization!);
    }
    expect(orgs).toEqual(new Set(['department:south-pacific', 'department:south-atlantic']));
  });

  it('gives the official and the city one key in every language', () => {
    const keys = (kind: 'person' | 'place', prefix: string) =>
      new Set(
        c.claims
          .filter((x) => x.sourceId === c.sources.find((s) => s.path.includes(prefix))!.id)
          .flatMap((x) => x.facts.filter((f) => f.kind === kind).map((f) => (f.value as EntityValue).key)),
      );
    const official = [...keys('person', 'dongan')].find((k) => k.startsWith('~'));
    const city = [...keys('place', 'dongan')].find((k) => k.startsWith('@'));
    expect(official).toBeDefined();
    expect(city).toBeDefined();
    for (const p of ['north-bay', 'nanhai', 'thoi-bao']) {
      expect(keys('person', p)).toContain(official);
      expect(keys('place', p)).toContain(city);
    }
  });
});
