/**
 * Round 48 (form48): the form of a story told by what the person is made to do, in the languages
 * the obligation and the act had no words in (text/obligedActs.ts), the words of domestic work, a
 * monthly pay, an ad with her photos, girls shown to lorry drivers and men who come, in the other
 * languages (text/otherLanguageConcepts.ts), the Dutch compounds of a grow house and a drug debt, and
 * the writer's own work said in another language beside a story of sex or crime
 * (formSituations.ts `ownWorkPlace`). Sentences written for this test, in no corpus or tuning file.
 */
import { obligedForm } from '../../../src/nlu/model/obligedForm';
import { ConceptMatcher } from '../../../src/nlu/text/concepts';
import { OBLIGED_ACT_LEXICON, type ObligedActConcept } from '../../../src/nlu/text/obligedActs';
import { testReader } from '../../support/reader';
import { toldForms } from '../../support/toldForms';

const reader = testReader();
const matcher = new ConceptMatcher(OBLIGED_ACT_LEXICON);
const obliged = (text: string) =>
  matcher
    .find(reader.readFully(text).analysis)
    .filter((h) => !h.negated)
    .map((h) => h.concept);

describe('an act told after an obligation in the languages round 48 added', () => {
  it.each<[string, string, ObligedActConcept]>([
    ['Somali', 'waxay igu qasbaan inaan daroogo u qaado xaafadda kale', 'crime_obliged'],
    ['Vietnamese', 'ho bat em ban ma tuy truoc cong truong hoc', 'crime_obliged'],
    ['Croatian', 'moraju prodavati drogu za njega svaku noc', 'crime_obliged'],
    ['Albanian', 'djali duhet te vjedh ne dyqanet e qytetit', 'crime_obliged'],
    ['Persian', 'shohar-am majbooram mikone ba mardha beram', 'sex_obliged'],
    ['French', 'ils la forcent à coucher avec des hommes le week-end', 'sex_obliged'],
    ['German', 'sie muss jede Nacht mit Freiern in die Wohnung', 'sex_obliged'],
    ['Italian', 'è costretta a stare con i clienti del padrone', 'sex_obliged'],
    ['Arabic', 'يجبرها صاحب الشقة على الجلوس مع الرجال', 'sex_obliged'],
  ])('%s: %p tells %p', (_language, text, concept) => {
    expect(obliged(text)).toContain(concept);
  });

  it.each([
    'ich muss morgen früh zum Arzt mit meiner Tochter',
    'il doit partir demain matin pour son travail au port',
    'moram znati kada mogu doći na razgovor',
  ])('%p tells no act of crime or sex', (text) => {
    expect(obliged(text).filter((c) => c !== 'labour_obliged')).toEqual([]);
  });

  it('decides the form of a story told in them', () => {
    expect(
      obligedForm(reader.readFully('Asc. Walaalkay waa 17 jir, niman ayaa ku qasbay inuu daroogo u qaado magaalooyin kale.').analysis),
    ).toBe('criminal_exploitation');
  });
});

describe('the situations of each form in the words round 48 added', () => {
  it.each([
    ['French nanny', 'ma cousine est nounou chez une famille à Delft depuis un an', 'work_place'],
    ['Darija housework', 'khti katkhddem f dar dyal wahd l3a2ila f Breda', 'work_place'],
    ['Ukrainian maid', 'вона працює покоївкою в одній родині', 'work_place'],
    ['monthly pay', 'платять 150 євро на місяць за все', 'work_terms'],
    ['Darija pay not given', 'khddama 3endhom w ma kay3tiwha walou', 'work_terms'],
    ['Italian pay', 'non la pagano da tre mesi', 'work_terms'],
    ['Ukrainian lady of the house', 'господиня не відпускає її нікуди', 'work_boss'],
    ['Hungarian ad', 'egy hirdetésben láttam a fényképeit az interneten', 'sex_place'],
    ['Polish lorry park', 'dwie dziewczyny chodziły nocą do kierowców na parkingu', 'sex_place'],
    ['German street', 'sie muss auf den Strich gehen in Köln', 'sex_place'],
    ['Italian men', 'vengono uomini tutta la notte in quella casa', 'sex_visitors'],
    ['Dutch grow house', 'hij moest op zolder de wietplantjes water geven', 'crime_acts'],
    ['Dutch drug debt', 'ze zeggen dat hij een drugsschuld heeft bij hen', 'crime_acts'],
    ['Dutch bags handed out', 'een man in een busje geeft de jongens kleine tasjes mee voor onderweg', 'crime_acts'],
    ['Dutch load lost', 'sinds de lading in beslag genomen is moet hij alles terugbetalen', 'crime_acts'],
    ['English packages', 'he drives little packages around town for his cousin after midnight', 'crime_acts'],
    ['English runs', 'my nephew says he does runs for some older lads in Leeuwarden', 'crime_acts'],
    ['English goods lost', 'they are after him because he lost the stuff on the train', 'crime_acts'],
    ['Turkish goods lost', 'kardeşim malı kaybettim diye ağlıyor, adamlar onu arıyor', 'crime_acts'],
    ['Bulgarian rooms', 'управителят я води по стаите на гостите всяка нощ', 'sex_visitors'],
    ['Russian clients', 'он возит её к клиентам по вечерам', 'sex_visitors'],
    ['Arabic another man', 'كل جمعة يوديها لرجل ثاني في فندق', 'sex_visitors'],
  ] as const)('%s: %p reads %p', (_what, text, concept) => {
    expect(toldForms(text)).toContain(concept);
  });

  it.each([
    // Domestic violence, not domestic work.
    ['Portuguese', 'acho que é violência doméstica, ele grita muito com ela', 'work_place'],
    ['French', 'je crois que c est de la violence domestique', 'work_place'],
    // A landlady or a madam as often as an employer in Russian.
    ['Russian', 'хозяйка квартиры требует деньги', 'work_boss'],
    // A pick-up, not the picking of fruit.
    ['English', 'a man in a grey van is picking her up after school most days', 'work_place'],
    // "zaakjes" (affairs) reads as "zakjes" in the analysis.
    ['Dutch', 'hij zei dat hij zijn zaakjes op orde heeft gezet', 'crime_acts'],
  ] as const)('%s: %p does not read %p', (_language, text, concept) => {
    expect(toldForms(text)).not.toContain(concept);
  });
});

describe('the writer’s own work in another language beside sex or crime (ownWorkPlace)', () => {
  it.each([
    'Lucrez la un hotel in Utrecht. Seara o fata tanara este dusa de un barbat la clienti in camere.',
    'Я працюю в пральні готелю. Дівчат з третього поверху змушують спати з клієнтами.',
  ])('drops the place: %s', (text) => {
    const forms = toldForms(text);
    expect(forms).not.toContain('work_place');
    expect(forms.some((c) => c.startsWith('sex_'))).toBe(true);
  });

  it('keeps a job promised, which is not the writer’s ("trabajo" is also the noun)', () => {
    expect(toldForms('Le prometieron trabajo en un restaurante, pero el hombre la obliga a estar con clientes.')).toContain('work_place');
  });
});
