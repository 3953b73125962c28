// Vietnamese syllable normalization: any spelling (precomposed or combining marks, old or new tone
// placement, i/y after a consonant) becomes one ASCII "telex" key: letters, then a tone letter
// (s sắc, f huyền, r hỏi, x ngã, j nặng). hội → "hooij", đàm → "ddamf", lý / lí → "lis".

const TONE_MARKS: Record<string, string> = {
  '\u0301': 's',
  '\u0300': 'f',
  '\u0309': 'r',
  '\u0303': 'x',
  '\u0323': 'j',
  '\u0340': 'f',
  '\u0341': 's',
};

const CONSONANT_ONLY = /^(b|c|ch|d|dd|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)y$/;

/** Telex key of one Vietnamese syllable (lower-cased), or '' when it is not a plausible syllable. */
export function vietKey(syllable: string): string {
  const d = syllable.toLowerCase().normalize('NFD');
  let out = '';
  let tone = '';
  for (const ch of d) {
    const code = ch.charCodeAt(0);
    if (code >= 0x61 && code <= 0x7a) {
      out += ch;
    } else if (ch === '\u0111') {
      out += 'dd';
    } else if (ch === '\u0302') {
      // circumflex: â ê ô → aa ee oo
      const last = out[out.length - 1];
      if (last === 'a' || last === 'e' || last === 'o') out += last;
      else return '';
    } else if (ch === '\u0306') {
      out += 'w'; // ă
    } else if (ch === '\u031b') {
      // horn: ơ → "ow", ư → "w" (the table's spelling)
      if (out.endsWith('u')) out = out.slice(0, -1) + 'w';
      else out += 'w';
    } else if (TONE_MARKS[ch]) {
      tone = TONE_MARKS[ch];
    } else {
      return '';
    }
  }
  if (out === '') return '';
  const m = CONSONANT_ONLY.exec(out);
  if (m) out = out.slice(0, -1) + 'i';
  return out + tone;
}

/** True when the word carries Vietnamese-specific letters or tone marks. */
export function hasVietMarks(word: string): boolean {
  return /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i.test(word);
}
