// The knowledge base's queries: guidance letters with their passages, the relations between
// letters (read from their text or set by an admin), and FAQ entries promoted from tickets.
// The row shapes are the knowledge base's own types (type-only imports: no code of src/kb runs here).
import type { LetterRelation, RelationKind } from "../kb/relations.js";
import type { KbDocument, KbFaq } from "../kb/types.js";
import type { Store } from "./db.js";

export async function storedHashes(store: Store): Promise<Map<string, string>> {
  const rows = await store.document.findMany({ select: { slug: true, contentHash: true } });
  return new Map(rows.map((r) => [r.slug, r.contentHash]));
}

export async function loadDocuments(store: Store): Promise<KbDocument[]> {
  const rows = await store.document.findMany({
    include: { passages: { orderBy: { ordinal: "asc" } } },
    orderBy: { slug: "asc" },
  });
  return rows.map((r) => ({
    slug: r.slug,
    fileName: r.fileName,
    title: r.title,
    ...(r.issuer ? { issuer: r.issuer } : {}),
    ...(r.number ? { number: r.number } : {}),
    ...(r.dateText ? { dateText: r.dateText } : {}),
    ...(r.year ? { year: r.year } : {}),
    ...(r.ocrConfidence !== null ? { ocrConfidence: r.ocrConfidence } : {}),
    ...(r.ocrPages !== null ? { ocrPages: r.ocrPages } : {}),
    contentHash: r.contentHash,
    passages: r.passages.map((p) => ({ ordinal: p.ordinal, ...(p.heading ? { heading: p.heading } : {}), text: p.text })),
  }));
}

/** Inserts or replaces a document and all its passages in one statement (atomic). */
export async function saveDocument(store: Store, doc: KbDocument): Promise<void> {
  const fields = {
    fileName: doc.fileName,
    title: doc.title,
    issuer: doc.issuer ?? null,
    number: doc.number ?? null,
    dateText: doc.dateText ?? null,
    year: doc.year ?? null,
    ocrConfidence: doc.ocrConfidence ?? null,
    ocrPages: doc.ocrPages ?? null,
    contentHash: doc.contentHash,
  };
  const passages = doc.passages.map((p) => ({ ordinal: p.ordinal, heading: p.heading ?? null, text: p.text }));
  const relations = (doc.relations ?? []).map((r) => ({ fromSlug: doc.slug, kind: r.kind, toNumber: r.toNumber, source: "text" }));
  await store.$transaction([
    store.document.upsert({
      where: { slug: doc.slug },
      create: { slug: doc.slug, ...fields, passages: { create: passages } },
      update: { ...fields, passages: { deleteMany: {}, create: passages } },
    }),
    // What a letter says of itself is re-read with it; what an admin set stays.
    store.documentRelation.deleteMany({ where: { fromSlug: doc.slug, source: "text" } }),
    ...relations.map((r) =>
      store.documentRelation.upsert({
        where: { fromSlug_kind_toNumber: { fromSlug: r.fromSlug, kind: r.kind, toNumber: r.toNumber } },
        create: r,
        update: {},
      }),
    ),
  ]);
}

export async function loadRelations(store: Store): Promise<LetterRelation[]> {
  const rows = await store.documentRelation.findMany({ orderBy: { id: "asc" } });
  return rows.map((r) => ({
    fromSlug: r.fromSlug,
    kind: r.kind as RelationKind,
    toNumber: r.toNumber,
    ...(r.toSlug ? { toSlug: r.toSlug } : {}),
    source: r.source === "admin" ? "admin" : "text",
  }));
}

export async function saveAdminRelation(store: Store, r: LetterRelation): Promise<void> {
  await store.documentRelation.upsert({
    where: { fromSlug_kind_toNumber: { fromSlug: r.fromSlug, kind: r.kind, toNumber: r.toNumber } },
    create: { fromSlug: r.fromSlug, kind: r.kind, toNumber: r.toNumber, toSlug: r.toSlug ?? null, source: "admin" },
    update: { toSlug: r.toSlug ?? null, source: "admin" },
  });
}

export async function deleteDocument(store: Store, slug: string): Promise<boolean> {
  await store.documentRelation.deleteMany({ where: { fromSlug: slug } });
  const { count } = await store.document.deleteMany({ where: { slug } });
  return count > 0;
}

export async function loadFaqEntries(store: Store): Promise<KbFaq[]> {
  const rows = await store.faqEntry.findMany({ orderBy: { id: "asc" } });
  return rows.map((r) => ({
    key: `db:${r.id}`,
    dbId: r.id,
    questions: [r.question],
    answer: r.answer,
    ...(r.docSlug ? { docSlug: r.docSlug } : {}),
    ...(r.citation ? { citation: r.citation } : {}),
  }));
}

export async function insertFaq(
  store: Store,
  entry: { question: string; answer: string; docSlug?: string; citation?: string; ticketId?: number },
): Promise<number> {
  const row = await store.faqEntry.create({
    data: {
      question: entry.question,
      answer: entry.answer,
      docSlug: entry.docSlug ?? null,
      citation: entry.citation ?? null,
      ticketId: entry.ticketId ?? null,
    },
  });
  return row.id;
}
