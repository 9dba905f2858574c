// Questions dictated by voice reach the bot as speech-to-text: acronyms and numbers come spelled
// out as they are said ("tê tê hát cê" for TTHC, "quy lờ vê bê" for QLVB, "năm bảy hai mốt" for
// 5721, "một bốn không" for 140). They are written back as typed before the question is read, so
// the rest of the KB meets "TTHC" and "5721" as it would from a keyboard.
import { nfc, stripMarks } from "./normalize.js";

/**
 * Vietnamese names of letters as said when spelling an acronym, as typed with marks. Names that are
 * also common words once folded ("đê"/"để", "ca"/"cả", "lờ"/"lo") count only with their marks.
 */
const LETTER_NAMES: ReadonlyMap<string, string> = new Map([
  ["bê", "b"], ["bờ", "b"], ["xê", "c"], ["cê", "c"], ["cờ", "c"], ["dê", "d"], ["dờ", "d"], ["đê", "d"], ["đờ", "d"],
  ["ép", "f"], ["giê", "g"], ["gê", "g"], ["gờ", "g"], ["hát", "h"], ["hắt", "h"], ["hờ", "h"], ["ca", "k"], ["ka", "k"], ["lờ", "l"],
  ["e lờ", "l"], ["mờ", "m"], ["em mờ", "m"], ["nờ", "n"], ["en nờ", "n"], ["en", "n"], ["pê", "p"], ["pờ", "p"], ["quy", "q"], ["quờ", "q"],
  ["rờ", "r"], ["e rờ", "r"], ["ét", "s"], ["ét xì", "s"], ["tê", "t"], ["tờ", "t"], ["vê", "v"], ["vờ", "v"], ["ích", "x"],
  ["ích xì", "x"], ["u", "u"], ["ô", "o"],
]);

/** Letter names typed without marks that are not everyday words, folded, with their letters. */
const FOLDED_LETTER_NAMES: ReadonlyMap<string, string> = new Map([
  ["te", "t"], ["be", "b"], ["xe", "c"], ["ce", "c"], ["hat", "h"], ["ve", "v"], ["pe", "p"], ["quy", "q"], ["et", "s"], ["ich", "x"], ["gie", "g"],
]);
/** Letter names typed without marks that are everyday words too ("để", "cả", "lo"): only inside a spelled run. */
const FOLDED_AMBIGUOUS_NAMES: ReadonlyMap<string, string> = new Map([
  ["de", "d"], ["ca", "k"], ["lo", "l"], ["mo", "m"], ["no", "n"], ["go", "g"], ["co", "c"], ["en", "n"], ["u", "u"], ["ro", "r"], ["ho", "h"], ["to", "t"], ["po", "p"], ["bo", "b"], ["vo", "v"], ["do", "d"],
]);
/** Words after which two number words name a document or a date ("cv ba chín", "tháng một"), folded. */
const NUMBERED: ReadonlySet<string> = new Set(["cv", "vb", "tb", "qd", "so", "van", "ban", "bao", "dinh", "thang", "mong", "mung", "ngay"]);

/** Spoken digits, as typed with marks; "mốt", "lăm", "tư" are 1, 5, 4 after a tens digit. */
const DIGITS: ReadonlyMap<string, number> = new Map([
  ["không", 0], ["linh", 0], ["lẻ", 0], ["một", 1], ["mốt", 1], ["hai", 2], ["ba", 3], ["bốn", 4], ["tư", 4],
  ["năm", 5], ["lăm", 5], ["sáu", 6], ["bảy", 7], ["bẩy", 7], ["tám", 8], ["chín", 9],
]);
const FOLDED_DIGITS: ReadonlyMap<string, number> = new Map([...DIGITS].map(([w, d]) => [stripMarks(w), d]));

/** Fewest letter names in a row read as an acronym: one name alone is a word. */
const MIN_LETTERS = 2;
/** Fewest number words in a row read as a number: "hai người" is two people, not "2 người". */
const MIN_NUMBER_WORDS = 2;

/** A word of the question as typed (`word`, with what separates it from the next in `gap`). */
type Token = { word: string; gap: string; folded: string; marked: boolean };

function tokens(text: string): Token[] {
  const parts = nfc(text).split(/(\s+)/);
  const out: Token[] = [];
  for (let k = 0; k < parts.length; k += 2) {
    const word = parts[k]!;
    if (!word) continue;
    const bare = word.toLowerCase().replace(/[^\p{L}\p{N}]+$/u, "");
    const folded = stripMarks(bare);
    out.push({ word, gap: parts[k + 1] ?? "", folded, marked: folded !== bare });
  }
  return out;
}

function bareWord(t: Token): string {
  return t.word.toLowerCase().replace(/[^\p{L}\p{N}]+$/u, "");
}

/** The letter a word names when spelling ("tê" → t), with a two-word name ("e lờ") first; its length in words. */
function letterAt(ts: readonly Token[], i: number, marked: boolean, inRun: boolean): [string, number] | undefined {
  const two = ts[i + 1] ? LETTER_NAMES.get(`${bareWord(ts[i]!)} ${bareWord(ts[i + 1]!)}`) : undefined;
  if (two && !/[^\p{L}]$/u.test(ts[i]!.word)) return [two, 2];
  const one = LETTER_NAMES.get(bareWord(ts[i]!));
  if (one) return [one, 1];
  if (marked) return undefined;
  // Typed without marks: names that cannot be everyday words, and inside a run the others too.
  const folded = FOLDED_LETTER_NAMES.get(ts[i]!.folded) ?? (inRun ? FOLDED_AMBIGUOUS_NAMES.get(ts[i]!.folded) : undefined);
  return folded ? [folded, 1] : undefined;
}

function digitAt(t: Token, marked: boolean): number | undefined {
  const w = bareWord(t);
  return marked ? DIGITS.get(w) : FOLDED_DIGITS.get(t.folded);
}

/** Reads a run of number words ("năm bảy hai mốt", "ba mươi lăm", "mười sáu") into digits, and how many words it took. */
function numberFrom(ts: readonly Token[], i: number, marked: boolean): [string, number] | undefined {
  let out = "";
  let k = i;
  while (k < ts.length) {
    const w = marked ? bareWord(ts[k]!) : ts[k]!.folded;
    // "Không chín không năm chấm một tám …": a phone number said with its dot ("0905.188881").
    if ((marked ? w === "chấm" : w === "cham") && out !== "" && ts[k + 1] && digitAt(ts[k + 1]!, marked) !== undefined) {
      out += ".";
      k++;
      continue;
    }
    // "Mười sáu" is 16 ("mười" alone 10); "ba mươi lăm" is 35: "mươi" makes the digit before it tens.
    // Typed without marks, "muoi" is the one or the other by where it stands.
    const ten = marked ? w === "mười" : w === "muoi" && out === "";
    const tens = marked ? w === "mươi" : w === "muoi" && out !== "";
    if (ten || tens) {
      const next = ts[k + 1] ? digitAt(ts[k + 1]!, marked) : undefined;
      const unit = next !== undefined && !(ten && next === 0);
      out += (ten ? "1" : "") + (unit ? String(next) : "0");
      k += unit ? 2 : 1;
    } else {
      const d = digitAt(ts[k]!, marked);
      if (d === undefined) break;
      out += String(d);
      k++;
    }
    if (/[^\p{L}\p{N}]$/u.test(ts[k - 1]!.word)) break;
  }
  const words = k - i;
  // "Không" closing a run of two words is more often the question's "không" than a zero.
  if (words < MIN_NUMBER_WORDS || (words === 2 && /0$/.test(out) && ts[k - 1]!.folded === "khong")) return undefined;
  // "… theo văn bản bảy bảy năm ba không": so is one closing four digits (a letter's number), not a fifth.
  if (out.length === 5 && /^\d+0$/.test(out) && ts[k - 1]!.folded === "khong") return [out.slice(0, -1), words - 1];
  return [out, words];
}

/** The words for thousands and hundreds, as typed with marks and folded. */
const THOUSANDS: ReadonlySet<string> = new Set(["nghìn", "ngàn", "nghin", "ngan"]);
const HUNDREDS: ReadonlySet<string> = new Set(["trăm", "tram"]);
/** The word saying the tens are none ("một trăm lẻ bốn" is 104), as typed with marks and folded. */
const NO_TENS: ReadonlySet<string> = new Set(["lẻ", "linh", "le"]);

/**
 * A number said by its places ("năm nghìn bảy trăm hai mươi mốt" or "… hai mốt" is 5721, "một trăm
 * lẻ bốn" 104, "một trăm bốn mươi" 140), and how many words it took; undefined without "nghìn" or "trăm".
 */
function placeValueFrom(ts: readonly Token[], i: number, marked: boolean): [string, number] | undefined {
  const word = (j: number) => (ts[j] ? (marked ? bareWord(ts[j]!) : ts[j]!.folded) : "");
  const digit = (j: number) => (ts[j] ? digitAt(ts[j]!, marked) : undefined);
  let k = i;
  let value = 0;
  for (const [places, size] of [[THOUSANDS, 1000], [HUNDREDS, 100]] as const) {
    const d = digit(k);
    if (d === undefined || !places.has(word(k + 1))) continue;
    value += d * size;
    k += 2;
  }
  if (k === i) return undefined;
  const unitAt = (j: number) => (digit(j) ?? 0) > 0 && !THOUSANDS.has(word(j + 1)) && !HUNDREDS.has(word(j + 1));
  if (NO_TENS.has(word(k)) && unitAt(k + 1)) return [String(value + digit(k + 1)!), k + 2 - i];
  // "Bảy trăm hai mốt": the tens said without "mươi", the units after them.
  if (digit(k) && unitAt(k + 1) && word(k + 1) !== (marked ? "mười" : "muoi")) return [String(value + digit(k)! * 10 + digit(k + 1)!), k + 2 - i];
  const tens = word(k) === (marked ? "mười" : "muoi") ? 1 : digit(k) !== undefined && word(k + 1) === (marked ? "mươi" : "muoi") ? digit(k)! : 0;
  if (tens === 0) return [String(value), k - i];
  k += word(k) === (marked ? "mười" : "muoi") ? 1 : 2;
  return unitAt(k) ? [String(value + tens * 10 + digit(k)!), k + 1 - i] : [String(value + tens * 10), k - i];
}

/**
 * The question with spelled-out acronyms and numbers written as typed. Questions typed with marks
 * are read by their marks; without marks, only letter names that are no everyday word count, and
 * numbers need three words or more.
 */
export function readSpoken(question: string): string {
  const ts = tokens(question);
  const marked = ts.some((t) => t.marked);
  const out: string[] = [];
  for (let i = 0; i < ts.length; ) {
    let letters = "";
    let k = i;
    while (k < ts.length) {
      const l = letterAt(ts, k, marked, letters.length >= MIN_LETTERS);
      if (!l) break;
      letters += l[0];
      k += l[1];
      if (/[^\p{L}]$/u.test(ts[k - 1]!.word)) break;
    }
    const enough = letters.length >= (marked ? MIN_LETTERS : MIN_LETTERS + 1) && /[^aeiouo]/.test(letters);
    if (enough) {
      out.push(letters.toUpperCase() + trailing(ts[k - 1]!) + ts[k - 1]!.gap);
      i = k;
      continue;
    }
    const number = spokenNumber(ts, i, marked);
    if (number) {
      out.push(number[0] + ts[i + number[1] - 1]!.gap);
      i += number[1];
      continue;
    }
    out.push(ts[i]!.word + ts[i]!.gap);
    i++;
  }
  return out.join("").trimEnd();
}

/**
 * A number said in words at `i`, as typed, and how many words it took: three or more words, or
 * two after a word that numbers ("cv ba chín", "thông báo năm ba"), or one after "tháng", "mồng"
 * ("tháng một"). "Năm hai lăm" is the year 2025.
 */
function spokenNumber(ts: readonly Token[], i: number, marked: boolean): [string, number] | undefined {
  const prev = ts[i - 1]?.folded;
  const numbered = prev !== undefined && NUMBERED.has(prev);
  if (ts[i]!.folded === "nam" && !numbered) {
    // "Năm hai lăm", "năm hai không hai lăm": the year 2025.
    const year = numberFrom(ts, i + 1, marked);
    if (year && (year[0].length === 2 || year[0].length === 4)) {
      return [`${ts[i]!.word} ${year[0].length === 2 ? "20" : ""}${year[0]}${trailing(ts[i + year[1]]!)}`, year[1] + 1];
    }
  }
  const n = placeValueFrom(ts, i, marked) ?? numberFrom(ts, i, marked);
  // Two words only after a word that numbers or with "mười"/"mươi": "cử hai ba người" is two or three people.
  const tens = ts.slice(i, i + (n?.[1] ?? 0)).some((t) => t.folded === "muoi");
  if (n && (n[1] > MIN_NUMBER_WORDS || numbered || tens)) return [n[0] + trailing(ts[i + n[1] - 1]!), n[1]];
  const single = (prev === "thang" || prev === "mong" || prev === "mung") ? digitAt(ts[i]!, marked) : undefined;
  return single !== undefined && single > 0 ? [String(single) + trailing(ts[i]!), 1] : undefined;
}

/** Punctuation after a word ("cê," keeps its comma). */
function trailing(t: Token): string {
  return t.word.match(/[^\p{L}\p{N}]+$/u)?.[0] ?? "";
}
