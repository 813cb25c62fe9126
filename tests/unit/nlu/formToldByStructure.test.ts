/**
 * Round 50 (stories50): the form of a story told by its structure rather than by the words of a
 * form. The night round (taken out in the evening or at night, back only in the morning) against
 * the work day (picked up early, back late) and the night shift; "afwerken" said of clients or men
 * against a debt worked off; clients met in the evening beside a job; the tools of dealing found
 * together; a kidney given in French; pellets told by the swallowing (formSituations.ts,
 * text/otherLanguageConcepts.ts, text/crimeScenes.ts). Sentences written for this test, in no
 * corpus or tuning file.
 */
import { crimeScene } from '../../../src/nlu/model/obligedForm';
import { testReader } from '../../support/reader';
import { toldForms } from '../../support/toldForms';

const reader = testReader();

describe('the night round', () => {
  it.each([
    ['Dutch, passive', "Elke avond wordt ze door een man opgehaald en pas om 6 uur 's ochtends teruggebracht."],
    ['Dutch, morning before the return', "Hij neemt haar 's avonds mee naar vrienden en ze komt pas 's ochtends terug."],
    ['English', 'Every night a car takes her away and she is brought back at 5 am.'],
    ['Spanish', 'Por las noches la recogen en coche y vuelve de madrugada.'],
    ['Portuguese', 'Todas as noites um homem leva ela e só traz de volta de manhã.'],
    ['Polish', 'Co wieczór on ją zawozi gdzieś i wraca dopiero rano.'],
    ['Romanian', 'Seara vine un bărbat și o ia, iar dimineața o aduce înapoi.'],
    ['Ukrainian', 'Щоночі він відвозить її, а вранці привозить назад.'],
    ['Turkish', 'Her gece onu alıyor ve sabah geri getiriyor.'],
  ])('%s: %p tells men or a night away (sex_visitors)', (_shape, text) => {
    expect(toldForms(text)).toContain('sex_visitors');
  });

  it.each([
    ['the work day: picked up early, back late', "Ze worden om 5 uur 's ochtends opgehaald en komen 's avonds om negen terug."],
    ['a night shift with no return', 'He works at night in the bakery until 6 in the morning.'],
    ['a Polish work day', 'Rano o piątej zabiera ich bus, wracają wieczorem.'],
  ])('%s: %p tells no night round', (_shape, text) => {
    expect(toldForms(text)).not.toContain('sex_visitors');
  });
});

describe('sex told as what is done beside a job', () => {
  it.each([
    ['clients worked off', 'Ze moet elke avond vijf klanten afwerken in de flat.'],
    ['a debt worked off with his friends', 'Volgens hem moet ze de schuld afwerken bij zijn vrienden.'],
    ['clients met in the rooms', 'After cleaning she has to meet clients in the rooms at night.'],
  ])('%s: %p tells a sexual act', (_shape, text) => {
    expect(toldForms(text)).toContain('sex_acts');
  });

  it('reads a debt or costs worked off at work as no sexual act', () => {
    expect(toldForms('De eigenaar zegt dat hij eerst de kosten van de reis moet afwerken in de kas.')).not.toContain('sex_acts');
  });
});

describe('crime told by what is found or carried', () => {
  it.each([
    ['Dutch scales and bags', 'In de schuur lagen een weegschaaltje en een doos met gripzakjes.'],
    ['English scales and baggies', 'Under his bed I found digital scales and a box of baggies.'],
  ])('%s: %p tells an act of crime', (_shape, text) => {
    expect(toldForms(text)).toContain('crime_acts');
  });

  it('reads a kitchen scale alone as no crime', () => {
    expect(toldForms('She weighs the flour on the kitchen scales every morning.')).not.toContain('crime_acts');
  });

  it.each([
    ['Papiamento', 'E hòmber a oblig’é traga bolitanan promé ku e biahe.'],
    ['English', 'They made him swallow pellets before the flight.'],
  ])('%s: %p is pellets carried in the body', (_language, text) => {
    expect(crimeScene(reader.readFully(text).analysis)).toBe(true);
  });
});

describe('a kidney in French', () => {
  it('reads "donner un rein" as organ removal, the Dutch "rein" alone as nothing', () => {
    expect(toldForms('On lui propose de donner un rein pour effacer sa dette.')).toContain('organ');
    expect(toldForms('Het huis moet rein en schoon zijn voor de inspectie.')).not.toContain('organ');
  });
});
