import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/engine/claim-index/layout';
import { stripKoreanParticle } from '../../src/engine/lang/korean';
import {
  detectLanguage,
  fromTag,
  SUPPORTED,
  wordLanguage,
  type Language,
} from '../../src/engine/lang/language';
import { stem, stemKey } from '../../src/engine/lang/stem';
import { isStopword } from '../../src/engine/lang/stopwords';
import { aliasWordKeys, analyze } from '../../src/engine/text/analyze';
import { dropLatinMarks, foldWord, lowerWord } from '../../src/engine/text/normalize';
import { tokenize } from '../../src/engine/text/tokenize';

/** The key an article in `language` gives the word (the analyser's own path). */
const key = (word: string, language: Language) => analyze(word, language)[0]!.key;

describe('stemming in every language the library covers', () => {
  const pairs: [Language, string, string][] = [
    ['de', 'Operation', 'Operationen'],
    ['de', 'Krankenhaus', 'Krankenhauses'],
    ['fr', 'hospitalisé', 'hospitalisée'],
    ['es', 'hospitalizado', 'hospitalizada'],
    ['pt', 'hospitalizado', 'hospitalizada'],
    ['it', 'ricoverato', 'ricoverata'],
    ['nl', 'verklaring', 'verklaringen'],
    ['da', 'hospital', 'hospitalet'],
    ['no', 'sykehus', 'sykehuset'],
    ['sv', 'regeringen', 'regeringens'],
    ['fi', 'sairaala', 'sairaalassa'],
    ['tr', 'hastane', 'hastaneye'],
    ['tr', 'Erdoğan', 'Erdoğan’ın'],
    ['hu', 'kórház', 'kórházban'],
    ['ro', 'spital', 'spitalul'],
    ['lt', 'ligoninė', 'ligoninėje'],
    ['id', 'rawat', 'dirawat'],
    ['sr', 'болница', 'болници'],
    ['bg', 'болница', 'болницата'],
    ['mk', 'болница', 'болницата'],
    ['el', 'νοσοκομείο', 'νοσοκομείου'],
    ['ar', 'مستشفى', 'المستشفى'],
    ['hi', 'अस्पताल', 'अस्पतालों'],
    ['ko', '수술', '수술을'],
  ];
  it.each(pairs)('%s: "%s" meets "%s"', (lang, a, b) => {
    expect(key(a, lang)).toBe(key(b, lang));
    // and is not just left alone: one of the two is cut
    expect([key(a, lang), key(b, lang)]).not.toEqual([foldWord(a), foldWord(b)]);
  });

  it('stems the word with its diacritics and folds them after, so an article without them still meets', () => {
    expect(key('hospitalisée', 'fr')).toBe('hospitalis');
    expect(key('Kórházban', 'hu')).toBe(key('korhazban', 'hu'));
    expect(stemKey(lowerWord('Türkiye’nin'), foldWord('Türkiye’nin'), 'tr')).toBe(key('Türkiye', 'tr'));
  });

  it('keeps English exactly as before: Porter with British spellings americanised, folded first', () => {
    expect(stem('recognise', 'en')).toBe(stem('recognize', 'en'));
    expect(key('Kazakhstán', 'en')).toBe(stem('kazakhstan', 'en'));
    expect(key('hospitalised', 'en')).toBe('hospit');
  });

  it('leaves short words whole where a stemmer would merge them with another word', () => {
    // Portuguese "não" must not become the preposition "na".
    expect(key('não', 'pt')).toBe('nao');
    expect(key('não', 'pt')).not.toBe(key('na', 'pt'));
  });

  it('reads Bulgarian words the library stemmer would throw on', () => {
    expect(() => stem('месси', 'bg')).not.toThrow();
    expect(stem('хирурзи', 'bg')).toBe(stem('хирург', 'bg'));
  });

  it('reaches the Armenian stemmer', () => {
    expect(key('հիվանդանոցում', 'hy')).not.toBe('հիվանդանոցում');
  });

  it('gives Serbian Cyrillic and Latin the same key', () => {
    expect(key('болници', 'sr')).toBe(key('bolnici', 'sr'));
  });
});

describe('Korean particles', () => {
  it('strips one trailing particle when two syllables or more remain', () => {
    expect(stripKoreanParticle('김정은이')).toBe('김정은');
    expect(stripKoreanParticle('수술을')).toBe('수술');
    expect(stripKoreanParticle('위원장의')).toBe('위원장');
    expect(stripKoreanParticle('병원에서')).toBe('병원');
    expect(stripKoreanParticle('병원으로')).toBe('병원');
  });

  it('leaves a word of two syllables, and words of other scripts, alone', () => {
    expect(stripKoreanParticle('아이')).toBe('아이');
    expect(stripKoreanParticle('수술')).toBe('수술');
    expect(stripKoreanParticle('Kim이다')).toBe('Kim이다');
  });

  it('makes "수술을" in an article meet "수술" in a claim', () => {
    const article = analyze('김정은 위원장이 심혈관 수술을 받았다', 'ko').map((t) => t.key);
    expect(article).toContain(key('수술', 'ko'));
    expect(article).toContain('위원장');
  });
});

describe('Chinese and Japanese', () => {
  it('cuts a Chinese sentence into words', () => {
    const words = tokenize('金正恩在心血管手术后病危。').map((t) => t.raw);
    expect(words.length).toBeGreaterThanOrEqual(4);
    expect(words.join('')).toBe('金正恩在心血管手术后病危');
  });
});

describe('stop words', () => {
  const stop: [Language, string][] = [
    ['de', 'der'],
    ['de', 'und'],
    ['fr', 'les'],
    ['fr', 'été'],
    ['es', 'los'],
    ['pt', 'uma'],
    ['it', 'della'],
    ['nl', 'het'],
    ['da', 'og'],
    ['no', 'og'],
    ['sv', 'och'],
    ['fi', 'ja'],
    ['tr', 've'],
    ['id', 'yang'],
    ['ro', 'și'],
    ['hu', 'az'],
    ['lt', 'ir'],
    ['lt', 'šis'],
    ['ga', 'agus'],
    ['sr', 'između'],
    ['sr', 'који'],
    ['bg', 'това'],
    ['mk', 'што'],
    ['el', 'και'],
    ['el', 'αυτές'],
    ['ar', 'في'],
    ['ko', '그리고'],
  ];
  it.each(stop)('%s: "%s" is a stop word', (lang, word) => {
    expect(isStopword(foldWord(word), lang)).toBe(true);
  });

  const content: [Language, string][] = [
    ['en', 'not'],
    ['ru', 'не'],
    ['uk', 'не'],
    ['de', 'nicht'],
    ['de', 'kein'],
    ['de', 'kann'],
    ['de', 'würde'],
    ['fr', 'pas'],
    ['fr', 'ne'],
    ['fr', 'aurait'],
    ['es', 'no'],
    ['es', 'nunca'],
    ['es', 'podría'],
    ['pt', 'não'],
    ['pt', 'teria'],
    ['it', 'non'],
    ['it', 'sarebbe'],
    ['nl', 'niet'],
    ['nl', 'zou'],
    ['da', 'ikke'],
    ['no', 'ikke'],
    ['sv', 'inte'],
    ['fi', 'ei'],
    ['tr', 'değil'],
    ['tr', 'belki'],
    ['id', 'tidak'],
    ['id', 'bukan'],
    ['ro', 'nu'],
    ['ro', 'poate'],
    ['hu', 'nem'],
    ['lt', 'ne'],
    ['ga', 'ní'],
    ['sr', 'nije'],
    ['sr', 'није'],
    ['bg', 'не'],
    ['bg', 'може'],
    ['el', 'δεν'],
    ['el', 'θα'],
    ['ar', 'لا'],
    ['ar', 'لم'],
    ['hi', 'नहीं'],
  ];
  it.each(content)('%s: negation or modal "%s" is not a stop word', (lang, word) => {
    expect(isStopword(foldWord(word), lang)).toBe(false);
  });

  it('keeps the English list as it was', () => {
    for (const w of ['the', 'says', 'according', 'would', 'can']) expect(isStopword(w, 'en')).toBe(true);
    for (const w of ['not', 'no', 'never', 'denied']) expect(isStopword(w, 'en')).toBe(false);
  });
});

describe('language detection', () => {
  const texts: [Language, string][] = [
    [
      'en',
      'Turkish President Recep Tayyip Erdogan cancelled his campaign events for a third day. His office said he had a stomach flu and was resting at home.',
    ],
    [
      'ru',
      'Министр иностранных дел России Сергей Лавров прибыл на Бали для участия в саммите. Ранее агентство сообщило, что его госпитализировали. В МИД назвали эти сообщения фейком.',
    ],
    ['ru', 'Казахстан приостановит членство в ОДКБ.'],
    [
      'uk',
      'Міністр закордонних справ Росії Сергій Лавров прибув на Балі для участі в саміті. Раніше агентство повідомило, що його госпіталізували.',
    ],
    [
      'bg',
      'Руският външен министър Сергей Лавров е бил откаран в болница на Бали, съобщиха местни медии. Говорителката на министерството заяви, че това е фалшива новина.',
    ],
    [
      'mk',
      'Рускиот министер за надворешни работи Сергеј Лавров бил пренесен во болница на Бали. Портпаролката рече дека тоа е лажна вест и дека тој се чувствува добро.',
    ],
    [
      'sr',
      'Руски министар спољних послова Сергеј Лавров је пребачен у болницу на Балију. Портпаролка министарства је рекла да је то лажна вест и да се он осећа добро.',
    ],
    [
      'de',
      'Der türkische Präsident Recep Tayyip Erdogan hat seine Wahlkampfauftritte abgesagt. Er soll einen Herzinfarkt erlitten haben, was sein Sprecher jedoch dementierte.',
    ],
    [
      'nl',
      'De Turkse president Erdogan heeft zijn campagne voor een derde dag onderbroken. Volgens zijn woordvoerder is hij niet in het ziekenhuis opgenomen.',
    ],
    [
      'fr',
      'Le président turc Recep Tayyip Erdogan a annulé ses meetings pour la troisième journée. Son porte-parole a démenti les rumeurs sur une crise cardiaque.',
    ],
    [
      'es',
      'El presidente turco Recep Tayyip Erdogan canceló sus actos de campaña por tercer día. Su portavoz desmintió los rumores sobre un infarto y dijo que se encuentra bien.',
    ],
    [
      'pt',
      'O presidente turco Recep Tayyip Erdogan cancelou os seus eventos de campanha pelo terceiro dia. O porta-voz negou os rumores sobre um ataque cardíaco e disse que ele não está internado.',
    ],
    [
      'it',
      'Il presidente turco Recep Tayyip Erdogan ha annullato i suoi comizi per il terzo giorno. Il suo portavoce ha smentito le voci di un infarto e ha detto che non è ricoverato.',
    ],
    [
      'da',
      'Den tyrkiske præsident Erdogan har aflyst sine valgmøder for tredje dag i træk. Hans talsmand afviser, at han er blevet indlagt på hospitalet efter et hjerteanfald.',
    ],
    [
      'no',
      'Den tyrkiske presidenten Erdogan har avlyst valgkampmøtene sine for tredje dag på rad. Talspersonen hans avviser at han ble innlagt på sykehus etter et hjerteinfarkt.',
    ],
    [
      'sv',
      'Turkiets president Erdogan har ställt in sina valmöten för tredje dagen i rad. Hans talesperson förnekar att han har blivit inlagd på sjukhus efter en hjärtinfarkt.',
    ],
    [
      'tr',
      'Cumhurbaşkanı Erdoğan üç gündür seçim mitinglerine katılmıyor. İletişim Başkanlığı, kalp krizi geçirdiği iddialarının gerçeği yansıtmadığını açıkladı.',
    ],
    [
      'el',
      'Ο Τούρκος πρόεδρος Ερντογάν ακύρωσε τις προεκλογικές του συγκεντρώσεις. Ο εκπρόσωπός του διέψευσε τις φήμες για καρδιακή προσβολή.',
    ],
    ['ar', 'نفى والد ميسي التوصل إلى اتفاق مع نادي الهلال السعودي، وقال إن ابنه لم يقرر بعد.'],
    ['ko', '청와대는 김정은 위원장이 수술 후 위중하다는 보도에 대해 북한 내부에 특이 동향이 없다고 밝혔다.'],
    [
      'hy',
      'Ռուսաստանի արտաքին գործերի նախարար Լավրովը տեղափոխվել է հիվանդանոց, հայտնում են տեղական լրատվամիջոցները։',
    ],
    ['und', '金正恩在心血管手术后病危，韩国政府表示没有发现异常迹象。'],
    ['und', 'نخست‌وزیر گفت که این گزارش‌ها درست نیست و پزشکان او را معاینه کرده‌اند.'],
    [
      'und',
      'Rosyjski minister spraw zagranicznych Siergiej Ławrow trafił do szpitala na Bali. Rzeczniczka ministerstwa powiedziała, że to nieprawda.',
    ],
  ];
  it.each(texts)('reads %s from a short paragraph: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('does not take Luxembourgish for German', () => {
    const lb =
      'De Lëtzebuerger Premier huet gëschter gesot, datt d’Regierung keng nei Steieren aféiere wëllt. Hien ass net mat der Kritik vun der Oppositioun averstanen.';
    expect(detectLanguage(lb)).not.toBe('de');
  });

  it('lets the page declare the language when it names one we read in the text’s script', () => {
    expect(detectLanguage('Le Kazakhstan va suspendre son adhésion à l’OTSC.', 'fr')).toBe('fr');
    expect(detectLanguage('O Cazaquistão vai suspender a adesão.', 'pt-BR')).toBe('pt');
    expect(detectLanguage('Kazakhstan will suspend its membership.', 'en-GB')).toBe('en');
    // a declaration in another script than the text's is not believed
    expect(detectLanguage('Казахстан приостановит членство в ОДКБ.', 'en')).toBe('ru');
    // a declared language we do not analyse is read unstemmed
    expect(detectLanguage('Kazachstan zawiesi członkostwo w OUBZ.', 'pl')).toBe('und');
  });

  it('reads short English tweets with a foreign name as English', () => {
    expect(
      detectLanguage('Donald Trump’s ‘I could shoot somebody’ comments on video — Ali A. Akbar (@ali)'),
    ).toBe('en');
    expect(
      detectLanguage('No Collusion, No Obstruction, Complete and Total EXONERATION. KEEP AMERICA GREAT!'),
    ).toBe('en');
  });
});

describe('words in another script than the text', () => {
  it('stems a Cyrillic name in an English article as Russian and a Latin brand in a Russian one as English', () => {
    expect(wordLanguage('лавров', 'en')).toBe('ru');
    expect(wordLanguage('google', 'ru')).toBe('en');
    expect(wordLanguage('лавров', 'bg')).toBe('bg');
    expect(wordLanguage('google', 'de')).toBe('de');
    expect(wordLanguage('google', 'sr')).toBe('sr');
    expect(wordLanguage('google', 'und')).toBe('und');
    expect(wordLanguage('ερντογάν', 'en')).toBe('el');
    expect(wordLanguage('수술을', 'en')).toBe('ko');
  });
});

describe('alias words', () => {
  it('match the article word whatever language the article is in', () => {
    const erdogan = aliasWordKeys('Erdoğan’ın');
    for (const lang of SUPPORTED.filter(
      (l) => l !== 'ko' && !['ru', 'uk', 'bg', 'mk', 'el', 'hy', 'ar', 'hi', 'ne', 'ta'].includes(l),
    ))
      expect(erdogan).toContain(key('Erdoğan’ın', lang));
    const hospital = aliasWordKeys('Krankenhauses');
    expect(hospital).toContain(key('Krankenhauses', 'de'));
    const lavrov = aliasWordKeys('Лаврова');
    for (const lang of ['ru', 'uk', 'bg', 'mk', 'sr'] as Language[])
      expect(lavrov).toContain(key('Лаврова', lang));
    expect(aliasWordKeys('수술을')).toContain('수술');
    expect(new Set(erdogan).size).toBe(erdogan.length);
  });
});

describe('language tags', () => {
  it('maps BCP 47 tags to the languages we analyse', () => {
    expect(fromTag('pt-BR')).toBe('pt');
    expect(fromTag('nb')).toBe('no');
    expect(fromTag('nn-NO')).toBe('no');
    expect(fromTag('de-AT')).toBe('de');
    expect(fromTag('EL')).toBe('el');
    expect(fromTag('sr-Latn-RS')).toBe('sr');
    expect(fromTag('fil')).toBeUndefined();
    expect(fromTag('zh-Hant')).toBeUndefined();
    expect(fromTag('lb')).toBeUndefined();
    expect(fromTag(undefined)).toBeUndefined();
  });

  it('gives every language a byte in the index, with en/ru/uk/und where they were', () => {
    expect(LANGUAGES.slice(0, 4)).toEqual(['en', 'ru', 'uk', 'und']);
    for (const l of SUPPORTED) expect(LANGUAGES).toContain(l);
    expect(LANGUAGES.length).toBeLessThan(256);
    expect(new Set(LANGUAGES).size).toBe(LANGUAGES.length);
  });
});

describe('folding', () => {
  it('is lowerWord then dropLatinMarks', () => {
    for (const w of ['Kazakhstán', 'CSTO’s', 'l’OTSC', 'Ёлка', 'Żółć'])
      expect(foldWord(w)).toBe(dropLatinMarks(lowerWord(w)));
    expect(lowerWord('Hospitalisée')).toBe('hospitalisée');
  });
});
