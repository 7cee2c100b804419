/**
 * The article's stance on a claim, read from the whole article as a reader reads it (headline,
 * lead, every passage that retells or refers to the claim), and where the claim is found: a date
 * the article does not repeat, descriptions of the subject, a claim told over two sentences or a
 * headline and its lead. Articles are written the way real news retell these stories.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/claim-index/build';
import { matchArticle } from '../../src/engine/match/percolate';
import type { Claim, Dataset } from '../../src/engine/model';
import type { MatchResult } from '../../src/engine/types';
import { sampleDataset } from '../support/dataset-samples';

function claim(
  id: string,
  text: string,
  anchors: [string, string[]][],
  paraphrases: Claim['paraphrases'] = [],
): Claim {
  return {
    id,
    text,
    language: 'en',
    paraphrases,
    anchors: anchors.map(([name, aliases]) => ({ name, aliases })),
    tags: [],
    events: [{ date: '2022-09-14', type: 'reported', source: { outlet: 'Example Wire' } }],
  };
}

const PUTIN = claim(
  'putin-attempt',
  'Vladimir Putin survived an assassination attempt on 14 September 2022.',
  [
    ['Vladimir Putin', ['Putin', 'Vladimir Putin', 'Путин', 'Путина', 'Путину']],
    [
      'assassination attempt',
      ['assassination attempt', 'attempt on his life', 'покушение', 'покушения', 'покушении'],
    ],
  ],
  [{ text: 'На Владимира Путина было совершено покушение, он не пострадал.', language: 'ru' }],
);

const KZ = claim(
  'kz-csto',
  'Kazakhstan will suspend its membership in the CSTO from early 2023.',
  [
    ['Kazakhstan', ['Kazakhstan', 'Kazakh', 'Казахстан', 'Казахстана']],
    ['CSTO', ['CSTO', 'Collective Security Treaty Organization', 'ОДКБ']],
  ],
  [{ text: 'Казахстан приостановит членство в ОДКБ.', language: 'ru' }],
);

/** Its Poland variant names Zelensky but not Kyiv: a sentence needs only what a variant names. */
const ZELENSKY = claim(
  'zelensky-fled',
  'Ukrainian President Volodymyr Zelensky has fled Kyiv.',
  [
    ['Volodymyr Zelensky', ['Zelensky', 'Volodymyr Zelensky']],
    ['Kyiv', ['Kyiv', 'Kiev']],
  ],
  [{ text: 'Zelensky left Ukraine and is now in Poland.', language: 'en' }],
);

const ERDOGAN = claim(
  'erdogan-heart-attack',
  'Turkish President Recep Tayyip Erdoğan suffered a heart attack and was hospitalised.',
  [
    ['Recep Tayyip Erdoğan', ['Erdoğan', 'Erdogan']],
    ['heart attack', ['heart attack', 'Herzinfarkt']],
  ],
  [{ text: 'Erdogan hat einen Herzinfarkt erlitten und befindet sich im Krankenhaus.', language: 'de' }],
);

/** A claim that is itself a refusal: a sentence negating its words states it. */
const TOKAYEV = claim('tokayev-ldnr', 'Tokayev refuses to recognise the Donetsk and Luhansk republics.', [
  ['Tokayev', ['Tokayev', 'Kassym-Jomart Tokayev']],
  ['Luhansk', ['Luhansk', 'LNR']],
]);

/** "hospital" names what happened here: an anchor of this claim, an ordinary word of ERDOGAN's. */
const LAVROV = claim('lavrov-hospital', 'Sergei Lavrov was taken to hospital in Bali.', [
  ['Sergei Lavrov', ['Lavrov', 'Sergei Lavrov']],
  ['hospital', ['hospital', 'hospitalised']],
]);

const KIM = claim(
  'kim-surgery',
  'North Korean leader Kim Jong Un is in grave danger after undergoing surgery.',
  [
    ['Kim Jong Un', ['Kim Jong Un', 'Kim Jong-un']],
    ['surgery', ['surgery', 'operation', 'Operation']],
  ],
  [
    {
      text: 'Der nordkoreanische Machthaber Kim Jong Un befindet sich nach einer Operation in kritischem Zustand.',
      language: 'de',
    },
  ],
);

/** One anchor: what the claim says of Gmail must be there. */
const GMAIL = claim(
  'gmail-shutdown',
  'Google is shutting down Gmail on 1 August 2024.',
  [['Gmail', ['Gmail']]],
  [{ text: 'Google va a cerrar Gmail en agosto de 2024.', language: 'es' }],
);

/** Names only, with a time ("next season") and a descriptor of its second anchor ("the Saudi club"). */
const MESSI = claim(
  'messi-al-hilal',
  'Lionel Messi has agreed a deal to join the Saudi club Al-Hilal next season.',
  [
    ['Lionel Messi', ['Lionel Messi', 'Messi']],
    ['Al-Hilal', ['Al-Hilal', 'Al Hilal']],
  ],
);

const data: Dataset = {
  ...sampleDataset([PUTIN, KZ, ZELENSKY, LAVROV, ERDOGAN, TOKAYEV, GMAIL, MESSI, KIM]),
  id: 'stance-test',
};
const index = buildIndex([data]);

function read(text: string, title?: string, language = 'en'): MatchResult[] {
  return matchArticle(index, { text, title, language, published: '2022-09-15' }).filter(
    (m) => m.kind === 'match',
  );
}

function only(results: MatchResult[], id: string): MatchResult {
  const found = results.filter((m) => m.claimId === id);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('where the claim is found', () => {
  it('finds a dated claim in a sentence that does not repeat the date', () => {
    const m = only(
      read(
        'Moscow, 15 Sep.\n\nA Telegram channel claims Vladimir Putin survived an assassination attempt.\n\nThe Kremlin has not commented.',
      ),
      'putin-attempt',
    );
    expect(m.sentence).toBe('A Telegram channel claims Vladimir Putin survived an assassination attempt.');
  });

  it('still finds it when the sentence gives the same date', () => {
    only(
      read('A Telegram channel claims Vladimir Putin survived an assassination attempt on 14 September.'),
      'putin-attempt',
    );
  });

  it('gives no credit for the words that only describe the subject', () => {
    const negative =
      'As Russian forces closed in, Ukrainian President Volodymyr Zelensky turned down a US offer to evacuate him from Kyiv.\n\n' +
      'The US administration asked Ukrainian President Volodymyr Zelensky to leave Kyiv, but he declined.';
    expect(read(negative)).toEqual([]);
    only(read('A Russian official claimed that Zelensky has fled Kyiv with his aides.'), 'zelensky-fled');
  });

  it('finds a claim told over two adjacent sentences of a paragraph', () => {
    const text =
      'Reports about Kazakhstan spread quickly on Wednesday. The country will suspend its membership in the CSTO from early 2023, a Telegram channel wrote.';
    const m = only(read(text), 'kz-csto');
    expect(m.passages).toHaveLength(2);
  });

  it('finds it over a paragraph break too: news paragraphs are often one sentence', () => {
    const text = [
      'Kazakhstan has decided, according to a Telegram channel.',
      'The country will suspend its membership in the CSTO from early 2023.',
      'Officials in Astana have not commented.',
    ].join('\n\n');
    expect(only(read(text), 'kz-csto').passages).toHaveLength(2);
  });

  it('finds a claim whose second anchor the article names only in another paragraph', () => {
    const title = 'Messi’s move to Saudi Arabia is complete, AFP reports';
    const club =
      'The strong interest of Saudi club Al-Hilal in the Argentine has dominated the Gulf sports press.';
    const body = [
      title,
      'A source familiar with the negotiations told AFP on Tuesday: “The Messi deal is done. He will play in Saudi Arabia next season.”',
      'His French club, Paris Saint-Germain, said the contract of the 35-year-old still runs until June 30.',
    ];
    const m = only(read([...body, club].join('\n\n'), title), 'messi-al-hilal');
    expect(m.sentence).toMatch(/^A source familiar.*next season\.”$/);
    // Without the club named anywhere, "a deal… in Saudi Arabia" is any Saudi club's.
    expect(read(body.join('\n\n'), title)).toEqual([]);
  });

  it("needs the claim's subject in the passage itself when another anchor is named elsewhere", () => {
    const text = [
      'Kazakhstan hosted the foreign ministers of the region in Astana this week.',
      'The talks covered trade, water and transport.',
      'Armenia will suspend its membership in the CSTO from early 2023, its security council said.',
    ].join('\n\n');
    expect(read(text)).toEqual([]);
  });

  it('does not take a sentence naming another club for the claim when the club is named elsewhere', () => {
    const text = [
      'Senior figures from Al-Hilal travelled to Paris on Sunday, AFP was told.',
      'The Saudi club has not commented.',
      'Messi joined PSG from Barcelona two seasons ago and has a deal to play there until next season.',
      'Apart from Saudi Arabia, a return to Barcelona has been mentioned.',
    ].join('\n\n');
    expect(read(text)).toEqual([]);
  });

  it('does not take two sentences for the claim when the second names another club in its place', () => {
    const article = (retelling: string) =>
      [
        'Al-Hilal had offered the Argentine a record contract, AFP was told.',
        'The Saudi club has not commented.',
        `A source familiar with the talks said on Tuesday: “The Messi deal is done. ${retelling}”`,
      ].join('\n\n');
    expect(read(article('He will join Inter Miami next season.'))).toEqual([]);
    // The same pair without the other club states the claim, the club being named above.
    expect(only(read(article('He will join them next season.')), 'messi-al-hilal').sentence).toMatch(
      /^A source familiar.*next season\.”$/,
    );
  });

  it("counts a word that is another claim's anchor as part of what this claim says", () => {
    // "hospital" is an anchor of the Lavrov claim; for Erdoğan's it is one of the claim's words.
    const m = only(read('Erdogan had a heart attack and is in hospital.'), 'erdogan-heart-attack');
    expect(m.matchedTerms.length).toBeGreaterThan(0);
    expect(read('Erdogan had a heart attack and is in hospital.').map((r) => r.claimId)).toEqual([
      'erdogan-heart-attack',
    ]);
  });

  it("needs two of the claim's words beside a single anchor", () => {
    only(read('Google said on Friday it is shutting down Gmail in August.'), 'gmail-shutdown');
    only(read('Google va a cerrar Gmail en agosto.', undefined, 'es'), 'gmail-shutdown');
    // "Google" and "Gmail" alone: an outage, a security scare.
    expect(
      read(
        'Varios servicios de Google, entre ellos el correo Gmail, han sufrido una caída generalizada.',
        undefined,
        'es',
      ),
    ).toEqual([]);
  });

  it('does not take a sentence about a part of the one thing a claim is about for the claim', () => {
    expect(read("Google is shutting down Gmail's basic HTML view in January.")).toEqual([]);
    expect(read('Google Announces Plan To Shut Down Gmail’s Basic HTML View')).toEqual([]);
    only(read('Google is shutting down Gmail, a viral post claimed.'), 'gmail-shutdown');
  });

  it('does not hold the claim\'s time words ("next season") against a retelling that places it otherwise', () => {
    only(read('Messi has agreed to join Al-Hilal this summer, AFP reported.'), 'messi-al-hilal');
    only(read('Lionel Messi has agreed to join Al-Hilal.'), 'messi-al-hilal');
  });

  it('gives no credit for the words that only describe a later anchor ("the Saudi club")', () => {
    expect(
      read(
        'Senior figures from Al Hilal, the Saudi Arabian club, have travelled to Paris to seal a mega-deal with Lionel Messi.',
      ),
    ).toEqual([]);
  });

  it('takes the short name an article uses once it has given the full one ("Kim" after "Kim Jong Un")', () => {
    const title = 'Kim Jong Un: Geht es ihm nach einer Herz-OP schlechter?';
    const text = [
      title,
      'Foto: imago images',
      'Seit er Mitte April der Zeremonie ferngeblieben ist, ranken sich Gerüchte um den Machthaber.',
      'Der US-Sender CNN meldete, Kim befinde sich nach einer Operation in kritischem Zustand.',
    ].join('\n\n');
    only(read(text, title, 'de'), 'kim-surgery');
    // Without the full name anywhere, "Kim" alone is anyone's.
    expect(
      read(
        'Der US-Sender CNN meldete, Kim befinde sich nach einer Operation in kritischem Zustand.',
        undefined,
        'de',
      ),
    ).toEqual([]);
  });

  it("finds a variant that names fewer of the claim's anchors where only those are named", () => {
    const m = only(
      read('Volodin claimed that Zelensky had left Ukraine and was now in Poland, hiding at the US embassy.'),
      'zelensky-fled',
    );
    expect(m.sentence).toContain('Poland');
    // Zelensky and Poland in one sentence are not the claim.
    expect(read('Zelensky thanked Poland for taking in refugees.')).toEqual([]);
  });

  it("finds a paraphrase retold with one word of the claim's main text", () => {
    // The Poland paraphrase says "left"; the main text says "fled".
    const m = only(
      read('A Ukrainian opposition politician alleged that Zelensky had fled Ukraine to Poland on Friday.'),
      'zelensky-fled',
    );
    expect(m.sentence).toContain('fled Ukraine to Poland');
    // One borrowed word is not enough alone, and an offer to leave that he turned down is not the claim.
    expect(read('Zelensky fled questions about Poland at the press conference.')).toEqual([]);
    expect(read('The US administration asked Zelensky to leave Kyiv, but he declined.')).toEqual([]);
  });

  it('finds a claim told by the headline and its lead', () => {
    const m = only(
      read(
        'The country will suspend its membership from early 2023, a Telegram channel wrote on Wednesday.',
        'Kazakhstan to quit CSTO?',
      ),
      'kz-csto',
    );
    expect(m.stance).toBe('hedged');
  });
});

describe('the stance of the whole article', () => {
  it('reads a denial two paragraphs after the retelling, tied by "this information"', () => {
    const text = [
      'Reports appeared on social media on Wednesday that Kazakhstan will suspend its membership in the CSTO from early 2023.',
      'The reports spread quickly through Telegram channels and were picked up by several foreign outlets.',
      'The Foreign Ministry denied this information on Thursday, calling it an absolute fake.',
    ].join('\n\n');
    const m = only(read(text), 'kz-csto');
    expect(m.stance).toBe('reports-denial');
    expect(m.stanceEvidence.where).toBe('text');
    expect(m.stanceEvidence.sentence).toBe(
      'The Foreign Ministry denied this information on Thursday, calling it an absolute fake.',
    );
    expect(text.slice(m.stanceEvidence.start, m.stanceEvidence.end)).toBe(m.stanceEvidence.sentence);
    expect(m.stanceEvidence.cue).not.toBeNull();
    expect(m.stanceEvidence.sentence).toContain(m.stanceEvidence.cue!);
  });

  it('reads the denial a sentence names the subject in, anywhere in the article', () => {
    const text = [
      'A Telegram channel claims Vladimir Putin survived an assassination attempt on 14 September.',
      'The channel gave no evidence and named no sources.',
      'On Friday Kremlin spokesman Dmitry Peskov refuted media reports about an alleged attempt on Putin.',
    ].join('\n\n');
    expect(only(read(text), 'putin-attempt').stance).toBe('reports-denial');
  });

  it('reads a denial in the headline', () => {
    const text =
      'Kazakhstan will suspend its membership in the CSTO from early 2023, a Telegram channel reported on Wednesday.';
    const m = only(read(text, 'Kazakhstan denies it will suspend CSTO membership'), 'kz-csto');
    expect(m.stance).toBe('reports-denial');
    expect(m.stanceEvidence).toMatchObject({
      where: 'headline',
      sentence: 'Kazakhstan denies it will suspend CSTO membership',
    });
  });

  it('reads an attributed report as hedged, never as stating it', () => {
    const text =
      'According to a Telegram channel, Kazakhstan will suspend its membership in the CSTO from early 2023.';
    expect(only(read(text), 'kz-csto').stance).toBe('hedged');
  });

  it('reads a plain statement as stating it, with the passage as its evidence', () => {
    const text =
      'Kazakhstan will suspend its membership in the CSTO from early 2023.\n\nThe decision follows months of tension.';
    const m = only(read(text), 'kz-csto');
    expect(m.stance).toBe('asserts');
    expect(m.stanceEvidence).toMatchObject({ where: 'text', cue: null, start: 0 });
  });

  it("does not take a denial of something else, about another subject, as the claim's", () => {
    const text = [
      'Kazakhstan will suspend its membership in the CSTO from early 2023.',
      'Separately, the football federation denied that the cup final would be moved to another city.',
    ].join('\n\n');
    expect(only(read(text), 'kz-csto').stance).toBe('asserts');
  });

  it('reads a Russian retelling and its denial', () => {
    const text = [
      'В соцсетях появилось сообщение о том, что Казахстан приостановит членство в ОДКБ.',
      'Сообщение быстро разошлось по телеграм-каналам.',
      'В МИД Казахстана опровергли эту информацию.',
    ].join('\n\n');
    expect(only(read(text, undefined, 'ru'), 'kz-csto').stance).toBe('reports-denial');
  });

  it("reads a sentence negating the claim's own words as reporting a denial", () => {
    const text = [
      'Rumours spread on Wednesday that Erdogan had suffered a heart attack live on air.',
      '"The President contracted stomach flu and did not suffer a heart attack," the communications director Erdogan appointed said.',
    ].join('\n\n');
    const m = only(read(text), 'erdogan-heart-attack');
    expect(m.stance).toBe('reports-denial');
    expect(m.stanceEvidence.cue).toBe('not suffer');
  });

  it('reads a negation in another language the same way', () => {
    const text = 'Ein Sprecher sagte, Erdogan habe keinen Herzinfarkt erlitten und sei nicht im Krankenhaus.';
    expect(only(read(text, undefined, 'de'), 'erdogan-heart-attack').stance).toBe('reports-denial');
  });

  it('does not read a claim that is itself a refusal as denied by a sentence negating its words', () => {
    const m = only(
      read('Tokayev said Kazakhstan would not recognise the Donetsk and Luhansk republics.'),
      'tokayev-ldnr',
    );
    expect(m.stance).not.toBe('reports-denial');
  });

  it('reads a denial anywhere in a paragraph that names part of the subject', () => {
    const text = [
      'Moscow, 26 Feb.',
      'A Russian official claimed that Zelensky has fled Kyiv with his aides. His office dismissed the claims within the hour and posted a video from the capital.',
    ].join('\n\n');
    expect(only(read(text), 'zelensky-fled').stance).toBe('reports-denial');
  });

  it('reads "X reported that" and a headline naming who claimed it as attribution', () => {
    expect(
      only(read('Last week CNN reported that Zelensky has fled Kyiv with his aides.'), 'zelensky-fled')
        .stance,
    ).toBe('hedged');
    const title = 'Депутат заявил о выходе Казахстана из ОДКБ';
    const ru = [title, 'Казахстан приостановит членство в ОДКБ.'].join('\n\n');
    expect(only(read(ru, title, 'ru'), 'kz-csto').stance).toBe('hedged');
  });
});
