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
  /** Nesting of lists, block quotes and divs inside each other, and of brackets in a line. */
  depth: 16,
  /** Languages of one manual. */
  languages: 20,
  /** Keys (map entries, at every depth) of one YAML file. */
  yamlKeys: 20_000,
  /** Aliases (`*name`) one YAML file may expand. */
  yamlAliases: 100,
} as const;
