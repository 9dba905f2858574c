// Two officers on two instances (each with its own connection pool to one PostgreSQL) confirm a
// registration for the same commune at the same moment: the database lets exactly one have its
// one place, every time, and the other is told the commune is already registered.
import { afterAll, describe, expect, it } from "vitest";
import { openMigratedStore } from "../../src/store/db.js";
import { createHarness, type Harness } from "../helpers/harness.js";
import { postgresForSuite, scratchPgDatabase } from "../helpers/test-db.js";
import { chatFor, fillToSummary, LAN, lastText, newRouter } from "../registration/helpers.js";

const reachable = await postgresForSuite("test/pg/quota-race");
const TRIES = 100;
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

async function instance(url: string): Promise<Harness> {
  const base = await createHarness();
  const store = await openMigratedStore(url, { poolMax: 4, idleMs: 1_000 });
  cleanups.push(() => store.$disconnect());
  return { ...base, store, deps: { ...base.deps, store } };
}

describe.skipIf(!reachable)("two officers racing for a commune's one place", () => {
  it(`exactly one succeeds, in ${TRIES} of ${TRIES} tries`, async () => {
    const db = await scratchPgDatabase();
    cleanups.push(db.drop);
    const [a, b] = [await instance(db.url), await instance(db.url)];
    const [routerA, routerB] = [newRouter(a), newRouter(b)];
    // Both officers fill the form to its summary once; before each try their unfinished forms are
    // put back exactly as they were, so every try races the same two confirmations.
    const officerA = chatFor(routerA, { userId: "a", name: "A" });
    const officerB = chatFor(routerB, { userId: "b", name: "B" });
    const [summaryA, summaryB] = await Promise.all([
      fillToSummary(officerA, { ...LAN, fullName: "Trần Văn An", phone: "0900000001", email: "a@example.gov.vn" }),
      fillToSummary(officerB, { ...LAN, fullName: "Lê Thị Bình", phone: "0900000002", email: "b@example.gov.vn" }),
    ]);
    const forms = await a.store.flowState.findMany({ where: { userId: { in: ["a", "b"] } } });
    expect(forms).toHaveLength(2);
    let exactlyOne = 0;
    for (let i = 0; i < TRIES; i++) {
      await a.store.officer.deleteMany();
      await a.store.flowState.deleteMany();
      await a.store.flowState.createMany({ data: forms.map(({ id: _id, ...f }) => f) });
      const [ra, rb] = await Promise.all([officerA.choose(summaryA, "Xác nhận"), officerB.choose(summaryB, "Xác nhận")]);
      const saved = [ra, rb].filter((r) => /Đã ghi nhận đăng ký/.test(lastText(r)));
      const refused = [ra, rb].filter((r) => /đã có cán bộ quản trị hệ thống đăng ký/.test(lastText(r)));
      const rows = await a.store.officer.count({ where: { status: "active" } });
      if (saved.length === 1 && refused.length === 1 && rows === 1) exactlyOne++;
      else console.log(`try ${i}: saved ${saved.length}, refused ${refused.length}, rows ${rows}\nA: ${lastText(ra)}\nB: ${lastText(rb)}`);
    }
    console.log(`commune race: exactly one registration in ${exactlyOne} of ${TRIES} tries`);
    expect(exactlyOne).toBe(TRIES);
  }, 600_000);
});
