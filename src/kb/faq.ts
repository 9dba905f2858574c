// The project's built-in FAQ (kb/faq.json): questions and answers in the project's own words, each
// citing the letter it comes from.
import fs from "node:fs/promises";
import { z } from "zod";
import { letterRef, type KbFaq } from "./types.js";

const Letter = z.object({
  issuer: z.string().optional(),
  title: z.string(),
  number: z.string().optional(),
  dateText: z.string().optional(),
  year: z.number().int().optional(),
});

const FaqFile = z.object({
  letters: z.record(z.string(), Letter),
  entries: z.array(
    z.object({
      id: z.string().min(1),
      questions: z.array(z.string().min(3)).min(1),
      answer: z.string().min(3),
      doc: z.string(),
    }),
  ),
});

export async function loadFaqFile(file: string): Promise<KbFaq[]> {
  const parsed = FaqFile.parse(JSON.parse(await fs.readFile(file, "utf8")));
  return parsed.entries.map((e) => {
    const letter = parsed.letters[e.doc];
    if (!letter) throw new Error(`${file}: entry ${e.id} cites unknown letter ${e.doc}`);
    return {
      key: `builtin:${e.id}`,
      questions: e.questions,
      answer: e.answer,
      docSlug: e.doc,
      docTitle: letter.title,
      letter: letterRef(letter),
    };
  });
}
