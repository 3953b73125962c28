// Ingest benchmark: a generated folder of 1,000 mixed documents (~5 MB: text, HTML, markdown, text with HTML
// fragments; Simplified and Traditional Chinese, Vietnamese, English; UTF-8, GB18030, Big5, UTF-16) read from disk
// through the streaming reader. Prints `name: value unit` lines. Run alone: `npx tsx bench/ingest.ts [documents]`.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import iconv from 'iconv-lite';
import { ingestBytes } from '../src/core/ingest/index';
import { readSources } from '../src/node/ingest/index';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 4294967296;
}

const ZH_HANS = [
  '两国代表团在{c}举行闭门会谈，会谈持续约{n}个小时，双方同意在近期继续磋商。',
  '发言人表示，会谈主要涉及使馆运作、签证和人员配置等问题，具体日期待定。',
  '分析人士认为，这次会谈是双方重建信任的试探性步骤，但分歧依然存在。',
  '据报道，{n}名官员参加了会谈，双方没有发表联合声明。',
];
const ZH_HANT = [
  '兩國代表團在{c}舉行閉門會談，會談持續約{n}個小時，雙方同意在近期繼續磋商。',
  '發言人表示，會談主要涉及使館運作、簽證和人員配置等問題，具體日期待定。',
  '分析人士認為，這次會談是雙方重建信任的試探性步驟，但分歧依然存在。',
  '據報道，{n}名官員參加了會談，雙方沒有發表聯合聲明。',
];
const VI = [
  'Phái đoàn hai nước đã gặp nhau tại {c} trong khoảng {n} giờ, hai bên nhất trí tiếp tục tham vấn.',
  'Người phát ngôn cho biết cuộc gặp tập trung vào hoạt động của sứ quán, thị thực và nhân sự.',
  'Giới phân tích nhận định đây là bước thăm dò nhằm khôi phục lòng tin, dù bất đồng vẫn còn.',
  'Theo các nguồn tin, {n} quan chức đã tham dự và hai bên không ra tuyên bố chung.',
];
const EN = [
  'Delegations from the two countries met in {c} for about {n} hours and agreed to keep talking soon.',
  'A spokesperson said the talks covered embassy operations, visas and staffing, with dates to be set.',
  'Analysts called the meeting a tentative step toward rebuilding trust, though differences remain.',
  'According to reports, {n} officials took part and no joint statement was issued.',
];
const CITIES = ['Geneva', 'Vienna', 'Istanbul', 'Riyadh', 'Helsinki', 'Doha'];
const NOISE_ZH = [
  '首页 > 国际 > 正文',
  '分享至',
  '相关推荐',
  '某条无关的推荐标题在这里',
  '2025-03-01 09:00:00',
  '另一条无关的推荐标题',
  '免责声明：本文仅代表作者观点。',
];
const NOISE_VI = [
  'Trang chủ > Thế giới',
  'Chia sẻ',
  'Tin liên quan',
  'Một tiêu đề liên quan khác',
  'Có thể bạn quan tâm',
  'Một tiêu đề gợi ý khác',
];
const NOISE_EN = [
  'Home > World > Europe',
  'Share',
  'Related',
  'Another unrelated headline',
  'Most read',
  'Yet another unrelated headline',
  '© 2025 Example. All rights reserved.',
];

function body(r: () => number, lines: string[], paras: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < paras; i++) {
    const t = lines[Math.floor(r() * lines.length)];
    out.push(t.replace('{c}', CITIES[Math.floor(r() * CITIES.length)]).replace('{n}', String(2 + Math.floor(r() * 9))));
  }
  return out;
}

/** Writes the folder; returns total bytes. */
export function generateFolder(dir: string, documents = 1000, seed = 11): number {
  const r = rng(seed);
  let total = 0;
  for (let i = 0; i < documents; i++) {
    const kind = i % 10;
    const sub = path.join(dir, `outlet-${i % 7}`);
    mkdirSync(sub, { recursive: true });
    const paras = 40 + Math.floor(r() * 20);
    let name: string;
    let bytes: Buffer;
    if (kind <= 2) {
      const lang = kind === 0 ? ZH_HANS : kind === 1 ? VI : EN;
      const noise = kind === 0 ? NOISE_ZH : kind === 1 ? NOISE_VI : NOISE_EN;
      const text = [noise[0], 'Headline number ' + i, '2025-02-27 10:00:00', ...body(r, lang, paras), ...noise.slice(1)].join('\n\n');
      name = `doc-${i}.txt`;
      bytes = Buffer.from(text, 'utf8');
    } else if (kind === 3) {
      name = `doc-${i}.txt`;
      bytes = iconv.encode(['两国会谈结束 ' + i, ...body(r, ZH_HANS, paras), ...NOISE_ZH].join('\n\n'), 'gb18030');
    } else if (kind === 4) {
      name = `doc-${i}.txt`;
      bytes = iconv.encode(['兩國會談結束 ' + i, ...body(r, ZH_HANT, paras)].join('\n\n'), 'big5');
    } else if (kind === 5) {
      name = `doc-${i}.txt`;
      bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(['Talks end ' + i, ...body(r, EN, paras)].join('\n\n'), 'utf16le')]);
    } else if (kind <= 7) {
      const lang = kind === 6 ? EN : ZH_HANT;
      const ps = body(r, lang, paras)
        .map((p) => `<p>${p}</p>`)
        .join('\n');
      const html = `<!doctype html><html><head><title>Story ${i} - Example</title><meta property="og:site_name" content="Example ${i % 7}"></head><body><nav><a href="/">Home</a> <a href="/w">World</a></nav><div class="share">Share</div><article class="story"><h1>Story ${i}</h1><time datetime="2025-02-27T10:00:00Z">27 Feb</time>\n${ps}\n</article><aside class="related"><h3>Related</h3><ul><li><a href="/1">Other</a></li><li><a href="/2">More</a></li></ul></aside><footer>© 2025 Example</footer></body></html>`;
      name = `doc-${i}.html`;
      bytes = Buffer.from(html, 'utf8');
    } else if (kind === 8) {
      const md = ['---', `title: Markdown story ${i}`, 'outlet: Example Notes', '---', `# Markdown story ${i}`, ...body(r, VI, paras)].join(
        '\n\n',
      );
      name = `doc-${i}.md`;
      bytes = Buffer.from(md, 'utf8');
    } else {
      const frag = `[Story ${i}](https://news.example.org/a/${i}.html)\n------\n\n<div><i>Thu, 27 Feb 2025 16:19:43 GMT</i></div><img src="https://img.example.org/${i}.jpg"><p>${body(r, ZH_HANS, paras).join('<br /><br />')}</p>`;
      name = `doc-${i}.txt`;
      bytes = Buffer.from(frag, 'utf8');
    }
    writeFileSync(path.join(sub, name), bytes);
    total += bytes.length;
  }
  return total;
}

export async function benchIngest(documents = 1000): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-bench-ingest-'));
  try {
    const bytes = generateFolder(dir, documents);
    let peak = process.memoryUsage().rss;
    // warm-up: one pass loads modules, encoding tables and JIT-compiles; the figures are from the second pass
    ingestBytes('warm.txt', Buffer.from('兩國(guó)代表團(tuán)在日內瓦會談。當(dāng)?shù)貢r(shí)間周五。', 'utf8'));
    for await (const _d of readSources([dir])) void _d;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let docs = 0;
    for await (const _d of readSources([dir], { onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)) })) docs++;
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(c0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    // per-document cost of the pure stage on text and HTML documents (files already in memory)
    const times: number[] = [];
    for (const sub of readdirSync(dir)) {
      for (const name of readdirSync(path.join(dir, sub))) {
        if (!/\.(txt|html)$/.test(name)) continue;
        const b = readFileSync(path.join(dir, sub, name));
        const s = performance.now();
        ingestBytes(name, b);
        times.push(performance.now() - s);
      }
    }
    times.sort((a, b) => a - b);
    const median = times.length ? times[Math.floor(times.length / 2)] : 0;
    console.log(`ingest documents: ${docs} docs`);
    console.log(`ingest folder size: ${(bytes / 1048576).toFixed(2)} MB`);
    console.log(`ingest throughput: ${(bytes / 1048576 / seconds).toFixed(2)} MB/s`);
    console.log(`ingest cpu throughput: ${(bytes / 1048576 / cpuSeconds).toFixed(2)} MB/s`);
    console.log(`ingest median per document: ${median.toFixed(2)} ms`);
    console.log(`ingest peak memory: ${(peak / 1048576).toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2]) || 1000;
  benchIngest(n).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
