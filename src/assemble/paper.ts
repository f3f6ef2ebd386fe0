// Paper sizes in PDF points (1/72 inch), portrait.
import { PageSizes } from 'pdf-lib';

export type Paper = 'letter' | 'a4';

export const PAPER_SIZES: Readonly<Record<Paper, readonly [number, number]>> = {
  letter: PageSizes.Letter, // 612 × 792
  a4: PageSizes.A4, // 595.28 × 841.89
};

/** Width and height of the paper, portrait. */
export function paperSize(paper: Paper): [number, number] {
  const [width, height] = PAPER_SIZES[paper];
  return [width, height];
}
