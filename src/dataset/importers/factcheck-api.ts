/**
 * Google Fact Check Tools API responses (claims:search, pages:list) → dataset. One API claim is
 * one claim; each of its claimReview entries a "rated" event by that fact-checker (an outlet of the
 * dataset, by its site), and claimDate with claimant a "reported" event. The claimant is named in
 * words only ("Social media", "Facebook", a person), so it becomes the report's actor, linked to an
 * outlet only when it is the name of one the import already has. Several pages may be passed as an
 * array of responses.
 */
import type { Claim, ClaimEvent } from '../../engine/index';
import { jsonPath } from '../errors';
import { LIMITS } from '../limits';
import {
  Report,
  acceptedUrl,
  asList,
  checkClaimCount,
  claimId,
  clip,
  finish,
  hostname,
  isObject,
  languageTag,
  quoted,
  str,
  urlSlugHint,
  type ImportOptions,
  type ImportResult,
  type Json,
} from './common';
import { readLooseDate } from './dates';
import { OutletRegistry } from './outlets';
import { normaliseRating } from './ratings';

type Path = (string | number)[];

/** The claims arrays of a response, of an array of pages, or of {"response": …} as some tools save it. */
function findClaimLists(root: Json, report: Report): { claims: Json[]; path: Path }[] {
  const lists: { claims: Json[]; path: Path }[] = [];
  const visit = (x: Json, path: Path) => {
    if (path.length > LIMITS.importDepth)
      return report.skip(jsonPath(path), `nested deeper than ${LIMITS.importDepth} levels`);
    if (Array.isArray(x)) return x.forEach((page, i) => visit(page, [...path, i]));
    if (isObject(x) && Array.isArray(x.claims))
      return void lists.push({ claims: x.claims, path: [...path, 'claims'] });
    if (isObject(x) && isObject(x.response)) return visit(x.response, [...path, 'response']);
    if (isObject(x) && Object.keys(x).length === 0) return; // an API page with no results is "{}"
    report.skip(jsonPath(path), 'not a Fact Check Tools response (no "claims" array)');
  };
  visit(root, []);
  return lists;
}

function ratedEvent(
  review: Json,
  at: string,
  report: Report,
  outlets: OutletRegistry,
): ClaimEvent | undefined {
  if (!isObject(review)) return void report.skip(at, 'not an object');
  const date = readLooseDate(review.reviewDate);
  if (!date)
    return void report.skip(
      at,
      `no readable reviewDate (${quoted(review.reviewDate)}): a rating needs a date`,
    );
  const label = clip(str(review.textualRating), LIMITS.shortText, `${at}.textualRating`, report);
  const rating = normaliseRating(label);
  if (!rating) return void report.skip(at, 'no textualRating');
  const url = acceptedUrl(review.url, `${at}.url`, report);
  const publisher = isObject(review.publisher) ? review.publisher : {};
  const outlet = clip(
    str(publisher.name) ?? str(publisher.site) ?? hostname(url),
    LIMITS.shortText,
    `${at}.publisher.name`,
    report,
  );
  if (!outlet) return void report.skip(at, 'no publisher to name the fact-checker');
  const language = languageTag(review.languageCode);
  const note = clip(str(review.title), LIMITS.text, `${at}.title`, report);
  // The publisher's site ("altnews.in") names its domain; the review's address is on the same site.
  const site = str(publisher.site);
  const outletId = outlets.add({
    name: outlet,
    kind: 'fact-checker',
    urls: [...(site ? [site.includes('://') ? site : `https://${site}`] : []), ...(url ? [url] : [])],
  });
  return {
    date,
    type: 'rated',
    actor: { name: outlet, role: 'fact-checker', outletId },
    source: { outlet, ...(url && { url }), ...(language && { language }), outletId },
    rating,
    ...(note && { note }),
  };
}

async function claimFromApi(
  item: Json,
  path: Path,
  options: ImportOptions,
  report: Report,
  outlets: OutletRegistry,
): Promise<Claim | undefined> {
  const at = jsonPath(path);
  if (!isObject(item)) return void report.skip(at, 'not an object');
  const text = clip(str(item.text), LIMITS.text, `${at}.text`, report);
  if (!text) return void report.skip(at, 'no claim text');
  const reviews = asList(item.claimReview);
  // Not converted one by one when they could never fit in one claim (each review is an event).
  if (reviews.length > LIMITS.events)
    return void report.skip(at, `${reviews.length} reviews: a claim holds at most ${LIMITS.events} events`);
  const rated = reviews
    .map((r, i) => ratedEvent(r, `${at}.claimReview[${i}]`, report, outlets))
    .filter((e): e is ClaimEvent => e !== undefined);
  if (rated.length === 0) return void report.skip(at, 'no usable claimReview: a claim needs a dated rating');

  const events: ClaimEvent[] = [];
  const claimDate = readLooseDate(item.claimDate);
  if (claimDate) {
    const claimant = clip(str(item.claimant), LIMITS.shortText, `${at}.claimant`, report);
    const claimantId = claimant === undefined ? undefined : outlets.named(claimant);
    events.push({
      date: claimDate,
      type: 'reported',
      ...(claimant && { actor: { name: claimant, ...(claimantId && { outletId: claimantId }) } }),
      source: rated[0]!.source,
    });
  }
  events.push(...rated);
  // The smallest review URL, so the id does not depend on the order the API lists reviews in.
  const urls = rated
    .map((e) => e.source.url)
    .filter((u): u is string => u !== undefined)
    .sort();
  const url = urls[0];
  const language = rated.map((e) => e.source.language).find(Boolean);
  return {
    id: await claimId(`${url ?? rated[0]!.source.outlet}\n${text}`, urlSlugHint(url) ?? text),
    text,
    language: language ?? options.language ?? 'und',
    paraphrases: [],
    anchors: [],
    tags: [],
    events,
  };
}

export async function importFactCheckApi(input: Json, options: ImportOptions): Promise<ImportResult> {
  const report = new Report(options.keptSkips);
  const outlets = new OutletRegistry();
  const drafts: { claim: Claim; at: string }[] = [];
  const ids = new Set<string>();
  for (const { claims, path } of findClaimLists(input, report)) {
    for (const [i, item] of claims.entries()) {
      const claim = await claimFromApi(item, [...path, i], options, report, outlets);
      if (!claim) continue;
      drafts.push({ claim, at: jsonPath([...path, i]) });
      ids.add(claim.id);
      checkClaimCount(ids);
    }
  }
  return finish(drafts, options, report, outlets.list());
}
