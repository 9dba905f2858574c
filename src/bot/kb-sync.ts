// One knowledge base across several instances: this wrapper records every change in the shared
// KB version (src/store/kb-version.ts), and poll() — run every ~2 s by the job runner — loads the
// knowledge base afresh from the database when another instance has changed it. The KB's own
// code is untouched: a reload is a new loadKnowledgeBase() swapped in once it is ready.
import type { Clock } from "../clock.js";
import type { KnowledgeBase } from "../kb/knowledge-base.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/db.js";
import { bumpKbVersion, readKbVersion } from "../store/kb-version.js";

export interface SharedKnowledgeBase extends KnowledgeBase {
  /** Reloads when another instance changed the KB; true when it did. */
  poll(): Promise<boolean>;
}

export async function shareKnowledgeBase(o: {
  store: Store;
  clock: Clock;
  log: Logger;
  /** Builds a fresh KnowledgeBase from the database (loadKnowledgeBase with the app's options). */
  load(): Promise<KnowledgeBase>;
  initial?: KnowledgeBase;
}): Promise<SharedKnowledgeBase> {
  let seen = await readKbVersion(o.store);
  let current = o.initial ?? (await o.load());
  /** Changes and reloads run one at a time. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  /** After a local change: a version that skipped one means another instance changed it too. */
  const changed = async () => {
    const v = await bumpKbVersion(o.store, o.clock.now());
    if (v === seen + 1n) seen = v;
  };
  const change =
    <A extends unknown[], R>(f: (kb: KnowledgeBase, ...a: A) => Promise<R>) =>
    (...a: A): Promise<R> =>
      serial(async () => {
        const r = await f(current, ...a);
        await changed();
        return r;
      });

  return {
    answer: (q) => current.answer(q),
    listDocuments: () => current.listDocuments(),
    listRelations: () => current.listRelations(),
    supportContacts: () => current.supportContacts(),
    ingestFile: change((kb, fileName: string, data: Buffer, opts?: Parameters<KnowledgeBase["ingestFile"]>[2]) => kb.ingestFile(fileName, data, opts)),
    removeDocument: change((kb, slug: string) => kb.removeDocument(slug)),
    setRelation: change((kb, fromSlug: string, kind: string, target: string) => kb.setRelation(fromSlug, kind, target)),
    addFaq: change((kb, entry: Parameters<KnowledgeBase["addFaq"]>[0]) => kb.addFaq(entry)),
    poll: () =>
      serial(async () => {
        const v = await readKbVersion(o.store);
        if (v === seen) return false;
        current = await o.load();
        seen = v;
        o.log.info({ version: Number(v) }, "kb: reloaded after a change on another instance");
        return true;
      }),
  };
}
