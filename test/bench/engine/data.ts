/**
 * Benchmark inputs. Claim datasets of 10k, 100k and 1M claims: the real CheckThat! collections
 * (33,481 Snopes and PolitiFact claims) first, then generated claims (see Growth). The article:
 * ~2,000 words of the fixture pages' English text with three sentences that state claims of the
 * collection, as a news article quoting them would.
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

/**
 * How the datasets grow past the real collections:
 * - "resampled": each real claim again, every longer word replaced by a word drawn from the
 *   collections' words of the same frequency band (so each generated claim has a real claim's
 *   shape and the same mix of common and rare words, but not its words), numbers changed, and new
 *   words coined as the vocabulary of a real collection grows. Heaps' law fitted on the
 *   collections (test/bench/engine/heaps.ts: V = K·n^β, β = 0.49) has a million claims use ~160k
 *   distinct words where the real 33k use ~29k; without coined words every rare word would be
 *   shared by thirty claims at a million.
 * - "near-copies": each real claim again and again with a third of its longer words swapped for
 *   words drawn from the collections and its numbers changed — ~30 near-copies of every claim at a
 *   million, each keeping most of its rare words: the stress case for everything that grows with
 *   the candidates.
 */
export type Growth = 'resampled' | 'near-copies';

/** Heaps' law exponent of the CheckThat! collections' vocabulary (test/bench/engine/heaps.ts). */
export const HEAPS_BETA = 0.49;

export function generateClaims(
  real: readonly RankClaim[],
  n: number,
  growth: Growth = 'resampled',
  seed = 7,
): RankClaim[] {
  const out: RankClaim[] = real.slice(0, n).map((c) => ({ id: c.id, claim: c.claim, title: c.title }));
  if (out.length >= n) return out;
  return growth === 'resampled' ? growResampled(real, out, n, seed) : growNearCopies(real, out, n, seed);
}

function growNearCopies(real: readonly RankClaim[], out: RankClaim[], n: number, seed: number): RankClaim[] {
  const rand = prng(seed);
  const pool: string[] = [];
  for (const c of real) for (const w of c.claim.match(WORD) ?? []) pool.push(w.toLowerCase());
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

const SYLLABLES = 'ka ro mi tu le sa vo ni pe du ga bi zo fe ha ju'.split(' ');

/** A word no collection holds, one per counter value: pronounceable, like a name. */
function coined(k: number): string {
  let w = 'qu';
  do {
    w += SYLLABLES[k % SYLLABLES.length];
    k = Math.floor(k / SYLLABLES.length);
  } while (k > 0);
  return `${w}x`;
}

const capitalised = (like: string, w: string) =>
  like[0] !== like[0]!.toLowerCase() ? w[0]!.toUpperCase() + w.slice(1) : w;

function growResampled(real: readonly RankClaim[], out: RankClaim[], n: number, seed: number): RankClaim[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  // The collections' longer words by frequency band (⌊log2 count⌋), each band listed by token so a
  // draw from it follows the words' own frequencies.
  const count = new Map<string, number>();
  for (const c of real)
    for (const text of [c.claim, c.title ?? ''])
      for (const w of text.match(WORD) ?? [])
        count.set(w.toLowerCase(), (count.get(w.toLowerCase()) ?? 0) + 1);
  const bandOf = (w: string) => Math.floor(Math.log2(count.get(w.toLowerCase()) ?? 1));
  const bands: string[][] = [];
  for (const [w, c] of count) for (let i = 0; i < c; i++) (bands[bandOf(w)] ??= []).push(w);
  const vocabulary = new Set<string>();
  for (const c of real)
    for (const w of `${c.claim} ${c.title ?? ''}`.match(/\p{L}+/gu) ?? []) vocabulary.add(w.toLowerCase());
  const vocabularyAt = (claims: number) => vocabulary.size * (claims / real.length) ** HEAPS_BETA;
  let owed = 0;
  let coinedCount = 0;
  const resample = (text: string, coin: number) => {
    // New words as Heaps' law has them arrive, in place of the text's rarest-band words.
    const words = text.match(WORD) ?? [];
    const rarest = new Set(
      words
        .map((w) => w.toLowerCase())
        .sort((a, b) => bandOf(a) - bandOf(b))
        .slice(0, coin),
    );
    return text
      .replace(WORD, (w) =>
        rarest.delete(w.toLowerCase())
          ? capitalised(w, coined(coinedCount++))
          : capitalised(w, pick(bands[bandOf(w)]!)),
      )
      .replace(/\d+/g, () => String(Math.floor(rand() * 1000)));
  };
  for (let i = out.length; i < n; i++) {
    const base = real[i % real.length]!;
    owed += vocabularyAt(i + 1) - vocabularyAt(i);
    const coin = Math.floor(owed);
    owed -= coin;
    out.push({
      id: `generated-${i}`,
      claim: resample(base.claim, coin),
      title: base.title ? resample(base.title, 0) : undefined,
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
