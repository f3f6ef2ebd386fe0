// Slugs: the one way text becomes a file name or an id (packet file names,
// section ids written by `promokit ids`).

/** Letters that Unicode does not decompose into a base letter and an accent. */
const LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'n', ſ: 's', ĳ: 'ij',
};

/** Lowercase ASCII letters, digits and single dashes; '' when nothing of the name is Latin. */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłıħŧŋſĳ]/g, (c) => LETTERS[c] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `¿Qué es el estrés?` → `que-es-el-estres`; `section` when nothing of the text is Latin. */
export function slugify(text: string): string {
  return slugOf(text) || 'section';
}
