// Small closed word lists the engine needs to read event structure. General vocabulary of news reports about
// meetings, not keyed to any document. Chinese entries are given in Simplified; callers match on Simplified text.
import { langFamily } from '../lang';

/** Nouns and verbs that name a meeting-like happening (talks, summit, call, negotiation). */
export const EVENT_WORDS: Record<string, readonly string[]> = {
  zh: ['会谈', '会晤', '会议', '会面', '谈判', '磋商', '协商', '峰会', '对话', '通话', '见面', '举行', '访问', '会见', '接触', '商谈', '谈话', '论坛', '座谈'],
  vi: ['cuộc gặp', 'gặp nhau', 'gặp gỡ', 'hội đàm', 'đàm phán', 'cuộc họp', 'hội nghị', 'thượng đỉnh', 'hội kiến', 'tham vấn', 'điện đàm', 'thảo luận', 'cuộc hội đàm', 'làm việc'],
  en: ['talks', 'meeting', 'met', 'meet', 'summit', 'negotiation', 'negotiations', 'consultations', 'session', 'round', 'call', 'conference', 'discussions', 'visit', 'met with'],
  // Russian: word beginnings (the words inflect: переговоры, переговорах; встреча, встречи, встретились)
  ru: ['переговор', 'встреч', 'встрет', 'саммит', 'консультаци', 'визит', 'беседа', 'беседы', 'заседани', 'совещани', 'конференци', 'раунд', 'диалог', 'телефонн'],
};

/** Verbs of lasting, which tie a duration to the happening rather than to background. */
export const LASTING_WORDS: Record<string, readonly string[]> = {
  zh: ['持续', '历时', '长达', '进行了', '举行了'],
  vi: ['kéo dài', 'diễn ra', 'trong'],
  en: ['lasted', 'lasting', 'long', 'for'],
};


const wordRe = (words: readonly string[], latin: boolean) =>
  new RegExp(latin ? `(?:^|[^\\p{L}])(?:${words.map(escape).join('|')})(?:$|[^\\p{L}])` : words.map(escape).join('|'), latin ? 'iu' : 'u');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const EVENT_RE: Record<string, RegExp> = {
  zh: wordRe(EVENT_WORDS.zh, false),
  vi: wordRe(EVENT_WORDS.vi, true),
  en: wordRe(EVENT_WORDS.en, true),
  // word beginnings: no boundary after the stem
  ru: new RegExp(`(?:^|[^\\p{L}])(?:${EVENT_WORDS.ru.map(escape).join('|')})`, 'iu'),
};

/** Whether a statement (Simplified text for Chinese) names a meeting-like happening. */
export function mentionsEvent(text: string, lang: string): boolean {
  const fam = langFamily(lang);
  const re = (EVENT_RE as Record<string, RegExp>)[fam] ?? (EVENT_RE as Record<string, RegExp>)[lang.toLowerCase().split('-')[0]] ?? EVENT_RE.en;
  return re.test(text);
}

/**
 * Verbs of saying, in every supported language (Chinese in both scripts): a person right before one is the speaker of
 * the statement (纳兰…表示, Naran said, Ông X cho biết, Наран заявил). General vocabulary, not keyed to any document.
 */
export const SPEECH_WORDS: readonly string[] = [
  // zh-Hans / zh-Hant
  '说', '說', '表示', '称', '稱', '认为', '認為', '指出', '强调', '強調', '透露', '宣布', '声称', '聲稱', '坦言', '告诉', '告訴', '警告', '承认', '承認', '评价', '評價', '形容', '补充', '補充', '写道', '寫道',
  // vi
  'cho biết', 'cho hay', 'nói', 'nhấn mạnh', 'khẳng định', 'tuyên bố', 'nhận định', 'cho rằng', 'bày tỏ', 'thừa nhận', 'mô tả', 'đánh giá',
  // en
  'said', 'says', 'told', 'stated', 'argued', 'added', 'noted', 'stressed', 'warned', 'believes', 'believed', 'admitted', 'described', 'announced', 'insisted', 'claimed',
  // ru
  'заявил', 'заявила', 'сказал', 'сказала', 'отметил', 'отметила', 'считает', 'подчеркнул', 'подчеркнула', 'сообщил', 'сообщила', 'признал', 'признала',
];

/** Matches a verb of saying (Latin and Cyrillic words on word boundaries; Chinese anywhere). */
export const SPEECH_RE = new RegExp(
  SPEECH_WORDS.map((w) => (/[\p{Script=Han}]/u.test(w) ? escape(w) : `(?<![\\p{L}])${escape(w)}(?![\\p{L}])`)).join('|'),
  'iu',
);
