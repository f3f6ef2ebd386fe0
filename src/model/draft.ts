/** The words of every draft watermark (`--draft`), in the manuals' two languages. */
export const DEFAULT_WATERMARK = 'BORRADOR / DRAFT';
