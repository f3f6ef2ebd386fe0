// The words of the HTML edition's interface, per language (the PDFs' are in
// templates/lib.typ): English for a language that has none.

export interface Words {
  language: string;
  contents: string;
  glossary: string;
  module: string;
  duration: string;
  minutes: string;
  /** The legend of the language switch. */
  chooseLanguage: string;
  /** The name a wide table's scrolling box is announced by. */
  table: string;
  edition: string;
  license: string;
  partners: string;
  authors: string;
  callouts: Record<'objectives' | 'activity' | 'key' | 'note' | 'warning' | 'facilitator' | 'tip', string>;
}

const WORDS: Record<string, Words> = {
  es: {
    language: 'Español',
    contents: 'Contenido',
    glossary: 'Glosario',
    module: 'Módulo',
    duration: 'Duración',
    minutes: 'minutos',
    chooseLanguage: 'Idioma',
    table: 'Tabla',
    edition: 'Edición',
    license: 'Licencia',
    partners: 'Con el apoyo de',
    authors: 'Autoría',
    callouts: { objectives: 'Objetivos', activity: 'Actividad', key: 'Mensajes clave', note: 'Nota', warning: 'Atención', facilitator: 'Para quien facilita', tip: 'Consejo' },
  },
  en: {
    language: 'English',
    contents: 'Contents',
    glossary: 'Glossary',
    module: 'Module',
    duration: 'Duration',
    minutes: 'minutes',
    chooseLanguage: 'Language',
    table: 'Table',
    edition: 'Edition',
    license: 'License',
    partners: 'With the support of',
    authors: 'Authors',
    callouts: { objectives: 'Objectives', activity: 'Activity', key: 'Key messages', note: 'Note', warning: 'Warning', facilitator: 'For the facilitator', tip: 'Tip' },
  },
  pt: {
    language: 'Português',
    contents: 'Sumário',
    glossary: 'Glossário',
    module: 'Módulo',
    duration: 'Duração',
    minutes: 'minutos',
    chooseLanguage: 'Idioma',
    table: 'Tabela',
    edition: 'Edição',
    license: 'Licença',
    partners: 'Com o apoio de',
    authors: 'Autoria',
    callouts: { objectives: 'Objetivos', activity: 'Atividade', key: 'Mensagens-chave', note: 'Nota', warning: 'Atenção', facilitator: 'Para quem facilita', tip: 'Dica' },
  },
};

export function wordsFor(lang: string): Words {
  const words = WORDS[lang];
  if (words) return words;
  // A language without words of its own still names itself, in itself when ICU knows it.
  let name = lang;
  try {
    name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    // An unknown code: the code itself.
  }
  return { ...WORDS.en!, language: name };
}
