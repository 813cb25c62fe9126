/**
 * Distance lowers the danger reading (issue 10 §1, ADR 0006 round 17): a danger told in the past, in
 * another country while the writer is here, or for later than this week, and the past with someone
 * safe now, gets the danger question instead of 112 at once; a threat for today or tonight, someone
 * still there now, a deadline "or else" and a move tomorrow stay acute. Sentences written for this
 * test (none is in the corpus or a tuning set).
 */
import { testReader } from '../../support/reader';
import { awayFromNow } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';

const reader = testReader();
const away = (text: string) => awayFromNow(reader.readForDanger(text));
const screen = testScreen();

describe('awayFromNow', () => {
  it.each([
    ['past, nl', 'drie jaar geleden werden we s nachts opgesloten in de opslag van de bakkerij'],
    ['past, en', 'back in 2019 the foreman hit me with a pipe because i asked for my wages'],
    ['past in the next sentence', 'de chef pakte een mes en hield het tegen mijn arm. dat was vorige maand in de keuken'],
    ['abroad, nl', 'in albanie slaan ze mijn broer omdat ik de schuld niet kan betalen'],
    ['abroad, en', 'the men threaten to beat my father back home if i quit this job'],
    ['future, nl', 'volgende maand gaat ze bij zijn familie wonen, daar wordt ze opgesloten zegt haar nicht'],
    ['future, en', 'next year he wants to lock her up in his cousins house to work there'],
    ['past and safe now, nl', 'vorige winter sloeg haar vriend haar elke week, nu woont ze bij haar zus en is ze veilig'],
    ['past and safe now, en', 'her boss beat her a few months ago. she is safe now, living with us'],
  ])('puts the danger away from now: %s', (_kind, text) => {
    expect(away(text)).toBe(true);
  });

  it.each([
    ['a threat for tonight, past beside it', 'vorig jaar sloeg hij haar ook, vanavond zegt hij dat hij haar iets aandoet'],
    ['a threat for today, abroad beside it', 'my family is in poland but today the boss said he will beat me if i talk'],
    ['still there now', 'last summer he locked her in and she is still locked in that room now'],
    ['nog steeds, nl', 'in 2020 begon het, hij houdt haar nog steeds opgesloten'],
    ['a deadline with a threat abroad', 'if i dont pay 800 by friday they hurt my sister in bulgaria'],
    ['moved tomorrow, abroad', 'morgen brengen ze mijn nichtje van 14 naar een man in duitsland'],
    ['minutes ago is now', 'a man dragged a girl into the van 5 minutes ago, she was screaming'],
    ['nothing away at all', 'de baas heeft de deur op slot gedaan en mijn telefoon afgepakt'],
  ])('keeps the danger near: %s', (_kind, text) => {
    expect(away(text)).toBe(false);
  });
});

describe('the screen on distanced stories', () => {
  it.each([
    'twee jaar terug hield de eigenaar van de kwekerij ons paspoort en sloot hij ons s nachts op in de loods. nu werk ik ergens anders',
    'when i worked at that hotel in 2021 the manager hit me and locked me in the laundry room. i left after that season',
    'in nigeria the man who paid my flight says he will hurt my mother if i stop sending money',
    'volgend jaar wil hij haar naar marokko sturen om te trouwen, ze weet er niets van. er is nu niks aan de hand',
    'a year ago my flatmate was beaten by the agency driver, now he lives with his parents and is safe',
  ])('is no 112 at once: "%s"', (text) => {
    const result = screen.assess(text);
    expect(result.level).not.toBe('acute');
    expect(result.suicidal).toBe(false);
  });

  it.each([
    'vorige maand sloeg hij haar al en vanavond heeft hij haar opgesloten in de badkamer',
    'the agency boss said today he will break my legs tonight if i leave, my family back home knows nothing',
    'she is still in that flat right now, he took her phone and locked the door. last year it happened too',
  ])('stays acute when the danger is today: "%s"', (text) => {
    expect(screen.assess(text).level).toBe('acute');
  });
});

describe('someone held or hurt now is never a silent reading', () => {
  it.each([
    'i look after the kids of a family in hilversum. the lady keeps my id card and i am not allowed to leave the flat alone',
    'wij werken in een kas en de voorman sluit ons s avonds op in de loods',
    'szef zamyka nas na noc w baraku, nie mozemy wyjsc',
  ])('gets at least the danger question: "%s"', (text) => {
    expect(screen.assess(text).level).not.toBe('none');
  });

  it('stays silent when the holding is told as past and over', () => {
    const text = 'in 2018 they locked us in the barn at night. i left that farm long ago and i am safe now';
    expect(awayFromNow(reader.readForDanger(text))).toBe(true);
    expect(screen.assess(text).level).not.toBe('acute');
  });
});
