// What the lessons of the real-world bench project (real-world.ts) are made of:
// plain-language health-education text in pairs (Spanish first, English its
// translation), Markdown snippets written as people write them, and small
// valid pictures. Facts are generic and safe; the only phone numbers are 911 and 988.
import { deflateSync } from 'node:zlib';

/** A Spanish text and its English translation. */
export type P = readonly [string, string];
/** A section heading pair and the section's id. */
export type H = readonly [string, string, string];

export interface Topic {
  key: string;
  /** Lesson titles with the folder slug. */
  titles: readonly H[];
  /** Content sections of a lesson, in order, with their ids. */
  sections: readonly H[];
  facts: readonly P[];
  objectives: readonly P[];
  questions: readonly P[];
  keys: readonly P[];
  /** Alt texts of the pictures. */
  figures: readonly P[];
  /** A term and its definition (for `[term]{#definicion}` and the glossary). */
  term: readonly [string, string, string, string];
}

export const TOPICS: readonly Topic[] = [
  {
    key: 'estres',
    titles: [['El estrés en la vida diaria', 'Stress in daily life', 'estres-vida-diaria'], ['Señales del estrés', 'Signs of stress', 'senales-estres'], ['Respirar y descansar', 'Breathing and resting', 'respirar-descansar'], ['El estrés de migrar', 'The stress of migrating', 'estres-migrar'], ['Dormir mejor', 'Sleeping better', 'dormir-mejor'], ['Apoyo en la familia', 'Support in the family', 'apoyo-familia'], ['Cuándo buscar ayuda', 'When to look for help', 'cuando-buscar-ayuda'], ['Cuidar a quien cuida', 'Caring for the caregiver', 'cuidar-quien-cuida']],
    sections: [['¿Qué es el estrés?', 'What is stress?', 'what-is-stress'], ['Señales de estrés', 'Signs of stress', 'signs'], ['Cómo cuidarse', 'Taking care of yourself', 'self-care'], ['Hablar con la familia', 'Talking with the family', 'family'], ['Cuándo pedir ayuda', 'When to ask for help', 'get-help']],
    facts: [
      ['El estrés es la respuesta del cuerpo y de la mente ante un cambio grande.', 'Stress is how the body and the mind respond to a big change.'],
      ['Un poco de estrés es normal y a veces nos da fuerza para actuar.', 'A little stress is normal, and sometimes it gives us strength to act.'],
      ['Cuando el estrés dura mucho, el cuerpo y la mente se cansan.', 'When stress lasts a long time, the body and the mind get tired.'],
      ['Dormir mal, tener dolor de cabeza o enojarse fácil pueden ser señales de estrés.', 'Poor sleep, headaches or getting angry easily can be signs of stress.'],
      ['Caminar un rato cada día ayuda a bajar la tensión.', 'Walking for a while every day helps lower tension.'],
      ['Respirar despacio, contando hasta cuatro, calma el cuerpo.', 'Breathing slowly, counting to four, calms the body.'],
      ['Hablar con una persona de confianza hace que la carga pese menos.', 'Talking with someone you trust makes the load feel lighter.'],
      ['El alcohol no quita el estrés; con el tiempo lo empeora.', 'Alcohol does not take stress away; over time it makes it worse.'],
      ['Si la tristeza dura más de dos semanas, es momento de buscar ayuda.', 'If sadness lasts more than two weeks, it is time to look for help.'],
      ['En Estados Unidos, puede llamar o mandar un mensaje de texto al 988 para hablar con alguien.', 'In the United States, you can call or text 988 to talk with someone.'],
      ['Pedir ayuda es una muestra de fuerza, no de debilidad.', 'Asking for help is a sign of strength, not weakness.'],
      ['Los cambios de país, de trabajo o de idioma causan mucho estrés.', 'Changing countries, jobs or languages causes a lot of stress.'],
    ],
    objectives: [['Explicar con palabras sencillas qué es el estrés.', 'Explain in simple words what stress is.'], ['Nombrar tres señales de estrés en el cuerpo.', 'Name three signs of stress in the body.'], ['Practicar un ejercicio de respiración.', 'Practice a breathing exercise.'], ['Nombrar dos personas de su red de apoyo.', 'Name two people in your support network.'], ['Saber cuándo pedir ayuda.', 'Know when to ask for help.']],
    questions: [['¿Qué es el estrés?', 'What is stress?'], ['Nombre dos señales de estrés.', 'Name two signs of stress.'], ['¿Cierto o falso? Un poco de estrés puede ser útil.', 'True or false? A little stress can be useful.'], ['Nombre una forma sana de bajar el estrés.', 'Name one healthy way to lower stress.'], ['¿A qué número puede llamar o mandar un mensaje si está en crisis?', 'What number can you call or text if you are in crisis?']],
    keys: [['El estrés es normal, pero no debe durar siempre.', 'Stress is normal, but it should not last forever.'], ['Dormir, comer, moverse y platicar ayudan mucho.', 'Sleeping, eating, moving and talking help a lot.'], ['Pedir ayuda es de valientes.', 'Asking for help takes courage.'], ['En una crisis, llame o mande un mensaje al 988.', 'In a crisis, call or text 988.']],
    figures: [['Una mujer respira despacio sentada en una silla', 'A woman breathes slowly while sitting in a chair'], ['Dos amigas platican en una banca del parque', 'Two friends talk on a park bench'], ['Un hombre carga una mochila muy pesada', 'A man carries a very heavy backpack']],
    term: ['estrés crónico', 'chronic stress', 'estrés que dura semanas o meses sin descanso.', 'stress that lasts weeks or months without a break.'],
  },
  {
    key: 'calor',
    titles: [['El calor y el cuerpo', 'Heat and the body', 'calor-cuerpo'], ['Señales del golpe de calor', 'Signs of heat stroke', 'golpe-de-calor'], ['Agua, descanso y sombra', 'Water, rest and shade', 'agua-descanso-sombra'], ['Primeros auxilios por calor', 'First aid for heat illness', 'primeros-auxilios-calor'], ['Acostumbrarse al calor', 'Getting used to the heat', 'acostumbrarse-calor'], ['El calor en la casa', 'Heat at home', 'calor-en-casa'], ['Niños y calor', 'Children and heat', 'ninos-calor'], ['Cuidar a los compañeros', 'Looking out for coworkers', 'cuidar-companeros']],
    sections: [['¿Qué es el golpe de calor?', 'What is heat stroke?', 'what-is-heat-illness'], ['Señales de alerta', 'Warning signs', 'warning-signs'], ['Cómo prevenir', 'How to prevent it', 'prevention'], ['Primeros auxilios', 'First aid', 'first-aid'], ['El calor en la casa', 'Heat at home', 'heat-at-home']],
    facts: [
      ['El cuerpo se calienta más rápido cuando trabaja al sol.', 'The body heats up faster when it works in the sun.'],
      ['Tome agua cada 15 a 20 minutos, aunque no tenga sed.', 'Drink water every 15 to 20 minutes, even if you are not thirsty.'],
      ['Descanse a la sombra varias veces durante la jornada.', 'Rest in the shade several times during the workday.'],
      ['Use ropa ligera, de colores claros, y un sombrero de ala ancha.', 'Wear light, light-colored clothes and a wide-brimmed hat.'],
      ['El dolor de cabeza, el mareo y las náuseas son señales de que el cuerpo tiene demasiado calor.', 'Headache, dizziness and nausea are signs that the body is too hot.'],
      ['La confusión o el desmayo son señales de golpe de calor: llame al 911.', 'Confusion or fainting are signs of heat stroke: call 911.'],
      ['Mientras llega la ayuda, lleve a la persona a la sombra y enfríe su cuerpo con agua.', 'While help is on the way, move the person to the shade and cool their body with water.'],
      ['Las personas nuevas en el trabajo necesitan unos días para acostumbrarse al calor.', 'People who are new to the job need a few days to get used to the heat.'],
      ['Las bebidas con mucha azúcar o con alcohol no sirven para hidratarse.', 'Drinks with a lot of sugar or alcohol are not good for staying hydrated.'],
      ['Los niños y las personas mayores sufren más con el calor.', 'Children and older adults suffer more from the heat.'],
      ['Nunca deje a un niño solo dentro de un carro.', 'Never leave a child alone in a car.'],
      ['Trabajar en equipo ayuda: cuide a sus compañeros y pida que lo cuiden a usted.', 'Working as a team helps: look out for your coworkers and ask them to look out for you.'],
    ],
    objectives: [['Explicar qué le pasa al cuerpo con el calor.', 'Explain what happens to the body in the heat.'], ['Nombrar tres señales de alerta del golpe de calor.', 'Name three warning signs of heat stroke.'], ['Describir cómo prevenir las enfermedades por calor.', 'Describe how to prevent heat illness.'], ['Saber qué hacer mientras llega la ayuda.', 'Know what to do while help is on the way.'], ['Hacer un plan de agua y descanso.', 'Make a plan for water and rest.']],
    questions: [['¿Cada cuánto hay que tomar agua en un día de calor?', 'How often should you drink water on a hot day?'], ['Nombre dos señales de que el cuerpo tiene demasiado calor.', 'Name two signs that the body is too hot.'], ['¿Qué hace si un compañero está confundido por el calor?', 'What do you do if a coworker is confused from the heat?'], ['¿Qué ropa ayuda en un día de calor?', 'What clothes help on a hot day?'], ['¿Quiénes sufren más con el calor?', 'Who suffers more from the heat?']],
    keys: [['Tome agua seguido, aunque no tenga sed.', 'Drink water often, even if you are not thirsty.'], ['Descanse a la sombra.', 'Rest in the shade.'], ['La confusión por calor es una emergencia: llame al 911.', 'Confusion from the heat is an emergency: call 911.'], ['Cuide a sus compañeros.', 'Look out for your coworkers.']],
    figures: [['Un trabajador toma agua a la sombra de un árbol', 'A worker drinks water in the shade of a tree'], ['Un termómetro marca mucho calor sobre un campo', 'A thermometer shows high heat over a field'], ['Dos compañeros descansan bajo una lona', 'Two coworkers rest under a canopy']],
    term: ['golpe de calor', 'heat stroke', 'emergencia en la que el cuerpo ya no puede bajar su temperatura.', 'an emergency in which the body can no longer cool itself down.'],
  },
  {
    key: 'pesticidas',
    titles: [['¿Qué son los pesticidas?', 'What are pesticides?', 'que-son-pesticidas'], ['Cómo entran al cuerpo', 'How they enter the body', 'como-entran'], ['Ropa de protección', 'Protective clothing', 'ropa-proteccion'], ['Lavarse bien', 'Washing well', 'lavarse-bien'], ['Proteger a los niños', 'Protecting the children', 'proteger-ninos'], ['Los letreros del campo', 'Signs in the field', 'letreros-campo'], ['Después del contacto', 'After contact', 'despues-contacto'], ['Envases y casa', 'Containers and the home', 'envases-casa']],
    sections: [['¿Qué son los pesticidas?', 'What are pesticides?', 'what-are-pesticides'], ['Cómo entran al cuerpo', 'How they enter the body', 'exposure'], ['Protegerse en el campo', 'Protecting yourself in the field', 'protection'], ['Proteger a la familia', 'Protecting the family', 'family'], ['Qué hacer si hay contacto', 'What to do after contact', 'after-contact']],
    facts: [
      ['Los pesticidas son productos que se usan para matar plagas en los cultivos.', 'Pesticides are products used to kill pests on crops.'],
      ['Pueden entrar al cuerpo por la piel, por la boca, por los ojos o al respirar.', 'They can enter the body through the skin, the mouth, the eyes or by breathing.'],
      ['Lávese las manos con agua y jabón antes de comer, beber o ir al baño.', 'Wash your hands with soap and water before you eat, drink or use the bathroom.'],
      ['Respete los letreros que dicen cuándo se puede volver a entrar a un campo.', 'Follow the signs that say when it is safe to go back into a field.'],
      ['Use camisa de manga larga, pantalón largo, guantes y zapatos cerrados.', 'Wear a long-sleeved shirt, long pants, gloves and closed shoes.'],
      ['Al llegar a casa, quítese la ropa de trabajo antes de abrazar a los niños.', 'When you get home, take off your work clothes before you hug the children.'],
      ['Lave la ropa de trabajo aparte de la ropa de la familia.', 'Wash work clothes separately from the rest of the family clothes.'],
      ['Nunca use envases de pesticidas para guardar agua o comida.', 'Never use pesticide containers to store water or food.'],
      ['La comezón, el ardor de ojos, el mareo o el vómito pueden ser señales de contacto con pesticidas.', 'Itching, burning eyes, dizziness or vomiting can be signs of contact with pesticides.'],
      ['Si un pesticida cae en la piel, lave la zona con mucha agua y jabón.', 'If a pesticide gets on your skin, wash the area with plenty of soap and water.'],
      ['Si la persona tiene problemas para respirar, llame al 911.', 'If the person has trouble breathing, call 911.'],
      ['Su empleador debe darle información sobre los pesticidas que se usan en el trabajo.', 'Your employer should give you information about the pesticides used at work.'],
    ],
    objectives: [['Explicar qué son los pesticidas.', 'Explain what pesticides are.'], ['Nombrar cuatro formas en que entran al cuerpo.', 'Name four ways they enter the body.'], ['Describir la ropa que protege en el campo.', 'Describe the clothes that protect you in the field.'], ['Explicar cómo proteger a la familia en la casa.', 'Explain how to protect the family at home.'], ['Saber qué hacer después de un contacto.', 'Know what to do after contact.']],
    questions: [['¿Por dónde pueden entrar los pesticidas al cuerpo?', 'How can pesticides enter the body?'], ['¿Qué hace antes de comer en el campo?', 'What do you do before eating in the field?'], ['¿Por qué se lava la ropa de trabajo aparte?', 'Why do you wash work clothes separately?'], ['Nombre dos señales de contacto con pesticidas.', 'Name two signs of contact with pesticides.'], ['¿Qué hace si un pesticida cae en la piel?', 'What do you do if a pesticide gets on your skin?']],
    keys: [['Lávese las manos antes de comer.', 'Wash your hands before you eat.'], ['Cámbiese de ropa antes de abrazar a los niños.', 'Change clothes before you hug the children.'], ['Respete los letreros del campo.', 'Follow the signs in the field.'], ['Si alguien no puede respirar, llame al 911.', 'If someone cannot breathe, call 911.']],
    figures: [['Una trabajadora se lava las manos con agua y jabón', 'A worker washes her hands with soap and water'], ['Un letrero en la orilla de un campo', 'A sign at the edge of a field'], ['Ropa de trabajo en una cubeta aparte', 'Work clothes in a separate bucket']],
    term: ['periodo de reingreso', 're-entry period', 'tiempo que hay que esperar antes de volver a entrar a un campo tratado.', 'the time to wait before going back into a treated field.'],
  },
  {
    key: 'embarazo',
    titles: [['El control prenatal', 'Prenatal care', 'control-prenatal'], ['Comer bien en el embarazo', 'Eating well during pregnancy', 'comer-bien-embarazo'], ['Señales de peligro', 'Danger signs', 'senales-peligro'], ['Las emociones en el embarazo', 'Feelings during pregnancy', 'emociones-embarazo'], ['El plan de parto', 'The birth plan', 'plan-de-parto'], ['Medicinas y embarazo', 'Medicines and pregnancy', 'medicinas-embarazo'], ['La pareja y la familia', 'Partner and family', 'pareja-familia'], ['Después del parto', 'After the birth', 'despues-parto']],
    sections: [['El control prenatal', 'Prenatal care', 'prenatal-care'], ['Comer bien', 'Eating well', 'nutrition'], ['Señales de peligro', 'Danger signs', 'danger-signs'], ['Cuidar las emociones', 'Caring for your feelings', 'emotions'], ['Preparar el parto', 'Getting ready for the birth', 'birth-plan']],
    facts: [
      ['El control prenatal son las citas con la doctora, el doctor o la partera durante el embarazo.', 'Prenatal care is the visits with a doctor or midwife during pregnancy.'],
      ['Es mejor empezar las citas lo antes posible.', 'It is best to start the visits as early as possible.'],
      ['En las citas se revisa la salud de la madre y el crecimiento del bebé.', 'At the visits, the health care team checks the health of the mother and the growth of the baby.'],
      ['Coma frutas, verduras, frijoles y granos todos los días.', 'Eat fruits, vegetables, beans and grains every day.'],
      ['El ácido fólico ayuda a prevenir algunos problemas del bebé; pregunte en su clínica.', 'Folic acid helps prevent some problems in the baby; ask at your clinic.'],
      ['Durante el embarazo no es seguro tomar alcohol ni fumar.', 'During pregnancy it is not safe to drink alcohol or smoke.'],
      ['Pregunte antes de tomar cualquier medicina, aunque sea natural.', 'Ask before you take any medicine, even a natural one.'],
      ['El sangrado, un dolor de cabeza muy fuerte o la hinchazón de la cara son señales de peligro.', 'Bleeding, a very bad headache or swelling of the face are danger signs.'],
      ['Ante una señal de peligro, llame a su clínica o al 911.', 'If you see a danger sign, call your clinic or 911.'],
      ['Sentirse triste o preocupada durante el embarazo es común; hable de ello en su cita.', 'Feeling sad or worried during pregnancy is common; talk about it at your visit.'],
      ['Haga un plan: quién la lleva al hospital y quién cuida a los otros niños.', 'Make a plan: who will take you to the hospital and who will care for the other children.'],
      ['La pareja y la familia pueden acompañar a las citas.', 'Your partner and family can come with you to the visits.'],
    ],
    objectives: [['Explicar qué es el control prenatal.', 'Explain what prenatal care is.'], ['Nombrar cuatro alimentos sanos para el embarazo.', 'Name four healthy foods for pregnancy.'], ['Reconocer tres señales de peligro.', 'Recognize three danger signs.'], ['Hablar de las emociones del embarazo.', 'Talk about feelings during pregnancy.'], ['Preparar un plan para el día del parto.', 'Prepare a plan for the day of the birth.']],
    questions: [['¿Cuándo es mejor empezar el control prenatal?', 'When is it best to start prenatal care?'], ['Nombre dos alimentos sanos para el embarazo.', 'Name two healthy foods for pregnancy.'], ['Nombre dos señales de peligro.', 'Name two danger signs.'], ['¿Qué hace ante una señal de peligro?', 'What do you do if you see a danger sign?'], ['¿Quién puede acompañarla a las citas?', 'Who can come with you to the visits?']],
    keys: [['Empiece el control prenatal pronto.', 'Start prenatal care early.'], ['Coma variado y pregunte por el ácido fólico.', 'Eat a variety of foods and ask about folic acid.'], ['Conozca las señales de peligro.', 'Know the danger signs.'], ['Ante una señal de peligro, llame a su clínica o al 911.', 'If you see a danger sign, call your clinic or 911.']],
    figures: [['Una mujer embarazada habla con una partera', 'A pregnant woman talks with a midwife'], ['Un plato con frutas, verduras y frijoles', 'A plate with fruits, vegetables and beans'], ['Una pareja llega a la clínica para una cita', 'A couple arrives at the clinic for a visit']],
    term: ['control prenatal', 'prenatal care', 'las citas de salud durante el embarazo.', 'the health visits during pregnancy.'],
  },
  {
    key: 'clinica',
    titles: [['Encontrar una clínica', 'Finding a clinic', 'encontrar-clinica'], ['Pedir una cita', 'Making an appointment', 'pedir-cita'], ['Qué llevar a la cita', 'What to bring to the visit', 'que-llevar'], ['Hablar con el doctor', 'Talking with the doctor', 'hablar-doctor'], ['Pedir un intérprete', 'Asking for an interpreter', 'pedir-interprete'], ['Urgencias o clínica', 'Emergency room or clinic', 'urgencias-clinica'], ['Costos y ayuda', 'Costs and help', 'costos-ayuda'], ['Guardar los papeles', 'Keeping your papers', 'guardar-papeles']],
    sections: [['Tipos de clínicas', 'Kinds of clinics', 'kinds-of-clinics'], ['Cómo pedir una cita', 'How to make an appointment', 'appointments'], ['Qué llevar', 'What to bring', 'what-to-bring'], ['Hablar con el personal de salud', 'Talking with the health care team', 'talking'], ['Costos y ayuda', 'Costs and help', 'costs']],
    facts: [
      ['Los centros de salud comunitarios atienden a personas con o sin seguro médico.', 'Community health centers see people with or without health insurance.'],
      ['Muchas clínicas cobran según los ingresos de la familia.', 'Many clinics charge according to family income.'],
      ['Pida la cita por teléfono o en persona, y anote el día y la hora.', 'Make the appointment by phone or in person, and write down the day and time.'],
      ['Lleve una identificación, su lista de medicinas y sus preguntas por escrito.', 'Bring an ID, your list of medicines and your written questions.'],
      ['Puede pedir un intérprete si no se siente cómodo en inglés.', 'You can ask for an interpreter if you are not comfortable speaking English.'],
      ['Si no entiende una palabra, pida que se la expliquen de otra forma.', 'If you do not understand a word, ask them to explain it another way.'],
      ['Repita con sus palabras lo que le dijo el doctor para estar seguro.', 'Repeat in your own words what the doctor told you, to be sure.'],
      ['La sala de emergencias es para problemas graves, como dolor de pecho o un accidente.', 'The emergency room is for serious problems, such as chest pain or an accident.'],
      ['Para un resfriado o una revisión, es mejor ir a su clínica.', 'For a cold or a checkup, it is better to go to your clinic.'],
      ['Pregunte en la recepción si hay programas de ayuda para pagar.', 'Ask at the front desk if there are programs to help you pay.'],
      ['Llegue unos minutos antes para llenar los papeles.', 'Arrive a few minutes early to fill out the forms.'],
      ['Guarde los papeles de cada cita en una carpeta.', 'Keep the papers from each visit in a folder.'],
    ],
    objectives: [['Nombrar dos tipos de clínicas de su zona.', 'Name two kinds of clinics in your area.'], ['Explicar cómo pedir una cita.', 'Explain how to make an appointment.'], ['Hacer una lista de lo que hay que llevar.', 'Make a list of what to bring.'], ['Practicar cómo pedir un intérprete.', 'Practice asking for an interpreter.'], ['Saber cuándo ir a la sala de emergencias.', 'Know when to go to the emergency room.']],
    questions: [['¿Quién puede ir a un centro de salud comunitario?', 'Who can go to a community health center?'], ['¿Qué lleva a una cita?', 'What do you bring to a visit?'], ['¿Qué hace si no entiende una palabra?', 'What do you do if you do not understand a word?'], ['¿Cuándo va a la sala de emergencias?', 'When do you go to the emergency room?'], ['¿Dónde pregunta por ayuda para pagar?', 'Where do you ask about help to pay?']],
    keys: [['Hay clínicas para personas con o sin seguro.', 'There are clinics for people with or without insurance.'], ['Lleve sus preguntas por escrito.', 'Bring your questions in writing.'], ['Puede pedir un intérprete.', 'You can ask for an interpreter.'], ['En una emergencia, llame al 911.', 'In an emergency, call 911.']],
    figures: [['La entrada de un centro de salud comunitario', 'The entrance of a community health center'], ['Una carpeta con papeles de citas', 'A folder with visit papers'], ['Una intérprete acompaña a una familia', 'An interpreter helps a family']],
    term: ['centro de salud comunitario', 'community health center', 'clínica que atiende a todas las personas y cobra según los ingresos.', 'a clinic that sees everyone and charges according to income.'],
  },
];

export const GENERAL: readonly P[] = [
  ['La promotora escucha con respeto y sin juzgar.', 'The promotora listens with respect and without judging.'],
  ['Use palabras sencillas y hable despacio.', 'Use simple words and speak slowly.'],
  ['Pregunte qué sabe ya la persona antes de dar información nueva.', 'Ask what the person already knows before you share new information.'],
  ['Cada familia es diferente, y cada historia merece atención.', 'Every family is different, and every story deserves attention.'],
  ['Si no sabe una respuesta, dígalo y busque la información con la persona.', 'If you do not know an answer, say so and look for the information together.'],
  ['Repita las ideas principales al final de la plática.', 'Repeat the main ideas at the end of the talk.'],
  ['Muchas personas tienen pena de preguntar; invítelas a hacerlo.', 'Many people feel shy about asking questions; invite them to ask.'],
  ['Ante una señal grave, no espere: llame al 911.', 'If you see a serious sign, do not wait: call 911.'],
  ['Esta información no reemplaza la consulta con el personal de salud.', 'This information does not replace a visit with the health care team.'],
  ['Hable de estos temas en la casa, con los hijos y con los vecinos.', 'Talk about these topics at home, with your children and with your neighbors.'],
  ['Un cambio pequeño, hecho todos los días, ayuda mucho.', 'A small change, made every day, helps a lot.'],
  ['Pida a la persona que explique con sus palabras lo que entendió.', 'Ask the person to explain in their own words what they understood.'],
  ['Las hojas con dibujos ayudan a quien no lee bien.', 'Handouts with pictures help people who do not read well.'],
  ['Lo que se habla en el grupo se queda en el grupo.', 'What is said in the group stays in the group.'],
  ['Nadie tiene que compartir algo si no quiere.', 'No one has to share anything if they do not want to.'],
  ['Cuidar la salud es más fácil cuando la familia ayuda.', 'Taking care of your health is easier when the family helps.'],
  ['Los niños aprenden de lo que ven hacer a los adultos.', 'Children learn from what they see adults do.'],
  ['Cuando algo no está claro, pregunte otra vez.', 'When something is not clear, ask again.'],
];

export const SUBHEADS: readonly P[] = [['En el cuerpo', 'In the body'], ['En la familia', 'In the family'], ['En el trabajo', 'At work'], ['Con los niños', 'With children'], ['Con las personas mayores', 'With older adults'], ['Qué decir', 'What to say'], ['Qué no hacer', 'What not to do'], ['Un ejemplo', 'An example']];
export const H4S: readonly P[] = [['Paso a paso', 'Step by step'], ['Para recordar', 'To remember'], ['Una pregunta frecuente', 'A common question']];
export const STEPS: readonly P[] = [
  ['Forme grupos de tres o cuatro personas.', 'Form groups of three or four people.'],
  ['Dé a cada grupo una hoja con un caso corto.', 'Give each group a sheet with a short case.'],
  ['Pida que lean el caso en voz alta.', 'Ask them to read the case out loud.'],
  ['Cada grupo decide qué haría y por qué.', 'Each group decides what they would do and why.'],
  ['Un grupo comparte su respuesta con todos.', 'One group shares its answer with everyone.'],
  ['Cierre con las ideas principales del tema.', 'Close with the main ideas of the topic.'],
];

/** Fixed sections: heading variants (es, en) and the id used when a lesson has ids. */
export const FIXED = {
  objectives: [['Objetivos', 'Objectives'], ['Objetivos de aprendizaje', 'Learning objectives'], ['Lo que vamos a aprender', 'What we will learn']] as readonly P[],
  intro: [['Al terminar esta sesión, usted podrá:', 'By the end of this session, you will be able to:'], ['En este módulo vamos a:', 'In this module we will:']] as readonly P[],
  activity: [['Actividad', 'Activity'], ['Actividad en grupo', 'Group activity']] as readonly P[],
  key: [['Mensajes clave', 'Key messages'], ['Lo más importante', 'The most important points']] as readonly P[],
  assessment: [['Evaluación', 'Assessment'], ['Preguntas para el grupo', 'Questions for the group']] as readonly P[],
  resources: [['Recursos', 'Resources'], ['Dónde buscar ayuda', 'Where to get help']] as readonly P[],
  glossary: ['Glosario', 'Glossary'] as P,
};

export const WEEK: readonly P[] = [['Hora', 'Time'], ['Lunes', 'Monday'], ['Martes', 'Tuesday'], ['Miércoles', 'Wednesday'], ['Jueves', 'Thursday'], ['Viernes', 'Friday'], ['Sábado', 'Saturday'], ['Domingo', 'Sunday']];
export const TIMES: readonly P[] = [['Mañana', 'Morning'], ['Mediodía', 'Noon'], ['Tarde', 'Afternoon'], ['Noche', 'Night']];
export const CELLS: readonly P[] = [['agua', 'water'], ['descanso', 'rest'], ['caminar', 'walk'], ['—', '—']];
export const LOG: readonly P[] = [['Día', 'Day'], ['Vasos de agua', 'Cups of water'], ['Horas de sueño', 'Hours of sleep'], ['Cómo me sentí', 'How I felt']];
export const FEEL: readonly P[] = [['bien', 'good'], ['cansado', 'tired'], ['regular', 'so-so']];

export const COMMENT: P = [
  '<!-- Nota de la editora: esta parte se cortó en la revisión.\n## Sección vieja (no traducir)\n![foto vieja](img/no-existe.png)\n-->',
  "<!-- Editor's note: this part was cut in the review.\n## Old section (do not translate)\n![old photo](img/does-not-exist.png)\n-->",
];
export const CODE_NOTE: P = [
  'Nota para quien prepara el boletín: en el archivo, una foto se escribe `![x](nope.png)` y un título empieza con `## Título`. Esos ejemplos no son parte de la lección.',
  'Note for whoever prepares the newsletter: in the file, a photo is written `![x](nope.png)` and a title starts with `## Title`. Those examples are not part of the lesson.',
];
export const FENCED: P = [
  'Copie este aviso tal cual en el boletín:\n\n{f}markdown\n## Aviso para el grupo\n![x](nope.png)\nLa próxima reunión es el jueves a las 6.\n{f}',
  'Copy this notice as it is into the newsletter:\n\n{f}markdown\n## Notice for the group\n![x](nope.png)\nThe next meeting is on Thursday at 6.\n{f}',
];
export const QUOTE: P = [
  '> «Al principio no quería hablar de esto. Ahora vengo cada semana\n> y traigo a mi hermana.»\n>\n> — Participante de un grupo',
  '> "At first I did not want to talk about this. Now I come every week\n> and I bring my sister."\n>\n> — A group participant',
];

let CRC: Uint32Array | undefined;
function crc32(b: Buffer): number {
  CRC ??= Uint32Array.from({ length: 256 }, (_, n) => { let c = n; for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  let c = 0xffffffff;
  for (const x of b) c = CRC[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** A small valid PNG: 16×10 pixels of one colour. */
export function png(rgb: readonly [number, number, number], w = 16, h = 10): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: w }, () => rgb).flat())]);
  const idat = deflateSync(Buffer.concat(Array.from({ length: h }, () => row)));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}
export const svg = (fill: string): string => `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="140" viewBox="0 0 240 140"><rect x="8" y="8" width="224" height="124" rx="12" fill="${fill}"/><circle cx="70" cy="70" r="34" fill="#fff"/></svg>\n`;

