/**
 * The whole reading path in Node, on realistic pages: detection, extraction, matching, stance and
 * verdict, against the expected results written beside each seed page.
 */
import { describe, expect, it } from 'vitest';
import { matchArticle } from '../../src/engine/match/percolate';
import { defaultIndex } from '../support/dataset';
import { expectedFor, listPages, readPage } from '../support/pages';

const pages = listPages();

const seeds = pages.filter((p) => p.kind === 'seed');
const nonArticles = pages.filter((p) => p.kind === 'non-article');
const hardNegatives = pages.filter((p) => p.kind === 'hard-negative');
const patterns = pages.filter((p) => p.kind === 'pattern');

/**
 * Pattern pages the matcher does not read right yet, each with why. `it.fails` keeps them honest:
 * the day one passes, its test fails until it moves out of this list.
 */
const KNOWN_GAPS: Record<string, string> = {
  'pattern-02-peskov-denial-refers-back.html':
    'the denial is a one-word answer ("No.") to a question about the reports: no cue names it',
  'pattern-05-de-csto-suspension-denied.html':
    'the EAEU claim is retold in a sentence whose wording shares too few words with any variant (found as related only)',
  'pattern-06-fr-csto-suspension-denied.html': 'the same for the French retelling of the EAEU claim',
};

describe('fixture inventory', () => {
  it('has the five seed pages, at least five non-article pages and ten hard negatives', () => {
    expect(seeds.map((p) => p.file).sort()).toEqual([
      'seed-000.html',
      'seed-001.html',
      'seed-002.html',
      'seed-003.html',
      'seed-004.html',
    ]);
    expect(nonArticles.length).toBeGreaterThanOrEqual(5);
    expect(hardNegatives.length).toBeGreaterThanOrEqual(10);
  });
});

describe.each(seeds)('seed page $file', ({ file, title, published, outlet }) => {
  const { kind, article } = readPage(file);

  it('is read as an article with the metadata the page states', () => {
    expect(kind).toBe('article');
    expect(article!.metadata.title).toBe(title);
    expect(article!.metadata.published ?? null).toBe(published);
    expect(article!.metadata.outlet).toBe(outlet);
  });

  it('leaves site chrome, related links and comments out of the article text', () => {
    const text = article!.text;
    expect(text).not.toMatch(
      /Comments are closed|Leave a Reply|Subscribe to our newsletter|Most read|Related stories/i,
    );
    expect(text.length).toBeGreaterThan(1500);
  });

  it('finds the expected claims with their stance and verdict', () => {
    const matches = matchArticle(defaultIndex(), { text: article!.text, ...article!.metadata });
    const got = matches
      .map((m) => ({
        claimId: m.claimId,
        kind: m.kind,
        stance: m.stance,
        verdict: {
          status: m.verdict.status,
          relation: m.verdict.relation,
          days: m.verdict.days,
        },
      }))
      .sort((a, b) => (a.kind === b.kind ? a.claimId.localeCompare(b.claimId) : a.kind === 'match' ? -1 : 1));
    expect(got).toEqual(expectedFor(file));
    for (const m of matches) {
      // Every span is real text of the article, and the sentence is exactly that span.
      expect(article!.text.slice(m.start, m.end)).toBe(m.sentence);
      expect(m.sentence.trim().length).toBeGreaterThan(10);
    }
  });
});

describe.each(patterns)('failure-pattern page $file', ({ file }) => {
  const { article } = readPage(file);
  const test = KNOWN_GAPS[file] ? it.fails : it;
  test(`states the expected claims with the expected stance${KNOWN_GAPS[file] ? ` (known gap: ${KNOWN_GAPS[file]})` : ''}`, () => {
    const stated = (list: { claimId: string; kind: string; stance: string }[]) =>
      list
        .filter((m) => m.kind === 'match')
        .map((m) => `${m.claimId}: ${m.stance}`)
        .sort();
    expect(stated(matchArticle(defaultIndex(), { text: article!.text, ...article!.metadata }))).toEqual(
      stated(expectedFor(file)),
    );
  });
});

describe.each(nonArticles)('non-article page $file', ({ file }) => {
  it('is not read as an article', () => {
    expect(readPage(file).kind).toBe('not-article');
  });
});

describe.each(hardNegatives)('hard negative $file', ({ file }) => {
  it('is an article that states none of the tracked claims', () => {
    const { kind, article } = readPage(file);
    expect(kind).toBe('article');
    const stated = matchArticle(defaultIndex(), { text: article!.text, ...article!.metadata }).filter(
      (m) => m.kind === 'match',
    );
    expect(stated.map((m) => `${m.claimId}: ${m.sentence}`)).toEqual([]);
  });
});
