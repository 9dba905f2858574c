// What a file really is, from its first bytes: a renamed program or a PDF saved as .docx is
// refused with its own explanation instead of reaching a parser.

export type Sniffed = "pdf" | "zip" | "png" | "jpeg" | "executable" | "text" | "unknown";

export function sniff(data: Buffer): Sniffed {
  const head = data.subarray(0, 1024);
  const u32 = head.length >= 4 ? head.readUInt32BE(0) : 0;
  if (head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a) return "executable"; // MZ: Windows .exe/.dll
  if (u32 === 0x7f454c46) return "executable"; // ELF
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(u32)) return "executable"; // Mach-O
  if (head.length >= 2 && head[0] === 0x23 && head[1] === 0x21) return "executable"; // "#!" script
  if (head.includes("%PDF-")) return "pdf";
  if (u32 === 0x504b0304) return "zip";
  if (u32 === 0x89504e47) return "png";
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "jpeg";
  // Text: no NUL in the first kilobyte (UTF-16 has a BOM and is decoded by the text reader).
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return "text";
  return head.includes(0) ? "unknown" : "text";
}

/** What a format's bytes must start as. */
export const EXPECTED: Record<string, Sniffed> = {
  pdf: "pdf",
  docx: "zip",
  xlsx: "zip",
  png: "png",
  jpeg: "jpeg",
  txt: "text",
  md: "text",
};
