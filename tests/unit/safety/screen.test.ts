/**
 * The danger screen on situations written for this test (not taken from the corpus): what is
 * going on now makes danger, distance takes it away, suicidal thoughts bring 113. The model is
 * learned, so these cases state the behaviour the helpline needs and fail when a retrained model
 * loses it.
 */
import {
  clearWithoutSituation,
  knownWordShare,
  READABLE_SHARE,
  situationEvidence,
  scoredUnread,
  situationUnread,
} from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const level = (text: string) => screen.assess(text).level;

describe('danger screen: situations happening now, without alarm words', () => {
  it.each([
    // confinement with means taken
    'de baas heeft onze paspoorten en telefoons en de poort gaat s nachts op slot, we kunnen er niet uit',
    'the man took our passports and phones and the gate is locked at night, we cant get out',
    // a weapon now
    'de voorman heeft net een stanleymes gepakt en staat bij de container waar wij slapen',
    // illness with care withheld
    'ze heeft al 2 dagen hoge koorts maar de baas zegt geen dokter tot ze haar schuld heeft afgewerkt',
    // a minor about to be moved
    'mn nichtje van 14 wordt morgenochtend door haar oom naar het buitenland gebracht om te trouwen',
    // silence after a cry for help
    'om 2 uur appte mijn vriendin "kom me halen aub" en sindsdien staat haar telefoon uit',
    // a threat for today
    'my boss said tonight he will teach me a lesson if i dont bring the money',
  ])('%p is acute', (text) => {
    const result = screen.assess(text);
    expect(result.level).toBe('acute');
    expect(result.score).toBeGreaterThanOrEqual(screen.bundle.thresholds.acute);
    expect(result.reasons.some((r) => r.startsWith('situation.'))).toBe(true);
  });
});

describe('danger screen: a clear situation in words no lexicon names', () => {
  it.each(['mijn zusje van 14 stapt nu in een auto bij twee mannen die ze niet kent, ze zegt dat ze pas maandag terugkomt'])(
    'a confident model answers %p with 112 at once, not with the question',
    (text) => {
      const { danger, read } = screen.look(text);
      expect(situationEvidence(read)).toBe(false);
      expect(clearWithoutSituation(read, screen.bundle.vocabulary.danger)).toBe(true);
      expect(danger.score).toBeGreaterThanOrEqual(screen.bundle.thresholds.sure);
      expect(danger.level).toBe('acute');
    },
  );

  it('the same story from a documentary is not clear without a situation', () => {
    const { read } = screen.look('in een documentaire zat een meisje van 14 in een auto bij twee mannen die ze niet kende');
    expect(clearWithoutSituation(read, screen.bundle.vocabulary.danger)).toBe(false);
  });

  it('a message in a language the model reads poorly keeps the direct question', () => {
    const { read } = screen.look('mein Bruder ist 13 und steigt gerade in ein Auto mit zwei Männern, die er nicht kennt');
    expect(knownWordShare(read, screen.bundle.vocabulary.danger)).toBeLessThan(READABLE_SHARE);
    expect(clearWithoutSituation(read, screen.bundle.vocabulary.danger)).toBe(false);
  });

  it('reads the same share of known words with the kept names of the reader as with names of its own', () => {
    for (const text of [
      'mein Bruder ist 13 und steigt gerade in ein Auto mit zwei Männern, die er nicht kennt',
      'mijn zus moet haar paspoort afgeven en werkt elke nacht, ze mag niet weg',
      'ik ben bang, hij is buiten en slaat de deur in',
    ]) {
      // A look notes the screen's reader's names; a reading outside a look names its words afresh.
      const looked = screen.look(text).read;
      const outside = screen.reader.readForDanger(text);
      for (const vocabulary of [screen.bundle.vocabulary.danger, screen.bundle.vocabulary.suicide])
        expect(knownWordShare(looked, vocabulary)).toBe(knownWordShare(outside, vocabulary));
    }
  });

  it('needs more of the model than a named situation does', () => {
    expect(screen.bundle.thresholds.sure).toBeGreaterThanOrEqual(Math.max(0.5, screen.bundle.thresholds.acute));
  });
});

describe('danger screen: distance lowers the danger', () => {
  it.each([
    ['news or a series', 'in de serie op netflix werd een meisje met een mes bedreigd, komt dat echt voor?'],
    ['a general question', 'what happens if someone has their passport taken by an employer?'],
    ['the past, safe now', 'my aunt was forced to work without pay in the 90s, she is fine now'],
    ['third-hand, no sign of now', 'iemand vertelde dat er in die nagelsalon meisjes wonen, weet niet of het klopt'],
    ['a school project', 'ik maak een werkstuk over loverboys, hoe gaan ze te werk?'],
    ['hard but not urgent', 'ik werk al maanden 70 uur per week en krijg te weinig betaald, wat kan ik doen'],
  ])('%s: %p is not acute', (_why, text) => {
    expect(level(text)).toBe('none');
  });

  it.each([
    'ik ben niet in direct gevaar maar wil wel advies over mijn situatie',
    "I'm not in danger, I just want some advice",
    'nobody is in danger right now, she is at home, but her manager posts ads of her online',
  ])('a denial of danger is not an alarm: %p', (text) => {
    const result = screen.assess(text);
    expect(result.level).not.toBe('acute');
    expect(result.reasons).not.toContain('floor.explicit_alarm');
    expect(result.reasons).toContain('distance.denied');
  });

  it('a situation said not to happen is no situation', () => {
    expect(screen.assess('they dont lock us in and nobody takes our phones, only the pay is too low').reasons).not.toContain(
      'situation.confined',
    );
    expect(screen.assess('hij slaat haar niet meer sinds ze bij ons woont').reasons).not.toContain('situation.violence');
  });

  it('papers or a phone kept, without anyone held or watched, is no certain danger now', () => {
    expect(screen.assess('the agency kept my passport and says I owe them 2500 euros for the trip').level).not.toBe('acute');
    expect(
      screen.assess('de baas heeft mijn paspoort en mijn telefoon en de deur van de loods is op slot, we kunnen er niet uit').level,
    ).toBe('acute');
  });

  it('small talk and empty input are no danger', () => {
    for (const text of ['hoi', 'ok', 'dank je wel', 'ja', 'nee', 'thanks!', '', '🙂🙂', '...']) expect(level(text)).toBe('none');
  });
});

describe('danger screen: suicidal thoughts', () => {
  it.each([
    'ik wil echt niet meer leven',
    'everyone would be better off without me, i cant keep doing this',
    'i keep thinking about ending my life',
  ])('%p is acute and suicidal', (text) => {
    const result = screen.assess(text);
    expect(result).toMatchObject({ level: 'acute', suicidal: true });
    expect(result.reasons).toContain('model.suicidal');
  });

  it.each([
    'we werken 14 uur in de kas en de baas heeft onze paspoorten. soms denk ik dat het voor iedereen beter is als ik er niet meer ben. morgen weer om 5 uur op',
    'he keeps my wages for the room and i cant tell my family. honestly i dont want to continue anymore, maybe i just wont wake up',
  ])('indirect suicidal thoughts in the middle of a story: %p', (text) => {
    expect(screen.assess(text)).toMatchObject({ level: 'acute', suicidal: true });
  });

  it.each([
    'mijn vriend zegt dat ik hem 4000 euro schuldig ben voor de reis en het huis. elke avond komen er mannen en hij houdt mijn telefoon. mijn moeder denkt dat ik in een hotel werk. dan maak ik er liever zelf een einde aan. hij wil dat ik morgen weer ga',
    'we sleep twelve in a caravan behind the packing hall and the agency takes the rent and the bus from our pay. my wife does not answer my calls anymore. I do not see why I should keep living. the foreman says we start at five again tomorrow',
  ])('a wish to be gone worded in one sentence of a long story of work and debt: %p', (text) => {
    expect(screen.assess(text)).toMatchObject({ level: 'acute', suicidal: true });
  });

  it.each([
    ['Polish', 'szef ma moj paszport. nie chce juz zyc'],
    ['Romanian', 'nu primesc bani de luni de zile. vreau sa mor'],
    ['Spanish', 'la senora no me paga. quiero morir'],
    ['Bulgarian', 'шефът взе паспорта ми. искам да умра'],
  ])('the plain words in %s', (_language, text) => {
    expect(screen.assess(text).suicidal).toBe(true);
  });

  it.each([
    ['Polish, no sense in living', 'szef zabrał mi paszport i nie płaci. nie widzę sensu życia'],
    ['Spanish, no wish to live', 'el jefe no me paga nada desde marzo. no tengo ganas de vivir'],
    ['Hungarian, an end to it all', 'a főnök elvette az útlevelem, véget vetek ennek'],
    ['Bulgarian, with a word between', 'не искам повече да живея така'],
  ])('indirect words in another language: %s', (_what, text) => {
    expect(screen.assess(text)).toMatchObject({ level: 'acute', suicidal: true });
  });

  it.each([
    ['Hungarian, not waking up again', 'a főnök nem fizet. jobb lenne, ha nem ébrednék fel többé'],
    ['Hungarian, better without me', 'jobb lenne mindenkinek nélkülem'],
    ['Polish, better if I did not wake up', 'lepiej by było, gdybym się nie obudził'],
    ['Polish, better if I died', 'szef nie płaci. lepiej gdybym umarł'],
    ['Romanian, better if I were no more', 'ar fi mai bine dacă n-aș mai fi'],
    ['Romanian, better to die', 'ar fi mai bine să mor'],
    ['Bulgarian, better if I were not', 'по-добре да ме нямаше'],
    ['Russian, better if I did not wake up', 'лучше бы я не проснулся'],
    ['Russian, sleep and not wake', 'хочу уснуть и не проснуться'],
    ['Ukrainian, better if I did not wake up', 'краще б я не прокинулась'],
    ['Ukrainian, sleep and not wake', 'хочу заснути і не прокинутися'],
    ['Turkish, a wish not to wake', 'keşke hiç uyanmasam'],
    ['Turkish, better if I were not', 'ben olmasam herkes için daha iyi olur'],
    ['Spanish, a wish not to wake', 'ojalá no despertara mañana'],
    ['Spanish, sleep and never wake', 'quisiera dormir y no despertar nunca'],
    ['Portuguese, sleep and not wake', 'queria dormir e não acordar mais'],
    ['Arabic, a wish not to wake', 'أتمنى ألا أستيقظ'],
    ['Arabic, sleep and not wake', 'أريد أن أنام ولا أستيقظ'],
    ['Arabic, better without me', 'سيكون الجميع أفضل بدوني'],
  ])('not waking up or better gone in another language: %s', (_what, text) => {
    expect(screen.assess(text).suicidal).toBe(true);
  });

  it.each([
    'nem ébredtem fel időben, a főnök kiabált',
    'soha nem ébredek fel időben a hajnali műszakra',
    'jobb lenne, ha nem dolgoznék ennyit',
    'lepiej by było, gdybym nie pracował w nocy',
    'ar fi mai bine să nu mai lucrez noaptea',
    'не проснулся вовремя, начальник кричал',
    'no me desperté a tiempo y el jefe gritó',
    'não acordei a tempo, o chefe gritou',
    'uyanamadım, patron bağırdı',
    'لم أستيقظ في الوقت المحدد',
  ])('oversleeping or better working less is not suicidal: %p', (text) => {
    expect(screen.assess(text).suicidal).toBe(false);
  });

  it('a message read poorly is no wish to die without the words of one', () => {
    const text = 'мой брат работает на складе, хозяин забрал паспорт и не платит три месяца';
    const { read } = screen.look(text);
    expect(knownWordShare(read, screen.bundle.vocabulary.danger)).toBeLessThan(READABLE_SHARE);
    expect(screen.assess(text).suicidal).toBe(false);
  });

  it.each([
    'ik ben zo moe van die nachtdiensten, wat kan ik doen',
    'this job is killing me, 12 hour shifts for almost nothing',
    'I saw a train ticket in her bag and she lives in a flat with a big window',
    'why does he keep going to her house every night',
    'ik zie er geen zin in om naar de politie te gaan, ze doen toch niks',
    "I don't see why I should keep going to that job, they don't pay me",
    'today he said if I talk to anyone he will make me disappear',
  ])('tiredness, a figure of speech or a train or a flat alone is not suicidal: %p', (text) => {
    expect(screen.assess(text).suicidal).toBe(false);
  });

  it('a threat against the writer is danger, not a wish to die', () => {
    const result = screen.assess('als ik zondag die 3000 euro niet heb gaan ze mijn broertje pakken');
    expect(result.suicidal).toBe(false);
    expect(result.level).not.toBe('none');
  });
});

describe('danger screen: other languages', () => {
  it.each([
    ['Hungarian', 'a feleségem egy gyárban dolgozik, elvették az útlevelét és nem engedik ki a szállásról'],
    ['Russian', 'я работаю на складе, хозяин забрал паспорт, я не могу уйти из дома'],
    ['Romanian', 'ne-au luat pasapoartele si nu ne lasa sa iesim din casa'],
    ['Spanish', 'el jefe tiene mi pasaporte y no me dejan salir de la casa'],
  ])('papers taken with someone not let out is acute in %s', (_language, text) => {
    expect(level(text)).toBe('acute');
  });

  it.each([
    ['Vietnamese, hit and cannot go anywhere', 'ông chủ vừa đánh em vì em làm chậm, em không đi đâu được'],
    ['Hungarian, a cry then silence', 'a húgom tegnap írt hogy vigyem el onnan, azóta nem ír és nem veszi fel a telefont'],
  ])('%s is acute', (_what, text) => {
    expect(level(text)).toBe('acute');
  });

  it('papers taken and guests to entertain tonight, in Ukrainian, is acute', () => {
    expect(level('моя подруга пише, що господар забрав паспорт і ввечері вона буде розважати гостей')).toBe('acute');
  });

  it.each(['Dzien dobry, pomocy', 'buna ziua, ajutor', 'помогите пожалуйста'])(
    'a cry for help in a language the model reads poorly is acute: %p',
    (text) => {
      expect(screen.assess(text)).toMatchObject({ level: 'acute', reasons: expect.arrayContaining(['floor.cry_unread']) });
    },
  );

  it('a "please" in a message read poorly is no cry', () => {
    expect(screen.assess('Dzien dobry, mam pytanie please').reasons).not.toContain('floor.cry_unread');
  });

  it('a crowded room at the farm is no wish to die', () => {
    expect(screen.assess('I sleep in the farm, 10 people one room').suicidal).toBe(false);
  });

  it.each(['dziękuję bardzo', 'Merhaba, nasılsınız?', 'Чи можу я залишитися анонімною?'])(
    'thanks, a greeting or a question is no danger: %p',
    (text) => {
      expect(level(text)).toBe('none');
    },
  );
});

describe('danger screen: robustness and cost', () => {
  it('reads typos, missing capitals and stretched letters', () => {
    expect(level('DE DEUR IS OP SLOT EN HIJ HEEFT MN TELEFOON AFGEPAKT, IK KAN NIET WEG')).toBe('acute');
    expect(level('de deur is op slottt en hij heeft mn telefoon afgepakt ik kan nie weg')).toBe('acute');
  });

  it('finds the danger at the end of a long story', () => {
    const story = `${'we kwamen in maart naar nederland voor werk in de kassen en het was eerst goed. '.repeat(20)}nu heeft hij onze paspoorten afgepakt en zitten we opgesloten in de container`;
    expect(level(story)).toBe('acute');
  });

  it('reports only ids, never text, and a score in [0, 1]', () => {
    const result = screen.assess('mijn baas Jan heeft mijn telefoon afgepakt en ik zit opgesloten');
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
    for (const reason of result.reasons) expect(reason).toMatch(/^(model|situation|distance)\.[a-z_]+$/);
  });

  it('gives the older view too: unsure is not acute there', () => {
    expect(screen.screen('the man took our passports and the gate is locked, we cant get out')).toMatchObject({
      acuteDanger: true,
      suicidal: false,
    });
    expect(screen.screen('hoi')).toEqual({ acuteDanger: false, suicidal: false, reasons: [] });
  });
});

describe("danger screen: someone else's thoughts of suicide, told by a relative or a professional", () => {
  it.each([
    'mijn cliënte vertelde vandaag dat ze niet meer wil leven, ze moet elke nacht voor haar vriend werken',
    'as her support worker I have to tell you she said she wants to end her life if she has to go back to that house',
    'my brother told me on the phone he does not want to live anymore, the boss took his passport',
    'fratele meu spune ca nu mai vrea sa traiasca, seful i-a luat pasaportul',
    'mi hermana dice que quiere morir, no la dejan salir de la casa',
    'minha prima diz que não quer mais viver, o patrão ficou com o passaporte dela',
    'ağabeyim artık yaşamak istemiyor diyor, patron pasaportunu aldı',
    'أخي يقول إنه لا يريد أن يعيش بعد الآن، أخذوا جواز سفره',
  ])('%p is acute and suicidal', (text) => {
    expect(screen.assess(text)).toMatchObject({ level: 'acute', suicidal: true });
  });
});

describe('danger screen: the band for messages that name no situation', () => {
  it('asks about a message without any situation only from a higher score', () => {
    const { unsure, unsurePlain, acute } = screen.bundle.thresholds;
    expect(unsurePlain).toBeGreaterThanOrEqual(unsure);
    expect(unsurePlain).toBeLessThanOrEqual(acute);
  });

  it.each(['liever bellen dan chatten', 'who reads these messages, can my boss see them?'])('%p: no question', (text) => {
    expect(level(text)).toBe('none');
  });
});

describe('danger screen: suicidal thoughts said around the edges, in several languages', () => {
  it.each([
    'ik werk elke nacht in de loods en krijg niks. soms sta ik op het station en denk ik aan een stap naar voren',
    'mijn moeder denkt dat ik gewoon werk. als ik morgen niet wakker word vind ik dat ook goed',
    'ik heb al mijn sieraden verdeeld en een envelop voor mijn zoon klaargelegd',
    'Работя в склад, шефът взе паспорта ми. Ако ме няма, никой няма да забележи.',
    'trabalho numa estufa sem salário, acho que todos ficariam melhor se eu morresse',
  ])('%p is acute and suicidal', (text) => {
    expect(screen.assess(text)).toMatchObject({ level: 'acute', suicidal: true });
  });
});

describe('danger screen: a wish to be dead told as a passing thought after a story (safety9)', () => {
  it.each([
    [
      'own death weighed as no loss',
      'de baas houdt ons loon in voor het huis en mijn vrouw is weg. ik denk soms ik kan net zo goed dood zijn, maakt toch niemand uit',
    ],
    [
      'own death weighed as no loss, broken Dutch',
      'ik werk in de loods 6 dagen, bureau neemt alles. mijn broer is weg. beter ik ook dood dan is het klaar',
    ],
    [
      'a jump that ends it',
      'ik slaap in de caravan achter de kassen en moet nog 1500 betalen. gisteren stond ik boven op de parkeergarage en dacht als ik nu spring is het voorbij',
    ],
    [
      'not waking up wished in the conditional',
      'they keep my passport and i clean 70 hours a week. some nights i wish i just wouldnt wake up anymore',
    ],
    [
      'disappearing for good, Spanish',
      'Mi primo trabaja en una granja y el jefe tiene su pasaporte. Hoy me dijo que mejor desaparecer para siempre.',
    ],
    ['a word between, Russian', 'Нам не платят, документы у начальника. Лучше бы меня совсем не было.'],
  ])('%s', (_what, text) => {
    expect(screen.assess(text)).toMatchObject({ level: 'acute', suicidal: true });
  });

  it.each([
    'ik werk me dood in die kas en het bureau houdt de helft in. mag dat?',
    'toen ik 16 was dacht ik vaak dat ik net zo goed dood kon zijn, maar dat is voorbij, het gaat nu goed met me. kan ik nog aangifte doen?',
    'de voorman maakt ons elke dag om 4 uur wakker en we werken tot het donker is. is dat uitbuiting?',
    'ik heb liever dat een vrouw met me chat',
  ])('no 113 for the same words without the wish, or with the wish in the past: %p', (text) => {
    expect(screen.assess(text).suicidal).toBe(false);
  });
});

describe('danger screen: a situation named in a language the model reads poorly', () => {
  it.each([
    'trabajo en una casa en Utrecht, la señora cerró la puerta con llave y se fue hasta mañana',
    'أعمل في مزرعة، صاحب العمل أغلق الباب علينا ونحن محبوسين منذ أمس',
    // Round 26: Lithuanian, whose confinement the lexicons read since otherlang26 (until then the
    // example below of a message that names no situation).
    'Dirbu ūkyje Zeewolde, bosas neišleidžia mūsų jau 3 dienas',
  ])('%p is answered with 112 at once', (text) => {
    const { danger, read } = screen.look(text);
    expect(situationUnread(read, screen.bundle.vocabulary.danger)).toBe(true);
    expect(danger.level).toBe('acute');
  });

  // Round 26 (fold26): Polish "ł" is folded for the danger reading too, so the model reads "zamknął"
  // as the "zamknal" it learned (until then this was an example of a message it reads poorly).
  it('reads Polish typed with "ł" as typed plain, and answers it with 112 at once', () => {
    const marked = screen.look('pracuję w magazynie, szef zamknął nas na klucz w hali na noc');
    const plain = screen.look('pracuje w magazynie, szef zamknal nas na klucz w hali na noc');
    expect(marked.danger.score).toBe(plain.danger.score);
    expect(marked.danger.level).toBe('acute');
  });

  it('not when the same is told of the past', () => {
    const { read } = screen.look('vorig jaar: trabajaba en una casa, la señora cerró la puerta con llave');
    expect(situationUnread(read, screen.bundle.vocabulary.danger)).toBe(false);
  });

  // Round 23: under `sure` the score alone of a poorly read message is asked about (the question
  // names 112); from `sure` it gets 112 at once (unreadScoreAsks.test.ts sets the thresholds).
  it('a poorly read message the model scores over the acute threshold is never silent, though it names no situation', () => {
    // Slovak, which no lexicon reads. (Until form41 "for 3 days" was enough: "Zeewolde" had danger
    // weight of its own, and a town is one unit now, so the threat tonight says it.)
    const text = 'Pracujem na farme pri Zeewolde, šéf nás dnes v noci nepustí von a vyhráža sa nám';
    const { danger, read } = screen.look(text);
    expect(situationUnread(read, screen.bundle.vocabulary.danger)).toBe(false);
    expect(scoredUnread(read, screen.bundle.vocabulary.danger)).toBe(true);
    expect(danger.score).toBeGreaterThanOrEqual(screen.bundle.thresholds.acute);
    expect(danger.level).toBe(danger.score >= screen.bundle.thresholds.sure ? 'acute' : 'unsure');
    const past = screen.look(`vorig jaar: ${text}`);
    expect(scoredUnread(past.read, screen.bundle.vocabulary.danger)).toBe(false);
    expect(past.danger.level).not.toBe('acute');
  });
});

describe('danger screen: a message with a word the slang table inherits', () => {
  it('is read, not set aside as unreadable', () => {
    // "constructor" made the tokenizer throw before round 45 (slang.ts slangOf).
    const looked = screen.look('the constructor took my passport and locks me in every night');
    expect(looked.danger.reasons).not.toContain('screen.unreadable');
    expect(looked.read.analysis.tokens).toContain('constructor');
  });
});
