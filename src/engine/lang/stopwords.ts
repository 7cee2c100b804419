/**
 * Function words that carry no claim. Negations ("not", "не", "nicht", "pas", "no", "não",
 * "non", "niet", "ikke", "değil", "δεν", "لا"...) and modal verbs and conditionals ("kann",
 * "podría", "sarebbe", "aurait", "θα") are NOT stop words, in any language: stance detection and
 * claim wording need them ("n'a pas été hospitalisé" must not read as "a été hospitalisé").
 *
 * English, Russian and Ukrainian keep the short lists written here (the English one is what the
 * ranker and the percolator were tuned on). The other languages take @orama/stopwords, chosen
 * over `stopword` because it is the stemmers' own family at the same version, one ES module per
 * language (a bundle carries only the lists imported) and mostly the Snowball lists, which suit
 * the Snowball stemmers; `stopword` is one module holding every list it has. Its lists are
 * folded like the words they are compared with, the negations and modals of NOT_STOP removed,
 * and three repaired: Serbian and Lithuanian were saved in the wrong code page (æ for ć, ð for
 * š...), Ukrainian is garbled (this file's own list serves), Greek is written without accents
 * and with σ for ς (the word is compared in the same form).
 */
import { stopwords as arabic } from '@orama/stopwords/arabic';
import { stopwords as armenian } from '@orama/stopwords/armenian';
import { stopwords as bulgarian } from '@orama/stopwords/bulgarian';
import { stopwords as danish } from '@orama/stopwords/danish';
import { stopwords as dutch } from '@orama/stopwords/dutch';
import { stopwords as finnish } from '@orama/stopwords/finnish';
import { stopwords as french } from '@orama/stopwords/french';
import { stopwords as german } from '@orama/stopwords/german';
import { stopwords as greek } from '@orama/stopwords/greek';
import { stopwords as hungarian } from '@orama/stopwords/hungarian';
import { stopwords as hindi } from '@orama/stopwords/indian';
import { stopwords as indonesian } from '@orama/stopwords/indonesian';
import { stopwords as irish } from '@orama/stopwords/irish';
import { stopwords as italian } from '@orama/stopwords/italian';
import { stopwords as lithuanian } from '@orama/stopwords/lithuanian';
import { stopwords as nepali } from '@orama/stopwords/nepali';
import { stopwords as norwegian } from '@orama/stopwords/norwegian';
import { stopwords as portuguese } from '@orama/stopwords/portuguese';
import { stopwords as romanian } from '@orama/stopwords/romanian';
import { stopwords as serbian } from '@orama/stopwords/serbian';
import { stopwords as spanish } from '@orama/stopwords/spanish';
import { stopwords as swedish } from '@orama/stopwords/swedish';
import { stopwords as tamil } from '@orama/stopwords/tamil';
import { stopwords as turkish } from '@orama/stopwords/turkish';
import { foldWord } from '../text/normalize';
import type { Language } from './language';

const EN = `a an the and or but if then than so of to in on at by for from with without into onto over under
about as is are was were be been being am do does did doing have has had having it its it's this that these those
there here which who whom whose what when where while also just very too such own same other another each both
all any some most more much many few he she they them his her their our we us you your i me my mine yours
ours theirs himself herself itself themselves would should shall can will may might must could up down out off
again further once only after before during through between against above below since until per via
s t says said say according`;

const RU = `и в во на с со к ко по о об обо от до из у за над под при про для без через между а но или либо
же ли бы то это этот эта эти тот та те что чтобы как так также тоже уже еще ещё его ее её их он она оно они
мы вы я ты себя свой своя свои который которая которые которое быть был была были было есть будет будут
является являются сказал сказала заявил заявила по словам`;

const UK = `і й та в у на з зі із до від по про для без через між а але або чи ж же б би це цей ця ці той та
ті що щоб як так також теж вже ще його її їх він вона воно вони ми ви я ти себе свій своя свої який яка які
яке бути був була були було є буде будуть сказав сказала заявив заявила за словами`;

/** No list in the library: the commonest function words (the verbs' negations stay out). */
const MK = `и во на се од за да е со што кој која кое кои тоа таа тој тие ги го ја му ѝ им би бил била биле
беше беа до по при преку меѓу како така исто уште веќе или но а ова овој оваа овие тие нив него неа`;

/** Korean particles are stripped from the word (korean.ts); these are the free-standing ones. */
const KO = `그리고 그러나 하지만 또한 또 및 등 그 이 저 것 수 때 중 위해 대한 대해 통해 따라 따르면 관련 이번 당시`;

/**
 * Negations, modal verbs, conditionals and hedges in the library's lists, in folded form: never
 * stop words.
 */
const NOT_STOP: Partial<Record<Language, string>> = {
  de: 'nicht nichts kein keine keinem keinen keiner keines kann konnen konnte muss musste soll sollte will wollen wollte wurde wurden',
  fr: 'ne pas n aurait auraient serait seraient aurais serais aurions serions auriez seriez',
  es: 'no ni nada nadie nunca ninguna ningunas ninguno ningunos ningun puede pueden podria podrian podriais podriamos podrias podra podran pudo pueda poder podemos podeis debe deben quiza quizas posible parece supuesto',
  pt: 'nao nem seria seriamos seriam teria teriamos teriam',
  it: 'non avrei avresti avrebbe avremmo avreste avrebbero sarei saresti sarebbe saremmo sareste sarebbero',
  nl: 'niet geen niets zou kan moet kunnen wil kon zal',
  da: 'ikke skal vil kunne ville skulle',
  no: 'ikke ikkje inkje ingen ingi kan skal vil kunne ville skulle',
  sv: 'inte icke ej ingen skulle kunde kan',
  fi: 'ei en et emme ette eivat',
  tr: 'degil dedil hic hicbir belki acaba olmaz olmayan olmadi olmadigi',
  id: 'tidak tak bukan belum jangan enggak enggaknya bukankah bukanlah bukannya tidakkah tidaklah belumlah janganlah jangankan bisa dapat mungkin harus boleh mampu hendak ingin mau seharusnya haruslah harusnya bisakah mungkinkah bolehkah bolehlah hendaklah hendaknya mampukah pasti pastilah',
  ro: 'nu nici nimic nimeni nicaieri poate pot ar',
  hu: 'nem sem se ne nincs nelkul soha semmi senki dehogy kell kellene kellett kelljen lehet lehetett lehetetlen lehetoleg talan volna lenne lennek lennenek barcsak hatha',
  lt: 'ne nebe nei negi nejau nejaugi nebent gal galbut galgi',
  ga: 'ni nior nach',
  sr: 'nije nismo nemam nista nikada nijedan mora morao mogu moci smeti zeli zeleo',
  bg: 'не няма нито нищо никой може мога могат трябва ще вероятно би',
  el: 'δεν μη μην θα ισωσ',
  hy: 'պիտի',
  ar: 'لا لم لن ليس ليست لست غير عدم ما قد يجب يمكن ربما لعل عسى سوف ألا بلى كلا لات لما',
  hi: 'नहीं न सकते सकता',
  ne: 'छैन थिएन थिएनन् न नत्र गैर गर्नुपर्छ चाहिए पर्छ',
  ta: 'வேண்டும்',
};

/** Serbian Cyrillic in the folded Latin the stop list (and the stemmer's answer) is written in. */
const SERBIAN_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'z',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  џ: 'dz',
  ш: 's',
};

/** The form a word is looked up in: folded, and for Greek and Serbian brought to their list's alphabet. */
function stopForm(folded: string, language: Language): string {
  if (language === 'el') return folded.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('ς', 'σ');
  if (language === 'sr' && /[\u0400-\u04ff]/.test(folded))
    return [...folded].map((c) => SERBIAN_LATIN[c] ?? c).join('');
  return folded;
}

/** Letters of a list saved in Windows-1257 and read as Latin-1, folded the way foldWord folds them. */
const MOJIBAKE: Partial<Record<Language, Record<string, string>>> = {
  lt: { à: 'a', è: 'c', æ: 'e', ë: 'e', á: 'i', ð: 's', ø: 'u', û: 'u', þ: 'z' },
  sr: { æ: 'c', è: 'c', ð: 'đ' },
};

function fromLibrary(words: readonly string[], language: Language): Set<string> {
  const repair = MOJIBAKE[language];
  const keep = new Set((NOT_STOP[language] ?? '').split(' '));
  const out = new Set<string>();
  for (let w of words) {
    w = w.replace(/\ufeff/g, '').trim();
    if (repair) w = [...w].map((c) => repair[c] ?? c).join('');
    w = stopForm(foldWord(w), language);
    if (w && !w.includes(' ') && !keep.has(w)) out.add(w);
  }
  return out;
}

const build = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Each language's list: written here (a string, see the top of this file), from the library (its
 * words, folded by fromLibrary), or none.
 */
const LIST_SOURCES: Record<Language, string | readonly string[] | null> = {
  en: EN,
  ru: RU,
  uk: UK,
  de: german,
  fr: french,
  es: spanish,
  pt: portuguese,
  it: italian,
  nl: dutch,
  da: danish,
  no: norwegian,
  sv: swedish,
  fi: finnish,
  tr: turkish,
  id: indonesian,
  ro: romanian,
  hu: hungarian,
  lt: lithuanian,
  ga: irish,
  sr: serbian,
  bg: bulgarian,
  mk: MK,
  el: greek,
  hy: armenian,
  ar: arabic,
  hi: hindi,
  ne: nepali,
  ta: tamil,
  ko: KO,
  und: null,
};

/**
 * The lists made so far, each the first time a word of its language is looked up: a worker that
 * reads English articles never folds the other 25 (making them all took 10 ms of every start).
 */
const lists = new Map<Language, ReadonlySet<string>>();

function listOf(language: Language): ReadonlySet<string> {
  let list = lists.get(language);
  if (!list) {
    const source = LIST_SOURCES[language];
    list =
      source === null
        ? new Set()
        : typeof source === 'string'
          ? build(source)
          : fromLibrary(source, language);
    lists.set(language, list);
  }
  return list;
}

export function isStopword(folded: string, language: Language): boolean {
  const list = listOf(language);
  if (list.size === 0) return false;
  return list.has(language === 'el' || language === 'sr' ? stopForm(folded, language) : folded);
}
