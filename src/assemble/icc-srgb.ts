// A small ICC v2 profile of sRGB (IEC 61966-2.1), made here rather than
// shipped as an opaque binary: a display ('mntr') RGB → XYZ matrix/TRC
// profile, the primaries adapted to D50 (Bradford) as the ICC's connection
// space wants, and the sRGB tone curve sampled at 1024 points. It is what
// --press names as the output intent. Every byte is fixed, so the PDFs stay
// byte-identical.

/** The sRGB primaries and white, D50-adapted, as in the ICC's own sRGB profiles. */
const RED = [0.436066, 0.222488, 0.013916] as const;
const GREEN = [0.385147, 0.716873, 0.097076] as const;
const BLUE = [0.143066, 0.060608, 0.714096] as const;
const D50 = [0.9642, 1.0, 0.8249] as const;
const CURVE_POINTS = 1024;
export const SRGB_DESCRIPTION = 'sRGB IEC61966-2.1';

/** The profile's bytes. */
export function srgbIccProfile(): Uint8Array {
  const tags: [string, Uint8Array][] = [
    ['desc', textDescription(SRGB_DESCRIPTION)],
    ['cprt', text('No copyright, use freely')],
    ['wtpt', xyz(D50)],
    ['rXYZ', xyz(RED)],
    ['gXYZ', xyz(GREEN)],
    ['bXYZ', xyz(BLUE)],
    ['rTRC', srgbCurve()],
  ];
  // The green and blue curves are the red one: three tag entries, one copy of the data.
  const entries: [string, number][] = [...tags.map(([sig], i): [string, number] => [sig, i]), ['gTRC', 6], ['bTRC', 6]];
  const tableSize = 4 + entries.length * 12;
  const offsets: number[] = [];
  let at = pad4(128 + tableSize);
  for (const [, data] of tags) {
    offsets.push(at);
    at = pad4(at + data.length);
  }
  const out = new Uint8Array(at);
  const view = new DataView(out.buffer);
  // Header (ICC.1:2001-04, section 6.1).
  view.setUint32(0, out.length);
  view.setUint32(8, 0x02100000); // version 2.1
  ascii(out, 12, 'mntr');
  ascii(out, 16, 'RGB ');
  ascii(out, 20, 'XYZ ');
  [2026, 1, 1, 0, 0, 0].forEach((n, i) => view.setUint16(24 + i * 2, n)); // fixed date: reproducible bytes
  ascii(out, 36, 'acsp');
  view.setUint32(64, 0); // rendering intent: perceptual
  D50.forEach((v, i) => view.setInt32(68 + i * 4, s15(v)));
  // Tag table.
  view.setUint32(128, entries.length);
  entries.forEach(([sig, i], k) => {
    const data = tags[i]![1];
    ascii(out, 132 + k * 12, sig);
    view.setUint32(136 + k * 12, offsets[i]!);
    view.setUint32(140 + k * 12, data.length);
  });
  tags.forEach(([, data], i) => out.set(data, offsets[i]!));
  return out;
}

/** The sRGB transfer function, 0–1 in, linear light out. */
export function srgbToLinear(v: number): number {
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

function srgbCurve(): Uint8Array {
  const out = new Uint8Array(12 + CURVE_POINTS * 2);
  const view = new DataView(out.buffer);
  ascii(out, 0, 'curv');
  view.setUint32(8, CURVE_POINTS);
  for (let i = 0; i < CURVE_POINTS; i++) view.setUint16(12 + i * 2, Math.round(srgbToLinear(i / (CURVE_POINTS - 1)) * 65535));
  return out;
}

function xyz(v: readonly [number, number, number]): Uint8Array {
  const out = new Uint8Array(20);
  const view = new DataView(out.buffer);
  ascii(out, 0, 'XYZ ');
  v.forEach((n, i) => view.setInt32(8 + i * 4, s15(n)));
  return out;
}

/** textType: the signature, 4 reserved bytes, ASCII ending in a NUL. */
function text(s: string): Uint8Array {
  const out = new Uint8Array(8 + s.length + 1);
  ascii(out, 0, 'text');
  ascii(out, 8, s);
  return out;
}

/** textDescriptionType (v2): ASCII with its length, then empty Unicode and ScriptCode parts. */
function textDescription(s: string): Uint8Array {
  const n = s.length + 1;
  const out = new Uint8Array(12 + n + 4 + 4 + 2 + 1 + 67);
  const view = new DataView(out.buffer);
  ascii(out, 0, 'desc');
  view.setUint32(8, n);
  ascii(out, 12, s);
  return out;
}

function ascii(out: Uint8Array, at: number, s: string): void {
  for (let i = 0; i < s.length; i++) out[at + i] = s.charCodeAt(i) & 0x7f;
}

const s15 = (v: number): number => Math.round(v * 65536);
const pad4 = (n: number): number => (n + 3) & ~3;
