import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/claim-index/build';
import { ENGINE_INDEX_VERSION } from '../../src/engine/claim-index/layout';
import {
  IndexFormatError,
  loadIndex,
  serializeIndex,
  serializedVersion,
} from '../../src/engine/claim-index/serialize';
import { matchArticle } from '../../src/engine/match/percolate';
import { keyIdsOf } from '../../src/engine/match/sentences';
import { analyze } from '../../src/engine/text/analyze';
import { matchArticleTuned } from '../../src/engine/match/tuning';
import type { Claim, Dataset } from '../../src/engine/model';
import { segmentSentences } from '../../src/engine/text/segment';
import { expectSameBytes } from '../support/bytes';
import { defaultDataset } from '../support/dataset';
import { listPages, readPage } from '../support/pages';

function dataset(claims: Claim[], id = 'test'): Dataset {
  return {
    format: 'afterword-dataset',
    formatVersion: 1,
    id,
    version: 1,
    title: id,
    asOf: '2024-01-01',
    publisher: { name: 'test' },
    license: { id: 'CC0-1.0' },
    claims,
  };
}

function claim(id: string, text: string, extra: Partial<Claim> = {}): Claim {
  return { id, text, language: 'en', paraphrases: [], anchors: [], tags: [], events: [], ...extra };
}

const CSTO = {
  name: 'CSTO',
  aliases: ['CSTO', 'ODKB', 'OTSC', 'OVKS', 'ОДКБ', 'Collective Security Treaty Organization'],
};
const KAZAKHSTAN = {
  name: 'Kazakhstan',
  aliases: ['Kazakhstan', 'Kazakhstan’s', 'Kasachstan', 'Cazaquistão', 'Казахстан'],
};

/** Filler claims so word rarity means something, as it does in a real collection. */
const FILLER = [
  'A video shows a shark swimming on a flooded highway after the hurricane.',
  'The governor signed a law banning plastic bags in every state grocery store.',
  'Drinking hot water every fifteen minutes cures the flu, a viral message says.',
  'The president said unemployment fell to its lowest level in fifty years.',
  'A photo shows the senator sleeping during the budget debate in parliament.',
  'Scientists found that eating chocolate every day improves memory in adults.',
  'The city will ban cars from the old town centre starting next summer.',
  'The minister resigned after the bridge collapse killed nine people.',
  'The company will suspend exports of wheat until the harvest improves.',
  'The football club will suspend its membership in the national league.',
].map((t, i) => claim(`filler-${i}`, t));

describe('claims without anchors (imported fact-checks)', () => {
  const index = buildIndex([
    dataset([
      ...FILLER,
      claim(
        'kz-suspend',
        'Kazakhstan will suspend its membership in the Collective Security Treaty Organization from early 2023.',
      ),
      claim(
        'budget-441',
        'The parliament approved a defence budget of 441 billion tenge for the coming year.',
      ),
    ]),
  ]);

  it('are found through their rarest words and matched on the sentence', () => {
    const text =
      'Astana news.\nOfficials said on Tuesday that Kazakhstan will suspend its membership in the Collective Security Treaty Organization early in 2023. Nothing else was said.';
    const m = matchArticle(index, { text, language: 'en' });
    expect(m.map((x) => [x.claimId, x.kind])).toEqual([['kz-suspend', 'match']]);
    expect(text.slice(m[0]!.start, m[0]!.end)).toMatch(/^Officials said/);
  });

  it('do not match a sentence that swaps the country or the number', () => {
    const uz =
      'Uzbekistan will suspend its membership in the Collective Security Treaty Organization from early 2024, officials said.';
    expect(matchArticle(index, { text: uz, language: 'en' }).filter((x) => x.kind === 'match')).toEqual([]);
    const wrongNumber = 'The parliament approved a defence budget of 44 billion tenge for the coming year.';
    expect(
      matchArticle(index, { text: wrongNumber, language: 'en' }).filter((x) => x.kind === 'match'),
    ).toEqual([]);
    const right =
      'On Friday the parliament approved a defence budget of 441 billion tenge for the coming year.';
    expect(matchArticle(index, { text: right, language: 'en' }).map((x) => x.claimId)).toEqual([
      'budget-441',
    ]);
  });

  it('need their rarest word (here the country) in the paragraph that states them', () => {
    // A roundup names Kazakhstan in one item and reports Uzbekistan's suspension in another.
    const roundup =
      'Regional roundup.\nKazakhstan opened a new railway link to China on Monday, the transport ministry said.\nIn other news, Uzbekistan will suspend its membership in the Collective Security Treaty Organization from early 2023, its foreign ministry said.';
    expect(matchArticle(index, { text: roundup, language: 'en' })).toEqual([]);
    // The country named in the sentence before, in the same paragraph: the claim is stated.
    const report =
      'Regional roundup.\nKazakhstan’s foreign ministry spoke on Tuesday. The country will suspend its membership in the Collective Security Treaty Organization from early 2023, a spokesman said.';
    const m = matchArticle(index, { text: report, language: 'en' });
    expect(m.map((x) => [x.claimId, x.kind])).toEqual([['kz-suspend', 'match']]);
    expect(m[0]!.sentence).toMatch(/^The country will suspend/);
  });

  it('read a claim naming a title and a person as names, and need what it says of them', () => {
    const zelensky = buildIndex([
      dataset([...FILLER, claim('fled', 'Ukrainian President Volodymyr Zelensky has fled Kyiv.')]),
    ]);
    const matches = (text: string) =>
      matchArticle(zelensky, { text, language: 'en' }).filter((x) => x.kind === 'match');
    // Five of the claim's six words, all of them names: the article says he stayed.
    expect(
      matches(
        'Evacuation offer.\nAs Russian forces poured into Kyiv, Ukrainian President Volodymyr Zelensky turned down a U.S. government offer to evacuate him from the city.',
      ),
    ).toEqual([]);
    expect(
      matches(
        'Rumours.\nA Telegram channel claimed on Saturday that Ukrainian President Volodymyr Zelensky has fled Kyiv.',
      ).map((x) => x.claimId),
    ).toEqual(['fled']);
  });

  it('do not take a name given only as an owner for the claim about it', () => {
    const gmail = buildIndex([
      dataset([...FILLER, claim('gmail', 'Google is shutting down Gmail on 1 August 2024.')]),
    ]);
    const matches = (text: string) =>
      matchArticle(gmail, { text, language: 'en' }).filter((x) => x.kind === 'match');
    expect(
      matches("Google Announces Plan To Shut Down Gmail's Basic HTML View\nThe old view goes in January."),
    ).toEqual([]);
    expect(
      matches('Hoax.\nA viral post says Google is shutting down Gmail, and that the service will close.').map(
        (x) => x.claimId,
      ),
    ).toEqual(['gmail']);
  });

  it('read an English compound noun as its verb ("the Gmail shutdown hoax" for "shutting down Gmail")', () => {
    const gmail = buildIndex([
      dataset([...FILLER, claim('gmail', 'Google is shutting down Gmail on 1 August 2024.')]),
    ]);
    const matches = (text: string) =>
      matchArticle(gmail, { text, language: 'en' }).filter((x) => x.kind === 'match');
    const text =
      'No, Google is not closing Gmail.\nWhat lent the Gmail shutdown hoax its credibility is how quickly Google retires its products.';
    const m = matches(text);
    expect(m.map((x) => x.claimId)).toEqual(['gmail']);
    expect(m[0]!.sentence).toMatch(/^What lent the Gmail shutdown hoax/);
    // Another verb's compound is not this one.
    expect(matches('Outage.\nA Gmail breakdown on Monday left Google users without mail for hours.')).toEqual(
      [],
    );
  });

  it('read a plural compound as its verb too ("the Twitter layoffs" for "laying off")', () => {
    const twitter = buildIndex([
      dataset([...FILLER, claim('layoffs', 'Twitter is laying off half of its staff.')]),
    ]);
    const text = 'Tech news.\nThe Twitter layoffs hit half of its staff, employees said on Friday.';
    expect(matchArticle(twitter, { text, language: 'en' }).map((x) => [x.claimId, x.kind])).toEqual([
      ['layoffs', 'match'],
    ]);
  });

  it('meet a name however its Slavic ending is transliterated (Zelenskyy, Zelenskiy, Zelensky)', () => {
    const zelensky = buildIndex([
      dataset([...FILLER, claim('fled', 'Ukrainian President Volodymyr Zelensky has fled Kyiv.')]),
    ]);
    for (const name of ['Zelenskyy', 'Zelenskiy', 'Zelenskyi']) {
      const text = `Rumours.\nA Telegram channel claimed on Saturday that Ukrainian President Volodymyr ${name} has fled Kyiv.`;
      expect(matchArticle(zelensky, { text, language: 'en' }).map((x) => x.claimId)).toEqual(['fled']);
    }
  });

  it('are posted under the surname a retelling keeps, not the given name it drops', () => {
    const messi = buildIndex([
      dataset([
        ...FILLER,
        claim('messi', 'Lionel Messi has agreed a deal to join the Saudi club Al-Hilal next season.'),
      ]),
    ]);
    const text =
      'Transfer news.\nReports claim Messi has agreed a deal to join the Saudi club Al-Hilal next season, but his father says nothing is signed.';
    expect(matchArticle(messi, { text, language: 'en' }).map((x) => [x.claimId, x.kind])).toEqual([
      ['messi', 'match'],
    ]);
    // The name a description leads to, not the description: "North Korean leader | Kim Jong Un".
    const kim = buildIndex([
      dataset([
        ...FILLER,
        claim('kim', 'North Korean leader Kim Jong Un is in grave danger after undergoing surgery.'),
      ]),
    ]);
    const report =
      'Kim resurfaces.\nState media showed him at a factory opening.\nLast week CNN reported that Kim Jong-un was in grave danger after surgery.';
    expect(matchArticle(kim, { text: report, language: 'en' }).map((x) => x.claimId)).toEqual(['kim']);
  });

  it('do not count a year the sentence does not give against what the claim says', () => {
    const schumacher = buildIndex([
      dataset([
        ...FILLER,
        claim(
          'interview',
          'Michael Schumacher gave his first interview since his 2013 skiing accident to the magazine Die Aktuelle.',
        ),
      ]),
    ]);
    const text =
      'Magazine sacks editor.\nThe front cover of the latest Die Aktuelle carried a picture of a smiling Schumacher and a headline that promised ‘Michael Schumacher, the first interview’.';
    expect(matchArticle(schumacher, { text, language: 'en' }).map((x) => x.claimId)).toEqual(['interview']);
  });

  it('stay silent on an article about the same subject that does not state the claim', () => {
    const text =
      'Kazakhstan hosted a summit of the Collective Security Treaty Organization. Leaders discussed border security and trade. No member announced any change to its membership.';
    expect(matchArticle(index, { text, language: 'en' }).filter((x) => x.kind === 'match')).toEqual([]);
  });
});

describe('an English compound word in an article (it also counts as its verb)', () => {
  it('still names an anchor whose alias runs past it ("the Takeover Panel")', () => {
    const index = buildIndex([
      dataset([
        ...FILLER,
        claim('panel', 'The Takeover Panel fined the bank for breaching its disclosure rules.', {
          anchors: [{ name: 'Takeover Panel', aliases: ['Takeover Panel'] }],
        }),
      ]),
    ]);
    const text =
      'City news.\nThe Takeover Panel fined the bank for breaching its disclosure rules, the regulator said.';
    expect(matchArticle(index, { text, language: 'en' }).map((x) => [x.claimId, x.kind])).toEqual([
      ['panel', 'match'],
    ]);
  });

  it('keeps the words after it as close to the words before it as any other word would', () => {
    const GMAIL = { name: 'Gmail', aliases: ['Gmail'] };
    const scoreOf = (word: string) => {
      const index = buildIndex([
        dataset([
          ...FILLER,
          claim('order', `Google ordered a ${word} of Gmail accounts after the breach.`, {
            anchors: [GMAIL],
          }),
        ]),
      ]);
      const text = `News.\nGoogle ordered a ${word} of Gmail accounts.`;
      return matchArticle(index, { text, language: 'en' }).map((x) => [x.claimId, x.score]);
    };
    expect(scoreOf('lockdown')).toEqual(scoreOf('freeze'));
  });

  it('is not a name of its own when it opens a sentence ("Lockdown party: Johnson…")', () => {
    const index = buildIndex([
      dataset([
        ...FILLER,
        claim('party', 'Boris Johnson attended a lockdown party in the Downing Street garden.'),
      ]),
    ]);
    const text = 'News.\nLockdown party: Johnson attended a party in the Downing Street garden, reports say.';
    // With the names check on, a capitalised word the claim lacks is another subject (score.ts namesSwapped).
    const found = matchArticleTuned(index, { text, language: 'en' }, { derivedNamesAgree: true });
    expect(found.map((x) => [x.claimId, x.kind])).toEqual([['party', 'match']]);
  });

  it('names no anchor through its verb ("a blackout Friday" is not Black Friday)', () => {
    const index = buildIndex([
      dataset([
        ...FILLER,
        claim('sales', 'Stores will cancel their Black Friday sales this year.', {
          anchors: [{ name: 'Black Friday', aliases: ['Black Friday'] }],
        }),
      ]),
    ]);
    const text = 'Power cut.\nA blackout Friday made stores cancel their sales this year.';
    expect(matchArticle(index, { text, language: 'en' })).toEqual([]);
  });
});

describe('languages', () => {
  const index = buildIndex([
    dataset([
      ...FILLER,
      claim('kz-csto', 'Kazakhstan will suspend its membership in the CSTO.', {
        anchors: [KAZAKHSTAN, CSTO],
        paraphrases: [
          { text: 'Казахстан приостановит членство в ОДКБ.', language: 'ru' },
          { text: 'Казахстан призупинить членство в ОДКБ.', language: 'uk' },
          { text: 'Le Kazakhstan va suspendre son adhésion à l’OTSC.', language: 'fr' },
          { text: 'Kasachstan wird seine Mitgliedschaft in der OVKS aussetzen.', language: 'de' },
        ],
      }),
      claim('putin-escort', 'Putin’s motorcade was attacked on the way to his residence.', {
        language: 'ru',
        text: 'На кортеж Путина напали по дороге в его резиденцию.',
        anchors: [{ name: 'Putin', aliases: ['Putin', 'Путин', 'Путін'] }],
        paraphrases: [
          { text: 'Putin’s motorcade was attacked on the way to his residence.', language: 'en' },
        ],
      }),
    ]),
  ]);
  const stated = (text: string, language?: string) =>
    matchArticle(index, { text, language })
      .filter((m) => m.kind === 'match')
      .map((m) => m.claimId);

  it('matches Russian and Ukrainian articles through the paraphrases and the aliases (CSTO = ОДКБ)', () => {
    expect(stated('Казахстан приостановит своё членство в ОДКБ, сообщили источники.')).toEqual(['kz-csto']);
    expect(stated('Казахстан призупинить своє членство в ОДКБ, повідомили джерела.')).toEqual(['kz-csto']);
  });

  it('folds ё to е on both sides', () => {
    expect(stated('На кортёж Путина напали по дороге в его резиденцию.')).toEqual(['putin-escort']);
  });

  it('matches French and German articles, unstemmed, through their paraphrases and aliases (OTSC, OVKS)', () => {
    expect(stated('Selon la presse, le Kazakhstan va suspendre son adhésion à l’OTSC.', 'fr')).toEqual([
      'kz-csto',
    ]);
    expect(
      stated('Kasachstan wird seine Mitgliedschaft in der OVKS aussetzen, meldeten Medien.', 'de'),
    ).toEqual(['kz-csto']);
  });

  it('degrades gracefully on a language it has no paraphrase for: no stemming, no false hits', () => {
    expect(stated('El Kazajistán y la OTSC celebraron maniobras conjuntas en la frontera.', 'es')).toEqual(
      [],
    );
    expect(stated('Kazakistan ve KGAÖ ortak tatbikat düzenledi.', 'tr')).toEqual([]);
    expect(stated('哈萨克斯坦将暂停集体安全条约组织成员资格', 'zh')).toEqual([]);
  });
});

// A small vocabulary in two scripts, so random datasets share words with random articles.
const WORDS = [
  'kazakhstan',
  'csto',
  'suspend',
  'membership',
  'army',
  'budget',
  '441',
  '44',
  'billion',
  'putin',
  'talks',
  'armenia',
  'leave',
  'union',
  'Казахстан',
  'ОДКБ',
  'выйдет',
  'членство',
  'Путин',
  'переговоры',
  'the',
  'will',
  'its',
  'in',
  // An English compound and its verb: the article's compound also stands for the verb (analyze.ts).
  'shutdown',
  'shut',
];
const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 1, maxLength: 9 }).map((ws) => `${ws.join(' ')}.`);
const anchorArb = fc.record({ name: word, aliases: fc.array(word, { maxLength: 2 }) });
const claimArb = fc.record({
  text: sentence,
  language: fc.constantFrom('en', 'ru', 'fr'),
  paraphrases: fc.array(fc.record({ text: sentence, language: fc.constantFrom('en', 'ru', 'uk') }), {
    maxLength: 2,
  }),
  anchors: fc.array(anchorArb, { maxLength: 2 }),
});
const datasetArb = fc
  .array(claimArb, { minLength: 1, maxLength: 12 })
  .map((cs) => dataset(cs.map((c, i) => claim(`c${i}`, c.text, c))));
const articleArb = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 })
  .map((ps) => ps.map((p) => p.join(' ')).join('\n'));

describe('segmenting only the paragraphs that hold candidates', () => {
  it('finds exactly what segmenting the whole article finds, whatever keys share the scan’s fold table', () => {
    let matched = 0;
    fc.assert(
      fc.property(datasetArb, articleArb, (ds, text) => {
        const index = buildIndex([ds]);
        const input = { text, title: text.split('\n')[0] };
        const results = matchArticle(index, input);
        expect(results).toEqual(matchArticleTuned(index, input, { segmentAll: true }));
        // Two entries: most of the article's keys share one, so the scan lets nearly everything by.
        expect(matchArticleTuned(index, input, { scan: { entries: 2 } })).toEqual(results);
        expect(matchArticleTuned(index, input, { scan: { entries: 2 }, segmentAll: true })).toEqual(results);
        expect(matchArticleTuned(index, input, { scan: { general: true } })).toEqual(results);
        const sentences = new Set(segmentSentences(text).map((s) => `${s.start}:${s.end}`));
        for (const m of results) {
          matched++;
          for (const p of m.passages) expect(sentences).toContain(`${p.start}:${p.end}`);
        }
      }),
      { numRuns: 200 },
    );
    // The generators share a small vocabulary, so most runs do find claims to compare.
    expect(matched).toBeGreaterThan(50);
  });

  it('never joins two sentences a paragraph the first pass left unsegmented stands between', () => {
    // Found by the property test above: "kazakhstan." and "in …" with "talks." between them.
    const claim = (
      id: string,
      text: string,
      anchors: [string, string[]][],
      paraphrases: string[] = [],
    ): Claim => ({
      id,
      text,
      language: 'en',
      paraphrases: paraphrases.map((t) => ({ text: t, language: 'en' })),
      anchors: anchors.map(([name, aliases]) => ({ name, aliases })),
      tags: [],
      events: [],
    });
    const dataset: Dataset = {
      format: 'afterword-dataset',
      formatVersion: 1,
      id: 'test',
      version: 1,
      title: 'test',
      asOf: '2024-01-01',
      publisher: { name: 'test' },
      license: { id: 'CC0-1.0' },
      claims: [
        claim(
          'c0',
          'kazakhstan.',
          [
            ['kazakhstan', []],
            ['in', []],
          ],
          ['kazakhstan billion kazakhstan.'],
        ),
        claim('c1', 'kazakhstan.', []),
      ],
    };
    const index = buildIndex([dataset]);
    const text = 'kazakhstan.\nkazakhstan.\ntalks.\nin членство. billion will.\nkazakhstan.';
    const found = matchArticle(index, { text });
    expect(found).toEqual(matchArticleTuned(index, { text }, { segmentAll: true }));
    for (const m of found) expect(m.sentence).not.toContain('talks');
  });

  it('gives the fixture pages the results of a whole segmentation', () => {
    const index = buildIndex([defaultDataset]);
    for (const page of listPages()) {
      const { article } = readPage(page.file);
      if (!article) continue;
      const input = { text: article.text, ...article.metadata };
      expect(matchArticle(index, input)).toEqual(matchArticleTuned(index, input, { segmentAll: true }));
    }
  });
});

describe("an article's key ids", () => {
  it('are each index’s own when articles are read against several indexes in turn', () => {
    // The same words get other ids in each index (claims in another order, other words first).
    const claims = defaultDataset.claims;
    const indexes = [
      buildIndex([defaultDataset]),
      buildIndex([{ ...defaultDataset, claims: [...claims].reverse() }]),
      buildIndex([dataset([claim('x', 'Zelensky fled Kyiv for Lviv, the ministry denied it')])]),
    ];
    const texts = listPages()
      .map((p) => readPage(p.file).article?.text)
      .filter((t): t is string => t !== undefined)
      .slice(0, 4);
    for (let round = 0; round < 2; round++)
      for (const text of texts)
        for (const index of [...indexes, loadIndex(serializeIndex(indexes[0]!))]) {
          const terms = analyze(text, 'en', undefined, true);
          expect([...keyIdsOf(index, terms)]).toEqual(terms.map((t) => index.keyId.get(t.key) ?? -1));
        }
  });
});

describe('serialised index', () => {
  it('loads to an index that matches exactly like the one it was built from', () => {
    fc.assert(
      fc.property(datasetArb, fc.array(articleArb, { minLength: 1, maxLength: 3 }), (ds, articles) => {
        const built = buildIndex([ds]);
        const bytes = serializeIndex(built);
        const loaded = loadIndex(bytes);
        for (const text of articles) {
          expect(matchArticle(loaded, { text, title: text.split('\n')[0] })).toEqual(
            matchArticle(built, { text, title: text.split('\n')[0] }),
          );
        }
        expectSameBytes(serializeIndex(loaded), bytes);
        for (let i = 0; i < built.claims.length; i++)
          expect(loaded.claims.get(i)).toEqual(built.claims.get(i));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the seed pages the same results after a round trip', () => {
    const built = buildIndex([defaultDataset]);
    const loaded = loadIndex(serializeIndex(built));
    for (const page of listPages()) {
      const { article } = readPage(page.file);
      if (!article) continue;
      const input = { text: article.text, ...article.metadata };
      expect(matchArticle(loaded, input)).toEqual(matchArticle(built, input));
    }
  });

  it('is versioned: another version or other bytes are refused, so the caller rebuilds', () => {
    const bytes = serializeIndex(buildIndex([defaultDataset]));
    expect(serializedVersion(bytes)).toBe(ENGINE_INDEX_VERSION);
    const other = bytes.slice();
    new DataView(other.buffer).setUint32(4, ENGINE_INDEX_VERSION + 1, true);
    expect(() => loadIndex(other)).toThrow(IndexFormatError);
    expect(() => loadIndex(new Uint8Array([1, 2, 3]))).toThrow(IndexFormatError);
    expect(() => loadIndex(bytes.slice(0, bytes.length >> 1))).toThrow(IndexFormatError);
  });

  it('loads keys and claim ids in every script, a few non-ASCII among many ASCII ones', () => {
    const words = ['Zelensky', 'Зеленский', 'Київ', '東京', '𝐀lpha', 'Erdoğan', 'ﬁnance', 'naïve'];
    fc.assert(
      fc.property(
        fc.array(fc.subarray(words, { minLength: 1 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom('c', 'ф', '𝐀', 'é'), { minLength: 1, maxLength: 3 }),
        (claimWords, idChars) => {
          const claims = claimWords.map((ws, i) =>
            claim(`${idChars.join('')}${i}`, `plain ascii words ${i} then ${ws.join(' ')} and more`),
          );
          const built = buildIndex([dataset(claims)]);
          const loaded = loadIndex(serializeIndex(built));
          expect(loaded.keys).toEqual(built.keys);
          expect([...loaded.keyId]).toEqual([...built.keyId]);
          for (let i = 0; i < claims.length; i++) expect(loaded.claims.id(i)).toBe(claims[i]!.id);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('loads from a buffer at any byte offset', () => {
    const bytes = serializeIndex(buildIndex([defaultDataset]));
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const loaded = loadIndex(shifted.subarray(3));
    expect(loaded.claims.length).toBe(defaultDataset.claims.length);
  });
});
