/**
 * The outlets an import meets: the fact-checker of each review, and who made or published each
 * claim (ClaimReview's itemReviewed.author and the pages of its appearance/firstAppearance). One
 * outlet per registrable domain or handle across the whole import, so every review by one
 * fact-checker, and every claim seen on one site, names the same outlet.
 */
import {
  handleFromUrl,
  handleKey,
  isSocialPlatform,
  nameKey,
  registrableDomain,
  TELEGRAM_DOMAINS,
  type Outlet,
  type OutletKind,
} from '../../engine/index';
import { LIMITS } from '../limits';
import { domainProblem } from '../outlets';
import { removeRefused } from '../text-rule';
import { isAcceptedUrl } from '../urls';

export interface OutletDraft {
  name: string;
  kind: OutletKind;
  /** Addresses of the outlet or of a page of it: each gives a domain, or a handle on a social platform. */
  urls: string[];
}

/** The readable part of a generated outlet id; the id stays within the format's limit with a suffix. */
const MAX_SLUG = 48;

function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return s || 'outlet';
}

/** Where a page or a site address points: an account's handle on a social platform, or a site's domain. */
export function identify(url: string): { handle?: string; platform?: string; domain?: string } {
  const social = handleFromUrl(url);
  if (social) return { handle: social.handle, platform: social.platform };
  const domain = registrableDomain(url);
  if (domain === undefined || isSocialPlatform(domain) || domainProblem(domain) !== undefined) return {};
  return { domain };
}

/** The kind of an account on a platform: a Telegram channel, or an account on another network. */
export const socialKind = (platform: string): OutletKind =>
  TELEGRAM_DOMAINS.has(platform) ? 'telegram' : 'social';

export class OutletRegistry {
  private readonly outlets: Outlet[] = [];
  private readonly byDomain = new Map<string, Outlet>();
  private readonly byHandle = new Map<string, Outlet>();
  private readonly byName = new Map<string, Outlet>();
  private readonly ids = new Set<string>();

  /**
   * The id of the outlet the draft describes: one already met with any of its domains or handles
   * (or, having neither, its name), given what it adds; else a new outlet.
   */
  add(input: OutletDraft): string {
    // Names come from the same untrusted fields as the claims: the characters the format refuses
    // in text go here too (the claims' removals are reported by finish()), or the whole import fails.
    const draft = { ...input, name: removeRefused(input.name).text.trim() || input.name };
    const domains: string[] = [];
    const handles: string[] = [];
    for (const url of draft.urls) {
      if (!isAcceptedUrl(url)) continue;
      const { domain, handle } = identify(url);
      if (domain && !domains.includes(domain)) domains.push(domain);
      if (handle && !handles.some((h) => handleKey(h) === handleKey(handle))) handles.push(handle);
    }
    const found =
      domains.map((d) => this.byDomain.get(d)).find(Boolean) ??
      handles.map((h) => this.byHandle.get(handleKey(h))).find(Boolean) ??
      (domains.length + handles.length === 0 ? this.byName.get(nameKey(draft.name)) : undefined);
    const outlet = found ?? this.create(draft, domains[0] ?? handles[0]?.slice(1) ?? draft.name);
    if (outlet.kind === 'other' && draft.kind !== 'other') outlet.kind = draft.kind;
    // A domain or handle another outlet already has stays that outlet's: one outlet each, as the format requires.
    for (const d of domains)
      if (!this.byDomain.has(d) && outlet.domains.length < LIMITS.domains) {
        outlet.domains.push(d);
        this.byDomain.set(d, outlet);
      }
    for (const h of handles)
      if (!this.byHandle.has(handleKey(h)) && outlet.handles.length < LIMITS.handles) {
        outlet.handles.push(h);
        this.byHandle.set(handleKey(h), outlet);
      }
    if (!this.byName.has(nameKey(draft.name))) this.byName.set(nameKey(draft.name), outlet);
    return outlet.id;
  }

  private create(draft: OutletDraft, hint: string): Outlet {
    const base = slug(hint);
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    const outlet: Outlet = { id, name: draft.name, kind: draft.kind, domains: [], handles: [], aliases: [] };
    this.outlets.push(outlet);
    return outlet;
  }

  /** The outlet already met under this name (a claimant the API names in words), if any. */
  named(name: string): string | undefined {
    return this.byName.get(nameKey(name))?.id;
  }

  list(): Outlet[] {
    return this.outlets;
  }
}
