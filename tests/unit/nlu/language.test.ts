import { detectLanguage, detectLanguageDetail } from '../../../src/nlu/language';

describe('detectLanguage', () => {
  it.each([
    ['Dzień dobry, szef nie płaci mi od dwóch miesięcy', 'nl', 'pl'],
    ['Bună, lucrez la o fermă și șeful nu mă plătește', 'nl', 'ro'],
    ['buna ziua, seful meu nu ma plateste de trei luni', 'nl', 'ro'],
    ['أحتاج إلى مساعدة من فضلك', 'en', 'ar'],
    ['Помогите, я работаю без зарплаты', 'nl', 'ru'],
    ['Допоможіть, у мене забрали паспорт і я не можу піти', 'nl', 'uk'],
    ['Здравейте, шефът ни взе паспортите и не ни плаща', 'en', 'bg'],
    ['Merhaba, iş yerinde bana para ödemiyorlar', 'en', 'tr'],
    ['Hola, mi jefe no me paga nada', 'nl', 'es'],
    ['ola, o meu patrao nao me paga ha dois meses', 'nl', 'pt'],
    ['Szia, a főnököm elvette az útlevelemet', 'nl', 'hu'],
  ] as const)('calls %p other (%s)', (text, locale, which) => {
    expect(detectLanguageDetail(text, locale)).toEqual({ language: 'other', other: which });
  });

  it('recognises Dutch and English whatever the conversation locale', () => {
    expect(detectLanguage('mijn buurman werkt elke dag tot laat in de kas', 'en')).toBe('nl');
    expect(detectLanguage('my neighbour works every day until late at night', 'nl')).toBe('en');
  });

  it('follows short answers that tell their language', () => {
    expect(detectLanguage('yes', 'nl')).toBe('en');
    expect(detectLanguage('ok thanks', 'nl')).toBe('en');
    expect(detectLanguage('where can i go', 'nl')).toBe('en');
    expect(detectLanguage('nee', 'en')).toBe('nl');
    expect(detectLanguage('dank je', 'en')).toBe('nl');
  });

  it('keeps the conversation language when a message tells none', () => {
    expect(detectLanguage('ok', 'nl')).toBe('nl');
    expect(detectLanguage('ok', 'en')).toBe('en');
    expect(detectLanguage('15', 'en')).toBe('en');
    expect(detectLanguage('Tiel', 'nl')).toBe('nl');
    expect(detectLanguage('😀😀', 'nl')).toBe('nl');
    expect(detectLanguage('', 'en')).toBe('en');
  });

  it('does not switch on one stray word in a longer message', () => {
    expect(detectLanguage('sorry, ik weet het niet zo goed', 'nl')).toBe('nl');
    expect(detectLanguage('my boss is a echte klootzak, he never pays', 'en')).toBe('en');
  });

  it('notes another language inside a Dutch or English message, by its letters or script only', () => {
    expect(
      detectLanguageDetail('Dzień dobry. Sorry my english not so good and dutch nothing. Mogę pisać po polsku i english mix?', 'nl'),
    ).toEqual({
      language: 'en',
      mixedWith: 'pl',
    });
    expect(detectLanguageDetail('إذا ذهبت إلى الشرطة — als ik naar de politie ga, moet ik dan naar de gevangenis?', 'nl').mixedWith).toBe(
      'ar',
    );
    expect(
      detectLanguageDetail('Mijn buurman werkt elke dag in de kassen en zijn baas houdt zijn paspoort', 'nl').mixedWith,
    ).toBeUndefined();
    expect(detectLanguageDetail('My neighbour works in the greenhouses and his boss keeps his passport', 'en').mixedWith).toBeUndefined();
    expect(
      detectLanguageDetail(
        "Two hours ago she sent me a voice message, only whispering 'помогни ми, не мога да изляза'. Now her phone is off",
        'en',
      ).mixedWith,
    ).toBeUndefined();
  });
});

describe('another language inside a Dutch or English message', () => {
  it("counts the citizen's own sentences in another language, not quoted words or a name in front", () => {
    expect(detectLanguageDetail('Bu normal mi? Yani bu yasal mı? Is het mensenhandel als hij er zelf ja op zegt?', 'nl').mixedWith).toBe(
      'tr',
    );
    expect(detectLanguageDetail('Czy mogę zgłosić to na policję po polsku? My English is bad for telephone.', 'nl').mixedWith).toBe('pl');
    expect(
      detectLanguageDetail(
        "Hij zei nog 'por favor não fale com a polícia, a gente não tem documentos'. Wat gebeurt er met die jongens?",
        'nl',
      ).mixedWith,
    ).toBeUndefined();
    expect(
      detectLanguageDetail(
        'Казвам се Иво. I am from Bulgaria, 31 years. A man brought me to Holland with the promise of a job in a warehouse.',
        'nl',
      ).mixedWith,
    ).toBeUndefined();
    expect(
      detectLanguageDetail('Hello, my name is Łukasz and I work in a greenhouse in Westland since March', 'nl').mixedWith,
    ).toBeUndefined();
    expect(detectLanguageDetail('hij is 31', 'nl').mixedWith).toBeUndefined();
  });
});

describe('the language of short, quoted and plain messages', () => {
  it('reads a chat abbreviation used in Dutch and English alike as no evidence ("oke thx")', () => {
    expect(detectLanguageDetail('oke thx 👍', 'nl').language).toBe('nl');
    expect(detectLanguageDetail('oke thx', 'en').language).toBe('en');
    expect(detectLanguageDetail('ok thanks', 'nl').language).toBe('en');
  });

  it('reads plain Romanian, Portuguese, Spanish, Polish and Turkish stories as another language, not as English or Dutch', () => {
    expect(detectLanguageDetail('fiul meu are 24 de ani si a plecat in august la munca la o ferma langa Dronten', 'nl')).toMatchObject({
      language: 'other',
      other: 'ro',
    });
    expect(detectLanguageDetail('ele já pediu foto do meu passaporte e me levou pra fazer exame numa clínica', 'nl')).toMatchObject({
      language: 'other',
      other: 'pt',
    });
    expect(detectLanguageDetail('ya estoy con mi amiga, estoy bien. pero qué pasa si me voy de la familia?', 'en').language).toBe('other');
    expect(detectLanguageDetail('mieszkamy w 6 osob w jednym domku na kempingu, placimy 95 euro tygodniowo', 'en').language).toBe('other');
    expect(detectLanguageDetail('kuzenim 2 yil once evlenip geldi, sabah aksam kadar calisiyor', 'nl').language).toBe('other');
  });

  it('does not read a Dutch sentence without listed words as Turkish because of "is"', () => {
    expect(detectLanguageDetail('Ok. Is er ook een nummer? Chatten tussen klanten door is lastig', 'nl')).toEqual({ language: 'nl' });
  });

  it("reads the citizen's own words around a quote, and the whole message when the quote is most of it", () => {
    expect(
      detectLanguageDetail(
        "Thiago zei nog 'por favor não fale com a polícia, a gente não tem documentos'. Wat gebeurt er met die jongens?",
        'nl',
      ).language,
    ).toBe('nl');
    expect(
      detectLanguageDetail("hij appt me net: 'ze zijn er weer, ik moet in mijn kamer blijven en mag niet naar buiten'", 'nl').language,
    ).toBe('nl');
  });
});

describe('apostrophes are not quotes', () => {
  it("keeps the words between I'm and there's when reading the language", () => {
    expect(
      detectLanguageDetail("I'm done. I did everything they asked. now they say I owe more. there's only one way out", 'nl').language,
    ).toBe('en');
    expect(
      detectLanguageDetail("Roemeense collega sms'te gister 'they take me to other house, dont know where' en sindsdien geen contact", 'nl')
        .language,
    ).toBe('nl');
  });
});

describe('Dutch and English are told by the share of their words, not by one borrowed word', () => {
  it.each([
    ['Saya bekerja di sebuah pabrik dan bos saya mengambil paspor saya'],
    ['Tôi làm việc ở nhà hàng, chủ giữ hộ chiếu của tôi, tôi không có passport'],
    ['Aš dirbu ūkyje prie Venlo, darbdavys neleidžia išeiti'],
    ['wahed sahbi kay khdem f chi ferme, patron dda lih passport w ma kay khlsoch'],
  ])('reads %p, a Latin-script language without a word list, as another language', (text) => {
    expect(detectLanguage(text, 'en')).toBe('other');
    expect(detectLanguage(text, 'nl')).toBe('other');
  });

  it('does not count names of people and places against Dutch or English', () => {
    expect(detectLanguage('Gisteren waren Mehmet, Oksana en Jelle bij Fatima in Hoogvliet, daarna met Bogdan naar Spijkenisse', 'en')).toBe(
      'nl',
    );
    expect(detectLanguage('Yesterday Mehmet and Oksana drove with Bogdan from Hoogvliet to Spijkenisse', 'nl')).toBe('en');
  });

  it('keeps broken Dutch and broken English, which have dictionary words throughout', () => {
    expect(detectLanguage('werk fabriek venlo, baas geen geld geven', 'en')).toBe('nl');
    expect(detectLanguage('brother working farm, boss take passport, no money', 'nl')).toBe('en');
  });

  it('reads a short thank-you in another language as that language', () => {
    expect(detectLanguageDetail('mulțumesc frumos', 'nl')).toEqual({ language: 'other', other: 'ro' });
    expect(detectLanguageDetail('ok tamam', 'en')).toEqual({ language: 'other', other: 'tr' });
    expect(detectLanguage('ok merci', 'nl')).toBe('nl');
  });

  it('keeps short English replies English and short Dutch replies Dutch', () => {
    for (const text of ['no idea', 'ok thanks', 'nope not really']) expect(detectLanguage(text, 'nl')).toBe('en');
    for (const text of ['nee hoor', 'weet ik niet', 'oke dank je']) expect(detectLanguage(text, 'en')).toBe('nl');
  });
});

describe('courtesy in one own language inside an English or Dutch message', () => {
  it('is no sign of another language to arrange an interpreter for', () => {
    expect(detectLanguageDetail('ok I will call them tomorrow morning. Дякую!', 'en')).toEqual({ language: 'en' });
    expect(detectLanguageDetail('Dank u wel, ik bel morgen de inspectie. Multumesc frumos.', 'nl')).toEqual({ language: 'nl' });
  });
});

describe('the words a message is written in weigh more than one foreign-looking word (lang28)', () => {
  it('does not read a Dutch sentence as French for one French-looking word among Dutch dictionary words', () => {
    expect(detectLanguageDetail('Nee, niet nu. Training is pas vanavond.', 'nl')).toEqual({ language: 'nl' });
    expect(detectLanguageDetail('Nee, niet nu. Training is pas vanavond.', 'nl').mixedWith).toBeUndefined();
  });

  it('gives a message of Dutch or English dictionary words a language of its own, unlike a short reply in another language', () => {
    expect(detectLanguageDetail('ok english is fine. sorry', 'en')).toEqual({ language: 'en' });
    expect(detectLanguageDetail('nie wiem', 'en')).toEqual({ language: 'other', other: 'pl' });
    expect(detectLanguageDetail('hmm', 'en')).toEqual({ language: 'en', unclear: true });
  });

  it('reads a short message naming its own language in that language as that language', () => {
    expect(detectLanguageDetail('Beszélhetek valakivel magyarul?', 'en')).toEqual({ language: 'other', other: 'hu' });
    expect(detectLanguageDetail('mogę pisać po polsku?', 'nl')).toEqual({ language: 'other', other: 'pl' });
    expect(detectLanguage('can I write in polski with someone here', 'nl')).toBe('en');
  });
});

describe('courtesy words in another language (round 34, reader34)', () => {
  it('carry no weight when the rest of the turn speaks Dutch or English', () => {
    expect(detectLanguageDetail('Thank you very much for the help, dziękuję bardzo', 'en')).toEqual({ language: 'en' });
    expect(detectLanguageDetail('Köszönöm! Mijn buurman werkt in de kassen en zijn baas houdt zijn paspoort', 'nl')).toEqual({
      language: 'nl',
    });
    expect(detectLanguageDetail('Dzień dobry, my boss keeps my passport and I cannot leave the farm', 'nl').language).toBe('en');
  });

  it('tell the language when nothing else does, or when the rest is in that language too', () => {
    expect(detectLanguageDetail('Mulțumesc!', 'nl')).toMatchObject({ language: 'other', other: 'ro' });
    // Courtesy in two languages: the citizen's own comes first (dialogs-dev-t dt-18, dt-21).
    expect(detectLanguageDetail('Sağol, bedankt.', 'nl')).toMatchObject({ language: 'other', other: 'tr' });
    expect(detectLanguageDetail('Дуже дякую. Dank u wel.', 'nl').language).toBe('other');
    expect(detectLanguageDetail('Dziękuję, szef zabrał mój paszport i nie mogę wyjść', 'nl')).toMatchObject({
      language: 'other',
      other: 'pl',
    });
    expect(
      detectLanguageDetail('Dzień dobry. Sorry my english not so good and dutch nothing. Mogę pisać po polsku i english mix?', 'nl'),
    ).toEqual({ language: 'en', mixedWith: 'pl' });
  });

  it('read a short thank-you or goodbye in a language with no word list as another language, not as ours', () => {
    expect(detectLanguageDetail('hvala lijepa, dovidenja', 'nl').language).toBe('other');
    expect(detectLanguageDetail('Maraming salamat po', 'en').language).toBe('other');
    expect(detectLanguageDetail('ok terima kasih', 'nl').language).toBe('other');
    // Our own courtesy, or a word of ours beside theirs, keeps our language.
    expect(detectLanguageDetail('dank je wel', 'en').language).toBe('nl');
    expect(detectLanguageDetail('thanks a lot', 'nl').language).toBe('en');
    expect(detectLanguageDetail('hvala, dank je', 'nl').language).toBe('nl');
  });
});

describe('a sentence of a border dialect in a Dutch message (lang47)', () => {
  it('is no German of the writer own: the message stays Dutch without an interpreter', () => {
    const text =
      'Hij rijdt met die jongens naar Luik en Maastricht met tassen. Ik heb het zien liggen op zijn kamer, zakjes. Ich bin neet dom he';
    expect(detectLanguageDetail(text, 'nl')).toEqual({ language: 'nl' });
  });

  it('still reads German as the writer own when most of the message is German', () => {
    expect(
      detectLanguageDetail(
        'Mijn baas houdt mijn paspoort. Ich verstehe nicht, was ich jetzt tun soll. Bitte helfen Sie mir, ich habe Angst.',
        'nl',
      ),
    ).toEqual({ language: 'other', other: 'de' });
  });
});
