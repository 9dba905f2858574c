// Two interchangeable BM25 engines over pre-tokenised fields, with the same scoring (field weight
// multiplies term counts and length; idf = ln(1 + (N - df + 0.5) / (df + 0.5))).
// Measured (see the report of scripts/kb-eval.ts and bench/kb-bench.ts): identical retrieval on the
// dev, calibration and own question sets, but at 10,000 passages wink-bm25-text-search needs
// ~100 ms per query (it scores into a string-keyed object and sorts every match), the own engine
// ~1-2 ms (typed arrays, top-k selection). The answer-time budget is 10 ms, so the product uses
// its own engine; the wink engine lives in bench/ (a devDependency) for re-running the comparison
// (`--engine wink` of kb:eval and bench:kb).

/** Builds a BM25 engine over the passages' field tokens. */
export type EngineFactory = (items: readonly FieldTokens[]) => Bm25Engine;

export interface FieldTokens {
  title: string[];
  heading: string[];
  body: string[];
}

export interface Hit {
  id: number;
  score: number;
}

export interface Bm25Engine {
  /** Query tokens with weights (1 = a plain token); returns the best `limit` items. */
  search(query: ReadonlyMap<string, number>, limit: number): Hit[];
}

/** Subject and heading words say what a passage is about: they count more than body words. */
export const FIELD_WEIGHTS = { title: 1.5, heading: 2, body: 1 } as const;
export const K1 = 1.2;
export const B = 0.75;

export const ownEngine: EngineFactory = (items) => new OwnEngine(items);

/** Same BM25F-style scoring as wink (field weight multiplies term counts and length). */
class OwnEngine implements Bm25Engine {
  private readonly postings = new Map<string, { ids: Int32Array; impacts: Float64Array }>();
  private readonly scores: Float64Array;
  private readonly seen: Uint8Array;

  constructor(items: readonly FieldTokens[]) {
    const n = items.length;
    this.scores = new Float64Array(n);
    this.seen = new Uint8Array(n);
    const lengths = new Float64Array(n);
    const freqs: Map<string, number>[] = [];
    items.forEach((it, i) => {
      const tf = new Map<string, number>();
      for (const field of ["title", "heading", "body"] as const) {
        const w = FIELD_WEIGHTS[field];
        for (const t of it[field]) tf.set(t, (tf.get(t) ?? 0) + w);
        lengths[i] = lengths[i]! + it[field].length * w;
      }
      freqs.push(tf);
    });
    const avg = n ? lengths.reduce((a, b) => a + b, 0) / n || 1 : 1;
    const lists = new Map<string, { ids: number[]; tfs: number[] }>();
    freqs.forEach((tf, i) => {
      for (const [t, f] of tf) {
        let l = lists.get(t);
        if (!l) lists.set(t, (l = { ids: [], tfs: [] }));
        l.ids.push(i);
        l.tfs.push(f);
      }
    });
    for (const [t, l] of lists) {
      const df = l.ids.length;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const impacts = new Float64Array(df);
      l.ids.forEach((id, j) => {
        const f = l.tfs[j]!;
        const norm = 1 - B + (B * lengths[id]!) / avg;
        impacts[j] = (idf * f * (K1 + 1)) / (f + K1 * norm);
      });
      this.postings.set(t, { ids: Int32Array.from(l.ids), impacts });
    }
  }

  search(query: ReadonlyMap<string, number>, limit: number): Hit[] {
    const { scores, seen } = this;
    const touched: number[] = [];
    for (const [t, w] of query) {
      const p = this.postings.get(t);
      if (!p) continue;
      for (let j = 0; j < p.ids.length; j++) {
        const id = p.ids[j]!;
        if (!seen[id]) {
          seen[id] = 1;
          touched.push(id);
        }
        scores[id] = scores[id]! + w * p.impacts[j]!;
      }
    }
    // Keep the best `limit` in a small sorted array: far cheaper than sorting every touched item.
    const top: Hit[] = [];
    for (const id of touched) {
      const score = scores[id]!;
      scores[id] = 0;
      seen[id] = 0;
      if (top.length === limit && score <= top[limit - 1]!.score) continue;
      let i = top.length < limit ? top.length : limit - 1;
      while (i > 0 && top[i - 1]!.score < score) {
        if (i < limit) top[i] = top[i - 1]!;
        i--;
      }
      top[i] = { id, score };
    }
    return top;
  }
}
