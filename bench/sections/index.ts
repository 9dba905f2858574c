// The benchmark's sections, in the order they run and print. To add one: write
// bench/sections/<name>.ts exporting a `Section`, and add one line here. Modules load lazily, so
// a section's dependencies are only imported in the child process that runs it.
import type { Section } from "../lib/section.js";

export interface SectionEntry {
  name: string;
  /**
   * Takes several times longer than the others even at the smallest scale (processes of its own,
   * the OCR model): started first when sections run in parallel (--jobs), so it does not finish last.
   */
  long?: boolean;
  load(): Promise<Section>;
}

export const SECTIONS: SectionEntry[] = [
  { name: "retrieval", load: async () => (await import("./retrieval.js")).retrieval },
  { name: "throughput", load: async () => (await import("./throughput.js")).throughput },
  { name: "broadcast", load: async () => (await import("./broadcast.js")).broadcast },
  { name: "memory", long: true, load: async () => (await import("./memory.js")).memory },
  { name: "communes", load: async () => (await import("./communes.js")).communes },
  { name: "announcements", load: async () => (await import("./announcements.js")).announcements },
  { name: "ocr", long: true, load: async () => (await import("./ocr.js")).ocr },
  { name: "conversation", load: async () => (await import("./conversation.js")).conversation },
  { name: "fuzz", load: async () => (await import("./fuzz.js")).fuzz },
  { name: "console", load: async () => (await import("./console.js")).consolePages },
  { name: "webhook", long: true, load: async () => (await import("./webhook.js")).webhook },
];
