// Hostile files built in memory: zip bombs (honest and lying), a spreadsheet of a million empty
// rows, a truncated PDF, 500 blank pages, a renamed program.
import zlib from "node:zlib";
import { PDFDocument, StandardFonts } from "pdf-lib";

interface RawEntry {
  name: string;
  /** Deflated bytes (raw deflate). */
  deflated: Buffer;
  /** Size written in the headers. */
  declaredSize: number;
  crc: number;
}

/** A zip writer that writes exactly what it is told, including sizes that lie. */
export function zipOf(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + e.deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const entry = (name: string, content: string | Buffer, declaredSize?: number): RawEntry => {
  const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return { name, deflated: zlib.deflateRawSync(data), declaredSize: declaredSize ?? data.length, crc: zlib.crc32(data) };
};

const DOCX_BASICS = [
  entry(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  ),
  entry("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Xin chào</w:t></w:r></w:p></w:body></w:document>'),
];

/** A .docx of ~1 MB whose 11 media entries unpack to 100 MB of zeros each: 1.1 GB in all. */
export function docxZipBomb(): Buffer {
  const chunk = 100 * 1024 * 1024;
  const zeros = Buffer.alloc(chunk);
  const deflated = zlib.deflateRawSync(zeros, { level: 9 });
  const crc = zlib.crc32(zeros);
  const media = Array.from({ length: 11 }, (_, i) => ({ name: `word/media/image${i + 1}.png`, deflated, declaredSize: chunk, crc }));
  return zipOf([...DOCX_BASICS, ...media]);
}

/** The same bomb with its sizes understated: the central directory claims 1 kB per entry. */
export function docxLyingZipBomb(): Buffer {
  const zeros = Buffer.alloc(50 * 1024 * 1024);
  return zipOf([...DOCX_BASICS, { name: "word/media/image1.png", deflated: zlib.deflateRawSync(zeros, { level: 9 }), declaredSize: 1024, crc: 0 }]);
}

/** A minimal, valid workbook whose one sheet has a header row and then a million empty rows. */
export function xlsxMillionEmptyRows(): Buffer {
  const rows: string[] = [];
  for (let r = 2; r <= 1_000_001; r++) rows.push("<row/>");
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return zipOf([
    entry(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    entry("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    entry("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Lich" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    entry("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    entry(
      "xl/worksheets/sheet1.xml",
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>session_id</t></is></c></row>${rows.join("")}</sheetData></worksheet>`,
    ),
  ]);
}

/** A text PDF of one letter, then cut at 60% as an interrupted download would leave it. */
export async function truncatedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < 3; p++) {
    const page = pdf.addPage([595, 842]);
    for (let i = 0; i < 30; i++) page.drawText(`Line ${i} of page ${p + 1}: training plan and contact officers`, { x: 50, y: 800 - i * 20, size: 11, font });
  }
  const full = Buffer.from(await pdf.save({ useObjectStreams: false }));
  return full.subarray(0, Math.floor(full.length * 0.6));
}

export async function blankPagesPdf(pages: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage([595, 842]);
  return Buffer.from(await pdf.save());
}

/** The first 64 kB of this machine's node binary (ELF), to be sent under a document's name. */
export async function renamedExecutable(): Promise<Buffer> {
  const fs = await import("node:fs/promises");
  const fh = await fs.open(process.execPath, "r");
  try {
    const buf = Buffer.alloc(64 * 1024);
    await fh.read(buf, 0, buf.length, 0);
    return buf;
  } finally {
    await fh.close();
  }
}

/** A Windows program header (MZ … PE) under a document's name. */
export function windowsExecutable(): Buffer {
  const b = Buffer.alloc(4096);
  b.write("MZ", 0, "latin1");
  b.writeUInt32LE(0x80, 0x3c);
  b.write("PE\0\0", 0x80, "latin1");
  return b;
}
