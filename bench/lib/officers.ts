// Simulated officers for the throughput section: each follows a short script (the /start menu,
// questions, feedback and "full passage" buttons, the registration form step by step), reading
// the bot's last message to them to answer the step it asks for or press one of its buttons.
import type { Update } from "grammy/types";
import { registration as reg } from "../../src/messages/index.js";
import { communesOf } from "../../src/reference/communes.js";
import { PROVINCES } from "../../src/reference/provinces.js";
import { pressUpdate, textUpdate, type LastMessage } from "./fake-telegram.js";

type Step = "start" | "press0" | "press1" | "press2" | "question" | "register" | "form";

/** ~40 % form steps, ~30 % button presses, ~25 % questions, a few commands. */
const SCRIPT: Step[] = [
  "start", "press0", "question", "press0", "question", "press2",
  "register", "form", "form", "form", "form", "form", "form", "form", "form", "form",
  "question", "press1", "question", "press2",
];

const ENTRY_POINTS = [0, SCRIPT.indexOf("register"), SCRIPT.indexOf("question", SCRIPT.indexOf("register"))];

const GIVEN = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Linh", "Minh", "Nam", "Phương", "Quang", "Thảo", "Trang", "Tuấn", "Việt", "Yến"];
const MIDDLE = ["Văn", "Thị", "Đức", "Ngọc", "Minh", "Thanh", "Hữu", "Thu"];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"];

const unitNamePrompt = reg.prompts.unitName("xa", "").split("(")[0]!;
const KIND_CHOICE: Record<string, string> = { xã: "xa", phường: "phuong", "đặc khu": "dac_khu" };

/** Letters-only names, unique per officer (commune names must not be bare digits). */
function word(list: readonly string[], n: number, parts: number): string {
  const out: string[] = [];
  for (let i = 0; i < parts; i++) {
    out.push(list[n % list.length]!);
    n = Math.floor(n / list.length);
  }
  return out.join(" ");
}

export class Officer {
  private step: number;
  private messageId = 1;
  private asked = 0;

  constructor(
    readonly index: number,
    readonly userId: number,
    private readonly questions: readonly string[],
  ) {
    // A third start with /start, a third with /dangky, a third with a question, so ten updates
    // per officer already cover the whole mix (and a completed registration).
    this.step = ENTRY_POINTS[index % ENTRY_POINTS.length]!;
  }

  /** The next update this officer sends, given the bot's last message to them. */
  next(last: LastMessage | undefined): Update {
    const step = SCRIPT[this.step++ % SCRIPT.length]!;
    switch (step) {
      case "start":
        return this.text("/start");
      case "register":
        return this.text("/dangky");
      case "question":
        return this.question();
      case "form":
        return this.formAnswer(last);
      default:
        return this.press(last, Number(step.slice(5)));
    }
  }

  private text(s: string): Update {
    return textUpdate(this.userId, s, this.messageId++);
  }

  private question(): Update {
    const q = this.questions[(this.index * 7 + this.asked++) % this.questions.length]!;
    return this.text(q);
  }

  /** Presses button `n` (or the last one) of the bot's last message; a stale button otherwise. */
  private press(last: LastMessage | undefined, n: number): Update {
    const buttons = last?.buttons ?? [];
    const data = buttons[Math.min(n, buttons.length - 1)] ?? "ask:up:0";
    return pressUpdate(this.userId, data, last?.messageId ?? 1);
  }

  /** The officer's own commune from the official list: one per officer, so quotas rarely refuse. */
  private get unit() {
    const units = communesOf(PROVINCES[this.index % PROVINCES.length]!);
    return units[Math.floor(this.index / PROVINCES.length) % units.length]!;
  }

  /** Answers the registration step the bot's last message asks for. */
  private formAnswer(last: LastMessage | undefined): Update {
    const text = last?.text ?? "";
    const i = this.index;
    if (text.includes(reg.prompts.province) || text.includes(reg.prompts.provinceAgain)) return this.text(this.unit.province);
    if (text.includes(unitNamePrompt)) return this.text(this.unit.name);
    if (text.includes(reg.prompts.fullName)) return this.text(`${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${word(GIVEN, i, 2)}`);
    if (text.includes(reg.prompts.position)) return this.text("Chuyên viên");
    if (text.includes(reg.prompts.phone)) return this.text(`09${String(10_000_000 + i).slice(-8)}`);
    if (text.includes(reg.prompts.email)) return this.text(`canbo${i}@example.gov.vn`);
    const buttons = last?.buttons ?? [];
    // Unit kind: the kind of the officer's commune; otherwise the first button (consent "yes",
    // "confirm", "update that one", the first of similar communes).
    const commune = buttons.find((b) => b.endsWith(`:kd:${KIND_CHOICE[this.unit.kind]}`));
    if (commune) return pressUpdate(this.userId, commune, last!.messageId);
    if (buttons.length > 0) return pressUpdate(this.userId, buttons[0]!, last!.messageId);
    return this.question();
  }
}
