/** Timing helpers: medians of repeated runs after a warm-up, and a deterministic PRNG. */

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median milliseconds of fn over `runs` calls, after `warmup` unmeasured ones. */
export function timeMedian(fn: () => unknown, runs: number, warmup = Math.min(5, runs)): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** mulberry32: the same generated data on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** More than any of the engine's caches of recent texts keeps (article-work.ts one, stance/cues.ts two). */
const ARTICLE_VARIANTS = 16;
let calls = 0;

/**
 * The article as a new one to the engine, which keeps the last article's analysis for the next
 * dataset (src/engine/match/article-work.ts) and the stance reader's fold of the last two texts
 * (src/engine/stance/cues.ts): a benchmark matching one article again and again would time those
 * caches. Each call gives the text with 0–15 trailing spaces, in turn (no word changes), so every
 * timed match does a new article's work; the word memos stay warm, as on a reader's next page.
 */
export function asNewArticle<A extends { text: string }>(article: A): A {
  const spaces = calls++ % ARTICLE_VARIANTS;
  return { ...article, text: spaces === 0 ? article.text : article.text + ' '.repeat(spaces) };
}
