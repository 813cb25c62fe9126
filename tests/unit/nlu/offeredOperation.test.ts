/**
 * Organ removal told without an organ (round 37, text/offeredOperation.ts, model/obligedForm.ts): an
 * operation, a clinic or blood tests beside a debt, another country or a healthy person, in the
 * same sentence or the next. Sentences written for this test, in no corpus or tuning file.
 */
import { MessageModels } from '../../../src/nlu/model/messageModels';
import { obligedForm, offeredOperation } from '../../../src/nlu/model/obligedForm';
import { testReader } from '../../support/reader';
import { testBundle } from '../../support/screen';

const reader = testReader();
const offered = (text: string) => offeredOperation(reader.readFully(text).analysis);

describe('an operation offered for a debt, abroad or to a healthy person', () => {
  it.each([
    ['de man zegt dat de schuld weg is als mijn zoon meegaat voor een kleine operatie', 'Dutch, a debt'],
    // Round 38: Portuguese and Spanish "I owe" with its sum ("devo" alone is also "I must").
    ['Amanha ele vai para a clinica. Agora dizem que ele deve 3 mil se nao for.', 'Portuguese, a debt with its sum'],
    ['they booked him a clinic in Egypt and told him not to eat the night before', 'English, abroad'],
    ['Szef mówi, że dług zniknie po małym zabiegu. Marek nie jest chory.', 'Polish, a debt'],
    ['Fratele meu e sanatos. Omul vrea sa il duca la o clinica pentru o interventie.', 'Romanian, healthy, the next sentence'],
    ['Kazaha mu che dalgat shte izchezne sled operatsia v Germania.', 'Bulgarian in Latin letters'],
    ['Кажуть, що борг спишуть після операції.', 'Ukrainian'],
    ['Adam borcunu silecekmiş, yeter ki yurt dışında ameliyat olsun.', 'Turkish'],
    ['Le dicen que la deuda desaparece si se hace una cirugia en el extranjero.', 'Spanish'],
    ['Ele está saudável, mas já fez exames de sangue para a cirurgia.', 'Portuguese'],
    ['Azt mondják, az adósság eltűnik egy műtét után Törökországban.', 'Hungarian'],
    ['gal lih ila bgha ykhelless dyoun ydir 3amaliya f turkia', 'Darija in Latin letters'],
    ['Pyshut: zdorovi cholovky, operatsiya v Stambuli, vse oplacheno.', 'Ukrainian in Latin letters, healthy people'],
    ['ghadi ybi3 klwa bach ykhelles lflous', 'Darija, a kidney sold'],
    ['In de groep staat: donoren gezocht, goede betaling.', 'Dutch, donors sought'],
  ])('%p tells it (%s)', (text) => {
    expect(offered(text)).toBe(true);
  });

  it.each([
    // An operation alone: an ill worker, a hospital kept from him.
    'hij heeft een operatie nodig aan zijn knie maar de baas laat hem niet naar de dokter',
    'she needs surgery but the boss says she must keep working',
    // A clinic the writer works at, beside a debt told by a patient.
    'I work at a clinic in Delft. A patient owes her employer money for the flight and cannot leave.',
    // The reason too far from the operation.
    'Hij heeft schulden bij de baas. Hij slaapt in een container. Vorig jaar had hij een operatie.',
    // "Devo" as "I must": no sum, no debt.
    'Amanha devo ir para a clinica com a minha mae, ela esta doente.',
    // Not healthy: the reason negated.
    'mijn vader is niet gezond en heeft een operatie nodig',
    // A kidney not sold: ill, on dialysis.
    'haar nier werkt niet goed en ze moet drie keer per week naar het ziekenhuis',
  ])('%p does not', (text) => {
    expect(offered(text)).toBe(false);
  });

  it('decides organ removal, and nothing beside an act of another form', () => {
    expect(
      obligedForm(reader.readFully('Hij is kerngezond, toch hebben ze al bloedonderzoek gedaan voor de ingreep in Turkije.').analysis),
    ).toBe('organ_removal');
    expect(
      obligedForm(
        reader.readFully('Hij moet voor ze stelen in de winkels. Zijn schuld is weg na een operatie in Turkije, zeggen ze.').analysis,
      ),
    ).toBeNull();
  });

  it('gives a story in another language organ removal through the models', () => {
    const models = new MessageModels(testBundle(), reader);
    const text =
      'Dzień dobry, mój kuzyn pracuje w magazynie pod Venlo i ma duże długi u pośrednika. Pośrednik mówi, że długi znikną, jeśli kuzyn pojedzie do prywatnej kliniki w Niemczech na mały zabieg. Kuzyn jest zdrowy. Co robić?';
    expect(models.guess(reader.readFully(text), []).form.form).toBe('organ_removal');
  });
});
