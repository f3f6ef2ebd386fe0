// What one source may hold. Past a limit a source is refused with a finding
// (input-too-large, too-deep) naming file and line, instead of letting the
// parser, pandoc or Typst run for minutes or exhaust memory. Each limit is
// far above what a real manual needs (the largest sample module is 9 KB).
export const LIMITS = {
  /** Bytes of one Markdown or YAML source file. */
  fileBytes: 2 * 1024 * 1024,
  /** Characters of one paragraph (lines without a blank line between them). */
  paragraphChars: 100_000,
  /** Rows of one table. */
  tableRows: 2_000,
  /** Footnote marks (`[^…]`, references and notes) of one file: the footnote parser slows down quadratically. */
  footnotes: 2_000,
  /** Nesting of lists, block quotes and divs inside each other, and of brackets in a line. */
  depth: 16,
  /** Attendees (rows of the CSV) of one packet run. */
  attendees: 5_000,
  /** Languages of one manual. */
  languages: 20,
  /** Keys (map entries, at every depth) of one YAML file. */
  yamlKeys: 20_000,
  /** Aliases (`*name`) one YAML file may expand. */
  yamlAliases: 100,
  /** Bytes of one image or logo. */
  imageBytes: 25 * 1024 * 1024,
  /** Pixels of one side of a raster image (PNG, JPEG, GIF, WebP), read from its header. */
  imageSide: 20_000,
  /** Pixels of a raster image (width × height): Typst decodes every one into memory. */
  imagePixels: 100_000_000,
  /** Elements of one SVG nested in each other. */
  svgDepth: 256,
  /** Elements of one SVG. */
  svgElements: 100_000,
  /** Seconds Typst may spend setting one document that holds raw Typst (PROMOKIT_TYPESET_TIMEOUT overrides). */
  typesetSeconds: 120,
  /** Bytes of one PDF deck read by handout or packet (a `pdf:` session). */
  pdfBytes: 200 * 1024 * 1024,
  /** Pages of one PDF deck read by handout or packet. */
  pdfPages: 2_000,
  /** Objects a PDF's cross-reference or object stream may declare. */
  pdfObjects: 1_000_000,
  /** Bytes one PDF stream pdf-lib decodes (cross-reference, object, page content) may expand to. */
  pdfStreamBytes: 64 * 1024 * 1024,
  /** Bytes the page contents of one PDF deck may expand to, all pages together. */
  pdfDecodedBytes: 256 * 1024 * 1024,
  /** Levels of a PDF's page tree (real files have fewer than 10). */
  pdfTreeDepth: 64,
} as const;
