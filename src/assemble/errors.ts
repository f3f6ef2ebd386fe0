// Named failures of the assemble stage. Each one is bad input (a PDF we were
// given, an option we were passed), names the file, and says what to do.
import { PromokitError, UsageError } from '../errors.js';
export { InvalidSourceDateEpochError } from '../model/dates.js';

/** Base of the errors about a PDF that cannot be used; `file` names it. */
export class UnusablePdfError extends PromokitError {
  constructor(message: string, file: string, rule: string) {
    super(message, { file, rule });
    this.name = 'UnusablePdfError';
  }
}

/** The file is not a PDF at all (a .pptx, an image, an HTML error page…). */
export class NotAPdfError extends UnusablePdfError {
  constructor(file: string, lookslike?: string) {
    super(
      `not a PDF file${lookslike ? ` (it looks like ${lookslike})` : ''}; ` +
        'export the deck as PDF (PowerPoint, Keynote, LibreOffice: File > Export as PDF) and pass that file',
      file,
      'pdf-not-a-pdf',
    );
    this.name = 'NotAPdfError';
  }
}

/** The file starts like a PDF but is truncated or its objects cannot be read. */
export class DamagedPdfError extends UnusablePdfError {
  constructor(file: string, detail: string) {
    super(
      `the PDF is damaged or incomplete (${detail}); download or export it again, ` +
        'or repair it (for example `qpdf damaged.pdf repaired.pdf`) and pass the repaired file',
      file,
      'pdf-damaged',
    );
    this.name = 'DamagedPdfError';
  }
}

/** The PDF is encrypted (a password or permission restrictions); pdf-lib cannot decrypt it. */
export class EncryptedPdfError extends UnusablePdfError {
  constructor(file: string) {
    super(
      'the PDF is encrypted (password or permission protection) and cannot be read; ' +
        'save an unprotected copy (for example `qpdf --decrypt protected.pdf open.pdf`, ' +
        'or export again without a password) and pass that file',
      file,
      'pdf-encrypted',
    );
    this.name = 'EncryptedPdfError';
  }
}

/** The PDF is readable but has no pages. */
export class EmptyPdfError extends UnusablePdfError {
  constructor(file: string) {
    super('the PDF has no pages; export the deck again with its slides', file, 'pdf-empty');
    this.name = 'EmptyPdfError';
  }
}

/** The PDF is past a limit of docs/limits.md (bytes, pages, objects, decoded size). */
export class PdfTooLargeError extends UnusablePdfError {
  constructor(file: string, detail: string) {
    super(`the PDF is too large to use: ${detail}`, file, 'input-too-large');
    this.name = 'PdfTooLargeError';
  }
}

/** The PDF is there but cannot be read (permission denied, an input/output error). */
export class UnreadablePdfError extends UnusablePdfError {
  constructor(file: string, detail: string) {
    super(detail, file, 'file-unreadable');
    this.name = 'UnreadablePdfError';
  }
}

/** A page uses something pdf-lib cannot copy (an unsupported stream filter, for instance). */
export class UnsupportedPdfContentError extends UnusablePdfError {
  constructor(file: string, pageNumber: number, detail: string) {
    super(
      `page ${pageNumber} cannot be copied (${detail}); re-save the PDF with another program ` +
        '(for example `qpdf --stream-data=uncompress in.pdf out.pdf` or print it to PDF) and try again',
      file,
      'pdf-unsupported-content',
    );
    this.name = 'UnsupportedPdfContentError';
  }
}

/** A deck path does not exist, or is a folder, a pipe or a device: not a file. */
export class DeckNotFoundError extends UsageError {
  constructor(file: string, detail: string) {
    super(`cannot read the deck (${detail}); check the path`, { file, rule: 'file-unreadable' });
    this.name = 'DeckNotFoundError';
  }
}

/** `--per-page` other than 1, 2, 3, 4, 6 or 9. */
export class InvalidPerPageError extends UsageError {
  constructor(value: string) {
    super(`--per-page must be 1, 2, 3, 4, 6 or 9, not "${value}"`);
    this.name = 'InvalidPerPageError';
  }
}

/** More speaker notes than the deck has slides: the notes belong to another deck. */
export class NotesCountError extends UsageError {
  constructor(file: string, notes: number, slides: number) {
    super(
      `${notes} speaker notes were given for a deck of ${slides} slides; pass at most one note per slide, in slide order`,
      { file },
    );
    this.name = 'NotesCountError';
  }
}

/** A language tag for /Lang that is not BCP 47 shaped (`es`, `en-US`). */
export class InvalidLanguageTagError extends UsageError {
  constructor(tag: string) {
    super(`"${tag}" is not a language tag such as es, en or es-MX`);
    this.name = 'InvalidLanguageTagError';
  }
}

/** An option with a value outside its range (opacity, sheet size…). */
export class InvalidAssembleOptionError extends UsageError {
  constructor(option: string, value: string, expected: string) {
    super(`${option} must be ${expected}, not "${value}"`);
    this.name = 'InvalidAssembleOptionError';
  }
}
