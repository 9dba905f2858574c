// Commune look-up: matchCommune() for every one of the 3,321 units of the official list, typed the
// ways officers type it (official name; no unit word and no diacritics; one letter wrong), plus a
// name from another province (the slowest path: typo search, then the whole list).
import { communeIndex, createCommuneIndex, parseCommuneList } from "../../src/reference/communes.js";
import { fold } from "../../src/text.js";
import { scaled, type Section } from "../lib/section.js";
import { percentile, round, seededRandom } from "../lib/stats.js";

/** One letter of the folded name replaced, away from its first letter. */
function typo(name: string, rnd: () => number): string {
  const s = fold(name.replace(/^(Xã|Phường|Đặc khu) /, ""));
  const i = 1 + Math.floor(rnd() * (s.length - 1));
  return s.slice(0, i) + (s[i] === "a" ? "e" : "a") + s.slice(i + 1);
}

export const communes: Section = {
  name: "communes",
  title: "Tra cứu xã, phường, đặc khu / Commune look-up",
  labels: {
    units: "units in the list",
    lookups: "timed look-ups",
    build_ms: "index build (ms)",
    p50_ms: "look-up p50 (ms)",
    p95_ms: "look-up p95 (ms)",
    max_ms: "look-up max (ms)",
    other_province_p95_ms: "other province's name p95 (ms)",
    exact_rate: "typed names resolved to their unit",
  },
  async run(opts) {
    // Smoke as quick: one pass over every unit is two seconds, and exact_rate needs every unit.
    const rounds = scaled(opts, { full: 5, quick: 1, smoke: 1 });
    const raw = communeIndex().list;
    let t0 = performance.now();
    createCommuneIndex(parseCommuneList(JSON.parse(JSON.stringify(raw))));
    const buildMs = performance.now() - t0;
    const index = communeIndex();
    const rnd = seededRandom(7);
    const cases = raw.provinces.flatMap((p) =>
      p.units.flatMap((u) => [
        { province: p.province, text: u.name, code: u.code },
        { province: p.province, text: fold(u.name.replace(/^(Xã|Phường|Đặc khu) /, "")), code: u.code },
        { province: p.province, text: typo(u.name, rnd), code: u.code },
      ]),
    );
    // Another province's unit typed in the wrong province.
    const provinces = raw.provinces.map((p) => p.province);
    const foreign = raw.provinces.flatMap((p, i) => p.units.map((u) => ({ province: provinces[(i + 1) % provinces.length]!, text: u.name })));
    for (const c of cases.slice(0, 500)) index.match(c.province, c.text); // warm-up
    const times: number[] = [];
    let exact = 0;
    for (let r = 0; r < rounds; r++) {
      for (const c of cases) {
        t0 = performance.now();
        const m = index.match(c.province, c.text);
        times.push(performance.now() - t0);
        if (r === 0 && m.kind === "exact" && m.unit.code === c.code) exact++;
      }
    }
    const foreignTimes = foreign.map((c) => {
      const s = performance.now();
      index.match(c.province, c.text);
      return performance.now() - s;
    });
    return {
      units: index.total,
      lookups: times.length,
      build_ms: round(buildMs, 1),
      p50_ms: round(percentile(times, 50), 4),
      p95_ms: round(percentile(times, 95), 4),
      max_ms: round(Math.max(...times), 3),
      other_province_p95_ms: round(percentile(foreignTimes, 95), 4),
      exact_rate: round(exact / cases.length, 4),
    };
  },
};
