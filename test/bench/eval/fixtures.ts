/**
 * Article-level figures on the fixture pages: seed pages (expected matches beside them), non-article
 * pages and hard negatives (articles on the same subjects that state none of the claims). A (page,
 * claim) pair reported as kind "match" is a true positive when the page's expected results list it
 * as a match; every other reported match is a false positive.
 */
import { matchArticle } from '../../../src/engine/match/percolate';
import { defaultIndex } from '../../support/dataset';
import { expectedFor, listPages, readPage } from '../../support/pages';

export interface FixtureFigures {
  pages: number;
  hardNegatives: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  stanceCorrect: number;
  stanceAccuracy: number;
  related: { expected: number; found: number };
  mistakes: string[];
}

export function fixtureFigures(): FixtureFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let stanceOk = 0;
  let relExpected = 0;
  let relFound = 0;
  const mistakes: string[] = [];
  const pages = listPages();
  for (const page of pages) {
    const { kind, article } = readPage(page.file);
    const expected = page.kind === 'seed' || page.kind === 'pattern' ? expectedFor(page.file) : [];
    const got =
      kind === 'article' && article
        ? matchArticle(defaultIndex(), { text: article.text, ...article.metadata })
        : [];
    const wanted = new Map(expected.filter((e) => e.kind === 'match').map((e) => [e.claimId, e]));
    const wantedRelated = new Set(expected.filter((e) => e.kind === 'related').map((e) => e.claimId));
    relExpected += wantedRelated.size;
    for (const m of got) {
      if (m.kind === 'related') {
        if (wantedRelated.has(m.claimId)) relFound++;
        continue;
      }
      const e = wanted.get(m.claimId);
      if (!e) {
        fp++;
        mistakes.push(`false match ${page.file}: ${m.claimId} — ${m.sentence.slice(0, 100)}`);
        continue;
      }
      tp++;
      if (e.stance === m.stance) stanceOk++;
      else mistakes.push(`stance ${page.file}: ${m.claimId} ${m.stance}, expected ${e.stance}`);
      wanted.delete(m.claimId);
    }
    for (const id of wanted.keys()) {
      fn++;
      mistakes.push(`missed ${page.file}: ${id}`);
    }
  }
  return {
    pages: pages.length,
    hardNegatives: pages.filter((p) => p.kind === 'hard-negative').length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp > 0 ? tp / (tp + fp) : 1,
    recall: tp + fn > 0 ? tp / (tp + fn) : 1,
    stanceCorrect: stanceOk,
    stanceAccuracy: tp > 0 ? stanceOk / tp : 1,
    related: { expected: relExpected, found: relFound },
    mistakes,
  };
}
