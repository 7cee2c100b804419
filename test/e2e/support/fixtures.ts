/**
 * The fixture pages' index, their expected results and the claims dataset, as the E2E suite and the
 * demo read them (types from test/support/pages.ts; unlike its readers, these tolerate a missing
 * index).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Claim } from '../../../src/engine/model';
import type { ExpectedMatch, PageEntry } from '../../support/pages';
import { CHROME_DIST } from './browser';
import { FIXTURE_PAGES, REPO_ROOT } from './server';

export type { ExpectedMatch, PageEntry };

export interface Expected {
  matches: ExpectedMatch[];
}

export const FIXTURE_INDEX = join(FIXTURE_PAGES, 'index.json');

/** The fixture index, or undefined while test/fixtures/pages/index.json does not exist yet. */
export function readFixtureIndex(): PageEntry[] | undefined {
  if (!existsSync(FIXTURE_INDEX)) return undefined;
  const raw: unknown = JSON.parse(readFileSync(FIXTURE_INDEX, 'utf8'));
  const list = Array.isArray(raw) ? raw : (raw as { pages?: unknown }).pages;
  if (!Array.isArray(list))
    throw new Error(`${FIXTURE_INDEX}: expected an array of pages (or {pages: [...]})`);
  return list as PageEntry[];
}

/** "seed-000.html" → "seed-000": the name expected files are keyed by. */
export function fixtureName(file: string): string {
  return file.replace(/\.html?$/i, '');
}

export function expectedPath(file: string): string {
  return join(FIXTURE_PAGES, `${fixtureName(file)}.expected.json`);
}

export function readExpected(file: string): Expected | undefined {
  const path = expectedPath(file);
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as Expected;
}

/**
 * Claim id → canonical text, from the datasets the extension ships (dist/chrome/datasets, or
 * public/datasets before a build). Lets the suite check the popup against the data, not against
 * what the background says.
 */
export function claimTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const dir of [join(CHROME_DIST, 'datasets'), resolve(REPO_ROOT, 'public/datasets')]) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      try {
        const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
          claims?: { id?: unknown; text?: unknown }[];
        };
        for (const claim of data.claims ?? []) {
          if (typeof claim.id === 'string' && typeof claim.text === 'string' && !texts.has(claim.id)) {
            texts.set(claim.id, claim.text);
          }
        }
      } catch {
        // Not a dataset (or not JSON): skip it.
      }
    }
  }
  return texts;
}

/** Every claim of the datasets the extension ships (first dataset holding an id wins), with its dataset's date. */
export function shippedClaims(): Map<string, { claim: Claim; datasetAsOf: string }> {
  const claims = new Map<string, { claim: Claim; datasetAsOf: string }>();
  for (const dir of [join(CHROME_DIST, 'datasets'), resolve(REPO_ROOT, 'public/datasets')]) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      try {
        const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { asOf?: string; claims?: Claim[] };
        for (const claim of data.claims ?? []) {
          if (typeof claim?.id === 'string' && !claims.has(claim.id))
            claims.set(claim.id, { claim, datasetAsOf: data.asOf ?? '' });
        }
      } catch {
        // Not a dataset (or not JSON): skip it.
      }
    }
  }
  return claims;
}

/** Collapses runs of whitespace, as innerText and Range.toString() differ on it. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
