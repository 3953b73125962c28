// Engine benchmark: a generated corpus of many events, each reported by several outlets in Traditional Chinese,
// Simplified Chinese, Vietnamese and English, analysed end to end (statements → facts → events → alignment).
// Prints `name: value unit` lines. Run alone: `npx tsx bench/engine.ts [documents...]`.
import { performance } from 'node:perf_hooks';
import type { CleanDocument } from '../src/core/model';
import { analyzeDocuments, createStatementModel } from '../src/node/engine';

const CITIES = [
  ['日内瓦', '日內瓦', 'Geneva', 'Geneva'],
  ['维也纳', '維也納', 'Vienna', 'Viên'],
  ['伊斯坦布尔', '伊斯坦堡', 'Istanbul', 'Istanbul'],
  ['利雅得', '利雅德', 'Riyadh', 'Riyadh'],
  ['赫尔辛基', '赫爾辛基', 'Helsinki', 'Helsinki'],
  ['多哈', '多哈', 'Doha', 'Doha'],
  ['莫斯科', '莫斯科', 'Moscow', 'Moscow'],
  ['北京', '北京', 'Beijing', 'Bắc Kinh'],
] as const;
const NUM_ZH = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const NUM_VI = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai'];
const NUM_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 4294967296);
}

interface EventSpec {
  city: readonly [string, string, string, string];
  year: number;
  month: number;
  day: number;
  hours: number;
  signed: number;
  delegates: number;
}

function statements(e: EventSpec, lang: 'zh-Hans' | 'zh-Hant' | 'vi' | 'en', r: () => number): string[] {
  const [zs, zt, en, vi] = e.city;
  const h = e.hours + (r() < 0.2 ? 1 : 0);
  const n = e.signed + (r() < 0.2 ? 1 : 0);
  if (lang === 'zh-Hans' || lang === 'zh-Hant') {
    const city = lang === 'zh-Hans' ? zs : zt;
    const s = [
      `两国代表团${e.month}月${e.day}日在${city}举行会谈，这是双方今年首次高级别会晤。`,
      `会谈持续了约${NUM_ZH[h]}个小时，双方讨论了领事服务和直航问题。`,
      `双方签署了${NUM_ZH[n]}份合作文件，并同意年底前举行下一轮磋商。`,
      `代表团共有${e.delegates}人，由副外长率领。`,
      `外交部发言人表示，会谈是坦率和建设性的。`,
      `分析人士认为，双边关系正在逐步恢复。`,
      `双方还就渔业合作交换了意见。`,
      `会谈结束后双方没有举行联合记者会。`,
      `据报道，下一轮会谈的日期和地点尚未确定。`,
      `两国去年召回了各自的大使。`,
    ];
    return lang === 'zh-Hant' ? s.map((x) => x.replace(/两/g, '兩').replace(/谈/g, '談').replace(/会/g, '會').replace(/国/g, '國').replace(/们/g, '們')) : s;
  }
  if (lang === 'vi')
    return [
      `Ngày ${e.day}/${e.month}, phái đoàn hai nước đã hội đàm tại ${vi}, cuộc gặp cấp cao đầu tiên trong năm nay.`,
      `Cuộc hội đàm kéo dài khoảng ${NUM_VI[h]} giờ, hai bên thảo luận về dịch vụ lãnh sự và đường bay thẳng.`,
      `Hai bên đã ký ${NUM_VI[n]} văn kiện hợp tác và nhất trí tổ chức vòng tham vấn tiếp theo trước cuối năm.`,
      `Đoàn gồm ${e.delegates} thành viên do Thứ trưởng Ngoại giao dẫn đầu.`,
      `Người phát ngôn Bộ Ngoại giao cho biết cuộc hội đàm thẳng thắn và mang tính xây dựng.`,
      `Giới phân tích cho rằng quan hệ song phương đang dần được khôi phục.`,
      `Hai bên cũng trao đổi ý kiến về hợp tác nghề cá.`,
      `Sau cuộc hội đàm, hai bên không tổ chức họp báo chung.`,
      `Theo các nguồn tin, thời gian và địa điểm của vòng tiếp theo chưa được xác định.`,
      `Năm ngoái hai nước đã triệu hồi đại sứ của mình.`,
    ];
  return [
    `Delegations of the two countries held talks in ${en} on ${['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][e.month]} ${e.day}, their first high-level meeting this year.`,
    `The talks lasted about ${NUM_EN[h]} hours and covered consular services and direct flights.`,
    `The two sides signed ${NUM_EN[n]} cooperation documents and agreed to hold the next round before the end of the year.`,
    `The delegation of ${e.delegates} members was led by a deputy foreign minister.`,
    `A foreign ministry spokesperson said the talks were frank and constructive.`,
    `Analysts say bilateral relations are slowly recovering.`,
    `The two sides also exchanged views on fisheries cooperation.`,
    `No joint press conference was held after the talks.`,
    `According to reports, the date and venue of the next round have not been set.`,
    `Last year the two countries recalled their ambassadors.`,
  ];
}

export function generateCorpus(documents: number, seed = 7): CleanDocument[] {
  const r = rng(seed);
  const langs = ['zh-Hans', 'zh-Hant', 'vi', 'en'] as const;
  const events: EventSpec[] = [];
  const perEvent = 5;
  for (let i = 0; i < Math.ceil(documents / perEvent); i++)
    events.push({
      city: CITIES[i % CITIES.length],
      year: 2020 + Math.floor(i / 336),
      month: 1 + (i % 12),
      day: 1 + (Math.floor(i / 12) % 28),
      hours: 3 + Math.floor(r() * 5),
      signed: 2 + Math.floor(r() * 4),
      delegates: 8 + Math.floor(r() * 10),
    });
  const docs: CleanDocument[] = [];
  for (let d = 0; d < documents; d++) {
    const e = events[Math.floor(d / perEvent)];
    const lang = langs[d % langs.length];
    const text = statements(e, lang, r).join(lang.startsWith('zh') ? '' : ' ') + '\n\n' + statements(e, lang, r).slice(4).join(lang.startsWith('zh') ? '' : ' ');
    docs.push({
      id: 'd' + d,
      path: `outlet-${d % 50}/report-${d}.txt`,
      format: 'text',
      outlet: `Outlet ${d % 50}`,
      url: null,
      language: lang,
      title: null,
      published: `${e.year}-${String(e.month).padStart(2, '0')}-${String(Math.min(28, e.day + 1)).padStart(2, '0')}`,
      dateline: null,
      encoding: 'utf-8',
      text,
      offsets: [{ clean: 0, orig: 0, len: text.length }],
      original: text,
      diagnostics: [],
    });
  }
  return docs;
}

export async function benchEngine(sizes = [1000, 10000]): Promise<void> {
  let t = performance.now();
  createStatementModel();
  console.log(`engine start-up (language data): ${(performance.now() - t).toFixed(0)} ms`);
  for (const n of sizes) {
    const docs = generateCorpus(n);
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 500);
    t = performance.now();
    const c = analyzeDocuments(docs, { onProgress: (done) => void (done % 100 === 0 && (peak = Math.max(peak, process.memoryUsage().rss))) });
    const ms = performance.now() - t;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(`engine ${n} documents: ${(ms / 1000).toFixed(2)} s`);
    console.log(`engine ${n} documents statements: ${c.claims.length} count`);
    console.log(`engine ${n} documents alignments: ${c.alignments.length} count`);
    console.log(`engine ${n} documents events: ${c.events.length} count`);
    console.log(`engine ${n} documents throughput: ${((c.claims.length / ms) * 1000).toFixed(0)} statements/s`);
    console.log(`engine ${n} documents peak memory: ${(peak / 1048576).toFixed(0)} MB`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  await benchEngine(sizes.length ? sizes : undefined);
}
