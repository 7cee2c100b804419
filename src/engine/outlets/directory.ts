/**
 * The outlets of every enabled dataset as one directory: outlets merged across datasets by id and
 * by domain, and looked up by a page's address, by a source or actor of an event, or by what a
 * person types (a host, a handle, a name). Pure: the popup's background and the CLI build it from
 * the datasets they have loaded.
 */
import type { Actor, Dataset, OutletKind, Source } from '../model';
import { handleFromUrl, handleKey, registrableDomain } from './domains';

/** One outlet, as every dataset that lists it tells it. */
export interface DirectoryOutlet {
  /** The id the first dataset listing it gives it: stable while the datasets and their order are. */
  key: string;
  name: string;
  kind: OutletKind;
  domains: string[];
  handles: string[];
  aliases: string[];
  url?: string;
  country?: string;
  language?: string;
  /** Each dataset's id for it. */
  members: { datasetId: string; outletId: string }[];
}

export interface OutletDirectory {
  outlets: DirectoryOutlet[];
  byMember: ReadonlyMap<string, DirectoryOutlet>;
  byDomain: ReadonlyMap<string, DirectoryOutlet>;
  /** null: two outlets claim the handle, so it names neither. */
  byHandle: ReadonlyMap<string, DirectoryOutlet | null>;
  /** Names, aliases, domains and handles as a dataset writes them in `source.outlet`; null when ambiguous. */
  byName: ReadonlyMap<string, DirectoryOutlet | null>;
}

const memberKey = (datasetId: string, outletId: string) => `${datasetId}\n${outletId}`;

/** A name as written in different files compares equal: Unicode-normalised, case and runs of spaces ignored. */
export const nameKey = (name: string): string =>
  name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();

/** Adds `key → outlet`, marking the key ambiguous (null) when another outlet already holds it. */
function claim<K>(map: Map<K, DirectoryOutlet | null>, key: K, outlet: DirectoryOutlet): void {
  const held = map.get(key);
  if (held === undefined) map.set(key, outlet);
  else if (held !== outlet) map.set(key, null);
}

const pushNew = (list: string[], items: readonly string[]) => {
  for (const x of items) if (!list.includes(x)) list.push(x);
};

/** Builds the directory of the datasets' outlets, in the datasets' order (the first one names a merged outlet). */
export function buildOutletDirectory(datasets: readonly Dataset[]): OutletDirectory {
  // Union-find over (dataset, outlet): the same id, or a shared domain, is one outlet.
  const entries = datasets.flatMap((d) => (d.outlets ?? []).map((outlet) => ({ datasetId: d.id, outlet })));
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    // The earlier entry stays the root, so the first dataset names the merged outlet.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const firstWithId = new Map<string, number>();
  const firstWithDomain = new Map<string, number>();
  entries.forEach(({ outlet }, i) => {
    const sameId = firstWithId.get(outlet.id);
    if (sameId === undefined) firstWithId.set(outlet.id, i);
    else union(sameId, i);
    for (const domain of outlet.domains) {
      const sameDomain = firstWithDomain.get(domain);
      if (sameDomain === undefined) firstWithDomain.set(domain, i);
      else union(sameDomain, i);
    }
  });

  const byRoot = new Map<number, DirectoryOutlet>();
  const byMember = new Map<string, DirectoryOutlet>();
  entries.forEach(({ datasetId, outlet }, i) => {
    const root = find(i);
    let merged = byRoot.get(root);
    if (!merged) {
      merged = {
        key: outlet.id,
        name: outlet.name,
        kind: outlet.kind,
        domains: [],
        handles: [],
        aliases: [],
        ...(outlet.url !== undefined && { url: outlet.url }),
        ...(outlet.country !== undefined && { country: outlet.country }),
        ...(outlet.language !== undefined && { language: outlet.language }),
        members: [],
      };
      byRoot.set(root, merged);
    }
    pushNew(merged.domains, outlet.domains);
    pushNew(merged.handles, outlet.handles);
    pushNew(merged.aliases, outlet.name === merged.name ? outlet.aliases : [outlet.name, ...outlet.aliases]);
    merged.members.push({ datasetId, outletId: outlet.id });
    byMember.set(memberKey(datasetId, outlet.id), merged);
  });

  const outlets = [...byRoot.values()];
  const byDomain = new Map<string, DirectoryOutlet>();
  const byHandle = new Map<string, DirectoryOutlet | null>();
  const byName = new Map<string, DirectoryOutlet | null>();
  for (const o of outlets) {
    for (const d of o.domains) byDomain.set(d, o);
    for (const h of o.handles) claim(byHandle, handleKey(h), o);
    for (const n of [o.name, ...o.aliases, ...o.domains, ...o.handles]) claim(byName, nameKey(n), o);
  }
  return { outlets, byMember, byDomain, byHandle, byName };
}

/**
 * The outlet that published the page at `url`: by the page's registrable domain, then, on a social
 * platform, by the account's handle in the address (t.me/yellow_folder → "@yellow_folder").
 */
export function outletForUrl(dir: OutletDirectory, url: string): DirectoryOutlet | undefined {
  const domain = registrableDomain(url);
  const byDomain = domain === undefined ? undefined : dir.byDomain.get(domain);
  if (byDomain) return byDomain;
  const social = handleFromUrl(url);
  return (social && dir.byHandle.get(handleKey(social.handle))) ?? undefined;
}

/** The outlet a name (an event's `source.outlet`, `via` or actor) stands for, unless two outlets claim it. */
export const outletNamed = (dir: OutletDirectory, name: string): DirectoryOutlet | undefined =>
  dir.byName.get(nameKey(name)) ?? undefined;

/** The outlet an event's source is: its outletId, else its URL's domain or handle, else its name. */
export function outletOfSource(
  dir: OutletDirectory,
  datasetId: string,
  source: Source,
): DirectoryOutlet | undefined {
  if (source.outletId !== undefined) return dir.byMember.get(memberKey(datasetId, source.outletId));
  return (source.url && outletForUrl(dir, source.url)) || outletNamed(dir, source.outlet);
}

/** The outlet an event's actor is (a channel whose post was carried): its outletId, else its name or handle. */
export function outletOfActor(
  dir: OutletDirectory,
  datasetId: string,
  actor: Actor | undefined,
): DirectoryOutlet | undefined {
  if (!actor) return undefined;
  if (actor.outletId !== undefined) return dir.byMember.get(memberKey(datasetId, actor.outletId));
  return outletNamed(dir, actor.name);
}

/** What the `outlets` command and a search box are given: a URL or host, a handle, or a name. */
export function findOutlets(dir: OutletDirectory, query: string): DirectoryOutlet[] {
  const q = query.trim();
  if (q === '') return [];
  if (q.startsWith('@')) {
    const o = dir.byHandle.get(handleKey(q));
    return o ? [o] : [];
  }
  const exact = outletNamed(dir, q);
  if (exact) return [exact];
  if (/^[^\s@]+\.[^\s@]+$/.test(q) || q.includes('://')) {
    const o = outletForUrl(dir, q.includes('://') ? q : `https://${q}`);
    if (o) return [o];
  }
  // A part of a name ("weekly" for Euro Weekly News): every outlet whose name or alias holds it.
  const part = nameKey(q);
  return dir.outlets.filter((o) => [o.name, ...o.aliases].some((n) => nameKey(n).includes(part)));
}

/** An outlet in a claim's history: who it is and when it came in. */
export interface OutletRef {
  key: string;
  name: string;
  kind: OutletKind;
}

export const refOf = (o: DirectoryOutlet): OutletRef => ({ key: o.key, name: o.name, kind: o.kind });
