// A small multilingual gazetteer of diplomatic entities: one canonical key per entity, with its surface forms in
// Simplified Chinese (Traditional text is converted before lookup), Vietnamese, English and Russian.
// Written for Parallax; extend freely. Format per line:  key | type | English name | form; form; ...
// Types: country, city, place (regions, venues), org (governments, ministries, bodies), dept (departments),
// outlet (news media), person, role, portfolio (areas of responsibility), demonym (country prefixes: 俄, 美).

export type GazType = 'country' | 'city' | 'place' | 'org' | 'dept' | 'outlet' | 'person' | 'role' | 'demonym';

export interface GazEntry {
  key: string;
  type: GazType;
  name: string;
}

const DATA = `
russia|country|Russia|俄罗斯;俄国;俄联邦;俄罗斯联邦;Russia;Russian Federation;Nga;Liên bang Nga;Россия;Российская Федерация
us|country|United States|美国;美利坚合众国;United States;the United States;U.S.;US;USA;America;Mỹ;Hoa Kỳ;США
china|country|China|中国;中华人民共和国;China;Trung Quốc;Китай
ukraine|country|Ukraine|乌克兰;Ukraine;Україна;Украина
turkey|country|Türkiye|土耳其;Turkey;Türkiye;Thổ Nhĩ Kỳ;Турция
saudi-arabia|country|Saudi Arabia|沙特阿拉伯;沙特;Saudi Arabia;Ả Rập Xê Út;Ả-rập Xê-út;Saudi;Саудовская Аравия;沙乌地阿拉伯;沙乌地;沙地阿拉伯
vietnam|country|Vietnam|越南;Vietnam;Viet Nam;Việt Nam;Вьетнам
uk|country|United Kingdom|英国;United Kingdom;Britain;UK;Vương quốc Anh;nước Anh;Великобритания
france|country|France|法国;France;Pháp;Франция
germany|country|Germany|德国;Germany;nước Đức;Германия
japan|country|Japan|日本;Japan;Nhật Bản;Япония
india|country|India|印度;India;Ấn Độ;Индия
pakistan|country|Pakistan|巴基斯坦;Pakistan;Пакистан
iran|country|Iran|伊朗;Iran;Иран
israel|country|Israel|以色列;Israel;Израиль
belarus|country|Belarus|白俄罗斯;Belarus;Беларусь
poland|country|Poland|波兰;Poland;Ba Lan;Польша
romania|country|Romania|罗马尼亚;Romania;Rumani;Румыния
portugal|country|Portugal|葡萄牙;Portugal;Bồ Đào Nha
philippines|country|Philippines|菲律宾;Philippines
thailand|country|Thailand|泰国;Thailand;Thái Lan
south-korea|country|South Korea|韩国;South Korea;Hàn Quốc
north-korea|country|North Korea|朝鲜;North Korea;Triều Tiên
uae|country|United Arab Emirates|阿联酋;阿拉伯联合酋长国;United Arab Emirates;UAE;Các Tiểu vương quốc Ả Rập Thống nhất
qatar|country|Qatar|卡塔尔;Qatar
egypt|country|Egypt|埃及;Egypt;Ai Cập
italy|country|Italy|意大利;Italy;Italia;nước Ý
canada|country|Canada|加拿大;Canada
australia|country|Australia|澳大利亚;Australia;Úc
switzerland|country|Switzerland|瑞士;Switzerland;Thụy Sĩ
laos|country|Laos|老挝;Laos;Lào
cambodia|country|Cambodia|柬埔寨;Cambodia;Campuchia
peru|country|Peru|秘鲁;Peru
colombia|country|Colombia|哥伦比亚;Colombia
europe|place|Europe|欧洲;Europe;châu Âu;Châu Âu;Европа
central-europe|place|Central Europe|中欧;Central Europe;Central European;Trung Âu
middle-east|place|Middle East|中东;Middle East;Trung Đông
arctic|place|Arctic|北极;Arctic;Bắc Cực
vienna|city|Vienna|维也纳;Vienna;Wien;Viên;Вена
brussels|city|Brussels|布鲁塞尔;Brussels;Bruxelles;Brussel;Брюссель
austria|country|Austria|奥地利;Austria;Áo;Österreich;Австрия
belgium|country|Belgium|比利时;Belgium;Bỉ;Бельгия
new-york|city|New York|纽约;New York;New York City
seoul|city|Seoul|首尔;Seoul;Xơ-un
pyongyang|city|Pyongyang|平壤;Pyongyang;Bình Nhưỡng
tehran|city|Tehran|德黑兰;Tehran;Têhêran
jerusalem|city|Jerusalem|耶路撒冷;Jerusalem
cairo|city|Cairo|开罗;Cairo
delhi|city|New Delhi|新德里;New Delhi;Niu Đêli
warsaw|city|Warsaw|华沙;Warsaw;Vác-sa-va
budapest|city|Budapest|布达佩斯;Budapest
helsinki|city|Helsinki|赫尔辛基;Helsinki
munich|city|Munich|慕尼黑;Munich;München
moscow|city|Moscow|莫斯科;Moscow;Moskva;Mát-xcơ-va;Москва
washington|city|Washington|华盛顿;Washington;Oa-sinh-tơn;Вашингтон
beijing|city|Beijing|北京;Beijing;Bắc Kinh;Пекин
istanbul|city|Istanbul|伊斯坦布尔;伊斯坦堡;Istanbul;İstanbul;Стамбул
riyadh|city|Riyadh|利雅得;利雅德;Riyadh;Riyad;Эр-Рияд
kyiv|city|Kyiv|基辅;Kyiv;Kiev;Киев;Київ
ankara|city|Ankara|安卡拉;Ankara
hanoi|city|Hanoi|河内;Hanoi;Hà Nội
geneva|city|Geneva|日内瓦;Geneva;Genève
paris|city|Paris|巴黎;Paris
london|city|London|伦敦;London;Luân Đôn
rome|city|Rome|罗马;Rome;Roma
berlin|city|Berlin|柏林;Berlin
tokyo|city|Tokyo|东京;Tokyo
abu-dhabi|city|Abu Dhabi|阿布扎比;Abu Dhabi
islamabad|city|Islamabad|伊斯兰堡;Islamabad
bucharest|city|Bucharest|布加勒斯特;Bucharest
jeddah|city|Jeddah|吉达;Jeddah
doha|city|Doha|多哈;Doha
minsk|city|Minsk|明斯克;Minsk
donetsk|place|Donetsk|顿涅茨克;Donetsk
zaporizhzhia|place|Zaporizhzhia|扎波罗热;Zaporizhzhia;Zaporizhia
kherson|place|Kherson|赫尔松;Kherson
luhansk|place|Luhansk|卢甘斯克;Luhansk;Lugansk
diriyah-palace|place|Diriyah Palace|德拉伊耶宫;迪里耶宫;Diriyah Palace;cung điện Diriyah;Cung điện Diriyah
white-house|org|White House|白宫;White House;Nhà Trắng;Белый дом
kremlin|org|Kremlin|克里姆林宫;Kremlin;Điện Kremlin;Кремль
us-state-department|org|U.S. State Department|美国国务院;美国务院;State Department;Department of State;U.S. State Department;US State Department;Bộ Ngoại giao Mỹ;Bộ Ngoại giao Hoa Kỳ;Госдепартамент
russia-mfa|org|Russian Foreign Ministry|俄罗斯外交部;俄外交部;Russian Foreign Ministry;Russia's Foreign Ministry;Russian Ministry of Foreign Affairs;Bộ Ngoại giao Nga;МИД России;МИД РФ
china-mfa|org|Chinese Foreign Ministry|中国外交部;Chinese Foreign Ministry;Bộ Ngoại giao Trung Quốc
embassy|org|Embassy|大使馆;使馆;总领事馆;领事馆;embassy;Embassy;Đại sứ quán;đại sứ quán;sứ quán
mfa|org|Foreign Ministry|外交部;Foreign Ministry;Ministry of Foreign Affairs;foreign ministry;Bộ Ngoại giao;МИД
nato|org|NATO|北约;北大西洋公约组织;NATO;North Atlantic Treaty Organization;Tổ chức Hiệp ước Bắc Đại Tây Dương;НАТО
eu|org|European Union|欧盟;European Union;EU;Liên minh châu Âu;Liên minh Châu Âu;Евросоюз
un|org|United Nations|联合国;United Nations;UN;U.N.;Liên hợp quốc;Liên Hợp Quốc;ООН
fsb|org|Federal Security Service|联邦安全局;俄罗斯联邦安全局;FSB;Federal Security Service;ФСБ
rdif|org|Russian Direct Investment Fund|俄直接投资基金;俄罗斯直接投资基金;Russian Direct Investment Fund;RDIF;Quỹ Đầu tư Trực tiếp Nga
congress|org|U.S. Congress|国会;美国国会;Congress;Quốc hội Mỹ
security-council-russia|org|Security Council of Russia|俄罗斯联邦安全会议;联邦安全会议;Security Council of Russia
north-america-department|dept|North America Department|北美司;北美局;North America Department;North American Department;Department of North America;Vụ Bắc Mỹ;Департамент Северной Америки
north-atlantic-department|dept|North Atlantic Department|北大西洋司;North Atlantic Department;Department of North Atlantic;Vụ Bắc Đại Tây Dương
europe-department|dept|European Department|欧洲司;European Department;Vụ châu Âu
consular-department|dept|Consular Department|领事司;Consular Department;Cục Lãnh sự
tass|outlet|TASS|塔斯社;俄塔斯社;TASS;Tass;ТАСС
ria|outlet|RIA Novosti|俄新社;RIA Novosti;RIA;РИА Новости
interfax|outlet|Interfax|国际文传电讯社;Interfax;Интерфакс
reuters|outlet|Reuters|路透社;路透;Reuters
ap|outlet|Associated Press|美联社;Associated Press;AP
afp|outlet|AFP|法新社;AFP;Agence France-Presse
cnn|outlet|CNN|美国有线电视新闻网;有线电视新闻网;CNN
bloomberg|outlet|Bloomberg|彭博社;彭博;Bloomberg
xinhua|outlet|Xinhua|新华社;新华网;Xinhua;Tân Hoa Xã;Синьхуа
voa|outlet|Voice of America|美国之音;Voice of America;VOA
bbc|outlet|BBC|英国广播公司;BBC
al-jazeera|outlet|Al Jazeera|半岛电视台;Al Jazeera;Al-Jazeera
ard|outlet|ARD|德国公共广播联盟;ARD
nyt|outlet|The New York Times|纽约时报;New York Times;The New York Times
wsj|outlet|The Wall Street Journal|华尔街日报;Wall Street Journal;The Wall Street Journal
ft|outlet|Financial Times|金融时报;Financial Times
russian-state-tv|outlet|Russian state TV|俄罗斯国家电视台;俄国家电视台;Russian state television;Russian state TV;truyền hình nhà nước Nga
sputnik|outlet|Sputnik|卫星通讯社;Sputnik
baoquocte|outlet|TG&VN|世界与越南报;Báo Thế giới và Việt Nam;TG&VN
vnexpress|outlet|VnExpress|VnExpress
lavrov|person|Sergei Lavrov|拉夫罗夫;谢尔盖·拉夫罗夫;Lavrov;Sergei Lavrov;Sergey Lavrov;Лавров;Сергей Лавров
rubio|person|Marco Rubio|鲁比奥;卢比奥;马尔科·卢比奥;马尔科·鲁比奥;Rubio;Marco Rubio;Рубио;Марко Рубио;卢比欧;马可·卢比欧
coulter|person|Sonata Coulter|库尔特;索纳塔·库尔特;Coulter;Sonata Coulter;Коултер;Соната Коултер
darchiev|person|Alexander Darchiev|达尔奇耶夫;亚历山大·达尔奇耶夫;Darchiev;Darchiyev;Alexander Darchiev;Alexander Darchiyev;Aleksandr Darchiev;Дарчиев;Александр Дарчиев
putin|person|Vladimir Putin|普京;弗拉基米尔·普京;Putin;Vladimir Putin;Путин;Владимир Путин;普丁;蒲亭;弗拉迪米尔·普丁
trump|person|Donald Trump|特朗普;川普;唐纳德·特朗普;Trump;Donald Trump;Трамп;Дональд Трамп
biden|person|Joe Biden|拜登;乔·拜登;Biden;Joe Biden;Байден
peskov|person|Dmitry Peskov|佩斯科夫;德米特里·佩斯科夫;Peskov;Dmitry Peskov;Dmitri Peskov;Песков;Дмитрий Песков;裴斯科夫
zakharova|person|Maria Zakharova|扎哈罗娃;玛丽亚·扎哈罗娃;Zakharova;Maria Zakharova;Захарова;札哈洛娃;扎哈洛娃
ushakov|person|Yuri Ushakov|乌沙科夫;尤里·乌沙科夫;Ushakov;Yuri Ushakov;Ушаков;乌沙可夫
dmitriev|person|Kirill Dmitriev|德米特里耶夫;基里尔·德米特里耶夫;Dmitriev;Kirill Dmitriev;Дмитриев
waltz|person|Mike Waltz|沃尔兹;迈克·沃尔兹;Waltz;Mike Waltz;Уолц;Майк Уолц;华尔兹;麦克·华尔兹
witkoff|person|Steve Witkoff|威特科夫;史蒂夫·威特科夫;Witkoff;Steve Witkoff;Уиткофф;Стив Уиткофф;魏科夫;威特寇夫
bruce|person|Tammy Bruce|布鲁斯;塔米·布鲁斯;Tammy Bruce
zelensky|person|Volodymyr Zelensky|泽连斯基;弗拉基米尔·泽连斯基;Zelensky;Zelenskyy;Volodymyr Zelensky;Зеленский;泽伦斯基
yermak|person|Andriy Yermak|叶尔马克;Yermak;Andriy Yermak
zhovkva|person|Ihor Zhovkva|若夫克瓦;Zhovkva;Ihor Zhovkva
antonov|person|Anatoly Antonov|安东诺夫;阿纳托利·安东诺夫;Antonov;Anatoly Antonov;Антонов
blinken|person|Antony Blinken|布林肯;Blinken;Antony Blinken;Блинкен
wang-yi|person|Wang Yi|王毅;Wang Yi;Vương Nghị
xi-jinping|person|Xi Jinping|习近平;Xi Jinping;Tập Cận Bình
shoigu|person|Sergei Shoigu|绍伊古;Shoigu;Sergei Shoigu
minchenko|person|Yevgeny Minchenko|明琴科;叶夫根尼·明琴科;Minchenko;Yevgeny Minchenko
markov|person|Sergei Markov|马尔科夫;谢尔盖·马尔科夫;Sergei Markov
erdogan|person|Recep Tayyip Erdogan|埃尔多安;Erdogan;Erdoğan;Recep Tayyip Erdogan
fidan|person|Hakan Fidan|菲丹;Hakan Fidan
mbs|person|Mohammed bin Salman|穆罕默德·本·萨勒曼;Mohammed bin Salman
kellogg|person|Keith Kellogg|凯洛格;Keith Kellogg
vance|person|JD Vance|万斯;JD Vance;J.D. Vance
secretary-of-state|role|Secretary of State|国务卿;Secretary of State;secretary of state;Ngoại trưởng Mỹ
deputy-assistant-secretary|role|Deputy Assistant Secretary|副助理国务卿;Deputy Assistant Secretary of State;Deputy Assistant Secretary;deputy assistant secretary of state;deputy assistant secretary;Phó trợ lý Ngoại trưởng;Phó Trợ lý Ngoại trưởng
assistant-secretary|role|Assistant Secretary|助理国务卿;Assistant Secretary of State;assistant secretary of state;Trợ lý Ngoại trưởng
deputy-secretary|role|Deputy Secretary of State|副国务卿;Deputy Secretary of State;deputy secretary of state;Thứ trưởng Ngoại giao Mỹ
foreign-minister|role|Foreign Minister|外长;外交部长;外交部部长;Foreign Minister;foreign minister;Ngoại trưởng;Bộ trưởng Ngoại giao;министр иностранных дел
deputy-foreign-minister|role|Deputy Foreign Minister|副外长;外交部副部长;Deputy Foreign Minister;deputy foreign minister;Thứ trưởng Ngoại giao
department-director|role|Department Director|司长;局长;director;director-general;director general;Director-General;Vụ trưởng;директор департамента
spokesperson|role|Spokesperson|发言人;新闻发言人;spokesperson;spokesman;spokeswoman;Spokesperson;Spokesman;Spokeswoman;người phát ngôn;Người phát ngôn;người phát ngôn viên;официальный представитель
press-secretary|role|Press Secretary|新闻秘书;press secretary;Press Secretary;thư ký báo chí;Thư ký báo chí;пресс-секретарь
president|role|President|总统;国家主席;主席;President;president;Tổng thống;tổng thống;Chủ tịch;президент
prime-minister|role|Prime Minister|总理;首相;Prime Minister;prime minister;Thủ tướng;thủ tướng;премьер-министр
ambassador|role|Ambassador|大使;驻美大使;Ambassador;ambassador;Đại sứ;đại sứ;посол
consul-general|role|Consul General|总领事;Consul General;consul general;Tổng lãnh sự
presidential-aide|role|Presidential Aide|总统助理;presidential aide;aide;Trợ lý Tổng thống;trợ lý tổng thống;помощник президента
national-security-adviser|role|National Security Adviser|国家安全顾问;国家安全事务助理;National Security Adviser;national security adviser;Cố vấn An ninh Quốc gia;cố vấn an ninh quốc gia
special-envoy|role|Special Envoy|特使;中东问题特使;special envoy;Special Envoy;Đặc phái viên;đặc phái viên
ceo|role|Chief Executive|首席执行官;总裁;CEO;chief executive;Giám đốc điều hành
minister|role|Minister|部长;minister;Minister;Bộ trưởng;bộ trưởng;министр
deputy-director|role|Deputy Director|副主任;副司长;deputy director;Deputy Director;Phó Vụ trưởng;Phó chủ nhiệm
office-director|role|Director of the Office|主任;办公室主任;head of the office;Chánh Văn phòng;Chủ nhiệm
political-scientist|role|Political Scientist|政治学者;政治学家;political scientist;political analyst;nhà khoa học chính trị;nhà phân tích chính trị
journalist|role|Journalist|记者;reporter;journalist;phóng viên;nhà báo
secretary|role|Secretary|秘书;secretary;Thư ký
senator|role|Senator|参议员;Senator;senator;Thượng nghị sĩ
diplomat|role|Diplomat|外交官;diplomat;nhà ngoại giao
expert|role|Expert|专家;expert;chuyên gia
delegation-head|role|Head of Delegation|团长;代表团团长;head of the delegation;Trưởng đoàn;trưởng đoàn
russia-d|demonym|Russia|俄;俄方;Russian;Nga
us-d|demonym|United States|美;美方;American;U.S.;Mỹ
china-d|demonym|China|中;中方;Chinese
ukraine-d|demonym|Ukraine|乌;乌方;Ukrainian
turkey-d|demonym|Türkiye|土;Turkish
saudi-d|demonym|Saudi Arabia|Saudi
`;

export interface LexForm {
  form: string;
  /** lowercased form (for caseless matching) */
  lowerForm: string;
  entry: GazEntry;
  /** Latin forms match case-insensitively when written in lowercase in the table (and all roles) */
  caseless: boolean;
  /** the form ends with a letter or digit (then the text must not continue the word) */
  wordEnd: boolean;
}

function isHanCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** Lowercase with the same length as `s` (characters whose lowercase changes length are kept). */
export function lowerSameLength(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  let r = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i].toLowerCase();
    r += c.length === 1 ? c : s[i];
  }
  return r;
}

function keyAt(lower: string, i: number): number {
  const c0 = lower.charCodeAt(i);
  if (isHanCode(c0)) return c0;
  const c1 = i + 1 < lower.length ? lower.charCodeAt(i + 1) : 0;
  return 0x100000 + c0 * 0x10000 + c1;
}

export class Lexicon {
  /** forms by first character (CJK) or first two lowercased characters (others), longest first */
  private readonly index = new Map<number, LexForm[]>();
  readonly entries = new Map<string, GazEntry>();

  constructor(rows: { entry: GazEntry; forms: string[] }[]) {
    for (const { entry, forms } of rows) {
      if (!this.entries.has(entry.key + '|' + entry.type)) this.entries.set(entry.key + '|' + entry.type, entry);
      for (const form of forms) {
        if (!form) continue;
        const caseless = form === form.toLowerCase() || entry.type === 'role';
        const lowerForm = lowerSameLength(form);
        const k = keyAt(lowerForm, 0);
        let list = this.index.get(k);
        if (!list) this.index.set(k, (list = []));
        list.push({ form, lowerForm, entry, caseless, wordEnd: isWordChar(form[form.length - 1]) });
      }
    }
    for (const list of this.index.values()) list.sort((a, b) => b.form.length - a.form.length);
  }

  /** Longest form starting at `i` of `text` (Latin forms need word boundaries). `lower` is lowerSameLength(text). */
  matchAt(text: string, lower: string, i: number, types?: ReadonlySet<GazType>): LexForm | null {
    const han = isHanCode(text.charCodeAt(i));
    if (!han && i > 0 && isWordChar(text[i - 1])) return null;
    const list = this.index.get(keyAt(lower, i));
    if (!list) return null;
    for (const lf of list) {
      if (types && !types.has(lf.entry.type)) continue;
      if (lf.caseless ? !lower.startsWith(lf.lowerForm, i) : !text.startsWith(lf.form, i)) continue;
      if (!han && lf.wordEnd && isWordChar(text[i + lf.form.length] ?? '')) continue;
      return lf;
    }
    return null;
  }

  /** All non-overlapping longest matches, left to right. */
  scan(text: string, types?: ReadonlySet<GazType>): { start: number; end: number; lf: LexForm }[] {
    const lower = lowerSameLength(text);
    const out: { start: number; end: number; lf: LexForm }[] = [];
    const n = text.length;
    for (let i = 0; i < n; ) {
      const m = this.matchAt(text, lower, i, types);
      if (m) {
        out.push({ start: i, end: i + m.form.length, lf: m });
        i += m.form.length;
      } else i++;
    }
    return out;
  }

  /** Every surface form (for building derived indexes). */
  *forms(): IterableIterator<LexForm> {
    for (const list of this.index.values()) yield* list;
  }

  get(key: string, type: GazType): GazEntry | undefined {
    return this.entries.get(key + '|' + type);
  }
}

const WORD_RE = /[\p{L}\p{N}]/u;

export function isWordChar(c: string): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (isHanCode(code)) return false;
  return WORD_RE.test(c);
}

function parse(): { entry: GazEntry; forms: string[] }[] {
  const rows: { entry: GazEntry; forms: string[] }[] = [];
  for (const line of DATA.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    const [key, type, name, forms] = t.split('|');
    rows.push({ entry: { key, type: type as GazType, name }, forms: forms.split(';').map((f) => f.trim()) });
  }
  return rows;
}

let lexicon: Lexicon | null = null;

/** The shared gazetteer (built once, lazily). */
export function gazetteer(): Lexicon {
  if (!lexicon) lexicon = new Lexicon(parse());
  return lexicon;
}

/** Teach the gazetteer extra surface forms for an entity (e.g. analyst-taught name variants). */
export function addForms(key: string, type: GazType, name: string, forms: string[]): void {
  const rows = parse();
  extra.push({ entry: { key, type, name }, forms });
  lexicon = new Lexicon([...rows, ...extra]);
}
const extra: { entry: GazEntry; forms: string[] }[] = [];
