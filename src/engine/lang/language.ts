/**
 * Which analyser a text gets. The page's own declaration (<html lang>) wins when it names a
 * language we analyse and the text is written in that language's script; otherwise the text
 * decides: its script first, then, inside a script several languages share, the letters only one
 * of them uses (і/ї/є/ґ Ukrainian, ы/э Russian, ѓ/ќ/ѕ Macedonian, ђ/ћ Serbian, ã/õ Portuguese...)
 * and the function words each writes most. Anything else is "und" and is matched without
 * stemming, so an unknown language can miss but never mis-stem.
 */

/** ISO 639-1 codes of the languages we stem (or, Korean, strip of particles); 'und' for the rest. */
export type Language =
  | 'en'
  | 'ru'
  | 'uk'
  | 'de'
  | 'fr'
  | 'es'
  | 'pt'
  | 'it'
  | 'nl'
  | 'da'
  | 'no'
  | 'sv'
  | 'fi'
  | 'tr'
  | 'id'
  | 'ro'
  | 'hu'
  | 'lt'
  | 'ga'
  | 'sr'
  | 'bg'
  | 'mk'
  | 'el'
  | 'hy'
  | 'ar'
  | 'hi'
  | 'ne'
  | 'ta'
  | 'ko'
  | 'und';

export type Script =
  | 'Latin'
  | 'Cyrillic'
  | 'Greek'
  | 'Armenian'
  | 'Arabic'
  | 'Devanagari'
  | 'Tamil'
  | 'Hangul'
  | 'Han'
  | 'Georgian'
  | 'Other';

/** Every language we analyse with the script(s) it is written in. Serbian is written in both. */
const SCRIPTS: Record<Exclude<Language, 'und'>, readonly Script[]> = {
  en: ['Latin'],
  ru: ['Cyrillic'],
  uk: ['Cyrillic'],
  de: ['Latin'],
  fr: ['Latin'],
  es: ['Latin'],
  pt: ['Latin'],
  it: ['Latin'],
  nl: ['Latin'],
  da: ['Latin'],
  no: ['Latin'],
  sv: ['Latin'],
  fi: ['Latin'],
  tr: ['Latin'],
  id: ['Latin'],
  ro: ['Latin'],
  hu: ['Latin'],
  lt: ['Latin'],
  ga: ['Latin'],
  sr: ['Cyrillic', 'Latin'],
  bg: ['Cyrillic'],
  mk: ['Cyrillic'],
  el: ['Greek'],
  hy: ['Armenian'],
  ar: ['Arabic'],
  hi: ['Devanagari'],
  ne: ['Devanagari'],
  ta: ['Tamil'],
  ko: ['Hangul'],
};

export const SUPPORTED = Object.keys(SCRIPTS) as readonly Exclude<Language, 'und'>[];

/** The languages written in a script, in SUPPORTED's order (English first for Latin, Russian for Cyrillic). */
export function languagesOfScript(script: Script): Language[] {
  return SUPPORTED.filter((l) => SCRIPTS[l].includes(script));
}

/** Primary subtags that name a language we analyse under another code. */
const TAG_ALIASES: Record<string, Language> = {
  nb: 'no', // Norwegian Bokmål
  nn: 'no', // Nynorsk: the Norwegian stemmer knows its endings too
  in: 'id', // the withdrawn code for Indonesian
  mo: 'ro', // Moldovan
  // Serbo-Croatian in its standard forms: Snowball's Serbian stemmer reads Latin as well as
  // Cyrillic, and Croatian and Bosnian inflect as Serbian does.
  sh: 'sr',
  hr: 'sr',
  bs: 'sr',
};

/** The first subtag of a BCP 47 tag, if it is one we analyse ('pt-BR' → pt, 'nb' → no, 'fil' → undefined). */
export function fromTag(tag: string | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return undefined;
  if (Object.hasOwn(SCRIPTS, primary)) return primary as Language;
  return Object.hasOwn(TAG_ALIASES, primary) ? TAG_ALIASES[primary] : undefined;
}

/** The script of one code point (the first letter of a word is enough to place the word). */
export function scriptOf(c: number): Script {
  if (c < 0x250) return 'Latin';
  if (c < 0x370) return c >= 0x300 ? 'Other' : 'Latin'; // IPA, spacing modifiers; marks
  if (c < 0x400) return 'Greek';
  if (c < 0x530) return 'Cyrillic';
  if (c < 0x590) return 'Armenian';
  if (c < 0x600) return 'Other'; // Hebrew
  if (c < 0x700) return 'Arabic';
  if (c >= 0x750 && c < 0x780) return 'Arabic';
  if (c >= 0x900 && c < 0x980) return 'Devanagari';
  if (c >= 0xb80 && c < 0xc00) return 'Tamil';
  if (c >= 0x10a0 && c < 0x1100) return 'Georgian';
  if (c >= 0x1100 && c < 0x1200) return 'Hangul'; // Jamo
  if (c >= 0x1c80 && c < 0x1c90) return 'Cyrillic';
  if (c >= 0x1c90 && c < 0x1cc0) return 'Georgian';
  if (c >= 0x1e00 && c < 0x1f00) return 'Latin';
  if (c >= 0x1f00 && c < 0x2000) return 'Greek';
  if (c >= 0x2de0 && c < 0x2e00) return 'Cyrillic';
  if (c >= 0x2e80 && c < 0x3000) return 'Han';
  if (c >= 0x3040 && c < 0x3100) return 'Han'; // Kana: no language of ours; read as Han is
  if (c >= 0x3130 && c < 0x3190) return 'Hangul';
  if (c >= 0x3400 && c < 0xa000) return 'Han';
  if (c >= 0xa640 && c < 0xa6a0) return 'Cyrillic';
  if (c >= 0xa720 && c < 0xa800) return 'Latin';
  if (c >= 0xac00 && c < 0xd7b0) return 'Hangul';
  if (c >= 0xf900 && c < 0xfb00) return 'Han';
  if (c >= 0xfb50 && c < 0xfe00) return 'Arabic';
  if (c >= 0xfe70 && c < 0xff00) return 'Arabic';
  if (c >= 0xff21 && c < 0xff5b) return 'Latin'; // full-width A–z
  return 'Other';
}

/** Scripts counted by detectLanguage, and what each decides when it dominates the sample. */
const COUNTED: readonly Script[] = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Arabic',
  'Devanagari',
  'Tamil',
  'Hangul',
  'Han',
  'Georgian',
];

const ENGLISH_FUNCTION_WORDS = /\b(?:the|and|of|to|in|is|that|was|for|with|on|as|by|has|have|will)\b/gi;

/**
 * Frequent function words of the Latin-script languages, folded (no diacritics), each list kept
 * free of English words ("in", "is", "on", "to", "do", "for", "per", "i"...), so English text
 * scores next to nothing in them. The last eight are languages we do not stem: a Polish, Czech,
 * Catalan, Luxembourgish, Slovak, Estonian, Tagalog or Vietnamese page must win as itself and be
 * read as 'und' rather than be taken for the nearest language we do stem.
 */
const LATIN_WORDS: Record<string, string> = {
  de: 'der die das und ist nicht mit sich auf den des ein eine einer einem zu von wurde auch bei fur aus nach wird sie er hat sind dass oder zum zur uber wie noch nur einen seine sein seinen seiner haben jedoch aber es',
  nl: 'het een van en niet zijn dat met voor ook aan bij naar wordt werd heeft hebben maar nog deze dit worden uit zich geen kan zou dan de te',
  fr: 'le la les des du une est pas dans pour que qui sur au aux avec il elle ont sont ete cette ces par ne se sa ses leur et lui nous vous ils de',
  es: 'el la los las del que y en una es por con para se su lo como mas pero sus le ya fue este ha esta entre cuando muy sin sobre tambien hasta hay donde desde nos ni contra eso fueron segun de',
  pt: 'o os da dos das em na nos nas um uma que e para nao por mais como mas foi ao aos ele ela seu sua ou quando ja tambem pelo pela isso entre depois sem ser tem sao de se',
  it: 'il lo la gli le di del della dei delle degli che e non una sono con si da alla nel nella anche ma piu ha questo questa essere stato stata ed ci dopo dal dalla sul sulla',
  da: 'og det til er som pa de med han ikke der var den har et om vi af efter blev havde hun fra kan skal vil ogsa mig sig hvad nogle ud op meget nu hende siger mellem',
  no: 'og det til er som pa de med han ikke der var den har et om vi av etter ble hadde hun fra kan skal vil ogsa meg seg hva noen ut opp na ikkje eg ein dei ho sier mellom',
  sv: 'och att det som en pa ar med av den till inte har de om var sig ett jag han hon ocksa fran efter kan ska vid eller nar blev sade',
  fi: 'ja ei se etta oli ovat han mutta kun myos joka tai mukaan jo kuin niin hanen olla vuonna noin',
  tr: 've bir bu da de ile icin olarak olan gibi daha cok ama ne mi sonra kadar ancak ise degil uzere tarafindan oldu',
  id: 'yang di ini itu dengan untuk dari dalam tidak akan pada juga ke ada adalah oleh karena bahwa atau sudah telah saat mereka',
  ro: 'si cu pe la este pentru sa nu din fost mai au sunt ca lui acest fi dupa dar sau ai',
  hu: 'az es hogy nem egy meg van volt csak mar azt ki ha mint ami ezt vagy pedig kell lesz',
  lt: 'ir kad yra su buvo bet ar jis ji nuo iki taip kaip apie del dar tai savo jau labai',
  ga: 'agus ar ag ta bhi ach mar ata seo sin nach chun leis gan faoi bhfuil',
  sr: 'je da se na za su od sa koji koja koje nije kao ali ili iz sto biti bio bila jos samo vec kako',
  pl: 'na sie nie ze jest jak po przez od ale tak jego juz byl ktory ktora ktore oraz tym sa dla tego zostal zostala takze',
  cs: 'je se na ze jako ale jsou byl jeho ktery tak od aby jsem nebo',
  ca: 'els les la el amb va aquest aquesta seva seu dels mes una del que de ha pero',
  lb: 'ass vun fir huet gett dei sinn awer och eng mat gouf goufen ginn hunn hien keng',
  sk: 'sa aj ako ktory ktora ktore pre ich bol bola alebo',
  et: 'see oli ka mis kui ning aga seda voi oma nad',
  tl: 'ang ng mga ay nang kay mula ito siya',
  vi: 'cua va la cac co trong cho khong nguoi nay mot nhung',
};

/**
 * Letters only one language (or one close group) writes, each occurrence adding half a point:
 * Turkish, Lithuanian or Romanian write few function words a list can hold, and many such letters.
 */
const LATIN_LETTERS: Record<string, string> = {
  pt: 'ãõ',
  es: 'ñ¿¡',
  de: 'ß',
  fr: 'œêû',
  tr: 'ışğ',
  ro: 'ășțşţ',
  hu: 'őű',
  lt: 'ąęėįųū',
  pl: 'łśźżńąę',
  cs: 'řěů',
  sr: 'đć',
  lb: 'ë',
  sk: 'ľĺŕ',
  vi: 'ơư',
  da: 'æø',
  no: 'æø',
  sv: 'ä',
  fi: 'ä',
};

const DETECTED_LATIN = Object.keys(LATIN_WORDS);
const LATIN_WORD_LANGS = new Map<string, number[]>();
DETECTED_LATIN.forEach((lang, i) => {
  for (const w of LATIN_WORDS[lang]!.split(' ')) {
    const langs = LATIN_WORD_LANGS.get(w) ?? [];
    if (!langs.includes(i)) langs.push(i);
    LATIN_WORD_LANGS.set(w, langs);
  }
});

/** Latin words, inner apostrophes kept ("don't" and "I've" are not the words "don" and "ve"). */
const LATIN_LETTER_LANGS = new Map<string, number[]>();
DETECTED_LATIN.forEach((lang, i) => {
  for (const ch of LATIN_LETTERS[lang] ?? '')
    LATIN_LETTER_LANGS.set(ch, [...(LATIN_LETTER_LANGS.get(ch) ?? []), i]);
});

const LATIN_WORD = /\p{Script=Latin}+(?:['’]\p{Script=Latin}+)*/gu;
const MARKS = /\p{M}/gu;

function latinLanguage(sample: string, latinLetters: number): Language {
  const english = sample.match(ENGLISH_FUNCTION_WORDS)?.length ?? 0;
  const score = new Array<number>(DETECTED_LATIN.length).fill(0);
  const lower = sample.toLowerCase();
  for (const m of lower.matchAll(LATIN_WORD)) {
    let w = m[0];
    if (w.length > 12) continue;
    if (/[\u0080-\uffff]/.test(w)) w = w.normalize('NFD').replace(MARKS, '');
    const langs = LATIN_WORD_LANGS.get(w);
    if (langs) for (const i of langs) score[i]!++;
  }
  for (let at = 0; at < lower.length; at++) {
    if (lower.charCodeAt(at) < 0xc0) continue;
    const langs = LATIN_LETTER_LANGS.get(lower[at]!);
    if (langs) for (const i of langs) score[i]! += 0.5;
  }
  let best = -1;
  let second = 0;
  for (let i = 0; i < score.length; i++) {
    if (best < 0 || score[i]! > score[best]!) {
      if (best >= 0) second = score[best]!;
      best = i;
    } else if (score[i]! > second) second = score[i]!;
  }
  const top = score[best]!;
  // English as before (its function words at least one in 200 letters) unless another language's
  // own words clearly outnumber them: names in English text ("Ali", "eddie ni") hit a list or two.
  const english200 = english * 40 >= latinLetters / 5;
  if (english200 && top < 2 * english + 2) return 'en';
  if (top < 2 || top * 100 < latinLetters || top === second) return english200 ? 'en' : 'und';
  return fromTag(DETECTED_LATIN[best]) ?? 'und';
}

const CYRILLIC_WORDS: Record<'ru' | 'uk' | 'bg' | 'mk' | 'sr', string> = {
  ru: 'что это как он был была было были его также который которые которая этот эти их она они или уже только сообщил',
  uk: 'що це як він був була було були його також який які яка цей ці їх вона вони або вже тільки та від',
  bg: 'е са че ще това като които който която беше след със към във има тя той са бе тези',
  mk: 'е се во од со што тоа кој која кое кои ова беше ќе има тој таа',
  sr: 'је у су који која које није као али када што био била још само већ',
};
const CYRILLIC_WORD_LANGS = new Map<string, Language[]>();
for (const [lang, words] of Object.entries(CYRILLIC_WORDS))
  for (const w of words.split(' ')) {
    const langs = CYRILLIC_WORD_LANGS.get(w) ?? [];
    if (!langs.includes(lang as Language)) langs.push(lang as Language);
    CYRILLIC_WORD_LANGS.set(w, langs);
  }

const CYRILLIC_WORD = /\p{Script=Cyrillic}+/gu;

function count(text: string, letters: RegExp): number {
  return text.match(letters)?.length ?? 0;
}

function cyrillicLanguage(sample: string): Language {
  const lower = sample.toLowerCase();
  if (/ў/.test(lower)) return 'und'; // Belarusian
  const macedonian = count(lower, /[ѓќѕ]/g);
  const serbian = count(lower, /[ђћ]/g);
  const words: Partial<Record<Language, number>> = {};
  for (const m of lower.matchAll(CYRILLIC_WORD))
    for (const l of CYRILLIC_WORD_LANGS.get(m[0]) ?? []) words[l] = (words[l] ?? 0) + 1;
  if (macedonian > serbian) return 'mk';
  if (serbian > 0) return 'sr';
  if (/[јљњџ]/.test(lower)) return (words.mk ?? 0) > (words.sr ?? 0) ? 'mk' : 'sr';
  // Letters weigh more than words: і/ї/є/ґ are Ukrainian alone, ы/э Russian alone; Bulgarian
  // writes neither, and ъ inside its words (Russian has it in a few, after a prefix).
  const scores: [Language, number][] = [
    ['ru', (words.ru ?? 0) + 2 * count(lower, /[ыэ]/g)],
    ['uk', (words.uk ?? 0) + 2 * count(lower, /[іїєґ]/g)],
    ['bg', (words.bg ?? 0) + count(lower, /ъ(?=\p{L})/gu) - 2 * count(lower, /[ыэіїє]/g)],
  ];
  let best = scores[0]!;
  for (const s of scores) if (s[1] > best[1]) best = s;
  return best[0];
}

function devanagariLanguage(sample: string): Language {
  const nepali = count(sample, /(?:^|\s)(?:छ|छन्|हो|र|मा|पनि|गरेको|भएको|थियो|भने)(?=[\s,।.]|$)/g);
  const hindi = count(sample, /(?:^|\s)(?:है|हैं|और|के|में|की|से|का|था|ने)(?=[\s,।.]|$)/g);
  return nepali > hindi ? 'ne' : 'hi';
}

function arabicLanguage(sample: string): Language {
  // Persian and Urdu letters, and the Persian forms of yeh and kaf: those texts are not Arabic.
  const other = count(sample, /[پچژگکیٹڈڑںے]/g);
  const arabic = count(sample, /[يكة]/g);
  return other > arabic ? 'und' : 'ar';
}

/** Guesses from a sample of the text (its first few thousand characters are enough). */
export function detectLanguage(text: string, declared?: string): Language {
  const fromDeclared = fromTag(declared);
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const counts = new Map<Script, number>();
  let latin = 0;
  for (const ch of sample) {
    // ASCII, most of any Latin-script page, needs no script lookup.
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if (c !== 0xb5 && /\p{L}/u.test(ch)) {
      const s = scriptOf(c);
      if (s === 'Latin') latin++;
      else counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  counts.set('Latin', latin);
  let script: Script | undefined;
  let most = 0;
  for (const s of COUNTED) {
    const n = counts.get(s) ?? 0;
    if (n > most) {
      most = n;
      script = s;
    }
  }
  if (!script) return fromDeclared ?? 'und';
  if (fromDeclared && fromDeclared !== 'und' && SCRIPTS[fromDeclared].includes(script)) return fromDeclared;
  switch (script) {
    case 'Latin':
      // A page that declares a language we do not analyse is read as that language: unstemmed.
      if (declared && !fromDeclared) return 'und';
      return latinLanguage(sample, latin);
    case 'Cyrillic':
      return cyrillicLanguage(sample);
    case 'Greek':
      return 'el';
    case 'Armenian':
      return 'hy';
    case 'Arabic':
      return arabicLanguage(sample);
    case 'Devanagari':
      return devanagariLanguage(sample);
    case 'Tamil':
      return 'ta';
    case 'Hangul':
      return 'ko';
    default:
      return 'und';
  }
}

/**
 * The language a single word should be stemmed in, given the text's language: the text's own
 * when the word is written in its script, else the script's first language (a Cyrillic name in
 * an English article is stemmed as Russian, a Latin brand in a Russian one as English, a Greek
 * word anywhere as Greek). Latin words of a text of unknown language stay unstemmed.
 */
export function wordLanguage(word: string, textLanguage: Language): Language {
  const first = word.charCodeAt(0);
  // The common cases first, as cheaply as before: ASCII and Latin-1 words, Cyrillic words.
  if (first < 0x250) {
    if (textLanguage === 'und') return 'und';
    return SCRIPTS[textLanguage].includes('Latin') ? textLanguage : 'en';
  }
  const script = scriptOf(first >= 0xd800 && first < 0xdc00 ? word.codePointAt(0)! : first);
  // Latin words beyond Latin-1 and Latin Extended-A/B (Vietnamese, phonetic letters) as before: unstemmed.
  if (script === 'Latin') return 'und';
  if (textLanguage !== 'und' && SCRIPTS[textLanguage].includes(script)) return textLanguage;
  return DEFAULT_OF_SCRIPT[script] ?? 'und';
}

const DEFAULT_OF_SCRIPT: Partial<Record<Script, Language>> = {
  Cyrillic: 'ru',
  Greek: 'el',
  Armenian: 'hy',
  Arabic: 'ar',
  Devanagari: 'hi',
  Tamil: 'ta',
  Hangul: 'ko',
};
