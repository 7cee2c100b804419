/**
 * Plain JSONL claims, one {"id", "claim", …} per line, the format of the claim-matching evaluation
 * collections. A line becomes a claim with a "rated" event when it has a verdict and a "reported"
 * event when it names a speaker (or has no verdict); both on the line's date, citing its URL.
 */
import type { Claim, ClaimEvent, Source, Text } from '../../engine/index';
import { DatasetError } from '../errors';
import { LIMITS } from '../limits';
import { parseJson } from '../parse';
import { ID_PATTERN } from '../shapes';
import {
  Report,
  acceptedUrl,
  claimId,
  clip,
  finish,
  hostname,
  isObject,
  languageTag,
  str,
  type ImportOptions,
  type ImportResult,
  type Json,
} from './common';
import { readLooseDate } from './dates';
import { normaliseRating } from './ratings';

export interface JsonlOptions extends ImportOptions {
  /** The outlet to cite for lines without a URL (e.g. "Snopes" for a collection of Snopes checks). */
  outlet?: string;
}

const KNOWN = new Set([
  'id',
  'claim',
  'title',
  'url',
  'date',
  'reviewDate',
  'verdict',
  'speaker',
  'language',
  'tags',
  'paraphrases',
  'outlet',
]);

async function idFor(raw: Json): Promise<string | undefined> {
  const id = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : str(raw);
  if (!id) return undefined;
  return ID_PATTERN.test(id) && id.length <= LIMITS.id ? id : claimId(`jsonl\n${id}`, id);
}

function paraphrasesOf(x: Json, language: string, at: string, report: Report): Text[] {
  if (!Array.isArray(x)) return [];
  const out: Text[] = [];
  for (const p of x.slice(0, LIMITS.paraphrases)) {
    const text = clip(str(isObject(p) ? p.text : p), LIMITS.text, `${at}: paraphrases`, report);
    if (text) out.push({ text, language: (isObject(p) && languageTag(p.language)) || language });
  }
  return out;
}

async function claimFromLine(
  o: Record<string, Json>,
  at: string,
  options: JsonlOptions,
  report: Report,
): Promise<Claim | undefined> {
  const id = await idFor(o.id);
  if (!id) return void report.skip(at, 'no "id"');
  const text = clip(str(o.claim), LIMITS.text, `${at}: claim`, report);
  if (!text) return void report.skip(at, 'no "claim" text');
  const date = readLooseDate(o.reviewDate) ?? readLooseDate(o.date);
  if (!date)
    return void report.skip(
      at,
      `no date the importer can read in "date" (${JSON.stringify(o.date ?? null)})`,
    );
  const url = acceptedUrl(o.url, `${at}: url`, report);
  const outlet = clip(
    str(o.outlet) ?? options.outlet ?? hostname(url),
    LIMITS.shortText,
    `${at}: outlet`,
    report,
  );
  if (!outlet)
    return void report.skip(at, 'no source: the line has no "url" and no outlet was given (--outlet)');
  const language = languageTag(o.language) ?? options.language ?? 'und';
  const source: Source = { outlet, ...(url && { url }) };
  const note = clip(str(o.title), LIMITS.text, `${at}: title`, report);
  const speaker = clip(str(o.speaker), LIMITS.shortText, `${at}: speaker`, report);
  const verdict = clip(str(o.verdict), LIMITS.shortText, `${at}: verdict`, report);
  const rating = normaliseRating(verdict);

  const events: ClaimEvent[] = [];
  if (speaker || !rating) {
    events.push({
      date,
      type: 'reported',
      ...(speaker && { actor: { name: speaker } }),
      source,
      ...(!rating && note && { note }),
    });
  }
  if (rating)
    events.push({
      date,
      type: 'rated',
      actor: { name: outlet, role: 'fact-checker' },
      source,
      rating,
      ...(note && { note }),
    });
  const tags = Array.isArray(o.tags)
    ? o.tags.map((t) => str(t)).filter((t): t is string => t !== undefined && t.length <= LIMITS.tag)
    : [];
  return {
    id,
    text,
    language,
    paraphrases: paraphrasesOf(o.paraphrases, language, at, report),
    anchors: [],
    tags: [...new Set(tags)].slice(0, LIMITS.tags),
    events,
  };
}

export async function importJsonl(bytes: Uint8Array, options: JsonlOptions): Promise<ImportResult> {
  const report = new Report(options.keptSkips);
  const drafts: { claim: Claim; at: string }[] = [];
  const unknownFields = new Map<string, number>();
  let start = 0;
  for (let line = 1; start < bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const raw = bytes.subarray(start, end);
    start = end + 1;
    const at = `line ${line}`;
    if (raw.every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) continue;
    let value: Json;
    try {
      value = parseJson(raw, { maxBytes: LIMITS.importLine, maxDepth: 8 });
    } catch (e) {
      if (!(e instanceof DatasetError)) throw e;
      report.skip(e.path === '$' ? at : `${at}: ${e.path}`, e.problem);
      continue;
    }
    if (!isObject(value)) {
      report.skip(at, 'not a JSON object');
      continue;
    }
    for (const k of Object.keys(value))
      if (!KNOWN.has(k)) unknownFields.set(k, (unknownFields.get(k) ?? 0) + 1);
    const claim = await claimFromLine(value, at, options, report);
    if (claim) drafts.push({ claim, at });
  }
  for (const [field, lines] of unknownFields)
    report.skip(
      `field "${field}"`,
      `not a field the importer reads (on ${lines} line${lines === 1 ? '' : 's'})`,
    );
  return finish(drafts, options, report);
}
