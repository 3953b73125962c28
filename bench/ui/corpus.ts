// A generated 200-source project for the UI benchmark: a handful of events (storms hitting a city), each
// reported by ~30 outlets in Simplified Chinese, Traditional Chinese, Vietnamese and English. Every report
// picks ~45 statements from its event's pool of several hundred distinct ones (who did what, where, how many),
// so the engine finds thousands of alignment groups across the 200 sources. Own sentences, deterministic.
type Lang = 'zh-Hans' | 'zh-Hant' | 'vi' | 'en';
type Four = readonly [string, string, string, string]; // en, zh-Hans, zh-Hant, vi

const CITIES: readonly Four[] = [
  ['Da Nang', '岘港', '峴港', 'Đà Nẵng'],
  ['Manila', '马尼拉', '馬尼拉', 'Manila'],
  ['Kaohsiung', '高雄', '高雄', 'Cao Hùng'],
  ['Haikou', '海口', '海口', 'Hải Khẩu'],
  ['Hue', '顺化', '順化', 'Huế'],
  ['Okinawa', '冲绳', '沖繩', 'Okinawa'],
];
const SUBJECTS: readonly Four[] = [
  ['The health ministry', '卫生部', '衛生部', 'Bộ Y tế'],
  ['The transport ministry', '交通部', '交通部', 'Bộ Giao thông'],
  ['The central bank', '中央银行', '中央銀行', 'Ngân hàng Trung ương'],
  ['The city council', '市议会', '市議會', 'Hội đồng thành phố'],
  ['The port authority', '港务局', '港務局', 'Cảng vụ'],
  ['The education ministry', '教育部', '教育部', 'Bộ Giáo dục'],
  ['The fisheries agency', '渔业署', '漁業署', 'Cục Thủy sản'],
  ['The national railway', '国家铁路公司', '國家鐵路公司', 'Tổng công ty Đường sắt'],
  ['The weather bureau', '气象局', '氣象局', 'Cục Khí tượng'],
  ['The customs office', '海关', '海關', 'Hải quan'],
  ['The police', '警方', '警方', 'Cảnh sát'],
  ['The Red Cross', '红十字会', '紅十字會', 'Hội Chữ thập đỏ'],
];
const PLACES: readonly Four[] = [
  ['the north district', '北区', '北區', 'quận Bắc'],
  ['the east district', '东区', '東區', 'quận Đông'],
  ['the old town', '老城区', '老城區', 'khu phố cổ'],
  ['the harbour area', '港区', '港區', 'khu cảng'],
];
// actions: [en, zh-Hans, zh-Hant, vi] with {n} for the number
const ACTIONS: readonly Four[] = [
  ['said {n} schools would reopen', '表示{n}所学校将重新开放', '表示{n}所學校將重新開放', 'cho biết {n} trường học sẽ mở cửa trở lại'],
  ['reported {n} people injured', '报告有{n}人受伤', '報告有{n}人受傷', 'báo cáo có {n} người bị thương'],
  ['sent {n} trucks of supplies', '派出了{n}辆物资卡车', '派出了{n}輛物資卡車', 'đã gửi {n} xe tải hàng cứu trợ'],
  ['opened {n} shelters', '开设了{n}个避难所', '開設了{n}個避難所', 'đã mở {n} điểm trú ẩn'],
  ['closed {n} roads', '关闭了{n}条道路', '關閉了{n}條道路', 'đã đóng {n} tuyến đường'],
  ['hired {n} workers', '雇用了{n}名工人', '僱用了{n}名工人', 'đã thuê {n} công nhân'],
  ['held a meeting that lasted {n} hours', '举行了持续{n}个小时的会议', '舉行了持續{n}個小時的會議', 'đã tổ chức cuộc họp kéo dài {n} giờ'],
  ['allocated {n} million dollars', '拨款{n}百万美元', '撥款{n}百萬美元', 'đã phân bổ {n} triệu đô la'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LANGS: readonly Lang[] = ['zh-Hans', 'zh-Hant', 'vi', 'en'];
const col = (l: Lang) => (l === 'en' ? 0 : l === 'zh-Hans' ? 1 : l === 'zh-Hant' ? 2 : 3);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 4294967296;
}

export interface GeneratedFile {
  /** relative path inside the project folder */
  path: string;
  text: string;
  language: Lang;
}

function sentence(lang: Lang, city: Four, subject: Four, place: Four, action: Four, n: number): string {
  const c = col(lang);
  const act = action[c].replace('{n}', String(n));
  if (lang === 'en') return `${subject[0]} ${act} in ${place[0]} of ${city[0]}.`;
  if (lang === 'vi') return `${subject[3]} ${act} tại ${place[3]} của ${city[3]}.`;
  return `${subject[c]}在${city[c]}${place[c]}${act}。`;
}

/** `sources` news files about `events` storms; each file reports `perDoc` statements of its event. */
export function generateUiCorpus(sources = 200, events = 6, perDoc = 45, seed = 11): GeneratedFile[] {
  const r = rng(seed);
  const pool = SUBJECTS.length * PLACES.length * ACTIONS.length;
  const specs = Array.from({ length: events }, (_, e) => ({
    city: CITIES[e % CITIES.length],
    month: 1 + ((e * 5) % 12),
    day: 3 + ((e * 7) % 24),
    // one number per statement of the pool, so the statements differ in fact as well as wording
    numbers: Array.from({ length: pool }, () => 2 + Math.floor(r() * 97)),
  }));
  const files: GeneratedFile[] = [];
  for (let d = 0; d < sources; d++) {
    const e = d % events;
    const spec = specs[e];
    const lang = LANGS[Math.floor(d / events) % LANGS.length];
    const c = col(lang);
    const lines: string[] = [];
    if (lang === 'en')
      lines.push(`A storm hit ${spec.city[0]} on ${MONTHS[spec.month - 1]} ${spec.day}, flooding streets across the city.`);
    else if (lang === 'vi')
      lines.push(`Ngày ${spec.day}/${spec.month}, một cơn bão đã đổ bộ vào ${spec.city[3]}, gây ngập lụt nhiều tuyến phố.`);
    else
      lines.push(
        `${spec.month}月${spec.day}日，一场风暴袭击了${spec.city[c]}，全市多条街道被淹。`
          .replace('袭击', lang === 'zh-Hant' ? '襲擊' : '袭击')
          .replace('场风暴', lang === 'zh-Hant' ? '場風暴' : '场风暴')
          .replace('条街道', lang === 'zh-Hant' ? '條街道' : '条街道'),
      );
    const picked = new Set<number>();
    while (picked.size < Math.min(perDoc, pool)) picked.add(Math.floor(r() * pool));
    for (const k of [...picked].sort((a, b) => a - b)) {
      const subject = SUBJECTS[k % SUBJECTS.length];
      const place = PLACES[Math.floor(k / SUBJECTS.length) % PLACES.length];
      const action = ACTIONS[Math.floor(k / (SUBJECTS.length * PLACES.length))];
      // now and then an outlet reports a different figure: a conflict for the analyst
      const n = spec.numbers[k] + (r() < 0.08 ? 1 + Math.floor(r() * 3) : 0);
      lines.push(sentence(lang, spec.city, subject, place, action, n));
    }
    const body = lines.reduce<string[]>((paras, s, i) => {
      if (i % 5 === 0) paras.push(s);
      else paras[paras.length - 1] += (lang.startsWith('zh') ? '' : ' ') + s;
      return paras;
    }, []);
    const outlet = `outlet-${String(d).padStart(3, '0')}`;
    files.push({ path: `${outlet}/storm-${e + 1}-${lang}.txt`, text: body.join('\n\n') + '\n', language: lang });
  }
  return files;
}
