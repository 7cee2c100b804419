/**
 * The words of scripts written without spaces (Han, Kana, Thai…) come from the browser's
 * Intl.Segmenter. Firefox ESR 153's segmenter calls the last word of a run of Han not word-like
 * ("普京遭遇暗杀未遂" → 普|京|遭遇|暗杀; "暗杀" alone → nothing), where Node and Chromium call every
 * such segment word-like. The tokenizer reads a segment as a word by its letters, so an article
 * read in Firefox has the words the bundled default's index (compiled in Node) was built from.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const Real = Intl.Segmenter;

/** Intl.Segmenter as Firefox ESR 153 segments words: the last segment of a text is never word-like. */
class FirefoxEsrSegmenter extends Real {
  // @ts-expect-error -- returns the segments as a list, which is all the tokenizer reads of them
  override segment(text: string): Intl.SegmentData[] {
    const all = [...super.segment(text)];
    return all.map((s, i) => (i === all.length - 1 ? { ...s, isWordLike: false } : s));
  }
}

/** Intl.Segmenter as a page of the given browser has it (the property is writable; its type says not). */
const useSegmenter = (segmenter: unknown) =>
  Object.defineProperty(Intl, 'Segmenter', { value: segmenter, writable: true, configurable: true });

async function freshTokenize() {
  // The tokenizer makes its segmenter once per module: a fresh module makes it from the stub.
  vi.resetModules();
  return (await import('../../src/engine/text/tokenize')).tokenize;
}

afterEach(() => {
  useSegmenter(Real);
  vi.resetModules();
});

describe('words of scripts without spaces', () => {
  it('are the same when the segmenter calls the last one not word-like, as Firefox ESR 153 does', async () => {
    const words = (tokenize: (text: string) => { raw: string }[], text: string) =>
      tokenize(text).map((t) => t.raw);
    const texts = [
      '普京遭遇暗杀未遂',
      '暗杀',
      '俄罗斯认为哈萨克斯坦疏远莫斯科是背叛，是背后捅刀。',
      'プーチン大統領',
    ];
    const asNode = await freshTokenize();
    const expected = texts.map((text) => words(asNode, text));
    expect(expected[0]).toEqual(['普', '京', '遭遇', '暗杀', '未遂']);
    expect(expected[1]).toEqual(['暗杀']);

    useSegmenter(FirefoxEsrSegmenter);
    const asFirefox = await freshTokenize();
    // The stub does drop what isWordLike alone would keep.
    expect([...new Intl.Segmenter(undefined, { granularity: 'word' }).segment('暗杀')][0]?.isWordLike).toBe(
      false,
    );
    expect(texts.map((text) => words(asFirefox, text))).toEqual(expected);
  });

  it('leave out punctuation and spaces the segmenter returns between them', async () => {
    const tokenize = await freshTokenize();
    expect(tokenize('背叛，是背后 捅刀。').map((t) => t.raw)).toEqual(['背叛', '是', '背后', '捅', '刀']);
  });
});
