// The pre/post test of each session whose module has an #assessment section:
// the attendee's form (questions and room to answer, no answers) and the
// facilitator's key (every question with its answer), in the event's languages.
import type { AgendaConfig } from '../model/schema.js';
import type { Manual } from '../model/types.js';
import { agendaSessions, type AgendaSession } from './attendance.js';
import { assessmentItems, plain, type AssessmentItem } from './assessment.js';
import { fillText, recordPdf, type RecordSetting, type Text } from './record-page.js';

export const TEST_LABELS: Record<string, Text> = {
  test: { es: 'Prueba antes y después', en: 'Pre/post test' },
  key: { es: 'Clave de respuestas (facilitador)', en: 'Answer key (facilitator)' },
  pre: { es: 'Antes', en: 'Pre' },
  post: { es: 'Después', en: 'Post' },
  name: { es: 'Nombre', en: 'Name' },
  date: { es: 'Fecha', en: 'Date' },
  session: { es: 'Sesión', en: 'Session' },
  answer: { es: 'Respuesta', en: 'Answer' },
};

export interface SessionTest {
  session: AgendaSession;
  module: string;
  title: Text;
  /** The items in each of the event's languages, same order. */
  items: Record<string, AssessmentItem[]>;
}

/** Sessions whose module has assessment questions in the event's first language. */
export function sessionTests(config: AgendaConfig, manuals: readonly Manual[]): SessionTest[] {
  return agendaSessions(config).flatMap((session) => {
    const ref = session.session.module;
    if (!ref) return [];
    const [manualId, moduleId] = ref.split('/');
    const mod = manuals.find((m) => m.id === manualId)?.modules.find((m) => m.id === moduleId);
    if (!mod) return [];
    const items: Record<string, AssessmentItem[]> = {};
    const title: Text = {};
    for (const lang of config.languages) {
      const file = mod.files[lang];
      const section = file?.sections.find((s) => s.id === 'assessment');
      if (!file || !section) continue;
      items[lang] = assessmentItems(section).map((it) => ({ question: plain(it.question), answer: it.answer && plain(it.answer) }));
      title[lang] = file.meta?.title ?? fillText(session.session.title, [lang])[lang]!;
    }
    const first = items[config.languages[0]!];
    return first?.length ? [{ session, module: ref, title: fillText(title, config.languages), items }] : [];
  });
}

export interface TestPdfs {
  session: string;
  /** The module tested, `manual-id/NN-slug`. */
  module: string;
  form: Uint8Array;
  key: Uint8Array;
  questions: number;
  /** Questions of the first language without an answer in the key. */
  unanswered: number;
}

export function testData(config: AgendaConfig, t: SessionTest, withAnswers: boolean): object {
  const first = t.items[config.languages[0]!]!;
  return {
    key: withAnswers,
    session: { id: t.session.id, title: fillText(t.session.session.title, config.languages), module: t.module },
    module: t.title,
    items: first.map((_, i) =>
      Object.fromEntries(
        config.languages.map((l) => {
          const it = t.items[l]?.[i];
          return [l, { question: it?.question ?? null, answer: withAnswers ? (it?.answer ?? null) : null }];
        }),
      ),
    ),
  };
}

export async function testPdfs(set: RecordSetting, tests: readonly SessionTest[]): Promise<TestPdfs[]> {
  const first = set.config.languages[0]!;
  const out: TestPdfs[] = [];
  for (const t of tests) {
    const name = `${t.title[first]} — ${t.session.id}`;
    out.push({
      session: t.session.id,
      module: t.module,
      form: await recordPdf(set, 'pretest.typ', name, TEST_LABELS, testData(set.config, t, false)),
      key: await recordPdf(set, 'pretest.typ', `${name} (key)`, TEST_LABELS, testData(set.config, t, true)),
      questions: t.items[first]!.length,
      unanswered: t.items[first]!.filter((it) => !it.answer).length,
    });
  }
  return out;
}
