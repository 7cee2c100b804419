/**
 * Where a claim came from: who first reported it and who followed, in date order, each with the
 * kind of outlet it is — for the card and the timeline ("first posted by a Telegram channel, then
 * carried by Euro Weekly News"). Only `reported` events tell it; fact-checkers' accounts of where
 * a claim was made are not reports (see attribution.ts).
 */
import type { Claim, IsoDate } from '../model';
import { chronological } from '../status';
import { eventOutlets, ratingAccounts } from './attribution';
import { nameKey, refOf, type OutletDirectory, type OutletRef } from './directory';

/**
 * How a party came into the claim's history: it made the claim (the event's actor), published the
 * report (the event's source), or cited another outlet's report (the event's `via`).
 */
export type OriginRole = 'made' | 'reported' | 'cited';

export interface OriginStep {
  /** The date of the first report it took part in. */
  date: IsoDate;
  role: OriginRole;
  /** The outlet's name, or the actor's or source's own words when no outlet of the datasets is it ("Kazakh media"). */
  name: string;
  /** The outlet, when the datasets know it (with its kind: news, telegram, agency…). */
  outlet: OutletRef | null;
}

/**
 * The claim's origin chain: each party once, at its first report, in date order (within one report:
 * who made it, who published it, who cited it). The first step is the first reporter known.
 */
export function claimOrigin(dir: OutletDirectory, datasetId: string, claim: Claim): OriginStep[] {
  const ordered = { ...claim, events: chronological(claim.events) };
  const isRatingAccount = ratingAccounts(ordered);
  const steps: OriginStep[] = [];
  const seen = new Set<string>();
  const add = (date: IsoDate, role: OriginRole, name: string, outlet: OutletRef | null) => {
    const key = outlet ? `outlet\n${outlet.key}` : `name\n${nameKey(name)}`;
    if (seen.has(key)) return;
    seen.add(key);
    steps.push({ date, role, name: outlet?.name ?? name, outlet });
  };
  for (const e of eventOutlets(dir, datasetId, ordered)) {
    const { event } = e;
    if (event.type !== 'reported') continue;
    if (event.actor) add(event.date, 'made', event.actor.name, e.actor ? refOf(e.actor) : null);
    // A fact-checker's account of where the claim was made has its source left out: it reported nothing.
    if (!isRatingAccount(event))
      add(event.date, 'reported', event.source.outlet, e.source ? refOf(e.source) : null);
    if (event.source.via !== undefined)
      add(event.date, 'cited', event.source.via, e.via ? refOf(e.via) : null);
  }
  return steps;
}
