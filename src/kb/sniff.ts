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

/** Width and height from a PNG's IHDR or a JPEG's frame header, before anything is decoded. */
export function imageSize(data: Buffer): { width: number; height: number } | undefined {
  if (data.length >= 24 && data.readUInt32BE(0) === 0x89504e47) return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return undefined;
  let p = 2;
  while (p + 9 < data.length) {
    if (data[p] !== 0xff) return undefined;
    const marker = data[p + 1]!;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      p += 2;
      continue;
    }
    // SOF0–SOF15 carry the frame size (C4 DHT, C8 JPG, CC DAC are not frames).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(p + 5), width: data.readUInt16BE(p + 7) };
    }
    p += 2 + data.readUInt16BE(p + 2);
  }
  return undefined;
}
