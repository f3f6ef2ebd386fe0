/** http:, mailto:, tel:, data:, //host … — a target outside the project, not a local file. */
export const isExternal = (href: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
