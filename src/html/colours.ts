// The manual's colours (manual.yaml `colors`) made safe to read: text in a
// colour must reach WCAG AA contrast (4.5:1) on its ground, so a light brand
// colour is darkened for text and kept as it is for bars and borders.

export type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a colour like #1f5f8b: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

export function toHex(c: Rgb): string {
  return `#${c.map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance. */
export function luminance(c: Rgb): number {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `c` mixed with `with` (0: c, 1: with). */
export function mix(c: Rgb, other: Rgb, amount: number): Rgb {
  return c.map((v, i) => Math.round(v + (other[i]! - v) * amount)) as Rgb;
}

const BLACK: Rgb = [0, 0, 0];
export const WHITE: Rgb = [255, 255, 255];

/** `colour`, darkened in small steps until text in it reaches `ratio` on `ground`. */
export function readable(colour: Rgb, ground: Rgb, ratio = 4.5): Rgb {
  let c = colour;
  for (let step = 1; contrast(c, ground) < ratio && step <= 20; step++) c = mix(colour, BLACK, step / 20);
  return c;
}

/** The callout kinds' colours, as in templates/lib.typ. */
export function kindColour(kind: string, primary: Rgb, accent: Rgb): Rgb {
  const fixed: Record<string, string> = { activity: '#2e7d32', tip: '#2e7d32', warning: '#b3261e', facilitator: '#5f6368' };
  if (fixed[kind]) return parseHex(fixed[kind]);
  return kind === 'key' ? accent : primary;
}

export const KINDS = ['objectives', 'activity', 'key', 'note', 'warning', 'facilitator', 'tip'] as const;

export interface Palette {
  /** Headings and links: the primary colour, readable on white. */
  primaryText: string;
  /** The accent, readable on white (the "MODULE 1" line). */
  accentText: string;
  primary: string;
  accent: string;
  /** Per callout kind: its bar, its tinted ground and its title colour (readable on the ground). */
  kinds: { kind: string; bar: string; ground: string; title: string }[];
}

export function palette(primaryHex: string, accentHex: string): Palette {
  const primary = parseHex(primaryHex);
  const accent = parseHex(accentHex);
  return {
    primary: toHex(primary),
    accent: toHex(accent),
    primaryText: toHex(readable(primary, WHITE)),
    accentText: toHex(readable(accent, WHITE)),
    kinds: KINDS.map((kind) => {
      const bar = kindColour(kind, primary, accent);
      const ground = mix(bar, WHITE, 0.9);
      return { kind, bar: toHex(bar), ground: toHex(ground), title: toHex(readable(bar, ground)) };
    }),
  };
}
