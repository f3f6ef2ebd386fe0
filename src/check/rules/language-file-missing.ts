import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'language-file-missing',
  severity: 'error',
  summary: "a module has no file for one of the manual's languages",
  check({ manual }) {
    return manual.modules.flatMap((m) =>
      manual.config.languages
        .filter((lang) => !m.allFiles.has(`${lang}.md`))
        .map((lang) => {
          const other = Object.values(m.files)[0];
          return {
            file: `${m.relDir}/${lang}.md`,
            line: 1,
            module: m.id,
            lang,
            message: `${lang}.md is missing: the manual is in ${manual.config.languages.join(', ')}${other ? ` and ${other.lang}.md exists` : ''}`,
          };
        }),
    );
  },
};
