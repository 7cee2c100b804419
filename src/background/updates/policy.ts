/**
 * Every number the update machinery runs on, with the reason for it. The dataset's own limits
 * (bytes, claims, depth) live in src/dataset/limits.ts; these are about time and the network.
 */
import { LIMITS } from '../../dataset/limits';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The reader's default: "a claim denied today shows as denied tomorrow". */
export const DEFAULT_CHECK_INTERVAL_MINUTES = 24 * 60;
/**
 * Never check more often than hourly: fact-check datasets change a few times a day at most, and
 * every check wakes the reader's browser and costs the publisher a request.
 */
export const MIN_CHECK_INTERVAL_MINUTES = 60;
/** The longest interval the options page offers: a week-old dataset is still useful, older is not. */
export const MAX_CHECK_INTERVAL_MINUTES = 7 * 24 * 60;
/** The intervals the options page offers (minutes). */
export const CHECK_INTERVAL_CHOICES = [60, 6 * 60, 12 * 60, 24 * 60, 7 * 24 * 60] as const;

/**
 * A server's Cache-Control max-age / Expires may postpone a check past the reader's interval, but
 * never by more than a day: a publisher that sends "max-age=31536000" by mistake must not stop
 * updates for a year. (The interval itself is never shortened by a server.)
 */
export const MAX_SERVER_FRESHNESS_MS = DAY;

/** No response headers this long after the request was sent: the server is not answering. */
export const HEADERS_TIMEOUT_MS = 20 * SECOND;
/** No body bytes for this long while downloading: the connection is stalled. */
export const STALL_TIMEOUT_MS = 15 * SECOND;
/**
 * After this grace period a download must average at least MIN_BYTES_PER_SECOND, or it is cut. A
 * server that trickles a byte every few seconds never trips the stall timeout; this catches it in
 * 20 s, while a 10 MB dataset on a 1 Mbit/s line (about 120 KB/s) passes easily.
 */
export const RATE_GRACE_MS = 20 * SECOND;
export const MIN_BYTES_PER_SECOND = 8 * 1024;
/**
 * The longest any one download may take, whatever its rate: 128 MiB (the size cap) at 1 MB/s is
 * about two minutes; ten is plenty, and the worker is not kept busy forever.
 */
export const DOWNLOAD_DEADLINE_MS = 10 * MINUTE;

/** The largest dataset downloaded: the dataset layer's file limit, checked while streaming. */
export const MAX_DATASET_BYTES = LIMITS.fileBytes;
/** A detached signature file is about 200 bytes; anything bigger is not one (sign.ts reads ≤ 4 KiB). */
export const MAX_SIGNATURE_BYTES = 4096;

/**
 * Attempts within one check for transient failures (network error, timeout before any body, 5xx,
 * 429): one try and two retries. More belongs to the schedule (FAILURE_BACKOFF_*), not to one run
 * that keeps the worker awake.
 */
export const ATTEMPTS_PER_CHECK = 3;
/** Backoff between those attempts: base × 2^n with full jitter, capped. Short, so the worker stays alive. */
export const RETRY_BASE_MS = 1 * SECOND;
export const RETRY_CAP_MS = 8 * SECOND;

/**
 * After a failed check, the next one comes sooner than the interval, backing off: 5 min, 10, 20…
 * (with jitter, so many readers do not retry a struggling server in step), never later than the
 * reader's interval.
 */
export const FAILURE_BACKOFF_BASE_MS = 5 * MINUTE;
/** A 429/503 Retry-After is honoured up to this; a server cannot push a retry past a day. */
export const MAX_RETRY_AFTER_MS = DAY;

/**
 * While a check runs, the schedule already points this far ahead: if the browser stops the worker
 * mid-update, the alarm wakes it to retry. Alarms fire at most every 30 s in Chrome.
 */
export const INTERRUPTED_RETRY_MS = 2 * MINUTE;
/** Chrome does not fire an alarm sooner than 30 s after it is set. */
export const MIN_ALARM_DELAY_MS = 30 * SECOND;

/** Progress messages to the options page at most this often: enough for a smooth bar. */
export const PROGRESS_INTERVAL_MS = 250;

/** "What changed" keeps at most this many claims per kind of change; the counts stay exact. */
export const MAX_CHANGE_ITEMS = 200;

export const TIME = { SECOND, MINUTE, HOUR, DAY } as const;

/**
 * The mass-change hold: an update is not installed, but shown to the reader first, when it changes
 * the status of more than MASS_STATUS_SHARE of the claims in use, or removes more than
 * MASS_REMOVAL_SHARE of them, and in either case at least MASS_CHANGE_MIN_CLAIMS claims. A desk's
 * ordinary update settles a handful of claims; a fifth of all verdicts turning at once, or a fifth
 * of the claims vanishing, is what a publisher's broken export or a taken-over address looks like,
 * and is rare enough in honest publishing that asking costs the reader little. The minimum count
 * keeps small datasets out of it: one denial in a 3-claim file is a third of it, and is news, not
 * an attack. The shares are of the claims in the version in use ("more than": exactly a fifth passes).
 */
export const MASS_STATUS_SHARE = 0.2;
export const MASS_REMOVAL_SHARE = 0.2;
export const MASS_CHANGE_MIN_CLAIMS = 10;

/**
 * A source that has not had a successful check for this long is shown as stale, in the options
 * page and the popup: with the default daily checks that is two weeks of failures (the backoff
 * retries sooner, so many more attempts), long past a server's bad day or a reader's week offline,
 * and short enough that a reader does not rely for a month on data that stopped coming. The longest
 * interval on offer is a week, so a weekly reader sees it after two missed checks, not one.
 */
export const STALE_AFTER_MS = 14 * DAY;
