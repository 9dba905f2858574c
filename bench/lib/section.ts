// What a benchmark section is. Each section lives in its own file under bench/sections/ and is
// listed once in bench/sections/index.ts; the runner runs each one in a fresh child process so
// one section's heap, caches and timers never colour another's figures.

export interface SectionOptions {
  /** Small scale for quick checks by hand (the whole bench in about a minute and a half). */
  quick: boolean;
  /**
   * Smallest scale, for the CI test (test/bench): every figure computed from just enough work to be
   * a meaningful number, not a measurement to quote. Implies `quick` for a section without a
   * smoke scale of its own.
   */
  smoke: boolean;
  /** Where to read the official letters from, when the section seeds a knowledge base. */
  docsDir?: string;
}

/** The value for the scale this run asked for: smoke, else quick, else full. */
export function scaled<T>(opts: SectionOptions, values: { full: T; quick: T; smoke: T }): T {
  if (opts.smoke) return values.smoke;
  return opts.quick ? values.quick : values.full;
}

/** Figures by key (numbers; strings only for labels such as the engine used). */
export type Figures = Record<string, number | string | boolean>;

export interface Section {
  /** Key in the JSON output ("retrieval"). */
  name: string;
  /** Heading in the readable table. */
  title: string;
  /** Short readable label per figure key; keys without one are shown as they are. */
  labels?: Record<string, string>;
  run(opts: SectionOptions): Promise<Figures>;
}
