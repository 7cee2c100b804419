/**
 * Why an update or an import was refused, as data: a code and its arguments. The options page
 * turns it into words in the reader's language ("The file at … is not a valid Afterword dataset:
 * claims[12].events[0].date must be a real date"); the background never shows text itself.
 */
import type { ProblemCode, SourceProblem } from '../../shared/messages';

export class UpdateError extends Error {
  override name = 'UpdateError';

  constructor(
    readonly code: ProblemCode,
    readonly args: string[] = [],
    /** Worth another attempt within the same check (network, timeout, 5xx). */
    readonly retryable = false,
    /** The server's Retry-After, when it sent one. */
    readonly retryAfterMs?: number,
  ) {
    super(`${code}${args.length > 0 ? `: ${args.join(' | ')}` : ''}`);
  }
}

export function toProblem(error: unknown, at: number): SourceProblem {
  if (error instanceof UpdateError) return { code: error.code, args: error.args, at };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', args: [detail], at };
}
