// wink-bm25-text-search behind the knowledge base's engine interface, kept for re-running the
// engine comparison (kb:eval and bench:kb with --engine wink). Not used by the product.
import winkBm25 from "wink-bm25-text-search";
import { B, FIELD_WEIGHTS, K1, type Bm25Engine, type EngineFactory, type FieldTokens, type Hit } from "../src/kb/bm25.js";

class WinkEngine implements Bm25Engine {
  private readonly engine = winkBm25();

  constructor(items: readonly FieldTokens[]) {
    this.engine.defineConfig({ fldWeights: { ...FIELD_WEIGHTS }, bm25Params: { k1: K1, b: B, k: 1 } });
    // Tokens are computed by the caller; the library only splits them back.
    this.engine.definePrepTasks([(s: string) => (s ? s.split(" ") : [])]);
    items.forEach((it, i) =>
      this.engine.addDoc({ title: it.title.join(" "), heading: it.heading.join(" "), body: it.body.join(" ") }, i),
    );
    // The library refuses to consolidate fewer than three items; empty fillers match nothing.
    for (let pad = items.length; pad < 3; pad++) this.engine.addDoc({ title: "", heading: "", body: "" }, `pad${pad}`);
    this.engine.consolidate(6);
  }

  search(query: ReadonlyMap<string, number>, limit: number): Hit[] {
    const hits: Hit[] = [];
    for (const [id, score] of this.engine.search([...query.keys()].join(" "), limit)) {
      if (!id.startsWith("pad")) hits.push({ id: Number(id), score });
    }
    return hits;
  }
}

export const winkEngine: EngineFactory = (items) => new WinkEngine(items);
