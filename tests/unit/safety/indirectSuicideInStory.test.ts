/**
 * Indirect suicidal thoughts in the middle of a story (issue 10 §1, ADR 0006 round 17): no way out,
 * better if I were gone, a burden, tired of everything, not wanting to wake up, wanting to disappear,
 * not able to go on like this, means got ready in the past, in Dutch and English with typos, no
 * diacritics and chat slang, and in other languages; 113 comes at once. Hard negatives with the same
 * words stay without 113. Sentences written for this test (none is in the corpus or a tuning set).
 */
import { testScreen } from '../../support/screen';

const screen = testScreen();

describe('indirect suicidal thoughts inside a story', () => {
  it.each([
    [
      'no way out, nl',
      'ik moet elke avond voor die gasten rijden en ze zeggen dat ik nog 5000 schuldig ben. ik zie gewoon geen uitweg meer. mn ouders denken dat ik bij de mac werk',
    ],
    [
      'no way out, en',
      'they took my id at the farm and say i owe them for the caravan. there is honestly no way out for me, i tried everything. what happens if i call you',
    ],
    [
      'better if I were gone, nl',
      'mijn baas houdt mijn loon in voor het huis en de bus. soms denk ik dat het voor iedereen beter is als ik er niet meer ben. mijn kinderen in roemenie weten niks',
    ],
    [
      'better if I were gone, en',
      'the agency keeps most of my pay for the bed. maybe it is better im not here anymore, nobody would notice. i work again tomorrow at 6',
    ],
    [
      'a burden, nl',
      'sinds ik bij die man weg ben woon ik bij mijn tante in assen. ik ben iedereen alleen maar tot last, zegt ze niet maar ik voel het. ik slaap bijna niet',
    ],
    [
      'a burden, en',
      'my cousin keeps my passport and i clean his restaurant every night. i am only a burden for my family back home, they had to borrow for my ticket',
    ],
    [
      'tired of everything, nl',
      'ik werk 12 uur per dag in de kas en krijg 300 euro. ik ben zo moe van alles, echt alles. ik wil dat het ophoudt',
    ],
    [
      'tired of everything, en',
      'been delivering for these guys since march, they say the debt keeps growing. im so tired of everything and i dont see the point of anything anymore',
    ],
    ['not waking up, nl', 'hij pakt al mn geld en ik mag niemand zien. soms hoop ik dat ik morgen gewoon niet meer wakker word'],
    ['not waking up, en', 'the madam locks the door at night and keeps my phone. sometimes i wish i could sleep and never wake up again'],
    ['disappear, nl', 'die jongen heeft fotos van mij en stuurt ze naar mn klas als ik niet doe wat hij zegt. ik wil gewoon verdwijnen'],
    ['disappear, en', 'he says he will send the videos to my dad. i just want to disappear, like really disappear'],
    ['cannot go on like this, nl (typos)', 'werk in slachthuis, bureau pakt alles voor huur. zo kan ik echt nie meer verder, ik ben op'],
    ['cannot go on like this, en (slang)', 'bro i cant go on like this fr, they took my phone n my papers n i owe them 4k'],
    [
      'means got ready in the past',
      'mijn vrouw in bulgarije denkt dat alles goed gaat hier. vorige week heb ik pillen opgespaard en ik weet niet waarom. is dit wel legaal wat ze doen?',
    ],
    ['Turkish, everyone saved', 'Ustam pasaportumu aldi, maas vermiyor. Ben olmasam herkes daha rahat eder diye dusunuyorum.'],
    ['Russian, end everything', 'Паспорт забрали, денег нет уже три месяца. Я больше не могу, хочу всё закончить.'],
    ['Polish, end it beside pills', 'Agencja zabrala mi pensje. Chce to skonczyc, mam tabletki w szafce.'],
  ])('gets 113 at once: %s', (_kind, text) => {
    const result = screen.assess(text);
    expect(result.suicidal).toBe(true);
    expect(result.level).toBe('acute');
  });

  it.each([
    'ik ben zo moe van de nachtdiensten in het distributiecentrum, maar ik red het wel. kan ik meer loon vragen?',
    'this commute is killing me, two hours each way to the warehouse. is the agency allowed to charge for the bus?',
    'my friend wants to disappear from social media because her ex keeps posting about her. can he be reported?',
  ])('gets no 113 where the words speak of something else: "%s"', (text) => {
    expect(screen.assess(text).suicidal).toBe(false);
  });
});
