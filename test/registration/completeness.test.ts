// Completeness against the official list: expected, registered and missing units per province.
import { describe, expect, it } from "vitest";
import { missingUnitsByProvince } from "../../src/flows/registration/roster.js";
import { communesOf } from "../../src/reference/communes.js";
import { chatFor, LAN, newRouter, register, setup } from "./helpers.js";

const NGHE_AN = communesOf("Nghệ An");

describe("units still missing a registration", () => {
  it("after three communes of Nghệ An register, the other units of the list are missing, with their codes", async () => {
    const h = await setup();
    const typed = ["tan an", "Phường Thành Vinh", "xa dien chau"];
    for (const [i, unitName] of typed.entries()) {
      const chat = chatFor(newRouter(h), { userId: `u${i}` });
      await register(chat, { ...LAN, unitName, phone: `091234567${i}`, email: `cb${i}@example.vn` });
    }
    const registered = (await h.store.officer.findMany()).map((o) => o.unitCode);
    expect(registered).toHaveLength(3);

    const all = await missingUnitsByProvince(h.store);
    expect(all).toHaveLength(34);
    const na = all.find((m) => m.province === "Nghệ An")!;
    expect(na.missing).toHaveLength(NGHE_AN.length - 3);
    expect(na.missing.map((u) => u.code).sort()).toEqual(
      NGHE_AN.filter((u) => !registered.includes(u.code))
        .map((u) => u.code)
        .sort(),
    );
    // Other provinces miss every unit of theirs.
    expect(all.find((m) => m.province === "Quảng Trị")!.missing).toHaveLength(communesOf("Quảng Trị").length);
    // Asking for some provinces only.
    expect((await missingUnitsByProvince(h.store, ["Nghệ An"])).map((m) => m.province)).toEqual(["Nghệ An"]);
  });
});
