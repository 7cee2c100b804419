/** Errors that name where in a file the problem is, as a JSON path ("$.claims[3].events[0].date"). */

export interface Issue {
  path: string;
  problem: string;
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
