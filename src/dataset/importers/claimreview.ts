/**
 * schema.org ClaimReview (JSON-LD) → dataset. Accepts one ClaimReview, an array, an @graph, and
 * the DataCommons feed shape (dataFeedElement[].item[]). Each review becomes one claim with a
 * "rated" event by the fact-checker, and a "reported" event when the review dates the claim.
 */
import type { Actor, Claim, ClaimEvent, Source } from '../../engine/model';
import { jsonPath } from '../errors';
import { LIMITS } from '../limits';
import {
  Report,
  acceptedUrl,
  asList,
  claimId,
  clip,
  finish,
  hostname,
  isObject,
  languageTag,
  str,
  urlSlugHint,
  type ImportOptions,
  type ImportResult,
  type Json,
} from './common';
import { readLooseDate } from './dates';
import { normaliseRating } from './ratings';

type Path = (string | number)[];

/** "ClaimReview", "schema:ClaimReview", "https://schema.org/ClaimReview" or an array holding one. */
function hasType(node: Record<string, Json>, type: string): boolean {
  return asList(node['@type']).some(
    (t) => typeof t === 'string' && (t === type || t.endsWith(`:${type}`) || t.endsWith(`/${type}`)),
  );
}

/** Every ClaimReview node with its path; other nodes are reported as skipped. */
function findReviews(root: Json, report: Report): { node: Record<string, Json>; path: Path }[] {
  const found: { node: Record<string, Json>; path: Path }[] = [];
  const visit = (x: Json, path: Path) => {
    if (Array.isArray(x)) return x.forEach((item, i) => visit(item, [...path, i]));
    if (!isObject(x)) return report.skip(jsonPath(path), 'not a JSON-LD object');
    if (hasType(x, 'ClaimReview')) return void found.push({ node: x, path });
    if (Array.isArray(x['@graph'])) return visit(x['@graph'], [...path, '@graph']);
    if (x.dataFeedElement !== undefined) {
      asList(x.dataFeedElement).forEach((el, i) => {
        const at = [...path, 'dataFeedElement', i];
        if (isObject(el) && el.item !== undefined)
          visit(Array.isArray(el.item) ? el.item : [el.item], [...at, 'item']);
        else report.skip(jsonPath(at), 'a feed element without "item"');
      });
      return;
    }
    report.skip(jsonPath(path), `not a ClaimReview (@type ${JSON.stringify(x['@type'] ?? null)})`);
  };
  visit(root, []);
  return found;
}

const nameOf = (x: Json): string | undefined =>
  typeof x === 'string' ? str(x) : isObject(x) ? (str(x.name) ?? str(x.alternateName)) : undefined;
const firstNamed = (x: Json): Record<string, Json> | string | undefined =>
  asList(x).find((a) => nameOf(a) !== undefined) as Record<string, Json> | string | undefined;

function person(x: Json, at: string, report: Report): Actor | undefined {
  const who = firstNamed(x);
  const name = clip(nameOf(who), LIMITS.shortText, `${at}.name`, report);
  if (!name) return undefined;
  const o = isObject(who) ? who : {};
  const role = clip(str(o.jobTitle) ?? str(o.roleName), LIMITS.shortText, `${at}.jobTitle`, report);
  const organisation = clip(
    nameOf(firstNamed(o.worksFor ?? o.affiliation ?? o.memberOf)),
    LIMITS.shortText,
    `${at}.worksFor`,
    report,
  );
  return { name, ...(role && { role }), ...(organisation && { organisation }) };
}

/** The fact-checker as the rating's actor and source. */
function factChecker(
  review: Record<string, Json>,
  url: string | undefined,
  language: string | undefined,
  at: string,
  report: Report,
) {
  const author = firstNamed(review.author);
  const publisher = nameOf(firstNamed(review.publisher));
  const authorIsPerson = isObject(author) && hasType(author, 'Person');
  const org = clip(
    (authorIsPerson ? (publisher ?? nameOf(firstNamed(author.worksFor))) : (nameOf(author) ?? publisher)) ??
      hostname(url),
    LIMITS.shortText,
    `${at}.author`,
    report,
  );
  if (!org) return undefined;
  const actor: Actor = authorIsPerson
    ? {
        name: clip(nameOf(author), LIMITS.shortText, `${at}.author.name`, report)!,
        role: 'fact-checker',
        organisation: org,
      }
    : { name: org, role: 'fact-checker' };
  const source: Source = { outlet: org, ...(url && { url }), ...(language && { language }) };
  return { actor, source };
}

/** Where the claim was seen: firstAppearance, else the first appearance naming an outlet or host. */
function appearanceSource(
  item: Record<string, Json>,
  at: string,
  report: Report,
): { source?: Source; date?: string } {
  const candidates: [Json, string][] = [
    [item.firstAppearance, 'firstAppearance'],
    ...asList(item.appearance).map((a, i): [Json, string] => [
      a,
      Array.isArray(item.appearance) ? `appearance[${i}]` : 'appearance',
    ]),
  ];
  for (const [a, key] of candidates) {
    const o = isObject(a) ? a : typeof a === 'string' ? { url: a } : undefined;
    if (!o) continue;
    const url = acceptedUrl(o.url, `${at}.${key}.url`, report);
    const outlet = clip(
      nameOf(firstNamed(o.publisher)) ?? nameOf(firstNamed(o.author)) ?? hostname(url),
      LIMITS.shortText,
      `${at}.${key}`,
      report,
    );
    if (outlet) return { source: { outlet, ...(url && { url }) }, date: readLooseDate(o.datePublished) };
  }
  return {};
}

async function claimFromReview(
  review: Record<string, Json>,
  path: Path,
  options: ImportOptions,
  report: Report,
): Promise<Claim | undefined> {
  const at = jsonPath(path);
  const text = clip(str(review.claimReviewed), LIMITS.text, `${at}.claimReviewed`, report);
  if (!text) return void report.skip(at, 'no claimReviewed: the review does not say which claim it rates');
  const date = readLooseDate(review.datePublished);
  if (!date)
    return void report.skip(
      at,
      `no readable datePublished (${JSON.stringify(review.datePublished ?? null)}): a rating needs a date`,
    );
  const r = isObject(review.reviewRating) ? review.reviewRating : undefined;
  const numeric = (x: Json) =>
    typeof x === 'number' ? x : typeof x === 'string' && x.trim() !== '' ? Number(x) : undefined;
  const value = numeric(r?.ratingValue);
  const label = clip(
    str(r?.alternateName) ?? str(r?.name),
    LIMITS.shortText,
    `${at}.reviewRating.alternateName`,
    report,
  );
  const rating = normaliseRating(
    label,
    value === undefined ? undefined : { value, best: numeric(r?.bestRating), worst: numeric(r?.worstRating) },
  );
  if (!rating)
    return void report.skip(at, 'no reviewRating with an alternateName or a ratingValue within its scale');

  const url = acceptedUrl(review.url, `${at}.url`, report);
  const language =
    languageTag(review.inLanguage) ??
    languageTag(isObject(review.inLanguage) ? review.inLanguage.alternateName : undefined);
  const checker = factChecker(review, url, language, at, report);
  if (!checker) return void report.skip(at, 'no author or publisher to name the fact-checker');
  const note = clip(str(review.headline) ?? str(review.name), LIMITS.text, `${at}.name`, report);
  const events: ClaimEvent[] = [];

  const item = isObject(review.itemReviewed) ? review.itemReviewed : {};
  const seen = appearanceSource(item, `${at}.itemReviewed`, report);
  const claimDate = readLooseDate(item.datePublished) ?? seen.date;
  if (claimDate) {
    const claimant = person(item.author, `${at}.itemReviewed.author`, report);
    events.push({
      date: claimDate,
      type: 'reported',
      ...(claimant && { actor: claimant }),
      source: seen.source ?? checker.source,
    });
  }
  events.push({
    date,
    type: 'rated',
    actor: checker.actor,
    source: checker.source,
    rating,
    ...(note && { note }),
  });

  const key = `${url ?? checker.source.outlet}\n${text}`;
  return {
    id: await claimId(key, urlSlugHint(url) ?? text),
    text,
    language: language ?? options.language ?? 'und',
    paraphrases: [],
    anchors: [],
    tags: [],
    events,
  };
}

export async function importClaimReview(input: Json, options: ImportOptions): Promise<ImportResult> {
  const report = new Report();
  const drafts: { claim: Claim; at: string }[] = [];
  for (const { node, path } of findReviews(input, report)) {
    const claim = await claimFromReview(node, path, options, report);
    if (claim) drafts.push({ claim, at: jsonPath(path) });
  }
  return finish(drafts, options, report);
}
