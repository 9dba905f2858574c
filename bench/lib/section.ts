// What a benchmark section is. Each section lives in its own file under bench/sections/ and is
// listed once in bench/sections/index.ts; the runner runs each one in a fresh child process so
// one section's heap, caches and timers never colour another's figures.

export interface SectionOptions {
  /** Small scale for CI and quick checks (the whole bench well under a minute). */
  quick: boolean;
  /** Where to read the official letters from, when the section seeds a knowledge base. */
  docsDir?: string;
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
