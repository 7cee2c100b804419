/**
 * Which outlets an event speaks for, the one reading shared by an outlet's record and a claim's
 * origin: the outlet it was read in (its source), the outlet that is its actor (a channel whose
 * post another outlet carried), and the outlet that cited it (`via`).
 */
import type { Claim, ClaimEvent } from '../model';
import {
  nameKey,
  outletNamed,
  outletOfActor,
  outletOfSource,
  type DirectoryOutlet,
  type OutletDirectory,
} from './directory';

export interface EventOutlets {
  event: ClaimEvent;
  /** The event's source, unless it is a fact-checker's account of a claim it rated (see below). */
  source?: DirectoryOutlet;
  actor?: DirectoryOutlet;
  via?: DirectoryOutlet;
}

const sourceKey = (e: ClaimEvent) => `${nameKey(e.source.outlet)}\n${e.source.url ?? ''}`;

/** The claim's `reported` events that cite the very source of one of its `rated` events (see eventOutlets). */
export function ratingAccounts(claim: Claim): (event: ClaimEvent) => boolean {
  const ratingSources = new Set(claim.events.filter((e) => e.type === 'rated').map(sourceKey));
  return (event) => event.type === 'reported' && ratingSources.has(sourceKey(event));
}

/**
 * The outlets of each of a claim's events, in the claim's order. A `reported` event citing the very
 * source of one of the claim's `rated` events is the fact-checker telling where the claim was made
 * (an imported fact-check has no other source for it): that is not a report by the fact-checker,
 * so its source is left out, and only its actor (who made the claim) speaks for it.
 */
export function eventOutlets(dir: OutletDirectory, datasetId: string, claim: Claim): EventOutlets[] {
  const isRatingAccount = ratingAccounts(claim);
  return claim.events.map((event) => {
    const source = isRatingAccount(event) ? undefined : outletOfSource(dir, datasetId, event.source);
    const actor = outletOfActor(dir, datasetId, event.actor);
    const via = event.source.via === undefined ? undefined : outletNamed(dir, event.source.via);
    return { event, ...(source && { source }), ...(actor && { actor }), ...(via && { via }) };
  });
}

/** The event is the outlet's own: it published it (source) or is who did it (actor); citing it (via) is not. */
export const isBy = (e: EventOutlets, o: DirectoryOutlet): boolean => e.source === o || e.actor === o;

/** The outlet published the event, its own or cited from another outlet. */
export const isCarriedBy = (e: EventOutlets, o: DirectoryOutlet): boolean => isBy(e, o) || e.via === o;
