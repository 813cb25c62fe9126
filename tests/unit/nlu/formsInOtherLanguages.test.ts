/**
 * The form of a story told in the languages labour migrants write in, by its situation: the work,
 * the hours, the pay kept back, a bed from the boss, men sent to a woman, a sum to bring in by the
 * night, drugs carried, begging, accounts, an organ (src/nlu/text/otherLanguageConcepts.ts, ADR 0006
 * round 23). Polish "ł", Turkish "ı" and Vietnamese "đ" are folded in the analysis of every reading
 * (src/nlu/text/foldLetters.ts). Every sentence here was written for this test; none is a corpus or
 * tuning line.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { FORM_FAMILY, type FormConcept, type FormFamily } from '../../../src/nlu/model/formSituations';
import { testReader } from '../../support/reader';
import type { Form } from '../../../src/nlu/recognizer';
import { analyseText } from '../../../src/nlu/text/analyse';

const reader = testReader();
const read = (text: string) => reader.readFully(text).forms.filter((h) => !h.negated);
const concepts = (text: string) => new Set(read(text).map((h) => h.concept));
const families = (text: string) => new Set(read(text).map((h) => FORM_FAMILY[h.concept]));

describe('letters that the normalisation keeps', () => {
  it('reads Polish and Turkish words typed with their own letters as typed plain', () => {
    expect(concepts('szef zabrał nam wypłaty za dwa miesiące')).toEqual(concepts('szef zabral nam wyplaty za dwa miesiace'));
    expect(concepts('szef zabrał nam wypłaty za dwa miesiące')).toContain('work_terms');
    expect(concepts('abimi hırsızlık yapmaya zorluyorlar')).toContain('crime_acts');
  });

  it('folds the tokens and keeps the written forms as typed', () => {
    const analysis = analyseText('płacą mało, nie ma łóżka');
    expect(analysis.joined).toBe('placa malo , niet ma lozka');
    expect(analysis.written[1]).toBe('mało');
    expect(analysis.joined.length).toBe(analysis.tokens.join(' ').length);
  });
});

describe('the situations of each form in other languages', () => {
  it.each([
    ['Polish hours', 'pracujemy po 14 godzin bez dnia wolnego', 'work_terms'],
    ['Turkish hours', 'gunde 13 saat calisiyoruz', 'work_terms'],
    ['Romanian pay halved', 'patronul ne ia jumatate din salariu', 'wages_taken'],
    ['Spanish pay kept', 'el encargado se queda con casi todo el sueldo', 'wages_taken'],
    ['Ukrainian debt worked off', 'кажуть, що він має відпрацювати борг за дорогу', 'wages_taken'],
    ['Portuguese bed from the pay', 'descontam do salário pela cama no contentor', 'work_housing'],
    ['Bulgarian bed from the pay', 'удържат ни за леглото всяка седмица', 'work_housing'],
    ['Ukrainian men brought', 'він приводить до неї своїх друзів щовечора', 'sex_visitors'],
    ['Kurmanji sent with other men', 'ew wê bi mêrên din re dişîne', 'sex_visitors'],
    ['Bulgarian quota for the night', 'ако не изкара 500 евро тази нощ, той я бие', 'earnings_taken'],
    ['Spanish street at night', 'la obliga a hacer la calle cerca de la estacion', 'sex_place'],
    ['Polish nude photos', 'chce od niej nagie zdjęcia za prace modelki', 'sex_acts'],
    ['Romanian begging', 'il pun sa cerseasca langa gara si ii iau banii', 'begging'],
    ['Arabic begging', 'يجبرون الأطفال على التسول في السوق', 'begging'],
    ['Spanish money through the account', 'me piden recibir dinero en mi cuenta y pasarselo', 'crime_means'],
    ['Turkish firm in my name', 'benim adima sirket acmislar', 'crime_means'],
    ['Tigrinya organ', 'kulitey kiwesdu deliyom', 'organ'],
    ['Portuguese organ', 'querem que ele venda um rim pela divida', 'organ'],
    ['Tigrinya work and no money', 'ab fabrika iserih, genzeb yeblen', 'wages_taken'],
    // Hungarian had only the building site, the factory and cleaning (forms24).
    ['Hungarian car wash', 'egy autómosóban dolgozik Utrechtben', 'work_place'],
    ['Hungarian hours', 'napi 13 órát dolgozunk, és nincs szabadnap', 'work_terms'],
    ['Hungarian pay kept', 'a közvetítő elveszi a fizetésünk nagy részét', 'wages_taken'],
    ['Hungarian bed from the pay', 'a szállásért heti 90 eurót vonnak le tőlünk', 'work_housing'],
    ['Hungarian debt worked off', 'az adósság miatt ingyen kell dolgoznia', 'wages_taken'],
    ['Hungarian men brought', 'a barátja minden este férfiakat hoz a lakásba', 'sex_visitors'],
    // Work without pay said as "without money" (forms24).
    ['Ukrainian work without money', 'вона прибирає в готелі без грошей уже місяць', 'work_terms'],
    ['Romanian work without money', 'muncim la sera fara bani de doua luni', 'work_terms'],
    ['Turkish work without pay', 'aylardır maaşsız çalıştırıyorlar bizi', 'work_terms'],
    ['Portuguese madam', 'a cafetina fica com tudo o que ganhamos', 'sex_control'],
    // Latvian and Lithuanian had no word of work at all (forms24).
    ['Latvian greenhouse and hours', 'strādāju siltumnīcā 13 stundas dienā', 'work_terms'],
    ['Latvian pay docked', 'darba devējs atskaita no algas par dzīvokli', 'wages_taken'],
    ['Lithuanian warehouse', 'mano vyras dirba sandėlyje prie Tilburgo', 'work_place'],
    ['Lithuanian employer', 'darbdavys pasiėmė mūsų pasus', 'work_boss'],
    ['Latvian kidney', 'viņam liek pārdot nieri', 'organ'],
  ] as const)('%s: %p names %s', (_kind, text, concept: FormConcept) => {
    expect(concepts(text)).toContain(concept);
  });

  it.each([
    ['a time, not the hours of work (Spanish)', 'me llamo hace dos horas llorando'],
    ['a time, not the hours of work (Turkish)', 'iki saat önce aradı ve ağladı'],
    ['the writer’s own customer (Turkish)', 'bir müşterim her hafta aynı adamla geliyor'],
  ])('reads no form in %s', (_kind, text) => {
    expect(families(text)).toEqual(new Set<FormFamily>());
  });

  it('reads a sum for the night as a quota also after "if not"', () => {
    const hits = reader.readFully('jesli nie zarobi 400 euro tej nocy, on ja bije').forms;
    expect(hits.some((h) => h.concept === 'earnings_taken' && !h.negated)).toBe(true);
  });
});

describe('a worry that says it knows nothing more', () => {
  const general = (text: string) => reader.features(reader.readFully(text), 'general');

  it.each([
    ['Dutch', 'mijn buurvrouw is zo stil de laatste tijd, meer weet ik niet'],
    ['English', 'her new boyfriend answers her phone for her, maybe I am overreacting'],
    ['Polish', 'sąsiadka prawie nie wychodzi z domu, może przesadzam'],
    ['Spanish', 'mi prima ya casi no llama, no se nada mas'],
    ['Latvian', 'māsa vairs nezvana no Roterdamas, vairāk es nezinu'],
    ['Lithuanian', 'kaimynė beveik neišeina iš namų, daugiau nieko nežinau'],
    ['Hungarian', 'a szomszéd lány alig jön ki a lakásból, többet nem tudok'],
  ])('is read as vague with no act beside it (%s)', (_language, text) => {
    expect(general(text)).toEqual(expect.arrayContaining(['mv:vague', 'mv:vague+noact']));
  });

  it('keeps the act told beside it', () => {
    const features = general('ze moet elke avond klanten ontvangen en hij houdt al haar geld, meer weet ik niet');
    expect(features).toContain('mv:vague');
    expect(features).not.toContain('mv:vague+noact');
    expect(general('ze moet elke avond klanten ontvangen en hij houdt al haar geld')).not.toContain('mv:vague');
  });
});

const local = createLocalRecognizer();

const STORIES: readonly [string, Form, string][] = [
  [
    'labour, Polish, third person',
    'labour_exploitation',
    'Mój szwagier pracuje na budowie w Almere po 12 godzin, szef płaci mu 5 euro na godzinę i jeszcze potrąca za kwaterę.',
  ],
  [
    'labour, Romanian, past',
    'labour_exploitation',
    'anul trecut am lucrat la o fabrica de carne, ne opreau din salariu pentru cazare si transport si lucram 12 ore pe zi fara zi libera',
  ],
  [
    'sexual, Ukrainian, third person',
    'sexual_exploitation',
    'Мою подругу чоловік, який привіз її до Нідерландів, змушує спати з клієнтами в квартирі і забирає всі гроші.',
  ],
  [
    'sexual, Spanish',
    'sexual_exploitation',
    'A mi prima la tienen en un piso de citas en Den Haag, el hombre que la trajo se queda con el dinero de los clientes.',
  ],
  [
    'criminal, Turkish',
    'criminal_exploitation',
    'Oğlum 15 yaşında, mahalledeki büyük çocuklar ona uyuşturucu paketleri taşıtıyor ve kaybederse borçlu olduğunu söylüyorlar.',
  ],
  [
    'criminal, Portuguese, begging',
    'criminal_exploitation',
    'Vejo todos os dias crianças pedindo esmola na estação de Amsterdã, e à noite um homem recolhe todo o dinheiro delas.',
  ],
  ['organ, Arabic', 'organ_removal', 'قالوا لأخي إنه يستطيع أن يسدد الدين إذا باع كليته في عيادة في الخارج.'],
  [
    'labour, broken English',
    'labour_exploitation',
    'my brother he work in fish factory 13 hour every day, no free day, boss take money for bed from his salary',
  ],
  [
    'organ, English, third person',
    'organ_removal',
    'The men who brought my uncle here keep telling him the debt is gone if he lets a doctor in Turkey take one of his kidneys.',
  ],
  [
    'criminal, Dutch, past',
    'criminal_exploitation',
    'Mijn broertje moest vorig jaar voor een paar oudere jongens wiet verkopen bij het station, anders kreeg hij klappen.',
  ],
  [
    'sexual, Dutch, past',
    'sexual_exploitation',
    'Mijn nicht moest vorig jaar van de man die haar hierheen haalde elke avond klanten ontvangen in een flat, hij hield al het geld.',
  ],
];

const VAGUE: readonly [string, string][] = [
  ['Polish', 'moja koleżanka z pracy od tygodnia jest bardzo cicha i nie odbiera telefonu, nie wiem co się dzieje'],
  ['Romanian', 'fratele meu s-a mutat in Olanda si vorbim mai rar, nu stiu daca e ceva grav, poate ma ingrijorez degeaba'],
  ['English', 'my friend seems different since she moved in with her new boyfriend, she hardly calls anymore. nothing concrete'],
  ['Dutch', 'mijn zus is sinds kort heel stil en trekt zich terug, ik weet verder niks en misschien is het niks'],
];

describe('the form of a story in any language (model)', () => {
  it.each(STORIES)('%s', async (_kind, form, text) => {
    const reading = await local.interpret(text);
    expect(reading.intent).toBe('describe_concern');
    expect(reading.form).toBe(form);
  });

  it.each(VAGUE)('a vague worry stays unknown (%s)', async (_language, text) => {
    const reading = await local.interpret(text);
    expect(reading.form).toBe('unknown');
  });
});
