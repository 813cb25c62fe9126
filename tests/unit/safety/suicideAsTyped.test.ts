/**
 * Round 23: suicidal thoughts in the middle of a story as writers type them: the reflexive
 * "doodmaken" ("ik maak mij dood", not "hij maakt me dood": a threat), "zelfmoord" misspelt or split,
 * the broken Dutch and English of labour migrants, one's life told as over, death weighed as a relief,
 * dying as the one thought left, a bus or a car hoped to hit one, enough of life, stopping with
 * living, "dan maar dood", doing oneself something with the infinitive, giving up beside no way out,
 * "het hoeft voor haar niet meer", a step at a platform that makes it quiet, "any more" in two words;
 * and their hard negatives. Sentences written for this test.
 */
import { describeSuicideWording, testScreen } from '../../support/screen';

const screen = testScreen();

describeSuicideWording(
  screen,
  [
    'mn nicht werkt bij een massagesalon en heeft tegen mijn moeder gezegd dat ze zichzelf wil doodmaken',
    'ik maak mij dood als ik nog een week daar moet werken',
    'ik denk aan zelf moord. de man van de salon laat mij niet weg',
    'ik wil sterf. werk 12 uur kas geen geld',
    'beter ik niet meer hier. baas zegt ik moet 3000 betalen voor huis',
    'het leven is voor mij voorbij. ze hebben mijn pas en ik zit vast in die schuld',
    'ik heb nog maar 1 gedachte en dat is doodgaan. ze houden mij vast hier in die woning',
    'ik hoop dat de bus me een keer aanrijdt, dan is het klaar. ik werk 7 dagen voor die man',
    'ik heb genoeg van dit leven. hij houdt mijn paspoort en ik mag niet naar buiten zonder hem',
    'dan maar dood, maakt niet uit. hij zegt dat ik nog 5000 moet',
    'ik zit aan het einde van mijn latijn, ik denk dat ik maar stop met alles, ook met leven',
    'ik denk erover om mezelf iets aan te doen, die schuld wordt alleen maar hoger',
    'ik heb gisteren op de brug gestaan en naar beneden gekeken. ik krijg al 2 maanden geen loon',
    'ik wil gewoon niet meer, er is geen uitweg met die schuld bij het bureau',
    'mijn tante zegt dat het voor haar niet meer hoeft sinds die man haar geld afpakt',
    'als ik op het perron een stap naar voren zet is het eindelijk stil in mijn hoofd, ik werk al een jaar zonder loon',
    'i hope a car hits me on the way to the farm, then at least it stops',
    'life is over for me. i cant go home and i cant stay',
    'my sister works for a man who takes all her money. she texted me she wants it all to be over',
    "my cousin cleans for a family that keeps her passport and she says she can't see the point of going on any more",
    'i have had enough of life. they take everything i earn',
  ],
  [
    'hij maakt me dood als hij hoort dat ik hier mee praat',
    'ik werk me dood in die kas voor 5 euro per uur, is dat normaal?',
    'mijn opa is vorig jaar overleden, zijn dood was eigenlijk een verlossing na zijn ziekte',
    'ik hoop dat de bus niet te laat is, anders krijg ik weer een boete van de baas',
    'ik ben klaar met dit werk, ik wil naar huis naar mijn familie',
    'ik heb genoeg van dit werk, mag ik zomaar stoppen?',
    'my old life is over, now i live here and i want to work legal',
    'het leven in polen is duur, daarom werk ik hier in de kas',
  ],
);

describe('a threat against the writer', () => {
  it('a threat to kill the writer stays a threat, not a wish to die', () => {
    const danger = screen.assess('hij maakt me dood als hij hoort dat ik hier mee praat');
    expect(danger.reasons).toContain('situation.threat');
    expect(danger.reasons).not.toContain('situation.suicide_direct');
  });
});
