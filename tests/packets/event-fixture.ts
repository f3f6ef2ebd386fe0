// Event files of each kind for the tests of event.yaml, its check and its
// packets: a small exchange (two days, two visits) and a regional training,
// both over the demo manual of tests/editions/fixture.ts; and the head of a
// small conference, before its sessions.
export const EXCHANGE = `kind: exchange
id: ex
name: { es: Intercambio de Prueba, en: Test Exchange }
languages: [es, en]
route: Fresno — Oaxaca
organizers: [Red de Prueba]
modules: [demo/01-tema-1]
days:
  - date: 2026-03-09
    title: { es: Llegada, en: Arrival }
    place: Oaxaca
    items:
      - time: "09:00"
        end: "12:00"
        what: { es: Viaje en autobús, en: Bus trip }
      - time: "15:00"
        end: "17:00"
        what: { es: El centro de salud, en: The health centre }
        visit: centro
  - date: 2026-03-10
    title: { es: En el campo, en: In the fields }
    items:
      - time: "07:00"
        end: "09:00"
        what: { es: Plática en el campo, en: Talk in the field }
        visit: campo
visits:
  - id: centro
    place: { es: Centro de Salud Comunitario, en: Community Health Centre }
    host: Centro Comunitario de Prueba
    address: Calle Uno 1, Oaxaca
    observe:
      - { es: Cómo reciben a las familias, en: How they welcome families }
    questions:
      - { es: ¿Quién coordina a las promotoras?, en: Who coordinates the promotoras? }
  - id: campo
    place: { es: Campo de Cultivo, en: Farm Field }
    host: Cooperativa de Prueba
    address: Camino Dos km 3
    module: demo/01-tema-1
    observe:
      - { es: Dónde hay agua y sombra, en: Where there is water and shade }
travellers:
  - { name: Ana Pérez Luna, organization: Promotoras de Prueba, role: { es: Coordinadora, en: Coordinator }, phone: "+1 555 010 0001" }
  - { name: Beto Ruiz, organization: Clínica de Prueba, phone: "+1 555 010 0002", language: en }
hosts:
  - { name: Carmen Díaz Soto, organization: Centro Comunitario de Prueba, role: Anfitriona, phone: "+52 55 0000 0001" }
`;

export const TRAINING = `kind: training
id: tr
name: { es: Capacitación Regional de Prueba, en: Test Regional Training }
languages: [es, en]
region: 5
regions: 14
modules: [demo/01-tema-1]
facilitators:
  - { name: Rosa Díaz, organization: Red de Prueba }
date: 2026-09-19
venue: { name: Biblioteca, city: Fresno }
organizers: [Red de Prueba]
hours: 2
sessions:
  - id: tema
    time: "09:00"
    end: "10:30"
    title: { es: Tema uno, en: Topic one }
    speakers: [Rosa Díaz]
    module: demo/01-tema-1
certificate:
  signers:
    - { name: Rosa Díaz, role: { es: Facilitadora, en: Facilitator } }
`;

export const TRAINING_CSV = 'name,language,certification_number\nLuisa Campos,es,CHW-1\nMario Solís,en,CHW-2\n';

/** A conference.yaml (id `conf`, es and en) up to its `sessions:` key, which the test writes. */
export const conferenceHead = (hours: number): string => `id: conf
name: { es: Conferencia de Prueba, en: Test Conference }
languages: [es, en]
date: 2026-11-14
venue: { name: Centro Comunitario, city: El Paso }
organizers: [Red de Prueba]
hours: ${hours}
sessions:
`;
