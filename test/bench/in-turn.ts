/**
 * Builds measured in turn. On the shared 2-core machine one run differs from the next by more than
 * a change measures, so the benchmarks in a browser (content-script.ts, browser-load.ts) can run a
 * second build beside the first (BENCH_COMPARE_DIR) and take their samples in turn: both sets of
 * figures come from the same minutes.
 */

/** `measure` `runs` times for each subject, in turn, each subject going first every other time. */
export async function inTurn<S, T>(
  subjects: readonly S[],
  runs: number,
  measure: (subject: S) => Promise<T>,
): Promise<T[][]> {
  const results = subjects.map((): T[] => []);
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? [...subjects.keys()] : [...subjects.keys()].reverse();
    for (const k of order) results[k]!.push(await measure(subjects[k]!));
  }
  return results;
}
