// Reading a PDF into another document's lazy context (lazy-context.ts): its
// objects are found through its cross-reference table, numbered after the
// context's last object, and kept raw; streams get their dictionary parsed
// and their data kept as it is. A PDF without a classic table (a
// cross-reference stream, an incremental update) is first written again by
// pdf-lib in that form, so every input takes the same road.
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFObjectParser, PDFRawStream, PDFRef } from 'pdf-lib';
import { DamagedPdfError } from './errors.js';
import { documentIn } from './lazy-context.js';
import { latin1, loadPdf } from './load.js';
import { RawObject, refOf, scanObject } from './raw-object.js';

interface Table {
  /** Object number → offset of `N 0 obj`. */
  offsets: Map<number, number>;
  root: number;
  /** Offset of the table itself. */
  xref: number;
}

class NotClassic extends Error {}

/** The classic cross-reference table of a PDF with one section and generation-0 objects, or NotClassic. */
function readTable(bytes: Uint8Array): Table {
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 1024)));
  const at = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!at) throw new NotClassic('no startxref');
  const start = Number(at[1]);
  const text = latin1(bytes.subarray(start, Math.min(bytes.length, start + 64 + 20 * 1_000_000)));
  const trailerAt = text.indexOf('trailer');
  if (!text.startsWith('xref') || trailerAt < 0) throw new NotClassic('no xref table');
  const tokens = text.slice(4, trailerAt).trim().split(/\s+/);
  const offsets = new Map<number, number>();
  for (let i = 0; i + 1 < tokens.length; ) {
    const first = Number(tokens[i]);
    const count = Number(tokens[i + 1]);
    i += 2;
    for (let k = 0; k < count; k++, i += 3) {
      const [offset, gen, kind] = [tokens[i], tokens[i + 1], tokens[i + 2]];
      if (kind === 'n') {
        if (gen !== '00000') throw new NotClassic('generation above 0');
        offsets.set(first + k, Number(offset));
      }
    }
  }
  const trailer = text.slice(trailerAt, text.indexOf('startxref', trailerAt));
  if (/\/(Prev|Encrypt|XRefStm)\b/.test(trailer)) throw new NotClassic('an update or encryption');
  const root = /\/Root\s+(\d+)\s+0\s+R/.exec(trailer);
  if (!root) throw new NotClassic('no /Root');
  return { offsets, root: Number(root[1]), xref: start };
}

/** Where the body of object `num` starts (after `num 0 obj`), checked against the table. */
function bodyStart(bytes: Uint8Array, num: number, offset: number): number {
  const head = latin1(bytes.subarray(offset, offset + 32));
  const m = /^\s*(\d+)\s+0\s+obj/.exec(head);
  if (!m || Number(m[1]) !== num) throw new Error(`object ${num} is not where the table says`);
  return offset + m[0].length;
}

const LENGTH = PDFName.of('Length');

/** A stream object: its dictionary (references renumbered) parsed, its data kept as read. */
function streamObject(out: PDFDocument, bytes: Uint8Array, dictBytes: Uint8Array, keyword: number): PDFRawStream {
  const ctx = out.context;
  const dict = PDFObjectParser.forBytes(dictBytes, ctx).parseObject();
  if (!(dict instanceof PDFDict)) throw new Error('a stream without a dictionary');
  const length = ctx.lookup(dict.get(LENGTH));
  if (!(length instanceof PDFNumber)) throw new Error('a stream without a direct /Length');
  let data = keyword + 'stream'.length;
  if (bytes[data] === 0x0d) data++;
  if (bytes[data] === 0x0a) data++;
  const end = data + length.asNumber();
  if (end > bytes.length || !latin1(bytes.subarray(end, end + 12)).trimStart().startsWith('endstream')) throw new Error('a stream whose /Length does not end at endstream');
  return PDFRawStream.of(dict, bytes.subarray(data, end));
}

function readClassic(out: PDFDocument, bytes: Uint8Array, table: Table): PDFDocument {
  const ctx = out.context;
  const offset = ctx.largestObjectNumber;
  const streams: { ref: PDFRef; dict: Uint8Array; keyword: number }[] = [];
  // Each object ends before the next one starts (or the table does).
  const starts = [...table.offsets.values(), table.xref].sort((x, y) => x - y);
  const next = new Map(starts.map((s, i) => [s, starts[i + 1] ?? bytes.length]));
  for (const [num, at] of table.offsets) {
    if (num === 0) continue;
    const scanned = scanObject(bytes, bodyStart(bytes, num, at), offset, next.get(at));
    if (!scanned.closed) throw new Error(`object ${num} does not end before the next one`);
    const ref = refOf(num + offset);
    if (scanned.stream === undefined) ctx.assign(ref, new RawObject(scanned.bytes, scanned.refs));
    else streams.push({ ref, dict: scanned.bytes, keyword: scanned.stream });
  }
  for (const s of streams) ctx.assign(s.ref, streamObject(out, bytes, s.dict, s.keyword));
  return documentIn(out, refOf(table.root + offset));
}

/** Reads `bytes` into `out`'s lazy context (lazyContext) and returns a view of it; `file` names it in errors. */
export async function readInto(out: PDFDocument, bytes: Uint8Array, file: string): Promise<PDFDocument> {
  let input = bytes;
  let table: Table | undefined;
  try {
    table = readTable(input);
  } catch (err) {
    if (!(err instanceof NotClassic)) throw err;
    // Pages are copied as they are: their contents are never decoded, so need no bound here.
    const doc = await loadPdf(bytes, file, { checkContents: false });
    input = await doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Number.POSITIVE_INFINITY });
  }
  try {
    return readClassic(out, input, table ?? readTable(input));
  } catch (err) {
    throw new DamagedPdfError(file, err instanceof Error ? err.message : String(err));
  }
}
