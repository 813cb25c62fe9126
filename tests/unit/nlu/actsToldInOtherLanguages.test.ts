/**
 * Round 46 (form46, ADR 0006): what a person is made to do, told in the verb forms and phrases of the
 * other languages that the lexicon's infinitives and nouns missed (text/otherLanguageConcepts.ts):
 * being made to steal in the forms of "they steal", "she stole" and "what they stole"; work for no
 * money said with "I get no money"; a man's friends brought to her and "be nice to them"; a parcel a
 * boy must take somewhere; ads with her photos; and the consequence questions a citizen asks in
 * Bulgarian, Ukrainian and Lithuanian. Look-alikes in Dutch and English stay unread. Every sentence
 * was written for this test; none is a corpus or tuning line.
 */
import { FORM_FAMILY } from '../../../src/nlu/model/formSituations';
import { testReader } from '../../support/reader';

const reader = testReader();
const read = (text: string) => reader.readFully(text).forms.filter((h) => !h.negated);
const families = (text: string) => new Set(read(text).map((h) => FORM_FAMILY[h.concept]));
const features = (text: string) => new Set(reader.features(reader.readFully(text), 'general'));

describe('acts told by the verb in other languages', () => {
  it.each([
    ['Polish, he steals', 'starsi chlopcy kaza mu, on kradnie w sklepach dla nich', 'criminal'],
    ['Romanian, to steal (first person)', 'seful ma obliga sa fur din magazine in fiecare zi', 'criminal'],
    ['Russian, they steal', 'эти люди заставляют детей, они воруют телефоны в трамвае', 'criminal'],
    ['Ukrainian, he steals', 'його змушують, він краде в магазинах для них', 'criminal'],
    ['Bulgarian, to steal', 'карат го да краде по пазарите', 'criminal'],
    ['Hungarian, they steal', 'a fiúk a boltokban lopnak a férfinak', 'criminal'],
    ['Turkish, made to steal', 'adamlar cocuklara market raflarindan caldirtiyor', 'criminal'],
    ['Spanish, stealing', 'el hombre los tiene robando carteras en el metro', 'criminal'],
    ['Portuguese, stealing', 'eles obrigam as criancas a roubar no mercado, estao roubando todos os dias', 'criminal'],
    ['Arabic, they steal', 'الرجال يجعلون الأطفال يسرقون من المحلات', 'criminal'],
    ['Turkish, a parcel he must take', 'her gece paketleri istasyona goturmesi gerekiyor', 'criminal'],
    ['Hungarian, no money got', 'fél éve dolgozom a farmon és nem kapok pénzt', 'labour'],
    ['Romanian, no money got', 'lucram la sera si nu primim bani de trei luni', 'labour'],
    ['Turkish, no money got', 'fabrikada calisiyorum ama para almiyorum', 'labour'],
    ['Arabic, work without pay', 'أشتغل في المطعم بدون راتب منذ سنة', 'labour'],
    ['Hungarian, his friends brought to her', 'a férfi minden hétvégén áthozza a barátait hozzá', 'sexual'],
    ['Hungarian, be nice to them', 'azt mondja, kedvesnek kell lennie velük', 'sexual'],
    ['Darija, to his friends', 'kaydiha l s7abou f lil', 'sexual'],
    ['Polish, the lorry park word', 'stoi na parkingu jako tirowka', 'sexual'],
    ['Spanish, ads with her photos', 'él pone anuncios con sus fotos en internet', 'sexual'],
  ])('%s', (_kind, text, family) => {
    expect(families(text)).toContain(family);
  });

  it.each([
    ['Dutch "fur" in a coat', 'ze droeg een jas met fur kraag'],
    ['Portuguese "furar" (to drill)', 'eles vao furar a parede amanha de manha'],
    ['Hungarian "dear" opening a letter', 'Kedves Veilig Thuis, köszönöm a választ'],
    ['a Turkish parcel sent by post', 'kargo paketi yarin gelecek'],
  ])('leaves a look-alike unread: %s', (_kind, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('consequence questions in other languages', () => {
  it.each([
    ['Bulgarian, sent back', 'ако отида в полицията, ще ме върнат ли в България?', 'tq:consequence_residence'],
    ['Ukrainian, protection lost', 'якщо я поскаржусь, я втрачу тимчасовий захист?', 'tq:consequence_residence'],
    ['Lithuanian, the job lost', 'jei pranesiu, ar as prarasiu darba?', 'tq:consequence_job'],
  ])('%s', (_kind, text, feature) => {
    expect(features(text)).toContain(feature);
  });
});
