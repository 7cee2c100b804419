/** The k best of a scored subset, without sorting the whole subset: a bounded min-heap. */
export function topK(
  docs: Uint32Array,
  count: number,
  score: Float64Array,
  k: number,
): { doc: number; score: number }[] {
  const heapDoc = new Uint32Array(Math.max(1, k));
  const heapScore = new Float64Array(Math.max(1, k));
  let size = 0;
  // Lower score first; on ties the later claim is "lower", so earlier claims win ties deterministically.
  const less = (sa: number, da: number, sb: number, db: number) => sa < sb || (sa === sb && da > db);
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && less(heapScore[l]!, heapDoc[l]!, heapScore[m]!, heapDoc[m]!)) m = l;
      if (r < size && less(heapScore[r]!, heapDoc[r]!, heapScore[m]!, heapDoc[m]!)) m = r;
      if (m === i) return;
      [heapScore[i], heapScore[m]] = [heapScore[m]!, heapScore[i]!];
      [heapDoc[i], heapDoc[m]] = [heapDoc[m]!, heapDoc[i]!];
      i = m;
    }
  };
  for (let i = 0; i < count; i++) {
    const d = docs[i]!;
    const s = score[d]!;
    if (size < k) {
      let j = size++;
      heapDoc[j] = d;
      heapScore[j] = s;
      while (j > 0) {
        const parent = (j - 1) >> 1;
        if (!less(heapScore[j]!, heapDoc[j]!, heapScore[parent]!, heapDoc[parent]!)) break;
        [heapScore[j], heapScore[parent]] = [heapScore[parent]!, heapScore[j]!];
        [heapDoc[j], heapDoc[parent]] = [heapDoc[parent]!, heapDoc[j]!];
        j = parent;
      }
    } else if (k > 0 && less(heapScore[0]!, heapDoc[0]!, s, d)) {
      heapDoc[0] = d;
      heapScore[0] = s;
      siftDown(0);
    }
  }
  const out: { doc: number; score: number }[] = [];
  for (let i = 0; i < size; i++) out.push({ doc: heapDoc[i]!, score: heapScore[i]! });
  return out.sort((a, b) => b.score - a.score || a.doc - b.doc);
}
