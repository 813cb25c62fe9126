/**
 * Round 22: suicidal thoughts told as what someone does or says in the middle of a story: on a roof
 * or a bridge and not coming down, pulled back over the railing, rather jumping than going back,
 * pills saved or a rope kept close, hanging oneself in the languages labour migrants write in, a
 * farewell posted to everyone, and the broken English and Dutch many of them write in. Each gets
 * 113 at once; the same words in ordinary stories (work on a roof, the washing hung up, saving for a
 * scooter, a goodbye to a colleague) do not. Sentences written for this test (none is in the corpus
 * or a tuning set).
 */
import { heldOrHurtNamed } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';

const screen = testScreen();

describe('suicidal thoughts told in the middle of a story', () => {
  it.each([
    // Dutch
    'mijn neef werkt voor een man die zijn loon houdt en zit nu al een uur op het dak van de flat, hij wil niet naar beneden komen',
    'ik heb vanavond een meisje over de reling van de brug zien klimmen, ze zei dat ze de schuld aan die man nooit kan betalen',
    'ze moet al maanden voor haar vriend werken en zegt dat ze liever springt dan nog een nacht naar dat adres te gaan',
    'mijn collega houdt al weken zijn slaappillen apart en spaart ze op in een doosje, de baas betaalt hem al maanden niet',
    'de man van het bureau heeft zijn pas en nu zegt hij dat hij zich gaat ophangen in de schuur',
    'ze postte net vaarwel allemaal op haar story en haar telefoon staat uit, die vriend laat haar elke avond werken',
    // broken Dutch and chat spelling
    'baas geeft geen geld en heeft paspoort, ik wil nie meer leve hier',
    // English and broken English
    'my roommate works for a guy who keeps his wages and he is standing on the roof of our block and refuses to come down',
    'a colleague was pulled back off the bridge last night, he owes the agency for the flight and says he cannot pay',
    'she is with a man who sells her to others and she has been collecting her pills in a sock for weeks',
    'no money 4 month, boss have my passport. i no want live anymore, better i die',
    // other languages
    'szef zabral paszport i nie placi, mowi ze sie powiesi w kontenerze',
    'patronul nu ne da banii, colegul meu a zis ca se spanzura diseara',
  ])('gets 113 at once: "%s"', (text) => {
    const result = screen.assess(text);
    expect(result.level).toBe('acute');
    expect(result.suicidal).toBe(true);
  });

  it.each([
    'ik ben dakdekker en werk de hele week op het dak van een school, mijn baas betaalt pas na drie maanden',
    'de vrouw van de buren hangt elke avond de was op in de tuin, haar man doet altijd het woord',
    'mijn zoon spaart voor een scooter en werkt in een snackbar waar hij contant krijgt, mag dat?',
    'we namen vrijdag afscheid van een collega die terugging naar Roemenie, hij was blij weg te zijn bij dat bureau',
    'powiesilismy pranie na balkonie, szef bierze 90 euro za lozko co tydzien',
    'i want ask something about my contract, the agency keeps my id card',
    'ik durf het niet tegen mijn baas te zeggen want die wordt snel boos, mag hij mijn loon inhouden?',
  ])('the same words in an ordinary story get no 113: "%s"', (text) => {
    expect(screen.assess(text).suicidal).toBe(false);
  });
});

describe('a threat of harm whose condition is a report', () => {
  it('is no distance from the threat: never a silent reading', () => {
    const read = screen.look('de man van het bureau zegt dat hij mij doodslaat als ik naar de politie ga').read;
    expect(heldOrHurtNamed(read)).toBe(true);
    expect(screen.assess('de man van het bureau zegt dat hij mij doodslaat als ik naar de politie ga').level).not.toBe('none');
  });

  it('keeps a lost job or bed after a complaint distanced, as before', () => {
    const read = screen.look('if i complain to the inspection the boss says i lose my bed and my job').read;
    expect(heldOrHurtNamed(read)).toBe(false);
  });
});
