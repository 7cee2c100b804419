/**
 * schema.org ClaimReview (JSON-LD) → dataset. Accepts one ClaimReview, an array, an @graph, and
 * the DataCommons feed shape (dataFeedElement[].item[]). Each review becomes one claim with a
 * "rated" event by the fact-checker, and a "reported" event for each dated page the claim appeared
 * on (firstAppearance, appearance), or one citing the review when it dates the claim but names no
 * page. The fact-checker, the claim's author when it is an organisation or an account, and the
 * sites and accounts of the appearances become the dataset's outlets.
 */
import type { Actor, Claim, ClaimEvent, Source } from '../../engine/index';
import { jsonPath } from '../errors';
import { LIMITS } from '../limits';
import { isAcceptedUrl } from '../urls';
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
import { OutletRegistry, identify, socialKind } from './outlets';
import { normaliseRating } from './ratings';

type Path = (string | number)[];

/** "ClaimReview", "schema:ClaimReview", "https://schema.org/ClaimReview" or an array holding one. */
function hasType(node: Record<string, Json>, type: string): boolean {
  return asList(node['@type']).some(
    (t) => typeof t === 'string' && (t === type || t.endsWith(`:${type}`) || t.endsWith(`/${type}`)),
  );
}

/**
 * Every ClaimReview node with its path, in input order, found as the import goes (the caller stops
 * at the claim limit without walking the rest); other nodes are reported as skipped. Nesting past
 * LIMITS.importDepth is not walked: a feed nests about 10 deep.
 */
function* findReviews(root: Json, report: Report): Generator<{ node: Record<string, Json>; path: Path }> {
  function* visit(x: Json, path: Path): Generator<{ node: Record<string, Json>; path: Path }> {
    if (path.length > LIMITS.importDepth)
      return report.skip(jsonPath(path), `nested deeper than ${LIMITS.importDepth} levels`);
    if (Array.isArray(x)) {
      for (const [i, item] of x.entries()) yield* visit(item, [...path, i]);
      return;
    }
    if (!isObject(x)) return report.skip(jsonPath(path), 'not a JSON-LD object');
    if (hasType(x, 'ClaimReview')) return yield { node: x, path };
    if (Array.isArray(x['@graph'])) return yield* visit(x['@graph'], [...path, '@graph']);
    if (x.dataFeedElement !== undefined) {
      for (const [i, el] of asList(x.dataFeedElement).entries()) {
        const at = [...path, 'dataFeedElement', i];
        if (isObject(el) && el.item !== undefined)
          yield* visit(Array.isArray(el.item) ? el.item : [el.item], [...at, 'item']);
        else report.skip(jsonPath(at), 'a feed element without "item"');
      }
      return;
    }
    report.skip(jsonPath(path), `not a ClaimReview (@type ${quoted(x['@type'])})`);
  }
  yield* visit(root, []);
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

/** The fact-checker as the rating's actor and source, and as an outlet (its site: its own address, else the review's). */
function factChecker(
  review: Record<string, Json>,
  url: string | undefined,
  language: string | undefined,
  at: string,
  report: Report,
  outlets: OutletRegistry,
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
  const orgNode = authorIsPerson
    ? (firstNamed(review.publisher) ?? firstNamed(author.worksFor))
    : (author ?? firstNamed(review.publisher));
  const outletId = outlets.add({
    name: org,
    kind: 'fact-checker',
    urls: [...addresses(orgNode), ...(url ? [url] : [])],
  });
  const actor: Actor = authorIsPerson
    ? {
        name: clip(nameOf(author), LIMITS.shortText, `${at}.author.name`, report)!,
        role: 'fact-checker',
        organisation: org,
      }
    : { name: org, role: 'fact-checker', outletId };
  const source: Source = { outlet: org, ...(url && { url }), ...(language && { language }), outletId };
  return { actor, source };
}

/** A node's own addresses: its url and sameAs (a site, or its accounts on social platforms). */
function addresses(node: Json): string[] {
  if (!isObject(node)) return [];
  return [...asList(node.url), ...asList(node.sameAs)].filter((u): u is string => typeof u === 'string');
}

/** schema.org types that name what kind of outlet an organisation is. */
const KIND_OF_TYPE: [string, 'news' | 'broadcaster' | 'official' | 'fact-checker'][] = [
  ['NewsMediaOrganization', 'news'],
  ['TelevisionStation', 'broadcaster'],
  ['RadioStation', 'broadcaster'],
  ['BroadcastService', 'broadcaster'],
  ['GovernmentOrganization', 'official'],
];
const ORGANISATION_TYPES = [
  'Organization',
  'Corporation',
  'NGO',
  'PoliticalParty',
  ...KIND_OF_TYPE.map(([t]) => t),
];

function kindOf(node: Record<string, Json>): 'news' | 'broadcaster' | 'official' | 'fact-checker' | 'other' {
  return KIND_OF_TYPE.find(([type]) => hasType(node, type))?.[1] ?? 'other';
}

/**
 * Who made the claim, as an outlet: an organisation (its site and accounts), or a person's account
 * on a social platform (their url or sameAs there). A person without one is only the event's actor.
 */
function claimantOutlet(
  item: Record<string, Json>,
  name: string,
  outlets: OutletRegistry,
): string | undefined {
  const who = firstNamed(item.author);
  if (!isObject(who)) return undefined;
  const urls = addresses(who).filter((u) => isAcceptedUrl(u));
  const account = urls.map((u) => ({ u, id: identify(u) })).find((x) => x.id.handle !== undefined);
  if (ORGANISATION_TYPES.some((t) => hasType(who, t))) {
    // An organisation known only by its account (a Telegram channel) is that kind of outlet.
    const kind = kindOf(who) === 'other' && account ? socialKind(account.id.platform!) : kindOf(who);
    return outlets.add({ name, kind, urls });
  }
  return account
    ? outlets.add({ name, kind: socialKind(account.id.platform!), urls: [account.u] })
    : undefined;
}

/** Appearances read per review, at most: a claim seen on more pages is told by its first ones. */
const MAX_APPEARANCES = 20;

/**
 * Every page the claim was seen on (firstAppearance, then each appearance), once each, with its
 * outlet (the page's publisher, else its author, else its site or account) and its own date.
 */
function appearances(
  item: Record<string, Json>,
  at: string,
  report: Report,
  outlets: OutletRegistry,
): { source: Source; date?: string; at: string }[] {
  const candidates: [Json, string][] = [
    [item.firstAppearance, 'firstAppearance'],
    ...asList(item.appearance).map((a, i): [Json, string] => [
      a,
      Array.isArray(item.appearance) ? `appearance[${i}]` : 'appearance',
    ]),
  ];
  const found: { source: Source; date?: string; at: string }[] = [];
  const seen = new Set<string>();
  for (const [a, key] of candidates) {
    const o = isObject(a) ? a : typeof a === 'string' ? { url: a } : undefined;
    if (!o) continue;
    const url = acceptedUrl(o.url, `${at}.${key}.url`, report);
    const publisher = firstNamed(o.publisher) ?? firstNamed(o.author);
    const id = url === undefined ? undefined : identify(url);
    // A post names its account ("@yellow_folder"), not the platform it is on.
    const outlet = clip(
      nameOf(publisher) ?? id?.handle ?? hostname(url),
      LIMITS.shortText,
      `${at}.${key}`,
      report,
    );
    if (!outlet || (url !== undefined && seen.has(url))) continue;
    if (found.length === MAX_APPEARANCES) {
      report.skip(`${at}.${key}`, `an appearance past the first ${MAX_APPEARANCES} left out`);
      continue;
    }
    if (url !== undefined) seen.add(url);
    const kind =
      id?.platform !== undefined
        ? socialKind(id.platform)
        : isObject(publisher)
          ? kindOf(publisher)
          : hasType(o, 'NewsArticle') ||
              asList(o['@type']).some((t) => typeof t === 'string' && t.endsWith('NewsArticle'))
            ? 'news'
            : 'other';
    const outletId =
      url === undefined && !isObject(publisher)
        ? undefined
        : outlets.add({ name: outlet, kind, urls: [...(url ? [url] : []), ...addresses(publisher)] });
    found.push({
      source: { outlet, ...(url && { url }), ...(outletId && { outletId }) },
      date: readLooseDate(o.datePublished),
      at: `${at}.${key}`,
    });
  }
  return found;
}

async function claimFromReview(
  review: Record<string, Json>,
  path: Path,
  options: ImportOptions,
  report: Report,
  outlets: OutletRegistry,
): Promise<Claim | undefined> {
  const at = jsonPath(path);
  const text = clip(str(review.claimReviewed), LIMITS.text, `${at}.claimReviewed`, report);
  if (!text) return void report.skip(at, 'no claimReviewed: the review does not say which claim it rates');
  const date = readLooseDate(review.datePublished);
  if (!date)
    return void report.skip(
      at,
      `no readable datePublished (${quoted(review.datePublished)}): a rating needs a date`,
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
  const checker = factChecker(review, url, language, at, report, outlets);
  if (!checker) return void report.skip(at, 'no author or publisher to name the fact-checker');
  const note = clip(str(review.headline) ?? str(review.name), LIMITS.text, `${at}.name`, report);
  const events: ClaimEvent[] = [];

  const item = isObject(review.itemReviewed) ? review.itemReviewed : {};
  const itemDate = readLooseDate(item.datePublished);
  const madeBy = person(item.author, `${at}.itemReviewed.author`, report);
  // The claimant first: an outlet it shares with its pages (its channel) takes its name, not a page's.
  const claimantId = madeBy && claimantOutlet(item, madeBy.name, outlets);
  const seen = appearances(item, `${at}.itemReviewed`, report, outlets);
  const claimant = madeBy && { ...madeBy, ...(claimantId && { outletId: claimantId }) };
  const reported = (date: string, source: Source): ClaimEvent => ({
    date,
    type: 'reported',
    ...(claimant && { actor: claimant }),
    source,
  });
  for (const page of seen) {
    const date = page.date ?? itemDate;
    if (date) events.push(reported(date, page.source));
    else
      report.skip(
        page.at,
        "an appearance without a date (neither its own nor the claim's): no report made of it",
      );
  }
  // A review that dates the claim but names no page it appeared on cites itself for where it was made.
  if (seen.length === 0 && itemDate) events.push(reported(itemDate, checker.source));
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
  const report = new Report(options.keptSkips);
  const outlets = new OutletRegistry();
  const drafts: { claim: Claim; at: string }[] = [];
  const ids = new Set<string>();
  for (const { node, path } of findReviews(input, report)) {
    const claim = await claimFromReview(node, path, options, report, outlets);
    if (!claim) continue;
    drafts.push({ claim, at: jsonPath(path) });
    ids.add(claim.id);
    checkClaimCount(ids);
  }
  return finish(drafts, options, report, outlets.list());
}
