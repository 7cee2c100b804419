/**
 * Matching an article against every dataset in use. Each dataset is matched with its own index,
 * then the results are merged: the same claim found through several datasets is shown once, and
 * when the datasets disagree about it (another derived status), the popup gets every dataset's
 * version of it (`alternatives`) instead of one picked silently.
 *
 * When they disagree, the most serious status leads (ui/stance.ts, statusSeverity): the match carries
 * that dataset's claim and verdict, so the mark, the badge, the card and the popup's heading take
 * it, and the others, milder ones included, are its alternatives, which the card and the popup
 * name ("Datasets disagree: denied in …, unconfirmed in …"). The passages and the stance stay those
 * of the best finding in the article.
 *
 * "The same claim" is the same claim id (a dataset and its fork or mirror), or among the matches
 * of this article, the same wording once case, punctuation and spacing are set aside (two
 * publishers tracking one statement).
 */
import {
  type ArticleInput,
  type Claim,
  deriveStatus,
  matchArticle,
  type MatchResult,
  releaseArticleWork,
  verdictFor,
} from '../engine/index';
import type { AlternativeClaim, ShownMatch } from '../shared/messages';
import { statusSeverity } from '../ui/stance';
import { type ActiveDataset, claimIn, ClaimsNotRead, matchingDatasets } from './datasets';

interface Found {
  match: MatchResult;
  claim: Claim;
  dataset: ActiveDataset;
}

/** Case, spacing and punctuation set aside: "The minister resigned." ≈ "the minister resigned". */
export function wordingKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('und')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const KIND_RANK = { match: 1, related: 0 } as const;

/** The better of two findings of one claim: a stated match over a related one, then the higher score. */
function better(a: Found, b: Found): boolean {
  if (a.match.kind !== b.match.kind) return KIND_RANK[a.match.kind] > KIND_RANK[b.match.kind];
  return a.match.score > b.match.score;
}

function shown(found: Found): ShownMatch {
  return {
    ...found.match,
    claim: found.claim,
    datasetId: found.dataset.meta.id,
    datasetAsOf: found.dataset.meta.asOf,
    datasetTitle: found.dataset.meta.title,
  };
}

/**
 * Merges per-dataset results (each list in the engine's order) into one list in reading order.
 * Pure apart from the datasets it is given, so it is tested without a browser.
 */
export function mergeFindings(
  perDataset: { dataset: ActiveDataset; matches: MatchResult[] }[],
  published: string | undefined,
): ShownMatch[] {
  const groups: Found[][] = [];
  const groupOf = new Map<string, Found[]>();
  for (const { dataset, matches } of perDataset) {
    for (const match of matches) {
      const claim = claimIn(dataset, match.claimId);
      if (!claim) continue;
      const found: Found = { match, claim, dataset };
      const keys = [`id:${claim.id}`, `text:${wordingKey(claim.text)}`];
      let group = keys.map((k) => groupOf.get(k)).find((g) => g !== undefined);
      if (!group) groups.push((group = []));
      group.push(found);
      for (const k of keys) if (!groupOf.has(k)) groupOf.set(k, group);
    }
  }

  const result: ShownMatch[] = [];
  for (const group of groups) {
    const best = group.reduce((a, b) => (better(b, a) ? b : a));
    const status = deriveStatus(best.claim.events).status;
    const others = new Map<string, AlternativeClaim>();
    const consider = (claim: Claim, dataset: ActiveDataset, verdict = verdictFor(claim, published)) => {
      if (dataset === best.dataset || others.has(dataset.meta.id)) return;
      if (deriveStatus(claim.events).status === status) return;
      others.set(dataset.meta.id, {
        claim,
        datasetId: dataset.meta.id,
        datasetTitle: dataset.meta.title,
        datasetAsOf: dataset.meta.asOf,
        verdict,
      });
    };
    for (const f of group) consider(f.claim, f.dataset, f.match.verdict);
    // A dataset holding the same claim id that did not match this article still has its say.
    for (const { dataset } of perDataset) {
      const claim = claimIn(dataset, best.claim.id);
      if (claim) consider(claim, dataset);
    }
    result.push(leadWithMostSerious(shown(best), [...others.values()]));
  }
  // The engine's order for one dataset: stated claims first, each group in reading order.
  return result.sort((a, b) =>
    a.kind === b.kind ? a.passages[0]!.start - b.passages[0]!.start : a.kind === 'match' ? -1 : 1,
  );
}

/**
 * The match headed by the most serious of its datasets' statuses; the others (the best finding's
 * own among them when it is milder) as alternatives, most serious first. Exported for tests.
 */
export function leadWithMostSerious(entry: ShownMatch, alternatives: AlternativeClaim[]): ShownMatch {
  if (alternatives.length === 0) return entry;
  const bySeverity = (a: AlternativeClaim, b: AlternativeClaim) =>
    statusSeverity(b.verdict.status) - statusSeverity(a.verdict.status);
  const sorted = [...alternatives].sort(bySeverity);
  const lead = sorted[0]!;
  if (statusSeverity(lead.verdict.status) <= statusSeverity(entry.verdict.status))
    return { ...entry, alternatives: sorted };
  const own: AlternativeClaim = {
    claim: entry.claim,
    datasetId: entry.datasetId,
    datasetTitle: entry.datasetTitle ?? entry.datasetId,
    ...(entry.datasetAsOf !== undefined ? { datasetAsOf: entry.datasetAsOf } : {}),
    verdict: entry.verdict,
  };
  const led: ShownMatch = {
    ...entry,
    claimId: lead.claim.id,
    claim: lead.claim,
    verdict: lead.verdict,
    datasetId: lead.datasetId,
    datasetTitle: lead.datasetTitle,
    alternatives: [own, ...sorted.slice(1)].sort(bySeverity),
  };
  if (lead.datasetAsOf !== undefined) led.datasetAsOf = lead.datasetAsOf;
  else delete led.datasetAsOf;
  return led;
}

/**
 * How many times a match may stop at a claim not read yet in one dataset before all of that
 * dataset's claims are read: each stop reads one chunk and matches that dataset again, so an
 * article stating claims of several chunks costs a match each; past this, reading them all is
 * cheaper. Counted per dataset, so that many stops in one dataset do not leave the next one
 * without a read (the whole page would then fail to match).
 */
const CLAIM_READS_BEFORE_ALL = 4;

/**
 * The article matched against every dataset in use. The datasets' claims are read as matching
 * finds them (datasets.ts): a dataset whose match stops at a claim not read yet is matched again
 * once it is read. A dataset that still stops after all its claims were read fails the match
 * rather than looping.
 *
 * A source removed or rolled back while its claims were being read takes those claims with it
 * (store/versions.ts): the set in use changed meanwhile, so the article is matched once more
 * against the new set instead of the page showing nothing.
 */
export async function matchEverywhere(article: ArticleInput): Promise<ShownMatch[]> {
  const datasets = await matchingDatasets();
  try {
    return await matchWith(datasets, article);
  } catch (error) {
    const now = await matchingDatasets();
    if (now === datasets) throw error;
    return await matchWith(now, article);
  } finally {
    // The engine kept the article's analysis for the datasets after the first; the page's text
    // does not stay in the worker's memory past its match.
    releaseArticleWork();
  }
}

async function matchWith(datasets: readonly ActiveDataset[], article: ArticleInput): Promise<ShownMatch[]> {
  const found = new Map<ActiveDataset, MatchResult[]>();
  const stops = new Map<ActiveDataset, number>();
  for (;;) {
    try {
      const perDataset = datasets.map((dataset) => {
        let matches = found.get(dataset);
        if (!matches) found.set(dataset, (matches = matchArticle(dataset.index, article)));
        return { dataset, matches };
      });
      return mergeFindings(perDataset, article.published);
    } catch (error) {
      if (!(error instanceof ClaimsNotRead)) throw error;
      const stopped = stops.get(error.dataset) ?? 0;
      if (stopped > CLAIM_READS_BEFORE_ALL) throw error;
      stops.set(error.dataset, stopped + 1);
      await (stopped < CLAIM_READS_BEFORE_ALL ? error.read() : error.dataset.readClaims());
    }
  }
}
