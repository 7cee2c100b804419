/**
 * What matching needs of an article whatever the index: its language, its terms, the headline's,
 * its blocks (paragraphs) and the sentences of the blocks segmented so far. The background matches
 * each article against every dataset in use (the bundled default and each subscription), and this
 * work took half of a match: the last article's is kept, so the datasets after the first find it
 * done (a probe of warm loads in Chromium with a 100,000-claim subscription: that dataset's match
 * 5.2 → 2.9 ms). One article is kept, the one being matched, until the next replaces it or the
 * caller lets it go (releaseArticleWork: the background does once an article's scan is answered, so
 * no page's text stays in memory after its match).
 */
import { detectLanguage } from '../lang/language';
import type { Language } from '../lang/language';
import { analyze, type Term } from '../text/analyze';
import { blockSpans, segmentBlocks, type SentenceSpan } from '../text/segment';
import type { ArticleInput } from '../types';

export interface ArticleWork {
  readonly language: Language;
  /** Shared by every match of the article: read, never changed. */
  readonly terms: Term[];
  readonly titleTerms: Term[];
  readonly blocks: SentenceSpan[];
  /** The sentences of these blocks, in order, segmenting each block once for all indexes. */
  sentencesOf(blocks: readonly SentenceSpan[]): SentenceSpan[];
}

let last: { text: string; title: string; hint: string | undefined; work: ArticleWork } | undefined;

export function articleWork(article: ArticleInput): ArticleWork {
  const { text } = article;
  const title = article.title ?? '';
  if (last && last.text === text && last.title === title && last.hint === article.language) return last.work;
  const language = detectLanguage(text, article.language);
  const segmented = new Map<number, SentenceSpan[]>();
  const work: ArticleWork = {
    language,
    terms: analyze(text, language, undefined, true),
    titleTerms: title
      ? analyze(title, detectLanguage(title, article.language ?? language), undefined, true)
      : [],
    blocks: blockSpans(text),
    sentencesOf(blocks) {
      const out: SentenceSpan[] = [];
      for (const b of blocks) {
        let sentences = segmented.get(b.block);
        if (!sentences) segmented.set(b.block, (sentences = segmentBlocks(text, [b])));
        out.push(...sentences);
      }
      return out;
    },
  };
  last = { text, title, hint: article.language, work };
  return work;
}

/** Lets the kept article go: the next match analyses its article afresh. */
export function releaseArticleWork(): void {
  last = undefined;
}
