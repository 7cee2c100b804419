/**
 * A small pairwise learner for the ranker's second stage (RankNet with a linear scorer): for each
 * train query, every (relevant, non-relevant) pair among its candidates asks the relevant claim to
 * score higher; loss log(1 + e^−(w·(x⁺ − x⁻))) + λ‖w‖². Full-batch gradient descent with Adam.
 */

export interface Group {
  features: Float64Array[];
  relevant: boolean[];
}

export function trainPairwise(
  groups: readonly Group[],
  dims: number,
  lambda: number,
  epochs = Number(process.env.EPOCHS ?? 2000),
  rate = 0.05,
): Float64Array {
  const pairs: Float64Array[] = [];
  for (const g of groups) {
    g.features.forEach((pos, i) => {
      if (!g.relevant[i]) return;
      g.features.forEach((neg, j) => {
        if (g.relevant[j]) return;
        const d = new Float64Array(dims);
        for (let k = 0; k < dims; k++) d[k] = pos[k]! - neg[k]!;
        pairs.push(d);
      });
    });
  }
  const w = new Float64Array(dims);
  w[0] = 1;
  const m = new Float64Array(dims);
  const v = new Float64Array(dims);
  const b1 = 0.9;
  const b2 = 0.999;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const grad = new Float64Array(dims);
    for (const d of pairs) {
      let s = 0;
      for (let k = 0; k < dims; k++) s += w[k]! * d[k]!;
      const g = -1 / (1 + Math.exp(s));
      for (let k = 0; k < dims; k++) grad[k]! += g * d[k]!;
    }
    for (let k = 0; k < dims; k++) {
      const gk = grad[k]! / Math.max(1, pairs.length) + 2 * lambda * w[k]!;
      m[k] = b1 * m[k]! + (1 - b1) * gk;
      v[k] = b2 * v[k]! + (1 - b2) * gk * gk;
      const mh = m[k]! / (1 - b1 ** epoch);
      const vh = v[k]! / (1 - b2 ** epoch);
      w[k]! -= (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return w;
}
