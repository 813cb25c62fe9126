/**
 * Round 45 (ADR 0006): thoughts of ending one's life told indirectly, in the other languages the chat
 * gets as they are typed (no diacritics, Latin letters for Cyrillic and Arabic, chat spellings), and
 * in Dutch and English shapes the lexicons lacked (a jump overboard, a height looked over again and
 * again, the only way out named by its means, not being sure one wants to be here). Each shape is a
 * thought of now when nothing puts it away; their look-alikes (a manner of speaking, exhaustion from
 * work, "no other choice", a swim from a boat, "slowly" in Vietnamese) are not. Sentences written for
 * this test (none is in the corpus or a tuning set).
 */
import { thoughtOfNowByMeans, thoughtOfNowWorded } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const read = (text: string) => screen.reader.readForDanger(text);
const worded = (text: string) => thoughtOfNowWorded(read(text), screen.bundle.vocabulary.suicide);
const byMeans = (text: string) => thoughtOfNowByMeans(read(text), screen.bundle.vocabulary.suicide);
const thoughtWords = (text: string) =>
  read(text).situations.some((h) => (h.concept === 'suicide_direct' || h.concept === 'suicide_indirect') && !h.negated);
/** The words of a thought are read, and the screen answers the message as a thought of now (113 at once). */
function expectThoughtOfNow(text: string): void {
  expect(thoughtWords(text)).toBe(true);
  expect(screen.assess(text).suicidal).toBe(true);
}

describe('a thought of now in another language, as typed', () => {
  it.each([
    // Arabic in Latin letters (Levantine, Moroccan, Egyptian): a wish to die, not to live.
    ['wish to die, Levantine', 'el m3allem bi5od kel masari, w ana bade moot wallah'],
    ['not to live, Moroccan', 'lpatron chad lia lpaspor, mabghitch n3ich had l7ala'],
    ['killing oneself, Egyptian', 'howa msh by2bal yedfa3li w ana 3ayez amoot 5alas'],
    // Ukrainian and Russian typed in Latin letters.
    ['not to wake up, Ukrainian', 'bos zabrav pasport. ne khochu bilshe prokydatys'],
    ['wish to die, Russian', 'on derzhit moi dokumenty, ya hochu umeret'],
    ['ending it with oneself, Ukrainian', 'vin kazhe shcho ya vynna hroshi, ya pokinchu z soboiu'],
    // Bulgarian typed in Latin letters.
    ['not to live, Bulgarian', 'shefat vzima vsichko, ne iskam da zhiveya poveche'],
    // Somali and Vietnamese without marks.
    ['not to live on, Somali', 'ninka wuu i garaacaa, ma rabo in aan noolaado'],
    ['sleeping and not waking, Vietnamese', 'chu giu ho chieu cua em, em chi muon ngu mai khong bao gio day'],
    // Turkish, Spanish, Portuguese, Polish and Romanian in their typed forms.
    ['wish to die, Turkish spoken ending', 'patron maasimi vermiyor, artik olmek istiyom'],
    ['better dead, Spanish', 'me quitan el pasaporte y el sueldo, mejor muerta'],
    ['ending it all, Portuguese', 'ele fica com meu dinheiro todo, quero acabar com tudo'],
    ['a jump from a bridge, Polish', 'szef zabral mi paszport, chyba skocze z mostu'],
    ['throwing oneself under, Romanian', 'seful nu ma plateste de luni, o sa ma arunc in fata trenului'],
    // Ukrainian in its own letters, ending it with oneself in the future.
    ['a threat to end it, Ukrainian Cyrillic', 'Сестра каже, що покінчить із собою, якщо він знову прийде.'],
  ])('%s', (_shape, text) => expectThoughtOfNow(text));

  it('reads a thought in Arabic typed in Latin letters as of now though a word looks like a past verb', () => {
    // "had" is "this" in Moroccan Arabic, not the English past.
    expect(worded('lpatron chad lia lpaspor, mabghitch n3ich had l7ala')).toBe(true);
  });
});

describe('exhaustion in another language is a part of a last act, not a wish', () => {
  it('counts beside a means at hand', () => {
    expect(byMeans('Seful imi tine pasaportul. Nu mai rezist. Pastilele sunt langa mine.')).toBe(true);
  });

  it('does not count beside a time alone', () => {
    expect(byMeans('nu mai rezist la munca asta, diseara iar 12 ore')).toBe(false);
  });
});

describe('a thought of now in Dutch or English shapes the lexicons lacked', () => {
  it.each([
    ['a jump overboard, third person', 'Mijn neef zegt dat hij overboord springt als de schipper hem weer slaat.'],
    ['a height looked over again and again', 'My boss keeps my passport. I am on the balcony and I keep looking over the edge.'],
    ['the way it ends seen one way only', 'They want 3000 more by Friday. I dont see how this ends any other way.'],
    ['a means as the only way out', 'Ze houdt mijn loon in. Ik denk dat de trein de enige uitweg is.'],
    ['not sure one wants to be here', 'he took my phone again. honestly not sure i want to be here anymore'],
  ])('%s', (_shape, text) => expectThoughtOfNow(text));
});

describe('look-alikes that are no thought of ending one’s life', () => {
  it.each([
    // A manner of speaking, exhaustion from work, no other choice, a swim from a boat.
    ['a manner of speaking', 'ik ga dood van de stress met die planning'],
    ['dead tired', 'dead tired after the night shift, the agency wants me back at six'],
    ['no other choice, Polish', 'Szef mówi, że nie ma innego wyjścia, musimy pracować w sobotę.'],
    ['no other way, Spanish', 'no hay otra salida, tengo que pagar la deuda este mes'],
    ['exhaustion from work, Arabic in Latin letters', 'ana ta3ban ktir mn el shoghol, 14 se3a kel yom'],
    ['exhaustion from work, Romanian', 'nu mai rezist la munca asta, 12 ore pe zi'],
    ['a swim from a boat', 'we sprongen overboord om te zwemmen bij de boot'],
    ['the only way out is a report', 'the only way out is to go to the police, right?'],
    // Vietnamese "từ từ" (slowly), typed bare, reads as "tu tu".
    ['slowly, Vietnamese', 'em lam tu tu thoi, chu noi phai xong truoc toi nay'],
  ])('%s', (_shape, text) => {
    expect(worded(text)).toBe(false);
    expect(screen.assess(text).suicidal).toBe(false);
  });
});
