/**
 * The form of a story told in a language the product does not speak well (round 40, form40, ADR
 * 0006): the concepts people use across languages for the work, the pay, the papers, the money and
 * the body, with or without diacritics. Sentences written for this test, in no corpus or tuning file.
 */
import { toldForms as forms } from '../../support/toldForms';

describe('the form across languages', () => {
  it.each([
    // Work and pay in Swahili and Somali, which had no word of work.
    ['dada yangu anafanya kazi ya nyumbani kwa familia, hawampi mshahara', 'work_place'],
    ['dada yangu anafanya kazi ya nyumbani kwa familia, hawampi mshahara', 'work_terms'],
    ['waxay ku qasbaan inay nadiifiso guryo maalin kasta', 'work_place'],
    ['wuu shaqeeyaa lacag la’aan', 'work_terms'],
    ["wuu shaqeeyaa lacag la'aan", 'work_terms'],
    // Pay by the hour and a bed where the work is.
    ['mi hermano trabaja en un restaurante, le pagan 3 euros la hora', 'work_place'],
    ['mi hermano trabaja en un restaurante, le pagan 3 euros la hora', 'work_terms'],
    ['mi hermano duerme en la cocina del bar', 'work_housing'],
    ['мой брат спит на складе, где работает', 'work_housing'],
    // Money laundering and a card handed over with its code, with and without diacritics.
    ['a bank lezárta a számlámat pénzmosás miatt', 'crime_acts'],
    ['a bank lezarta a szamlamat penzmosas miatt', 'crime_acts'],
    ['oddałem mu kartę i kod do niej', 'crime_means'],
    ['le di la tarjeta con el código', 'crime_means'],
    // Drugs in Arabic typed in Latin letters, a Vietnamese grow house, a parcel to carry in Russian.
    ['el rajel bi5allih ybee3 7ashish', 'crime_acts'],
    ['fi bodra fel shanta', 'crime_acts'],
    ['no bi nhot trong can nha trong co', 'crime_acts'],
    ['бригадир хочет, чтобы я отвез посылку в Германию', 'crime_acts'],
    // Sex told by its euphemism, by harassment, by the street, by a sale, by the night.
    ['dice que tengo que ser simpática con sus amigos esta noche', 'sex_visitors'],
    ['on skazal chto ya dolzhna byt druzhelyubnoy s nimi', 'sex_visitors'],
    ['хозяин пристает ко мне', 'sex_place'],
    ['преди години е работила на улицата', 'sex_place'],
    ['a fost vândută unui bărbat din Germania', 'sex_visitors'],
    ['éjszaka bemegy a szobájába', 'sex_visitors'],
    ['por la noche se la llevan y vuelve a las 6 de la mañana', 'sex_visitors'],
    // Dutch and English: men who come tonight, the house where men come, a bag to fetch, fishing.
    ['vanavond komen er weer mannen naar het huis', 'sex_visitors'],
    ['ze is weggelopen uit een huis waar mannen komen', 'sex_visitors'],
    ['two men dropped him here to pick up a bag from someone', 'crime_acts'],
    ['ze hebben hem afgezet om een tas op te halen', 'crime_acts'],
    ['mijn neef werkt als matroos op een kotter', 'work_place'],
  ] as const)('%p tells %s', (text, concept) => {
    expect(forms(text)).toContain(concept);
  });

  it.each([
    // A fig is no kidney; a card kept without its code is the work's; the way home after a night
    // shift is no round of men.
    ['compramos figo no mercado', 'organ'],
    ['a főnök elvette a kártyámat', 'crime_means'],
    ['trabaja de noche en la fábrica y vuelve a casa', 'sex_visitors'],
    // Being kind to a grandmother is no euphemism of sex.
    ['tiene que ser amable con su abuela', 'sex_visitors'],
  ] as const)('%p does not tell %s', (text, concept) => {
    expect(forms(text)).not.toContain(concept);
  });
});
