// Shared paths and fixtures for the knowledge-base tests.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The official letters (tests may read ../shared; the product must not need it). */
export const GUIDANCE = path.resolve(ROOT, "../shared/guidance");
export const DEV_SET = path.resolve(ROOT, "../shared/eval/kb-dev.jsonl");
export const OWN_SET = path.join(ROOT, "test/kb/own-questions.jsonl");
export const PARAPHRASE_SET = path.join(ROOT, "test/kb/paraphrases.jsonl");
export const OUT_OF_SCOPE_SET = path.join(ROOT, "test/kb/out-of-scope.jsonl");
/** Issue 15: everyday paraphrases across all five letters, and near-domain questions; each with a held-out part. */
export const EVERYDAY_SET = path.join(ROOT, "test/kb/everyday.jsonl");
export const EVERYDAY_HELDOUT_SET = path.join(ROOT, "test/kb/everyday-heldout.jsonl");
export const NEAR_DOMAIN_SET = path.join(ROOT, "test/kb/near-domain.jsonl");
export const NEAR_DOMAIN_HELDOUT_SET = path.join(ROOT, "test/kb/near-domain-heldout.jsonl");
/** A second held-out pair, written from the letters before the second round of tuning (tuning.ts). */
export const EVERYDAY_FRESH_SET = path.join(ROOT, "test/kb/everyday-fresh.jsonl");
export const NEAR_DOMAIN_FRESH_SET = path.join(ROOT, "test/kb/near-domain-fresh.jsonl");
/** A development pair written before the third round (tuning.ts): looked at question by question. */
export const EVERYDAY_DEV2_SET = path.join(ROOT, "test/kb/everyday-dev2.jsonl");
export const NEAR_DOMAIN_DEV2_SET = path.join(ROOT, "test/kb/near-domain-dev2.jsonl");
/** A pair written independently by someone else, measured unseen, then tuned on from the fifth round (tuning.ts). */
export const EVERYDAY_FRESH2_SET = path.join(ROOT, "test/kb/everyday-fresh2.jsonl");
export const NEAR_DOMAIN_FRESH2_SET = path.join(ROOT, "test/kb/near-domain-fresh2.jsonl");
/** Written from the letters alone before the fifth round; held out until the sixth, tuned on since. */
export const EVERYDAY_FRESH3_SET = path.join(ROOT, "test/kb/everyday-fresh3.jsonl");
export const NEAR_DOMAIN_FRESH3_SET = path.join(ROOT, "test/kb/near-domain-fresh3.jsonl");
/** Three development pairs of the sixth round, each by another writer from the letters alone: tuned on. */
export const EVERYDAY_DEV3_SET = path.join(ROOT, "test/kb/everyday-dev3.jsonl");
export const NEAR_DOMAIN_DEV3_SET = path.join(ROOT, "test/kb/near-domain-dev3.jsonl");
export const EVERYDAY_DEV4_SET = path.join(ROOT, "test/kb/everyday-dev4.jsonl");
export const NEAR_DOMAIN_DEV4_SET = path.join(ROOT, "test/kb/near-domain-dev4.jsonl");
export const EVERYDAY_DEV5_SET = path.join(ROOT, "test/kb/everyday-dev5.jsonl");
export const NEAR_DOMAIN_DEV5_SET = path.join(ROOT, "test/kb/near-domain-dev5.jsonl");
/** Written by two writers from the letters alone before the sixth round and never tuned on: the held-out pairs. */
export const EVERYDAY_FRESH4_SET = path.join(ROOT, "test/kb/everyday-fresh4.jsonl");
export const NEAR_DOMAIN_FRESH4_SET = path.join(ROOT, "test/kb/near-domain-fresh4.jsonl");
export const EVERYDAY_FRESH5_SET = path.join(ROOT, "test/kb/everyday-fresh5.jsonl");
export const NEAR_DOMAIN_FRESH5_SET = path.join(ROOT, "test/kb/near-domain-fresh5.jsonl");
// Seventh round: two more development writers and a new held-out pair.
export const EVERYDAY_DEV6_SET = path.join(ROOT, "test/kb/everyday-dev6.jsonl");
export const NEAR_DOMAIN_DEV6_SET = path.join(ROOT, "test/kb/near-domain-dev6.jsonl");
export const EVERYDAY_DEV7_SET = path.join(ROOT, "test/kb/everyday-dev7.jsonl");
export const NEAR_DOMAIN_DEV7_SET = path.join(ROOT, "test/kb/near-domain-dev7.jsonl");
export const EVERYDAY_FRESH6_SET = path.join(ROOT, "test/kb/everyday-fresh6.jsonl");
export const NEAR_DOMAIN_FRESH6_SET = path.join(ROOT, "test/kb/near-domain-fresh6.jsonl");
export const EVERYDAY_FRESH7_SET = path.join(ROOT, "test/kb/everyday-fresh7.jsonl");
export const NEAR_DOMAIN_FRESH7_SET = path.join(ROOT, "test/kb/near-domain-fresh7.jsonl");
// Eighth round: the seventh's held-out pairs and two new development writers are tuned on; a new
// held-out pair (fresh8, fresh9) is never read.
export const EVERYDAY_DEV8_SET = path.join(ROOT, "test/kb/everyday-dev8.jsonl");
export const NEAR_DOMAIN_DEV8_SET = path.join(ROOT, "test/kb/near-domain-dev8.jsonl");
export const EVERYDAY_DEV9_SET = path.join(ROOT, "test/kb/everyday-dev9.jsonl");
export const NEAR_DOMAIN_DEV9_SET = path.join(ROOT, "test/kb/near-domain-dev9.jsonl");
export const EVERYDAY_DEV10_SET = path.join(ROOT, "test/kb/everyday-dev10.jsonl");
export const NEAR_DOMAIN_DEV10_SET = path.join(ROOT, "test/kb/near-domain-dev10.jsonl");
export const EVERYDAY_DEV11_SET = path.join(ROOT, "test/kb/everyday-dev11.jsonl");
export const NEAR_DOMAIN_DEV11_SET = path.join(ROOT, "test/kb/near-domain-dev11.jsonl");
export const EVERYDAY_DEV12_SET = path.join(ROOT, "test/kb/everyday-dev12.jsonl");
export const NEAR_DOMAIN_DEV12_SET = path.join(ROOT, "test/kb/near-domain-dev12.jsonl");
export const EVERYDAY_DEV13_SET = path.join(ROOT, "test/kb/everyday-dev13.jsonl");
export const NEAR_DOMAIN_DEV13_SET = path.join(ROOT, "test/kb/near-domain-dev13.jsonl");
export const EVERYDAY_DEV14_SET = path.join(ROOT, "test/kb/everyday-dev14.jsonl");
export const NEAR_DOMAIN_DEV14_SET = path.join(ROOT, "test/kb/near-domain-dev14.jsonl");
export const EVERYDAY_DEV15_SET = path.join(ROOT, "test/kb/everyday-dev15.jsonl");
export const NEAR_DOMAIN_DEV15_SET = path.join(ROOT, "test/kb/near-domain-dev15.jsonl");
export const EVERYDAY_FRESH8_SET = path.join(ROOT, "test/kb/everyday-fresh8.jsonl");
export const NEAR_DOMAIN_FRESH8_SET = path.join(ROOT, "test/kb/near-domain-fresh8.jsonl");
export const EVERYDAY_FRESH9_SET = path.join(ROOT, "test/kb/everyday-fresh9.jsonl");
export const NEAR_DOMAIN_FRESH9_SET = path.join(ROOT, "test/kb/near-domain-fresh9.jsonl");
// Ninth round's held-out pairs: written and committed at the end of the eighth round, measured once.
export const EVERYDAY_FRESH10_SET = path.join(ROOT, "test/kb/everyday-fresh10.jsonl");
export const NEAR_DOMAIN_FRESH10_SET = path.join(ROOT, "test/kb/near-domain-fresh10.jsonl");
export const EVERYDAY_FRESH11_SET = path.join(ROOT, "test/kb/everyday-fresh11.jsonl");
export const NEAR_DOMAIN_FRESH11_SET = path.join(ROOT, "test/kb/near-domain-fresh11.jsonl");

// Ninth round: six development writers (dev16 to dev21) tuned on, with the eighth round's held-out
// pairs (fresh8, fresh9); two more writers' pairs (fresh12, fresh13) held out for the tenth.
export const EVERYDAY_DEV16_SET = path.join(ROOT, "test/kb/everyday-dev16.jsonl");
export const NEAR_DOMAIN_DEV16_SET = path.join(ROOT, "test/kb/near-domain-dev16.jsonl");
export const EVERYDAY_DEV17_SET = path.join(ROOT, "test/kb/everyday-dev17.jsonl");
export const NEAR_DOMAIN_DEV17_SET = path.join(ROOT, "test/kb/near-domain-dev17.jsonl");
export const EVERYDAY_DEV18_SET = path.join(ROOT, "test/kb/everyday-dev18.jsonl");
export const NEAR_DOMAIN_DEV18_SET = path.join(ROOT, "test/kb/near-domain-dev18.jsonl");
export const EVERYDAY_DEV19_SET = path.join(ROOT, "test/kb/everyday-dev19.jsonl");
export const NEAR_DOMAIN_DEV19_SET = path.join(ROOT, "test/kb/near-domain-dev19.jsonl");
export const EVERYDAY_DEV20_SET = path.join(ROOT, "test/kb/everyday-dev20.jsonl");
export const NEAR_DOMAIN_DEV20_SET = path.join(ROOT, "test/kb/near-domain-dev20.jsonl");
export const EVERYDAY_DEV21_SET = path.join(ROOT, "test/kb/everyday-dev21.jsonl");
export const NEAR_DOMAIN_DEV21_SET = path.join(ROOT, "test/kb/near-domain-dev21.jsonl");
export const EVERYDAY_FRESH12_SET = path.join(ROOT, "test/kb/everyday-fresh12.jsonl");
export const NEAR_DOMAIN_FRESH12_SET = path.join(ROOT, "test/kb/near-domain-fresh12.jsonl");
export const EVERYDAY_FRESH13_SET = path.join(ROOT, "test/kb/everyday-fresh13.jsonl");
export const NEAR_DOMAIN_FRESH13_SET = path.join(ROOT, "test/kb/near-domain-fresh13.jsonl");

// Written late in the ninth round by four more writers, read once for one mechanism (rhetorical
// questions): tuned on from the tenth.
export const EVERYDAY_DEV22_SET = path.join(ROOT, "test/kb/everyday-dev22.jsonl");
export const NEAR_DOMAIN_DEV22_SET = path.join(ROOT, "test/kb/near-domain-dev22.jsonl");
export const EVERYDAY_DEV23_SET = path.join(ROOT, "test/kb/everyday-dev23.jsonl");
export const NEAR_DOMAIN_DEV23_SET = path.join(ROOT, "test/kb/near-domain-dev23.jsonl");
export const EVERYDAY_DEV24_SET = path.join(ROOT, "test/kb/everyday-dev24.jsonl");
export const NEAR_DOMAIN_DEV24_SET = path.join(ROOT, "test/kb/near-domain-dev24.jsonl");
export const EVERYDAY_DEV25_SET = path.join(ROOT, "test/kb/everyday-dev25.jsonl");
export const NEAR_DOMAIN_DEV25_SET = path.join(ROOT, "test/kb/near-domain-dev25.jsonl");

// Tenth round: two more development writers (dev26, dev27), tuned on with the ninth round's held-out
// pairs (fresh10, fresh11); two more writers' pairs (fresh14, fresh15) held out with fresh12, fresh13.
export const EVERYDAY_DEV26_SET = path.join(ROOT, "test/kb/everyday-dev26.jsonl");
export const NEAR_DOMAIN_DEV26_SET = path.join(ROOT, "test/kb/near-domain-dev26.jsonl");
export const EVERYDAY_DEV27_SET = path.join(ROOT, "test/kb/everyday-dev27.jsonl");
export const NEAR_DOMAIN_DEV27_SET = path.join(ROOT, "test/kb/near-domain-dev27.jsonl");
export const EVERYDAY_FRESH14_SET = path.join(ROOT, "test/kb/everyday-fresh14.jsonl");
export const NEAR_DOMAIN_FRESH14_SET = path.join(ROOT, "test/kb/near-domain-fresh14.jsonl");
export const EVERYDAY_FRESH15_SET = path.join(ROOT, "test/kb/everyday-fresh15.jsonl");
export const NEAR_DOMAIN_FRESH15_SET = path.join(ROOT, "test/kb/near-domain-fresh15.jsonl");

// Eleventh round: the ninth round's held-out pairs (fresh12, fresh13) and nine development writers
// (dev28 to dev36) tuned on; fresh14, fresh15 still held out, fresh16, fresh17 held out from its
// start, fresh18, fresh19 written during it and measured once, with its final code.
export const EVERYDAY_DEV28_SET = path.join(ROOT, "test/kb/everyday-dev28.jsonl");
export const NEAR_DOMAIN_DEV28_SET = path.join(ROOT, "test/kb/near-domain-dev28.jsonl");
export const EVERYDAY_DEV29_SET = path.join(ROOT, "test/kb/everyday-dev29.jsonl");
export const NEAR_DOMAIN_DEV29_SET = path.join(ROOT, "test/kb/near-domain-dev29.jsonl");
export const EVERYDAY_DEV30_SET = path.join(ROOT, "test/kb/everyday-dev30.jsonl");
export const NEAR_DOMAIN_DEV30_SET = path.join(ROOT, "test/kb/near-domain-dev30.jsonl");
export const EVERYDAY_DEV31_SET = path.join(ROOT, "test/kb/everyday-dev31.jsonl");
export const NEAR_DOMAIN_DEV31_SET = path.join(ROOT, "test/kb/near-domain-dev31.jsonl");
export const EVERYDAY_DEV32_SET = path.join(ROOT, "test/kb/everyday-dev32.jsonl");
export const NEAR_DOMAIN_DEV32_SET = path.join(ROOT, "test/kb/near-domain-dev32.jsonl");
export const EVERYDAY_DEV33_SET = path.join(ROOT, "test/kb/everyday-dev33.jsonl");
export const NEAR_DOMAIN_DEV33_SET = path.join(ROOT, "test/kb/near-domain-dev33.jsonl");
export const EVERYDAY_DEV34_SET = path.join(ROOT, "test/kb/everyday-dev34.jsonl");
export const NEAR_DOMAIN_DEV34_SET = path.join(ROOT, "test/kb/near-domain-dev34.jsonl");
export const EVERYDAY_DEV35_SET = path.join(ROOT, "test/kb/everyday-dev35.jsonl");
export const NEAR_DOMAIN_DEV35_SET = path.join(ROOT, "test/kb/near-domain-dev35.jsonl");
export const EVERYDAY_DEV36_SET = path.join(ROOT, "test/kb/everyday-dev36.jsonl");
export const NEAR_DOMAIN_DEV36_SET = path.join(ROOT, "test/kb/near-domain-dev36.jsonl");
export const EVERYDAY_FRESH16_SET = path.join(ROOT, "test/kb/everyday-fresh16.jsonl");
export const NEAR_DOMAIN_FRESH16_SET = path.join(ROOT, "test/kb/near-domain-fresh16.jsonl");
export const EVERYDAY_FRESH17_SET = path.join(ROOT, "test/kb/everyday-fresh17.jsonl");
export const NEAR_DOMAIN_FRESH17_SET = path.join(ROOT, "test/kb/near-domain-fresh17.jsonl");
export const EVERYDAY_FRESH18_SET = path.join(ROOT, "test/kb/everyday-fresh18.jsonl");
export const NEAR_DOMAIN_FRESH18_SET = path.join(ROOT, "test/kb/near-domain-fresh18.jsonl");
export const EVERYDAY_FRESH19_SET = path.join(ROOT, "test/kb/everyday-fresh19.jsonl");
export const NEAR_DOMAIN_FRESH19_SET = path.join(ROOT, "test/kb/near-domain-fresh19.jsonl");
// Twelfth round: fresh14 to fresh17 and ten development writers (dev37 to dev46) tuned on; fresh18,
// fresh19 still held out, fresh20, fresh21 held out from its start, fresh22, fresh23 written during
// it. Named by the set's name rather than one constant each. Thirteenth round: fresh18 to fresh21 and
// six development writers (dev47 to dev52) tuned on; fresh22, fresh23 still held out, fresh24,
// fresh25 held out from its start. Fourteenth round: fresh22 to fresh25 and six development writers
// (dev53 to dev58) tuned on; fresh26, fresh27 held out from its start.
/** An everyday (in-scope) set of issue 15 by its name ("dev37", "fresh20"). */
export function everydaySet(name: string): string {
  return path.join(ROOT, `test/kb/everyday-${name}.jsonl`);
}
/** A near-domain set of issue 15 by its name. */
export function nearDomainSet(name: string): string {
  return path.join(ROOT, `test/kb/near-domain-${name}.jsonl`);
}

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "kb-test-"));
}

/** A folder with copies of some guidance letters and the manifest. */
export async function guidanceCopy(files: string[]): Promise<string> {
  const dir = await tempDir();
  for (const f of [...files, "manifest.json"]) await fs.copyFile(path.join(GUIDANCE, f), path.join(dir, f));
  return dir;
}