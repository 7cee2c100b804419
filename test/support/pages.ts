/** The fixture pages (test/fixtures/pages/index.json) and a Node reading of them through linkedom. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { boundPage } from '../../src/article/limits';
import { detectPage, readArticle, type ReadArticle } from '../../src/article/read';
import type { PageInfo } from '../../src/shared/messages';
import type { MatchKind, Relation, Stance, ClaimStatus } from '../../src/engine/types';

export const PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');

export interface PageEntry {
  file: string;
  kind: 'seed' | 'non-article' | 'hard-negative' | 'pattern';
  title: string;
  published: string | null;
  language: string;
  outlet: string;
}

export interface ExpectedMatch {
  claimId: string;
  kind: MatchKind;
  stance: Stance;
  /** The verdict as data; the reader's sentence is src/ui/verdict-sentence.ts's, from these fields. */
  verdict: { status: ClaimStatus; relation: Relation; days: number | null };
}

export function listPages(): PageEntry[] {
  return JSON.parse(readFileSync(join(PAGES_DIR, 'index.json'), 'utf8'));
}

export function expectedFor(file: string): ExpectedMatch[] {
  return JSON.parse(readFileSync(join(PAGES_DIR, file.replace(/\.html$/, '.expected.json')), 'utf8')).matches;
}

export function loadPage(file: string): Document {
  return parseHTML(readFileSync(join(PAGES_DIR, file), 'utf8')).document as unknown as Document;
}

export function readPage(file: string): { kind: ReturnType<typeof detectPage>; article?: ReadArticle } {
  const doc = loadPage(file);
  const kind = detectPage(doc);
  return kind === 'article' ? { kind, article: readArticle(doc) } : { kind };
}

/** What the content script sends about an article read at `url` (src/content/index.ts, pageInfo). */
export function pageInfoOf(url: string, article: ReadArticle): PageInfo {
  const { title, published, outlet, language } = article.metadata;
  return boundPage({ url, title, published, outlet, language });
}
