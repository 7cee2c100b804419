/** Outlets across the loaded datasets: who published a page, an outlet's record, where a claim came from. */
export {
  buildOutletDirectory,
  findOutlets,
  nameKey,
  outletForUrl,
  outletNamed,
  outletOfActor,
  outletOfSource,
  type DirectoryOutlet,
  type OutletDirectory,
  type OutletRef,
} from './directory';
export {
  HANDLE_PATTERN,
  handleFromUrl,
  handleKey,
  isSocialPlatform,
  registrableDomain,
  SOCIAL_PLATFORMS,
  TELEGRAM_DOMAINS,
} from './domains';
export { outletRecord, outletRecords, type FollowUp, type OutletClaim, type OutletRecord } from './record';
export { claimOrigin, type OriginRole, type OriginStep } from './origin';
export { followUpDate } from './follow-up';
