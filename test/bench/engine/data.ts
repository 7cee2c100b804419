/**
 * Benchmark inputs. Claim datasets of 10k, 100k and 1M claims: the real CheckThat! collections
 * (33,481 Snopes and PolitiFact claims) first, then generated variants of them — a third of each
 * claim's longer words swapped for words drawn from the collections (so word frequencies stay
 * natural) and numbers changed. The article: ~2,000 words of the fixture pages' English text with
 * three sentences that state claims of the collection, as a news article quoting them would.
 */
import type { Dataset } from '../../../src/engine/model';
import type { RankClaim } from '../../../src/engine/rank/types';
import { listPages, readPage } from '../../support/pages';
import { asDataset } from '../eval/claims-dataset';
import { COLLECTIONS, loadCollection } from '../eval/data';
import { prng } from './stats';

export function realClaims(): RankClaim[] {
  return COLLECTIONS.flatMap((name) => loadCollection(name).claims);
}

const WORD = /\p{L}{4,}/gu;

export function generateClaims(real: readonly RankClaim[], n: number, seed = 7): RankClaim[] {
  const rand = prng(seed);
  const pool: string[] = [];
  for (const c of real) for (const w of c.claim.match(WORD) ?? []) pool.push(w.toLowerCase());
  const out: RankClaim[] = real.slice(0, n).map((c) => ({ id: c.id, claim: c.claim, title: c.title }));
  const mutate = (text: string) =>
    text
      .replace(WORD, (w) => (rand() < 0.33 ? pool[Math.floor(rand() * pool.length)]! : w))
      .replace(/\d+/g, () => String(Math.floor(rand() * 1000)));
  for (let i = out.length; i < n; i++) {
    const base = real[i % real.length]!;
    out.push({
      id: `${base.id}~${i}`,
      claim: mutate(base.claim),
      title: base.title ? mutate(base.title) : undefined,
    });
  }
  return out;
}

export function claimsDataset(claims: readonly RankClaim[]): Dataset {
  return asDataset(`bench-${claims.length}`, claims);
}

/** ~2,000 words of real English article text from the fixture pages, with three claims stated in it. */
export function benchArticle(
  real: readonly RankClaim[],
  words = 2000,
): { text: string; title: string; words: number } {
  const paragraphs: string[] = [];
  let count = 0;
  for (const page of listPages()) {
    if (page.language !== 'en' || page.kind === 'non-article') continue;
    const { article } = readPage(page.file);
    for (const p of article?.text.split('\n') ?? []) {
      if (count >= words) break;
      paragraphs.push(p);
      count += p.split(/\s+/).filter(Boolean).length;
    }
  }
  const stated = [real[101]!, real[5003]!, real[20000 % real.length]!].map((c) => c.claim);
  stated.forEach((s, i) =>
    paragraphs.splice(Math.floor(((i + 1) * paragraphs.length) / 4), 0, `Critics said on Tuesday that ${s}`),
  );
  const text = paragraphs.join('\n');
  return { text, title: paragraphs[0] ?? '', words: text.split(/\s+/).filter(Boolean).length };
}
