import { basename, extname } from 'node:path';
import {
  languageTag,
  type ImportOptions,
  type ImportResult,
  soleFactChecker,
} from '../../dataset/importers/common';
import { checkDataset } from '../../dataset/schema';
import { DATASET_FORMAT, DATASET_FORMAT_VERSION } from '../../engine/index';
import { importClaimReview } from '../../dataset/importers/claimreview';
import { importFactCheckApi } from '../../dataset/importers/factcheck-api';
import { importJsonl } from '../../dataset/importers/jsonl';
import { toCanonicalJson } from '../../dataset/export';
import { LIMITS } from '../../dataset/limits';
import { IMPORT_PARSE_LIMITS, parseJson } from '../../dataset/parse';
import { plural } from '../../dataset/words';
import { parse, type OptionSpecs } from '../args';
import { inFile, readFileLimited, todayUtc, UsageError, writeText, type Command, type Io } from '../io';

const FROM = ['claimreview', 'factcheck-api', 'jsonl'] as const;
const SHOWN_SKIPS = 20;

function slugOf(file: string): string {
  return (
    basename(file, extname(file))
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '') || 'imported'
  );
}

function reportSkips(file: string, result: ImportResult, all: boolean, io: Io): void {
  const { skipped, skippedCount } = result;
  if (skippedCount === 0) return;
  const byReason = new Map<string, number>();
  for (const s of skipped) {
    const reason = s.reason.replace(/ \(.*\)$/, '');
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  io.err(`${file}: skipped ${plural(skippedCount, 'item')}:`);
  // Without --all only the first skips are kept (MAX_KEPT_SKIPS), and the tally is of those.
  if (skipped.length < skippedCount) io.err(`  the first ${skipped.length}:`);
  for (const [reason, n] of byReason) io.err(`  ${n} × ${reason}`);
  for (const s of all ? skipped : skipped.slice(0, SHOWN_SKIPS)) io.err(`${file}: ${s.at}: ${s.reason}`);
  const shown = all ? skipped.length : Math.min(skipped.length, SHOWN_SKIPS);
  if (skippedCount > shown) io.err(`… and ${skippedCount - shown} more (--all lists them)`);
}

const FLAGS: Record<string, string> = {
  '$.id': '--id',
  '$.title': '--title',
  '$.version': '--version',
  '$.asOf': '--as-of',
  '$.publisher.name': '--publisher',
  '$.publisher.url': '--publisher-url',
  '$.license.id': '--license',
  '$.license.url': '--license-url',
};

/** The dataset-level options, held to the format before any input is read, named by their flags. */
function checkOptions(options: ImportOptions): void {
  const { language: _language, keptSkips: _keptSkips, ...meta } = options;
  const header = { format: DATASET_FORMAT, formatVersion: DATASET_FORMAT_VERSION, ...meta, claims: [] };
  const issue = checkDataset(header).issues[0];
  if (issue) throw new UsageError(`${FLAGS[issue.path] ?? issue.path} ${issue.problem}`);
}

const OPTIONS = {
  from: {
    type: 'string',
    value: 'FORMAT',
    help: "the input's format: claimreview (ClaimReview JSON-LD), factcheck-api (Fact Check Tools API) or jsonl",
  },
  output: { type: 'string', short: 'o', value: 'OUT', help: 'the dataset file to write' },
  id: { type: 'string', value: 'ID', help: "the dataset's id (default: OUT's file name as a slug)" },
  title: {
    type: 'string',
    value: 'T',
    help: 'the dataset\'s title (default: "PUBLISHER fact-checks, imported from FILE" when the fact-checker is known, else "Imported from FILE")',
  },
  version: { type: 'string', value: 'N', help: "the dataset's version, a whole number (default 1)" },
  'as-of': {
    type: 'string',
    value: 'YYYY-MM-DD',
    help: 'the date the data is current to (default: today, UTC)',
  },
  publisher: {
    type: 'string',
    value: 'NAME',
    help: 'who publishes the dataset (default: the fact-checker of every rating when there is one, else "Unknown")',
  },
  'publisher-url': { type: 'string', value: 'URL', help: "the publisher's https address" },
  license: {
    type: 'string',
    value: 'SPDX-ID',
    help: "the data's licence as an SPDX id such as CC-BY-4.0 (default NOASSERTION)",
  },
  'license-url': { type: 'string', value: 'URL', help: "the licence's https address" },
  language: {
    type: 'string',
    value: 'TAG',
    help: 'the language of claims whose input names none, a tag such as "en" (default "und")',
  },
  outlet: {
    type: 'string',
    value: 'NAME',
    help: "jsonl only: the outlet to cite for lines that name none (default: the host of the line's URL)",
  },
  all: { type: 'boolean', help: `list every skipped item, not only the first ${SHOWN_SKIPS}` },
} satisfies OptionSpecs;

export const importCommand: Command = {
  summary: 'import ClaimReview JSON-LD, Fact Check Tools API responses or JSONL claims into a dataset',
  usage:
    '--from claimreview|factcheck-api|jsonl FILE -o OUT [--id ID] [--title T] [--version N] [--as-of YYYY-MM-DD] ' +
    '[--publisher NAME] [--publisher-url URL] [--license SPDX-ID] [--license-url URL] [--language TAG] [--outlet NAME] [--all]',
  options: OPTIONS,
  arguments: { FILE: 'the fact-checks to import, in the format --from names' },
  examples: [
    'afterword dataset import --from factcheck-api test/fixtures/datasets/factcheck-api-sample.json -o checks.json',
    'afterword dataset import --from jsonl claims.jsonl -o checks.json --publisher "Example Desk" --license CC-BY-4.0',
  ],
  async run(args, io) {
    const { values, positionals } = parse(args, OPTIONS, { min: 1, max: 1, names: 'one input FILE' });
    const from = values.from as (typeof FROM)[number] | undefined;
    if (!from || !FROM.includes(from)) throw new UsageError(`--from must be one of ${FROM.join(', ')}`);
    if (!values.output) throw new UsageError('needs -o OUT, the dataset file to write');
    const file = positionals[0]!;
    if (values.language !== undefined && languageTag(values.language) !== values.language) {
      throw new UsageError('--language must be a language tag such as "en"');
    }
    const options: ImportOptions = {
      id: values.id ?? slugOf(values.output),
      title: values.title ?? `Imported from ${basename(file)}`,
      version: Number(values.version ?? 1),
      asOf: values['as-of'] ?? todayUtc(),
      publisher: {
        name: values.publisher ?? 'Unknown',
        ...(values['publisher-url'] && { url: values['publisher-url'] }),
      },
      license: {
        id: values.license ?? 'NOASSERTION',
        ...(values['license-url'] && { url: values['license-url'] }),
      },
      ...(values.language && { language: values.language }),
      // Every skip is kept only when all are listed: a huge input keeps the first few otherwise.
      ...(values.all && { keptSkips: Infinity }),
    };
    checkOptions(options);
    const bytes = await readFileLimited(file, LIMITS.importBytes);
    const result: ImportResult = await inFile(file, () => {
      if (from === 'jsonl')
        return importJsonl(bytes, { ...options, ...(values.outlet && { outlet: values.outlet }) });
      const input = parseJson(bytes, IMPORT_PARSE_LIMITS);
      return from === 'claimreview' ? importClaimReview(input, options) : importFactCheckApi(input, options);
    });
    reportSkips(file, result, values.all ?? false, io);
    // Named after what the import knows: one fact-checker behind every rating is the data's publisher.
    const checker = values.publisher === undefined ? soleFactChecker(result.dataset.claims) : undefined;
    if (checker) {
      result.dataset.publisher = { ...result.dataset.publisher, name: checker };
      const title = `${checker} fact-checks, imported from ${basename(file)}`;
      // The title is one line of UI (LIMITS.shortText); a longer one keeps "Imported from FILE".
      if (values.title === undefined && title.length <= LIMITS.shortText) result.dataset.title = title;
    }
    if (result.dataset.claims.length === 0) {
      io.err(`${file}: no claims to import; nothing written`);
      return 1;
    }
    await writeText(values.output, toCanonicalJson(result.dataset));
    io.out(
      `${values.output}: ${plural(result.dataset.claims.length, 'claim')} imported from ${file} (${plural(result.skippedCount, 'item')} skipped)`,
    );
    return 0;
  },
};
