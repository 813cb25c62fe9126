/**
 * Round 44 (ADR 0006): thoughts of ending one's life where no wish is named, read by their structure:
 * a farewell of the lexicon then silence (read before only when the parts' own lexicon found
 * something too), a farewell sent in the past tense and the silence since, a letter left where one
 * sleeps beside affairs in order, belongings given beside a time chosen, exhaustion beside a means;
 * and wordings the lexicon lacked (a counterfactual wish not to be, "better if I was not alive",
 * a wish reported in the third person). Their look-alikes (a tooth-fairy note, belongings given at a
 * move, tiredness about a job, a goodbye with an empty battery and no silence after it, a farewell
 * years ago) are not suicidal. Sentences written for this test (none is in the corpus or a tuning set).
 */
import { thoughtOfNowByMeans, thoughtOfNowWorded } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const read = (text: string) => screen.reader.readForDanger(text);
const worded = (text: string) => thoughtOfNowWorded(read(text), screen.bundle.vocabulary.suicide);
const byMeans = (text: string) => thoughtOfNowByMeans(read(text), screen.bundle.vocabulary.suicide);

describe('a last act with no wish named', () => {
  it.each([
    // The lexicon's farewell with no part of the means lexicon, then silence in the next sentence.
    'Mijn vriendin werkt voor een man die al haar loon houdt. Net postte ze "vaarwel allemaal". Nu neemt ze niet op.',
    // A farewell told in the past tense (the sending) with the silence since.
    'Mijn neef moet voor een groep dealen. Gisteravond stuurde hij in de familie-app "jullie waren lief, sorry voor alles". Sindsdien niks.',
    // Love passed on without "tegen", then the phone off.
    'Mijn zus belde huilend: "zeg papa ik hou van hem". Haar telefoon staat nu uit.',
    // A letter left where one sleeps beside affairs in order.
    'die jongens laten me niet gaan. ik heb alles geregeld, de brief ligt onder mijn kussen',
    // Belongings given beside a time chosen.
    'the boss keeps my passport since a year. i gave my necklace to my friend to keep. i am ready now',
    // Exhaustion beside a means.
    'ik ben zo moe van alles, de pillen liggen naast me. mijn baas betaalt al maanden niks',
  ])('is a thought of now: "%s"', (text) => {
    expect(byMeans(text)).toBe(true);
  });
});

describe('wordings of a thought the lexicon lacked', () => {
  it.each([
    'Hij laat me elke avond werken. Had ik maar nooit geleefd, serieus.',
    "He takes my wages. I think it's better for my kids if I was not alive anymore.",
    'My cousin told me on the phone just now that she wants to disappear, her boss has her papers.',
  ])('is read as a thought: "%s"', (text) => {
    expect(read(text).situations.some((h) => h.concept === 'suicide_indirect' && !h.negated)).toBe(true);
  });

  it('reads a reported wish of now as one', () => {
    expect(worded('My cousin told me on the phone just now that she wants to disappear, her boss has her papers.')).toBe(true);
  });
});

describe('look-alikes of a last act', () => {
  it.each([
    // A child's note for the tooth fairy beside a time: a letter left needs another last act.
    'Mijn zoon legt vanavond een briefje onder zijn kussen. Mijn vraag gaat over de baas van mijn man.',
    // Belongings given at a move beside a plain now.
    'Ik gaf mijn spullen aan mijn zus want ik verhuis. Nu woon ik in Utrecht bij een baas die mijn paspoort houdt.',
    // Tiredness about a job beside a time alone.
    'ik ben moe van alles op dat werk, vanavond moet ik weer 12 uur draaien',
    // Affairs in order beside a time alone.
    'Alles is geregeld voor vanavond, maar ik twijfel over het bureau dat mijn zus werk gaf.',
    // A farewell years ago and the silence of that time.
    'Tien jaar geleden schreef mijn vriendin "vaarwel allemaal". Daarna neemt ze niet op, dat was toen. Nu gaat het goed.',
  ])('is no thought of now: "%s"', (text) => {
    expect(byMeans(text)).toBe(false);
  });

  it('reads a goodbye whose silence comes far later in the message as no farewell', () => {
    const text =
      'Mijn collega zei "doei allemaal" en ging naar huis. Morgen werkt hij weer. De baas houdt zijn loon in. Hij moet ook in het weekend komen. Zijn vriendin reageert niet op mijn berichten.';
    expect(byMeans(text)).toBe(false);
  });
});
