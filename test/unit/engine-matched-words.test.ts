/**
 * The matched words of a result are given as offsets into the article, read from the article's own
 * terms: "why this hint" shows "recognise" and "Путина" as the article writes them, never the stems
 * the index speaks ("recogn", "путин"), in English, Russian and Ukrainian alike.
 */
import { describe, expect, it } from 'vitest';
import { matchArticle } from '../../src/engine/index';
import { matchedWordSpans } from '../../src/engine/match/matched-words';
import { analyze } from '../../src/engine/text/analyze';
import type { Language } from '../../src/engine/lang/language';
import { defaultIndex } from '../support/dataset';
import { expectedFor, readPage } from '../support/pages';

/** The words of text[from, to) that carry a key of `claim`'s words (stop words left out, as the matcher does). */
function matched(language: Language, claim: string, text: string, from = 0, to = text.length): string[] {
  const keys = new Set(
    analyze(claim, language)
      .filter((t) => !t.stop)
      .map((t) => t.key),
  );
  return matchedWordSpans(analyze(text, language), keys, from, to).map((s) => text.slice(s.start, s.end));
}

describe('matched words as offsets', () => {
  it('finds the words as the passage writes them, every time it uses them (English)', () => {
    expect(
      matched(
        'en',
        'Tokayev refused to recognise the LDNR republics',
        'In June, Tokayev refused to recognise the self-proclaimed republics, Tokayev said.',
      ),
    ).toEqual(['Tokayev', 'refused', 'recognise', 'republics', 'Tokayev']);
  });

  it('finds inflected Russian and Ukrainian words by their stems', () => {
    expect(
      matched('ru', 'Покушение на Путина', 'Песков опроверг сообщения о покушении на Путина в Москве.'),
    ).toEqual(['покушении', 'Путина']);
    expect(
      matched('uk', 'Замах на Путіна', 'Пєсков спростував повідомлення про замах на Путіна у Москві.'),
    ).toEqual(['замах', 'Путіна']);
  });

  it('gives offsets into the whole text, only inside the passage', () => {
    const text = 'Putin was in Moscow. Peskov denied an attempt on Putin. Putin spoke later.';
    const from = text.indexOf('Peskov');
    const to = text.indexOf(' Putin spoke');
    const keys = new Set(
      analyze('attempt on Putin', 'en')
        .filter((t) => !t.stop)
        .map((t) => t.key),
    );
    const spans = matchedWordSpans(analyze(text, 'en'), keys, from, to);
    expect(spans).toEqual([
      { start: text.indexOf('attempt'), end: text.indexOf('attempt') + 'attempt'.length },
      { start: text.indexOf('Putin.'), end: text.indexOf('Putin.') + 'Putin'.length },
    ]);
    expect(matchedWordSpans(analyze(text, 'en'), new Set(), 0, text.length)).toEqual([]);
  });

  it('gives a word once when two of its terms matched (a compound noun and its verb)', () => {
    const term = (key: string) => ({ key, start: 4, end: 12, stop: false, numeric: false, entry: undefined });
    const terms = [term('shutdown'), term('shut')];
    expect(matchedWordSpans(terms, new Set(['shutdown', 'shut']), 0, 20)).toEqual([{ start: 4, end: 12 }]);
  });

  it('every result of a fixture page carries its words inside its passage, in reading order', () => {
    for (const file of ['seed-000.html', 'pattern-03-ru-denial-refers-back.html']) {
      const { article } = readPage(file);
      const text = article!.text;
      const results = matchArticle(defaultIndex(), { text, ...article!.metadata });
      expect(results.map((r) => r.claimId).sort(), file).toEqual(
        expectedFor(file)
          .map((m) => m.claimId)
          .sort(),
      );
      const language = article!.metadata.language as Language;
      let words = 0;
      for (const r of results) {
        const where = `${file} ${r.claimId}`;
        let last = r.start;
        for (const w of r.matchedWords) {
          expect(w.start, where).toBeGreaterThanOrEqual(last);
          expect(w.end, where).toBeLessThanOrEqual(r.end);
          last = w.start;
        }
        // A word is given exactly where the passage writes one of the terms the claim matched.
        const keyOf = (s: { start: number; end: number }) =>
          analyze(text.slice(s.start, s.end), language)[0]!.key;
        const inPassage = analyze(r.sentence, language).filter((t) => r.matchedTerms.includes(t.key));
        expect(r.matchedWords.map(keyOf), where).toEqual(inPassage.map((t) => t.key));
        words += r.matchedWords.length;
      }
      expect(words, file).toBeGreaterThan(0);
    }
  });
});
