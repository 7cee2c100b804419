import { describe, expect, it } from 'vitest';
import { CUE_PREFIXES } from '../../src/engine/stance/cue-prefixes';
import { findCues } from '../../src/engine/stance/cues';
import { prefixesOf } from '../../src/engine/stance/prefixes';
import type { CueHit, CueKind } from '../../src/engine/stance/cues';
import {
  LEXICON,
  LEXICONS,
  SPAN_CLOSE,
  SPAN_OPEN,
  compileEntry,
  foldText,
} from '../../src/engine/stance/lexicon';
import { cuePrefixes } from '../tools/cue-prefixes';

/** An example sentence without its marks, and where the marked span lies. */
function parse(example: string): { text: string; start: number; end: number; span: string } {
  const start = example.indexOf(SPAN_OPEN);
  const close = example.indexOf(SPAN_CLOSE);
  const text = example.replace(SPAN_OPEN, '').replace(SPAN_CLOSE, '');
  const end = close - SPAN_OPEN.length;
  return { text, start, end, span: text.slice(start, end) };
}

const spans = (text: string, hits: CueHit[]): [CueKind, string][] =>
  hits.map((h) => [h.kind, text.slice(h.start, h.end)]);

describe('the lexicon', () => {
  it('covers the supported languages', () => {
    expect(LEXICONS.map((l) => l.lang).sort()).toEqual(
      [
        'ar',
        'bg',
        'da',
        'de',
        'el',
        'en',
        'es',
        'fa',
        'fr',
        'hy',
        'id',
        'it',
        'ja',
        'ka',
        'ko',
        'lb',
        'mk',
        'nl',
        'no',
        'pl',
        'pt',
        'ru',
        'sv',
        'tr',
        'uk',
        'zh',
      ].sort(),
    );
  });

  it('gives every entry at least one example with exactly one marked span', () => {
    for (const entry of LEXICON) {
      expect(entry.examples.length, `${entry.lang} ${entry.kind} /${entry.pattern}/`).toBeGreaterThan(0);
      for (const ex of entry.examples) {
        expect(ex.split(SPAN_OPEN).length, ex).toBe(2);
        expect(ex.split(SPAN_CLOSE).length, ex).toBe(2);
        expect(ex.indexOf(SPAN_OPEN), ex).toBeLessThan(ex.indexOf(SPAN_CLOSE));
      }
    }
  });

  it('knows how every entry can begin (an entry posted under no prefix would never be tried)', () => {
    for (const entry of LEXICON) {
      const prefixes = prefixesOf(entry.pattern);
      expect(prefixes.length, entry.pattern).toBeGreaterThan(0);
      expect(prefixes, entry.pattern).not.toContain('');
    }
  });

  it('has its prefixes written ahead exactly as prefixes.ts finds them (run test/tools/cue-prefixes.ts when not)', () => {
    expect(CUE_PREFIXES).toEqual(cuePrefixes());
  });

  it('compiles every entry on its own', () => {
    for (const entry of LEXICON) expect(() => compileEntry(entry), entry.pattern).not.toThrow();
  });
});

// Each entry: its own regex matches exactly the marked span, and findCues reports that span with the entry's kind.
describe.each(LEXICON.map((entry) => [`${entry.lang} ${entry.kind} /${entry.pattern}/`, entry] as const))(
  '%s',
  (_name, entry) => {
    it.each(entry.examples)('%s', (example) => {
      const { text, start, end, span } = parse(example);
      const alone = compileEntry(entry);
      alone.lastIndex = start;
      const m = alone.exec(entry.caseSensitive ? text : foldText(text));
      expect(
        m && text.slice(start, start + m[0].length),
        'the entry alone matches exactly the marked span',
      ).toBe(span);
      expect(spans(text, findCues(text)), 'findCues reports the span').toContainEqual([entry.kind, span]);
      expect(findCues(text)).toContainEqual({ kind: entry.kind, start, end });
    });
  },
);

/** Ordinary news sentences, one set per language: no cue at all. */
const PLAIN: Record<string, string[]> = {
  en: [
    'The minister arrived in Bali on Sunday evening for the G20 summit.',
    'He was denied entry to the country at the border crossing.',
    'The journalist was denied a visa last year.',
    'The court denied him bail on Tuesday.',
    'Parliament will vote on the budget next week.',
    'The storm claimed the lives of twelve people.',
    'She claimed victory in the second round.',
    'The patient was admitted to hospital on Monday night.',
    'Users are asked to confirm their choice in the settings.',
    'Energy prices rose by three percent in March.',
    'The team has won its last five matches at home.',
  ],
  ru: [
    'Министр прибыл на Бали в воскресенье вечером.',
    'Встреча продлилась около двух часов.',
    'Цены на энергоносители выросли на три процента.',
    'У него отличный слух и хорошая память.',
    'Тест дал отрицательный результат.',
  ],
  uk: ['Президент провів нараду з командувачами у Києві.', 'Уряд ухвалив бюджет на наступний рік.'],
  de: [
    'Der Präsident reiste am Montag nach Ankara.',
    'Das Gesetz soll im Januar in Kraft treten.',
    'Die Musik war sehr laut und die Gäste tanzten.',
    'Er hat nie in Berlin gewohnt.',
    'Die Wahl findet am 14. Mai statt.',
    'Das ist gut, nicht wahr?',
  ],
  lb: ['De Minister ass e Freideg op Lëtzebuerg komm.'],
  fr: [
    'Le ministre est arrivé dimanche soir à Bali.',
    "Il aurait fallu agir plus tôt, estime l'opposition.",
    'Le sommet s’ouvre mardi en présence de vingt chefs d’État.',
  ],
  es: [
    'El presidente viajó a Mérida el sábado por la tarde.',
    'El equipo terminó en segundo lugar de la liga.',
    'La reunión duró cerca de dos horas.',
    'Indonesia se negó a retirar la invitación al presidente ucraniano.',
    'Las autoridades le negaron la entrada al país.',
  ],
  pt: [
    'O ministro chegou a Bali no domingo à noite.',
    'O Benfica venceu pelo segundo ano consecutivo.',
    'Faltam trinta segundos para o fim do jogo.',
    'O árbitro negou-se a comentar o lance.',
  ],
  it: [
    'Il campione è arrivato secondo nella gara di ieri.',
    'Le voci dei tifosi si sono sentite in tutto lo stadio.',
  ],
  nl: ['De minister kwam maandag aan in Den Haag.', 'Het team speelde gisteren een sterke wedstrijd.'],
  da: ['Regeringen fremlagde sit forslag til finansloven i går.'],
  no: ['Han nektet å svare på spørsmålet.', 'Det er fint vær i dag, ikke sant?'],
  sv: ['Statsministern besökte Göteborg på tisdagen.'],
  tr: [
    'Cumhurbaşkanı yarın Akkuyu törenine canlı bağlantıyla katılacak.',
    'İstanbul’da hava parçalı bulutlu olacak.',
    'Dezenformasyonla Mücadele Merkezi yeni bir rapor yayımladı.',
  ],
  bg: ['Министърът пристигна в Бали в неделя вечерта.'],
  mk: ['Претседателот се сретна со премиерот во Скопје.'],
  pl: ['Nie ma jeszcze decyzji w sprawie budżetu.', 'Prezydent spotkał się z premierem w Warszawie.'],
  el: ['Ο υπουργός έφτασε στο Μπαλί την Κυριακή.'],
  ar: ['وصل الوزير إلى بالي مساء الأحد لحضور القمة.'],
  fa: ['وزیر امور خارجه روز یکشنبه وارد بالی شد.'],
  hy: ['Նախարարը կիրակի օրը ժամանել է Բալի։'],
  ka: ['მინისტრი კვირას ბალიზე ჩავიდა.'],
  ko: ['김 위원장의 부인 리설주 여사가 행사에 참석했다.', '정부는 새로운 도로 건설 계획을 발표했다.'],
  zh: ['外交部长周日抵达巴厘岛参加峰会。'],
  ja: ['外相は日曜日にバリ島に到着した。', '需要の増加でデマンドが高まった。'],
  id: ['Menteri tiba di Bali pada hari Minggu malam.'],
};

describe.each(Object.entries(PLAIN))('plain %s news', (_lang, sentences) => {
  it.each(sentences)('%s', (s) => {
    expect(spans(s, findCues(s))).toEqual([]);
  });
});

/** Negated or otherwise disarmed denials and confirmations: no denial, debunk or confirm (a hedge may remain). */
const TRAPS = [
  'The Kremlin did not deny that the minister had visited the hospital.',
  'The ministry has not yet publicly denied the report.',
  'The palace neither confirmed nor denied the story.',
  "The club didn't deny the talks.",
  'Officials declined to confirm the report.',
  'The ministry could not confirm the reports.',
  'В Кремле не опровергли эту информацию.',
  'Песков не стал опровергать сообщения.',
  'В Офісі президента не спростували цю інформацію.',
  'La presidencia no desmintió la información.',
  'El vocero no lo negó.',
  "Le Kremlin n'a pas démenti l'information.",
  'Il ne dément pas ces informations.',
  'O clube não desmentiu a notícia.',
  'Il padre non ha smentito le voci.',
  'Die Regierung hat die Berichte nicht dementiert.',
  'Die Regierung dementierte die Berichte nicht.',
  'Ankara bestätigte die Berichte nicht.',
  'De familie ontkent het niet.',
  'Talspersonen avviste ikke påstanden.',
  'İletişim Başkanlığı iddiaları yalanlamadı.',
  'Kremlin nie zaprzeczył tym doniesieniom.',
  'Η κυβέρνηση δεν διέψευσε τα δημοσιεύματα.',
  'لم ينف المتحدث الأنباء المتداولة.',
  '청와대는 보도를 부인하지 않았다.',
  '外交部并未否认这一消息。',
  '外務省は報道を否定しなかった。',
  'Juru bicara tidak membantah kabar itu.',
];

describe('negated cues', () => {
  it.each(TRAPS)('%s', (s) => {
    const kinds = findCues(s).map((h) => h.kind);
    expect(kinds).not.toContain('denial');
    expect(kinds).not.toContain('debunk');
    expect(kinds).not.toContain('confirm');
  });
});

describe('findCues', () => {
  it('reports every cue in order, with its offsets', () => {
    const text =
      'According to a Telegram channel, the minister was hospitalised. The Kremlin denied these reports.';
    expect(spans(text, findCues(text))).toEqual([
      ['hedge', 'According to'],
      ['hedge', 'Telegram channel'],
      ['denial', 'denied'],
      ['reference', 'these reports'],
    ]);
  });

  it('reads only the range, but the text around it for negation', () => {
    const text = 'Reportedly he fled. Officials did not deny it. They denied it later.';
    const from = text.indexOf('deny');
    const hits = findCues(text, from);
    expect(spans(text, hits)).toEqual([['denial', 'denied']]);
    expect(findCues(text, 0, text.indexOf('.'))).toEqual([{ kind: 'hedge', start: 0, end: 10 }]);
    expect(findCues(text, 0, 5)).toEqual([]);
  });

  it('leaves a fake label inside a reported denial to the denial', () => {
    const text = 'Moscow called the reports fake news.';
    expect(spans(text, findCues(text)).map(([k]) => k)).toEqual(['denial', 'reference']);
  });

  it('applies every language at once', () => {
    const text = 'The ministry denied it. В МИД опровергли эти сообщения. Ankara dementierte.';
    expect(findCues(text).filter((h) => h.kind === 'denial')).toHaveLength(3);
  });

  it('reads Turkish capitals with dotted and dotless i', () => {
    expect(spans('İDDİALAR YALANLANDI', findCues('İDDİALAR YALANLANDI'))).toEqual([
      ['hedge', 'İDDİALAR'],
      ['denial', 'YALANLANDI'],
    ]);
  });
});
