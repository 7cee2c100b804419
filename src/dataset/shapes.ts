/**
 * The dataset format, versions 1 and 1.1, as valibot schemas: the shape of every field. Checks that span
 * several fields (unique ids, ratings only on "rated" events) and the order of checking live in
 * schema.ts; src/dataset/README.md describes both for publishers.
 */
import * as v from 'valibot';
import { DATASET_FORMAT, DATASET_FORMAT_VERSIONS, HANDLE_PATTERN, OUTLET_KINDS } from '../engine/index';
import { dateProblem, dayProblem } from './dates';
import { domainProblem } from './outlets';
import { LIMITS } from './limits';
import { urlProblem } from './urls';

export const EVENT_TYPES = ['reported', 'denied', 'confirmed', 'rated', 'retracted', 'corrected'] as const;
export const RATING_VALUES = [
  'false',
  'mostly-false',
  'mixed',
  'mostly-true',
  'true',
  'misleading',
  'unrated',
] as const;

/** Shared with the JSON Schema in src/dataset/, so editors and the validator agree on the same patterns. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
/** ISO 3166-1 alpha-2, upper case ("KZ"). */
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;
export { HANDLE_PATTERN };

const problemCheck = (problem: (s: string) => string | undefined) =>
  v.rawCheck<string>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const message = problem(dataset.value);
    if (message) addIssue({ message });
  });

const text = (max: number) =>
  v.pipe(
    v.string('must be a string'),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );
const id = v.pipe(
  v.string('must be a string'),
  v.regex(ID_PATTERN, 'must be letters, digits, ".", "_" or "-", starting with a letter or digit'),
  v.maxLength(LIMITS.id, `must be at most ${LIMITS.id} characters`),
);
const language = v.pipe(
  v.string('must be a string'),
  v.maxLength(LIMITS.languageTag, `must be at most ${LIMITS.languageTag} characters`),
  v.regex(LANGUAGE_PATTERN, 'must be a language tag such as "en" or "pt-BR"'),
);
const date = v.pipe(v.string('must be a string'), problemCheck(dateProblem));
const day = v.pipe(v.string('must be a string'), problemCheck(dayProblem));
const url = v.pipe(v.string('must be a string'), problemCheck(urlProblem));
const list = <T extends v.GenericSchema>(item: T, max: number, what: string) =>
  v.pipe(v.array(item, 'must be an array'), v.maxLength(max, `must hold at most ${max} ${what}`));
/** Unknown fields are errors, so a misspelt optional field ("qoute") cannot pass silently. */
const object = <T extends v.ObjectEntries>(entries: T) =>
  v.pipe(
    v.unknown(),
    v.check((x) => !Array.isArray(x), 'must be an object, not an array'),
    v.objectWithRest(entries, v.never('is not a field of the format'), 'must be an object'),
  );

const RatingSchema = object({
  label: text(LIMITS.shortText),
  value: v.picklist(RATING_VALUES, `must be one of ${RATING_VALUES.join(', ')}`),
});

const ActorSchema = object({
  name: text(LIMITS.shortText),
  role: v.optional(text(LIMITS.shortText)),
  organisation: v.optional(text(LIMITS.shortText)),
  outletId: v.optional(id),
});

const sourceEntries = {
  outlet: text(LIMITS.shortText),
  url: v.optional(url),
  language: v.optional(language),
  via: v.optional(text(LIMITS.shortText)),
};
const SourceSchema = object({ ...sourceEntries, outletId: v.optional(id) });

const domain = v.pipe(v.string('must be a string'), problemCheck(domainProblem));
const handle = v.pipe(
  v.string('must be a string'),
  v.maxLength(LIMITS.shortText, `must be at most ${LIMITS.shortText} characters`),
  v.regex(
    HANDLE_PATTERN,
    'must be a handle such as "@yellow_folder": "@", then letters, digits, "_", "." or "-"',
  ),
);

export const OutletSchema = object({
  id,
  name: text(LIMITS.shortText),
  kind: v.picklist(OUTLET_KINDS, `must be one of ${OUTLET_KINDS.join(', ')}`),
  domains: list(domain, LIMITS.domains, 'domains'),
  handles: list(handle, LIMITS.handles, 'handles'),
  aliases: list(text(LIMITS.shortText), LIMITS.aliases, 'aliases'),
  url: v.optional(url),
  country: v.optional(
    v.pipe(
      v.string('must be a string'),
      v.regex(COUNTRY_PATTERN, 'must be a two-letter country code such as "KZ"'),
    ),
  ),
  language: v.optional(language),
  // Where the outlet's domains and handles were read: a source like an event's, naming no outlet id.
  source: v.optional(object(sourceEntries)),
  note: v.optional(text(LIMITS.text)),
});

export const EventSchema = object({
  date,
  type: v.picklist(EVENT_TYPES, `must be one of ${EVENT_TYPES.join(', ')}`),
  actor: v.optional(ActorSchema),
  source: SourceSchema,
  quote: v.optional(text(LIMITS.quote)),
  rating: v.optional(RatingSchema),
  note: v.optional(text(LIMITS.text)),
});

export const ClaimSchema = object({
  id,
  text: text(LIMITS.text),
  language,
  paraphrases: list(object({ text: text(LIMITS.text), language }), LIMITS.paraphrases, 'paraphrases'),
  anchors: list(
    object({
      name: text(LIMITS.shortText),
      aliases: list(text(LIMITS.shortText), LIMITS.aliases, 'aliases'),
    }),
    LIMITS.anchors,
    'anchors',
  ),
  tags: list(text(LIMITS.tag), LIMITS.tags, 'tags'),
  events: v.pipe(
    v.array(EventSchema, 'must be an array'),
    v.minLength(1, 'must hold at least one event: a claim without an event has nothing to tell'),
    v.maxLength(LIMITS.events, `must hold at most ${LIMITS.events} events`),
  ),
});

const headerEntries = {
  format: v.literal(DATASET_FORMAT, `must be "${DATASET_FORMAT}"`),
  formatVersion: v.picklist(
    DATASET_FORMAT_VERSIONS,
    `must be ${DATASET_FORMAT_VERSIONS.join(' or ')} (this reader knows versions ${DATASET_FORMAT_VERSIONS.join(' and ')})`,
  ),
  id,
  version: v.pipe(
    v.number('must be a number'),
    v.safeInteger('must be a whole number'),
    v.minValue(1, 'must be at least 1'),
  ),
  title: text(LIMITS.shortText),
  asOf: day,
  publisher: object({ name: text(LIMITS.shortText), url: v.optional(url) }),
  license: object({ id: text(LIMITS.licenseId), url: v.optional(url) }),
  outlets: v.optional(list(OutletSchema, LIMITS.outlets, 'outlets')),
};

export const DatasetSchema = object({ ...headerEntries, claims: list(ClaimSchema, LIMITS.claims, 'claims') });

/** Everything but the claims, which validate.ts checks one by one to stop after a few problems. */
export const DatasetHeaderSchema = object({
  ...headerEntries,
  claims: list(v.unknown(), LIMITS.claims, 'claims'),
});
