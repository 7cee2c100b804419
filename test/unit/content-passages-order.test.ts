// @vitest-environment happy-dom
/**
 * The highlighted passages come in reading order (what next/previous step through), whichever claim
 * each belongs to, and with a headline read from outside the article's root where it is on the page.
 */
import { describe, expect, it } from 'vitest';
import { buildArticleText } from '../../src/article/text-map';
import { buildPassages, type ReadArticleResult } from '../../src/content/passages';
import type { ShownMatch } from '../../src/shared/messages';

/** A stated claim with passages at these spans of the article text (only what buildPassages reads). */
const claim = (claimId: string, spans: [number, number][]) =>
  ({
    claimId,
    kind: 'match',
    passages: spans.map(([start, end]) => ({ start, end })),
  }) as unknown as ShownMatch;

const spanOf = (text: string, words: string): [number, number] => {
  const at = text.indexOf(words);
  return [at, at + words.length];
};

describe('the passages’ order', () => {
  it('is the order of the page, claims interleaved', () => {
    document.body.innerHTML =
      '<article><p>First one. Second one.</p><p>Third one.</p><p>Fourth one.</p></article>';
    const text = buildArticleText(document.querySelector('article')!);
    const at = (w: string) => spanOf(text.text, w);
    const result: ReadArticleResult = {
      text,
      page: {} as ReadArticleResult['page'],
      matches: [
        claim('b', [at('Fourth one.'), at('Second one.')]),
        claim('a', [at('Third one.'), at('First one.')]),
      ],
    };
    const order = buildPassages(document, [result]).map((p) => p.range.toString());
    expect(order).toEqual(['First one.', 'Second one.', 'Third one.', 'Fourth one.']);
  });

  it('puts a headline read from outside the root where the page has it', () => {
    document.body.innerHTML = '<article><p>Body text here.</p></article><h1>Headline after.</h1>';
    const text = buildArticleText(document.querySelector('article')!, document.querySelector('h1'));
    // The headline is read first (offset 0), but comes after the body on the page.
    expect(text.text.indexOf('Headline after.')).toBeLessThan(text.text.indexOf('Body text here.'));
    const at = (w: string) => spanOf(text.text, w);
    const result: ReadArticleResult = {
      text,
      page: {} as ReadArticleResult['page'],
      matches: [claim('a', [at('Headline after.'), at('Body text here.')])],
    };
    const order = buildPassages(document, [result]).map((p) => p.range.toString());
    expect(order).toEqual(['Body text here.', 'Headline after.']);
  });
});
