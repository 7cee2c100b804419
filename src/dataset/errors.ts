/** Errors that name where in a file the problem is, as a JSON path ("$.claims[3].events[0].date"). */

export interface Issue {
  path: string;
  problem: string;
  /** The id of the claim the path is in, when the file gives one (for saying which claim in words). */
  claimId?: string;
  /** The problem already says where it is ("the 3rd claim, "kz-…", text contains…"): not worded again. */
  placed?: true;
}

export class DatasetError extends Error {
  readonly issues: Issue[];

  constructor(
    readonly problem: string,
    readonly path: string = '$',
    issues?: Issue[],
    readonly file?: string,
  ) {
    super(`${file ? `${file}: ` : ''}${path}: ${problem}`);
    this.name = 'DatasetError';
    this.issues = issues ?? [{ path, problem }];
  }

  /** The same error, told about the file it came from (the library never knows file names). */
  inFile(file: string): DatasetError {
    return new DatasetError(this.problem, this.path, this.issues, file);
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function jsonPath(keys: readonly (string | number)[]): string {
  let out = '$';
  for (const k of keys) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += IDENTIFIER.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`;
  }
  return out;
}

/**
 * Issues and DatasetError speak in JSON paths for publishers and the CLI ("$.claims[0].events:
 * must hold at least one event"); a reader of the options page gets the same fact in words, with
 * the path kept at the end for whoever fixes the file:
 *
 *   the 1st claim, "kz-csto", has no events: every claim needs at least one (claims[0].events)
 *
 * This is the one place that turns a path and a problem into such a sentence (English: the
 * validator's problems are English, and a translated frame around them would mix languages).
 */

/** What one item of each list of the format is called ("the 2nd event"). */
const ITEM_NAMES: Record<string, string> = {
  claims: 'claim',
  events: 'event',
  paraphrases: 'paraphrase',
  anchors: 'anchor',
  aliases: 'alias',
  tags: 'tag',
  outlets: 'outlet',
  outletIds: 'outlet id',
  domains: 'domain',
  handles: 'handle',
  urls: 'address',
};

/** Problems a reader is better told another way, by the field they are about. */
const FIELD_WORDS: Record<string, { missing: string }> = {
  events: { missing: 'has no events: every claim needs at least one' },
};

/** An id quoted in a sentence is cut here: ids may be long, the sentence should not be. */
const MAX_QUOTED_ID = 40;

/** 1 → "1st", 2 → "2nd", 3 → "3rd", 11 → "11th", 22 → "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** The keys of a path jsonPath wrote ("$.claims[0][\"a b\"]" → ["claims", 0, "a b"]). */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (let m = re.exec(path); m !== null; m = re.exec(path)) {
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else keys.push(JSON.parse(m[3]!) as string);
  }
  return keys;
}

const quoted = (id: string) => `“${id.length > MAX_QUOTED_ID ? `${id.slice(0, MAX_QUOTED_ID - 1)}…` : id}”`;

/** The issue as a sentence (lower-case start: it follows "… is not a valid Afterword dataset:"). */
export function describeIssue(issue: Issue): string {
  const keys = pathKeys(issue.path);
  const shortPath = issue.path.replace(/^\$\.?/, '');
  const at = shortPath ? ` (${shortPath})` : '';
  if (issue.placed) return `${issue.problem}${at}`;
  // The owners from the innermost out: "the 2nd event" of "the 1st claim, “kz-…”,".
  const owners: string[] = [];
  let field: string | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const next = keys[i + 1];
    if (typeof key === 'string' && typeof next === 'number') {
      let owner = `the ${ordinal(next + 1)} ${ITEM_NAMES[key] ?? `item of “${key}”`}`;
      // The claim's id names it, unless the id is what is wrong.
      if (key === 'claims' && i === 0 && issue.claimId && !(keys[2] === 'id' && keys.length === 3))
        owner += `, ${quoted(issue.claimId)},`;
      owners.unshift(owner);
      i++;
    } else if (i === keys.length - 1) field = String(key);
    else owners.unshift(`“${String(key)}”`);
  }
  const owner = owners.join(' of ').replace(/,$/, '');
  const ownerWithComma = owners.join(' of ');
  // The validator's problems name other claims by path ("the id of claims[0]"): by number here.
  const problem = issue.problem.replace(
    /\bclaims\[(\d+)\]/g,
    (_m, n: string) => `the ${ordinal(Number(n) + 1)} claim`,
  );
  const required = problem === 'is required';
  if (keys.length === 0) return `the file ${problem}`;
  if (field === undefined) return `${ownerWithComma} ${problem}${at}`;
  const special = FIELD_WORDS[field];
  if (special && owners.length > 0 && (required || /at least one/.test(problem)))
    return `${ownerWithComma} ${special.missing}${at}`;
  if (owners.length === 0)
    return required ? `the dataset has no “${field}”${at}` : `the dataset’s “${field}” ${problem}${at}`;
  if (required) return `${ownerWithComma} has no “${field}”${at}`;
  // A problem that starts with the value it is about ("\"x\" is already the id of …") reads as an apposition.
  const value = /^("(?:[^"\\]|\\.)*") (.+)$/s.exec(problem);
  if (value) return `the “${field}” of ${owner}, ${value[1]}, ${value[2]}${at}`;
  return `the “${field}” of ${owner}${owner === ownerWithComma ? '' : ','} ${problem}${at}`;
}

/** A DatasetError in words: its first issue (which carries the claim id when one is known). */
export function describeDatasetError(error: DatasetError): string {
  const first = error.issues[0];
  return describeIssue(
    first && first.path === error.path ? first : { path: error.path, problem: error.problem },
  );
}
