import { describe, expect, it } from "vitest";
import { numberedChoices, splitText } from "../../src/bot/render.js";

describe("splitting long replies", () => {
  it("cuts at paragraph boundaries first, then lines, and never exceeds the limit", () => {
    const paragraph = (n: number) => `Đoạn ${n}: ` + "nội dung hướng dẫn ".repeat(20).trim();
    const text = [1, 2, 3, 4, 5].map(paragraph).join("\n\n");
    const parts = splitText(text, 2 * paragraph(1).length + 10);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(2 * paragraph(1).length + 10);
      expect(p.startsWith("Đoạn")).toBe(true);
    }
    expect(parts.join("\n\n")).toBe(text);
  });

  it("cuts a single long line at a space and an unbroken word hard, keeping emoji whole", () => {
    const parts = splitText("😀".repeat(3000), 2000);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(2000);
      expect(p).not.toMatch(/[\ud800-\udbff]$/);
    }
    expect(parts.join("")).toBe("😀".repeat(3000));
  });

  it("numbers choices from 1", () => {
    expect(numberedChoices([{ id: "a", label: "Có" }, { id: "b", label: "Không" }])).toBe("1. Có\n2. Không");
  });
});
