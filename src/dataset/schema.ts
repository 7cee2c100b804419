/**
 * The dataset format, version 1, as a valibot schema: the one gate every dataset passes before
 * the engine sees it (the bundled default, imports, downloads). Errors name the JSON path.
 */
import * as v from 'valibot';
import { parseDate } from '../engine/dates';
import { DATASET_FORMAT, DATASET_FORMAT_VERSION, type Dataset } from '../engine/model';

/** Limits that keep a hostile file from costing the reader memory or time. */
export const LIMITS = {
  claims: 200_000,
  paraphrases: 50,
  anchors: 12,
  aliases: 64,
  events: 200,
  shortText: 300,
  text: 2_000,
  quote: 2_000,
  id: 128,
} as const;

const isDate = (s: string) => parseDate(s) !== undefined;
const isHttpsUrl = (s: string) => {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || (u.protocol === 'http:' && (u.hostname === 'localhost' || u.hostname === '127.0.0.1' || u.hostname === '[::1]'));
  } catch {
    return false;
  }
};

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]*$/i, 'must be letters, digits, ".", "_" or "-"'), v.maxLength(LIMITS.id));
const language = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "pt-BR"'));
const date = v.pipe(v.string(), v.check(isDate, 'must be a real date: YYYY-MM-DD (or YYYY-MM, YYYY when the source gives no day), optionally with a time'));
const url = v.pipe(v.string(), v.check(isHttpsUrl, 'must be an https:// URL'));

const RatingSchema = v.strictObject({
  label: text(LIMITS.shortText),
  value: v.picklist(['false', 'mostly-false', 'mixed', 'mostly-true', 'true', 'misleading', 'unrated']),
});

const EventSchema = v.strictObject({
  date,
  type: v.picklist(['reported', 'denied', 'confirmed', 'rated', 'retracted', 'corrected'], 'must be one of reported, denied, confirmed, rated, retracted, corrected'),
  actor: v.optional(v.strictObject({ name: text(LIMITS.shortText), role: v.optional(text(LIMITS.shortText)), organisation: v.optional(text(LIMITS.shortText)) })),
  source: v.strictObject({ outlet: text(LIMITS.shortText), url: v.optional(url), language: v.optional(language), via: v.optional(text(LIMITS.shortText)) }),
  quote: v.optional(text(LIMITS.quote)),
  rating: v.optional(RatingSchema),
  note: v.optional(text(LIMITS.text)),
});

const ClaimSchema = v.strictObject({
  id,
  text: text(LIMITS.text),
  language,
  paraphrases: v.pipe(v.array(v.strictObject({ text: text(LIMITS.text), language })), v.maxLength(LIMITS.paraphrases)),
  anchors: v.pipe(
    v.array(v.strictObject({ name: text(LIMITS.shortText), aliases: v.pipe(v.array(text(LIMITS.shortText)), v.maxLength(LIMITS.aliases)) })),
    v.maxLength(LIMITS.anchors),
  ),
  tags: v.pipe(v.array(text(64)), v.maxLength(32)),
  events: v.pipe(v.array(EventSchema), v.minLength(1, 'a claim needs at least one event'), v.maxLength(LIMITS.events)),
});

export const DatasetSchema = v.pipe(
  v.strictObject({
    format: v.literal(DATASET_FORMAT, `must be "${DATASET_FORMAT}"`),
    formatVersion: v.literal(DATASET_FORMAT_VERSION, `must be ${DATASET_FORMAT_VERSION}`),
    id,
    version: v.pipe(v.number(), v.integer(), v.minValue(1)),
    title: text(LIMITS.shortText),
    asOf: date,
    publisher: v.strictObject({ name: text(LIMITS.shortText), url: v.optional(url) }),
    license: v.strictObject({ id: text(64), url: v.optional(url) }),
    claims: v.pipe(v.array(ClaimSchema), v.maxLength(LIMITS.claims, `must hold at most ${LIMITS.claims} claims`)),
  }),
  v.check((d) => new Set(d.claims.map((c) => c.id)).size === d.claims.length, 'claim ids must be unique'),
);

export class DatasetError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(path ? `${path} ${message}` : message);
    this.name = 'DatasetError';
  }
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Validates a parsed JSON value as a dataset; throws DatasetError naming the first problem's path. */
export function validateDataset(value: unknown): Dataset {
  const result = v.safeParse(DatasetSchema, value, { abortEarly: true });
  if (result.success) return result.output as Dataset;
  const issue = result.issues[0];
  throw new DatasetError(issue.message, pathOf(issue));
}
