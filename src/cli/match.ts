/**
 * `afterword match [--dataset FILE] [--json] [--published DATE] [--url URL] FILE...`: the claims
 * each article carries, listed as the popup lists them; with --url, the outlet at that address and
 * its record. A file that cannot be read gets one message naming it
 * and the run goes on with the others; the exit code is 1 if any file failed.
 */
import { join } from 'node:path';
import { DatasetError } from '../dataset/errors';
import {
  buildIndex,
  buildOutletDirectory,
  type ClaimIndex,
  type Dataset,
  matchArticle,
  type MatchResult,
  outletForUrl,
  outletRecord,
  parseDate,
} from '../engine/index';
import { parse, type OptionSpecs } from './args';
import { describe } from './jsonl';
import { readArticleFile, type ArticleFile } from './article-file';
import { readDataset } from './dataset/read';
import { UsageError, type Command, type Io } from './io';
import { recordJson, summaryLine, type RecordJson } from './outlet-record';
import { readerSentence } from './sentences';

export const DEFAULT_DATASET = join(import.meta.dirname, '..', '..', 'public', 'datasets', 'default.json');

export interface MatchJson {
  file: string;
  article: {
    title: string | null;
    published: string | null;
    outlet: string | null;
    language: string | null;
    page: 'article' | 'not-article';
  };
  /** The outlet at the article's address (--url), with its record; null without --url or when no dataset lists it. */
  outlet: null | { id: string; name: string; kind: string; record: RecordJson };
  matches: {
    claimId: string;
    claim: string;
    kind: MatchResult['kind'];
    stance: MatchResult['stance'];
    /** The sentence and cue the stance was read from (offsets into the article text, or the headline's). */
    stanceEvidence: MatchResult['stanceEvidence'];
    score: number;
    start: number;
    end: number;
    sentence: string;
    /** What happened to the claim (status, relation, days) and `text`, the sentence the popup shows about it, in English. */
    verdict: { status: string; relation: string; days: number | null; text: string };
  }[];
}

export function toJson(
  a: ArticleFile,
  matches: MatchResult[],
  dataset: Pick<Dataset, 'claims' | 'asOf'>,
  outlet: MatchJson['outlet'] = null,
): MatchJson {
  const claims = new Map(dataset.claims.map((c) => [c.id, c]));
  return {
    file: a.file,
    article: {
      title: a.title ?? null,
      published: a.published ?? null,
      outlet: a.outlet ?? null,
      language: a.language ?? null,
      page: a.page,
    },
    outlet,
    matches: matches.map((m) => {
      const claim = claims.get(m.claimId);
      return {
        claimId: m.claimId,
        claim: claim?.text ?? '',
        kind: m.kind,
        stance: m.stance,
        stanceEvidence: m.stanceEvidence,
        score: m.score,
        start: m.start,
        end: m.end,
        sentence: m.sentence,
        verdict: {
          status: m.verdict.status,
          relation: m.verdict.relation,
          days: m.verdict.days,
          text: readerSentence(m.verdict, claim ?? { events: [] }, dataset.asOf),
        },
      };
    }),
  };
}

const STANCE_WORDS: Record<MatchResult['stance'], string> = {
  asserts: 'states it',
  hedged: 'reports it without standing behind it',
  'reports-denial': 'reports its denial',
  debunks: 'debunks it',
};

function clip(s: string): string {
  return s.length > 200 ? `${s.slice(0, 199)}…` : s;
}

function printText(io: Io, j: MatchJson): void {
  const a = j.article;
  const about = [a.outlet, a.published, a.language].filter(Boolean).join(', ');
  io.out(`${j.file}: ${a.title ? `“${a.title}”` : '(no title)'}${about ? ` (${about})` : ''}`);
  if (j.outlet) io.out(`  outlet: ${j.outlet.name} (${j.outlet.kind}), ${summaryLine(j.outlet.record)}`);
  if (a.page === 'not-article') {
    io.out('  not an article: Afterword stays silent on this page');
    return;
  }
  if (j.matches.length === 0) {
    io.out('  no tracked claims');
    return;
  }
  for (const m of j.matches) {
    io.out(
      `  ${m.kind === 'match' ? 'CLAIM' : 'related'}  ${m.claimId}  (${m.kind === 'match' ? STANCE_WORDS[m.stance] : 'on its subject'}, score ${m.score})`,
    );
    io.out(`    “${m.claim}”`);
    io.out(`    ${m.verdict.text}`);
    io.out(`    in the article [${m.start}–${m.end}]: ${clip(m.sentence)}`);
    const e = m.stanceEvidence;
    if (m.kind === 'match' && e.cue !== null)
      io.out(
        `    why "${STANCE_WORDS[m.stance]}": “${e.cue}” in the ${e.where === 'headline' ? 'headline' : `article [${e.start}–${e.end}]`}: ${clip(e.sentence)}`,
      );
  }
}

const OPTIONS = {
  dataset: {
    type: 'string',
    value: 'FILE',
    help: 'the dataset to match against (default: the bundled public/datasets/default.json)',
  },
  json: {
    type: 'boolean',
    help: 'one JSON object per article, with every match, its stance evidence and verdict',
  },
  published: {
    type: 'string',
    value: 'DATE',
    help: "every article's publication date (YYYY-MM-DD), instead of the one its page gives",
  },
  url: {
    type: 'string',
    value: 'URL',
    help: "the article's address, to name its outlet and that outlet's record (default: none, no outlet named)",
  },
} satisfies OptionSpecs;

/** The outlet at the page's address: by its registrable domain, then the handle of a social page. */
function pageOutlet(dataset: Dataset, url: string): MatchJson['outlet'] {
  const dir = buildOutletDirectory([dataset]);
  const found = outletForUrl(dir, url);
  if (!found) return null;
  const record = recordJson(outletRecord(dir, [dataset], found));
  return { id: found.key, name: found.name, kind: found.kind, record };
}

export const matchCommand: Command = {
  summary: 'find the tracked claims in article files (.html or .txt) and what happened to them',
  usage: '[--dataset FILE] [--json] [--published DATE] [--url URL] FILE...',
  options: OPTIONS,
  arguments: {
    'FILE...': 'saved articles: .html is read as the extension reads the page, .txt is the text itself',
  },
  examples: [
    'afterword match test/fixtures/pages/seed-000.html',
    'afterword match --json --published 2022-09-14 article.txt',
    'afterword match --url https://www.euroweeklynews.com/2022/09/14/x/ test/fixtures/pages/seed-000.html',
  ],
  async run(args, io) {
    const { values, positionals } = parse(args, OPTIONS, {
      min: 1,
      max: Infinity,
      names: 'one or more article FILEs',
    });
    if (values.published !== undefined && !parseDate(values.published))
      throw new UsageError(`--published "${values.published}" is not a date (YYYY-MM-DD)`);
    if (values.url !== undefined && !URL.canParse(values.url))
      throw new UsageError(`--url "${values.url}" is not an absolute address (https://…)`);
    const datasetFile = values.dataset ?? DEFAULT_DATASET;
    let dataset: Dataset;
    try {
      dataset = (await readDataset(datasetFile)).dataset;
    } catch (e) {
      if (e instanceof DatasetError) {
        io.err(`afterword match: ${describe(e)}`);
        return 1;
      }
      throw e;
    }
    const index: ClaimIndex = buildIndex([dataset]);
    const outlet = values.url === undefined ? null : pageOutlet(dataset, values.url);
    let failed = 0;
    for (const file of positionals) {
      let article: ArticleFile;
      try {
        article = await readArticleFile(file);
      } catch (e) {
        if (!(e instanceof DatasetError)) throw e;
        io.err(`afterword match: ${describe(e)}`);
        failed++;
        continue;
      }
      if (values.published !== undefined) article.published = values.published;
      const matches =
        article.page === 'article'
          ? matchArticle(index, {
              text: article.text,
              title: article.title,
              published: article.published,
              language: article.language,
            })
          : [];
      const json = toJson(article, matches, dataset, outlet);
      if (values.json) io.out(JSON.stringify(json));
      else printText(io, json);
    }
    return failed > 0 ? 1 : 0;
  },
};
