/**
 * Article-level figures on real news articles (../shared/eval/articles: articles re-expressed from
 * real news pages, labelled with the claims they state and their stance). Read at run time, never
 * bundled. Scoring as the data's README gives it: a "match" for a labelled claim is a true hit, a
 * "match" for any other claim a false hit, "related" counts neither way; stance is scored on true
 * hits, with `hedged` accepted for `asserts` and `reports-denial` for `debunks`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, type ClaimIndex } from '../../../src/engine/claim-index/build';
import { matchArticleTuned, type PercolateTuning } from '../../../src/engine/match/tuning';
import type { Dataset } from '../../../src/engine/model';
import type { MatchResult, Stance } from '../../../src/engine/types';

export const ARTICLES_DIR =
  process.env.AFTERWORD_ARTICLES_DIR ??
  join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'eval', 'articles', 'dev');

export interface LabelledArticle {
  id: string;
  url: string;
  outlet: string;
  published: string;
  language: string;
  title: string;
  text: string;
  labels: { claim: string; stance: Stance }[];
  kind: 'positive' | 'negative';
  story: string;
  note: string;
  partial: boolean;
}

export function articlesAvailable(dir = ARTICLES_DIR): boolean {
  return existsSync(join(dir, 'articles.jsonl'));
}

export function loadArticles(dir = ARTICLES_DIR): LabelledArticle[] {
  return readFileSync(join(dir, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledArticle);
}

export function loadDataset(file: string, dir = ARTICLES_DIR): Dataset {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Dataset;
}

/** Languages the targets group apart: the product's interface languages. */
export const MAIN_LANGUAGES = new Set(['en', 'ru', 'uk']);

export function stanceAccepted(label: Stance, got: Stance): boolean {
  return (
    got === label ||
    (label === 'asserts' && got === 'hedged') ||
    (label === 'debunks' && got === 'reports-denial')
  );
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  stanceOk: number;
}

export function emptyTally(): Tally {
  return { tp: 0, fp: 0, fn: 0, stanceOk: 0 };
}

export function precision(t: Tally): number {
  return t.tp + t.fp > 0 ? t.tp / (t.tp + t.fp) : 1;
}
export function recall(t: Tally): number {
  return t.tp + t.fn > 0 ? t.tp / (t.tp + t.fn) : 1;
}
export function stanceAccuracy(t: Tally): number {
  return t.tp > 0 ? t.stanceOk / t.tp : 1;
}

export interface Mistake {
  kind: 'missed' | 'false hit' | 'stance';
  article: LabelledArticle;
  claim: string;
  detail: string;
}

export interface ArticleFigures {
  all: Tally;
  byStory: Map<string, Tally>;
  byLanguage: Map<string, Tally>;
  /** Recall groups of the targets: en/ru/uk, the other languages. */
  main: Tally;
  other: Tally;
  /** label → reported stance → count, on true hits. */
  confusion: Map<Stance, Map<Stance, number>>;
  mistakes: Mistake[];
  msPerArticle: number;
}

function bump(map: Map<string, Tally>, key: string): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = emptyTally()));
  return t;
}

export function matchLabelled(
  index: ClaimIndex,
  a: LabelledArticle,
  tuning: PercolateTuning = {},
): MatchResult[] {
  return matchArticleTuned(
    index,
    {
      text: a.text,
      title: a.title || undefined,
      published: a.published || undefined,
      language: a.language || undefined,
    },
    tuning,
  );
}

export function articleFigures(
  index: ClaimIndex,
  articles: readonly LabelledArticle[],
  filter: (a: LabelledArticle) => boolean = () => true,
  tuning: PercolateTuning = {},
): ArticleFigures {
  const f: ArticleFigures = {
    all: emptyTally(),
    byStory: new Map(),
    byLanguage: new Map(),
    main: emptyTally(),
    other: emptyTally(),
    confusion: new Map(),
    mistakes: [],
    msPerArticle: 0,
  };
  let ms = 0;
  let n = 0;
  for (const a of articles) {
    if (!filter(a)) continue;
    const t0 = performance.now();
    const got = matchLabelled(index, a, tuning);
    ms += performance.now() - t0;
    n++;
    const tallies = [
      f.all,
      bump(f.byStory, a.story),
      bump(f.byLanguage, a.language),
      MAIN_LANGUAGES.has(a.language) ? f.main : f.other,
    ];
    const wanted = new Map(a.labels.map((l) => [l.claim, l.stance]));
    for (const m of got) {
      if (m.kind !== 'match') continue;
      const label = wanted.get(m.claimId);
      if (!label) {
        for (const t of tallies) t.fp++;
        f.mistakes.push({ kind: 'false hit', article: a, claim: m.claimId, detail: m.sentence });
        continue;
      }
      wanted.delete(m.claimId);
      const ok = stanceAccepted(label, m.stance);
      for (const t of tallies) {
        t.tp++;
        if (ok) t.stanceOk++;
      }
      let row = f.confusion.get(label);
      if (!row) f.confusion.set(label, (row = new Map()));
      row.set(m.stance, (row.get(m.stance) ?? 0) + 1);
      if (!ok)
        f.mistakes.push({
          kind: 'stance',
          article: a,
          claim: m.claimId,
          detail: `${m.stance}, labelled ${label} — "${m.sentence}"`,
        });
    }
    for (const claim of wanted.keys()) {
      for (const t of tallies) t.fn++;
      f.mistakes.push({ kind: 'missed', article: a, claim, detail: a.note });
    }
  }
  f.msPerArticle = n > 0 ? ms / n : 0;
  return f;
}

export interface Variant {
  name: string;
  file: string;
  /** Which articles this variant is measured on (the import's targets are for English articles). */
  filter?: (a: LabelledArticle) => boolean;
}

export const VARIANTS: readonly Variant[] = [
  { name: 'curated', file: 'dataset.json' },
  { name: 'imported', file: 'dataset-imported.json' },
];

export function variantIndex(v: Variant, dir = ARTICLES_DIR): ClaimIndex {
  return buildIndex([loadDataset(v.file, dir)]);
}
