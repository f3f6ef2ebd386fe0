// Pre/post tests from a module's #assessment section: the form has the
// questions and no answer, the key has every answer.
import { describe, expect, it } from 'vitest';
import { assessmentItems } from '../../src/records/assessment.js';
import { eventTimestamp } from '../../src/records/record-page.js';
import { testPdfs, type SessionTest } from '../../src/records/pretest.js';
import { agendaSessions } from '../../src/records/attendance.js';
import { readPages } from '../editions/pdf-read.js';
import { conference } from './fixture.js';

const ES = `## Evaluación {#assessment}

Haga estas preguntas antes y después.

1. ¿Qué es el golpe de calor?
2. ¿Cierto o falso? Hay que tomar agua
   aunque no tenga sed.
3. Nombre dos señales de alarma.

::: facilitator
**Respuestas:**

1. Una emergencia: el cuerpo ya no puede enfriarse.
2. Cierto. Cada 15 minutos.
3. Confusión, piel caliente y seca, desmayo.
:::`;

const EN = ES.replace('¿Qué es el golpe de calor?', 'What is heat stroke?').replace('Una emergencia: el cuerpo ya no puede enfriarse.', 'An emergency: the body cannot cool down.');

describe('pre/post tests', () => {
  it('reads the numbered questions and the facilitator note\'s answers, in order', () => {
    const items = assessmentItems({ text: ES });
    expect(items.map((i) => i.question)).toEqual(['¿Qué es el golpe de calor?', '¿Cierto o falso? Hay que tomar agua aunque no tenga sed.', 'Nombre dos señales de alarma.']);
    expect(items.map((i) => i.answer)).toEqual(['Una emergencia: el cuerpo ya no puede enfriarse.', 'Cierto. Cada 15 minutos.', 'Confusión, piel caliente y seca, desmayo.']);
    expect(assessmentItems({ text: '## A {#assessment}\n\n1. ¿Sí?\n' })).toEqual([{ question: '¿Sí?', answer: undefined }]);
  });

  it('the form has no answer; the key has them all', async () => {
    const config = conference();
    const test: SessionTest = {
      session: agendaSessions(config)[0]!,
      module: 'trabajo/01-calor',
      title: { es: 'El calor', en: 'Heat' },
      items: { es: assessmentItems({ text: ES }), en: assessmentItems({ text: EN }) },
    };
    const [pdfs] = await testPdfs({ config, paper: 'letter', timestamp: eventTimestamp(config) }, [test]);
    expect(pdfs).toMatchObject({ session: 'calor', questions: 3, unanswered: 0 });
    const form = (await readPages(pdfs!.form)).map((p) => p.text).join(' ');
    const key = (await readPages(pdfs!.key)).map((p) => p.text).join(' ');
    for (const q of ['¿Qué es el golpe de calor?', 'What is heat stroke?', 'Nombre dos señales de alarma.']) {
      expect(form).toContain(q);
      expect(key).toContain(q);
    }
    for (const a of ['el cuerpo ya no puede enfriarse', 'the body cannot cool down', 'Cada 15 minutos', 'piel caliente y seca']) {
      expect(form).not.toContain(a);
      expect(key).toContain(a);
    }
    expect(form).toContain('Nombre');
    expect(key).toContain('Clave de respuestas');
  });
});
