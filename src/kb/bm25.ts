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

/** An Int32Array that grows: the index is built one passage at a time, without arrays of arrays. */
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(v: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = v;
  }

  /** Appends `values` (ids of one passage, say) at once. */
  append(values: ArrayLike<number>): void {
    if (this.length + values.length > this.data.length) this.grow(this.length + values.length);
    this.data.set(values as ArrayLike<number>, this.length);
    this.length += values.length;
  }

  private grow(min: number): void {
    let cap = this.data.length * 2 || 1024;
    while (cap < min) cap *= 2;
    const next = new Int32Array(cap);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  /** The values as an exactly sized array. */
  trimmed(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * The own engine, fed one item at a time with its terms' field-weighted counts, then frozen into
 * flat posting lists (CSR: one offsets array, one ids array, one impacts array). The items' token
 * ids are not kept here: the caller already holds them as one flat array of runs (`build`), and
 * `add` takes the counts in the order of the item's run. Nothing per item outlives `add`.
 */
export class OwnEngineBuilder {
  /** Field-weighted counts are multiples of 0.5: exact in 32 bits. */
  private tfs = new Float32Array(1 << 16);
  private count = 0;
  private lengths = new Float64Array(1024);
  private items = 0;

  /** `tfs`: Σ field weight × occurrences of each of the item's distinct terms; `length`: Σ field weight × tokens. */
  add(tfs: ArrayLike<number>, length: number): void {
    if (this.items === this.lengths.length) {
      const next = new Float64Array(this.items * 2);
      next.set(this.lengths);
      this.lengths = next;
    }
    this.lengths[this.items++] = length;
    if (this.count + tfs.length > this.tfs.length) {
      let cap = this.tfs.length * 2;
      while (cap < this.count + tfs.length) cap *= 2;
      const next = new Float32Array(cap);
      next.set(this.tfs.subarray(0, this.count));
      this.tfs = next;
    }
    this.tfs.set(tfs, this.count);
    this.count += tfs.length;
  }

  /**
   * Freezes the engine. `terms[starts[i], starts[i + 1])` are item i's token ids, in the order its
   * counts were added; `idOf` maps a query token to the same ids (undefined: unknown).
   */
  build(terms: Int32Array, starts: Int32Array, idOf: (token: string) => number | undefined): Bm25Engine {
    const n = this.items;
    const total = this.count;
    let tokenCount = 0;
    for (let j = 0; j < total; j++) tokenCount = Math.max(tokenCount, terms[j]! + 1);
    const offsets = new Int32Array(tokenCount + 1);
    for (let j = 0; j < total; j++) offsets[terms[j]! + 1]!++;
    for (let t = 0; t < tokenCount; t++) offsets[t + 1]! += offsets[t]!;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += this.lengths[i]!;
    const avg = n ? sum / n || 1 : 1;
    const ids = new Int32Array(total);
    const impacts = new Float64Array(total);
    const cursor = offsets.slice(0, tokenCount);
    for (let i = 0; i < n; i++) {
      const norm = 1 - B + (B * this.lengths[i]!) / avg;
      for (let j = starts[i]!; j < starts[i + 1]!; j++) {
        const t = terms[j]!;
        const df = offsets[t + 1]! - offsets[t]!;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        const f = this.tfs[j]!;
        const at = cursor[t]!++;
        ids[at] = i;
        impacts[at] = (idf * f * (K1 + 1)) / (f + K1 * norm);
      }
    }
    return new OwnEngine(n, offsets, ids, impacts, idOf);
  }
}

/** Field-weighted counts and length of one item, its tokens numbered through `idOf`. */
export function fieldCounts(item: FieldTokens, idOf: (token: string) => number): { counts: Map<number, number>; length: number } {
  const counts = new Map<number, number>();
  let length = 0;
  for (const field of ["title", "heading", "body"] as const) {
    const w = FIELD_WEIGHTS[field];
    for (const t of item[field]) {
      const id = idOf(t);
      counts.set(id, (counts.get(id) ?? 0) + w);
    }
    length += item[field].length * w;
  }
  return { counts, length };
}

/** The own engine over whole token lists (for comparisons; the index feeds a builder instead). */
export const ownEngine: EngineFactory = (items) => {
  const table = new Map<string, number>();
  const idOf = (t: string) => {
    let id = table.get(t);
    if (id === undefined) table.set(t, (id = table.size));
    return id;
  };
  const builder = new OwnEngineBuilder();
  const terms = new IntList();
  const starts = new IntList();
  starts.push(0);
  for (const it of items) {
    const { counts, length } = fieldCounts(it, idOf);
    terms.append([...counts.keys()]);
    starts.push(terms.length);
    builder.add([...counts.values()], length);
  }
  return builder.build(terms.trimmed(), starts.trimmed(), (t) => table.get(t));
};

/** Same BM25F-style scoring as wink (field weight multiplies term counts and length). */
class OwnEngine implements Bm25Engine {
  private readonly scores: Float64Array;
  private readonly seen: Uint8Array;

  constructor(
    n: number,
    private readonly offsets: Int32Array,
    private readonly ids: Int32Array,
    private readonly impacts: Float64Array,
    private readonly idOf: (token: string) => number | undefined,
  ) {
    this.scores = new Float64Array(n);
    this.seen = new Uint8Array(n);
  }

  search(query: ReadonlyMap<string, number>, limit: number): Hit[] {
    const { scores, seen, ids, impacts, offsets } = this;
    const touched: number[] = [];
    for (const [t, w] of query) {
      const k = this.idOf(t);
      if (k === undefined || k + 1 >= offsets.length) continue;
      for (let j = offsets[k]!; j < offsets[k + 1]!; j++) {
        const id = ids[j]!;
        if (!seen[id]) {
          seen[id] = 1;
          touched.push(id);
        }
        scores[id] = scores[id]! + w * impacts[j]!;
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
