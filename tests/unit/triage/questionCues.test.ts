import {
  askedCueTopics,
  asksForOwnLanguage,
  asksSomething,
  cuedTopics,
  doubtsThePlace,
  familyToldAsked,
  punishableAskedOfWriter,
  statedWorries,
} from '../../../src/triage/questionCues';
import { topicsToAnswer } from '../../../src/triage/ownQuestions';

describe('questions read from their words', () => {
  it('reads where the line is, where to report and hearing back, police slang and the GDPR', () => {
    expect(cuedTopics('Waar ligt voor jullie de grens tussen hard werken en uitbuiting?')).toContain('signals');
    expect(cuedTopics('Moet ik het bij de wijkagent melden of bij Veilig Thuis?')).toContain('after_report');
    expect(cuedTopics('Hoor ik nog hoe het afloopt?')).toContain('after_report');
    expect(cuedTopics('als ik naar de smeris ga, word ik dan zelf opgepakt?')).toEqual(expect.arrayContaining(['police', 'consequences']));
    expect(cuedTopics('Mag dat eigenlijk wel onder de AVG?')).toContain('privacy');
    expect(cuedTopics('I only deliver their food, does that make me complicit?')).toContain('consequences');
    expect(cuedTopics('ik verhuur alleen de kamer, ben ik dan medeplichtig?')).toContain('consequences');
    expect(cuedTopics('Kan mijn tante jullie bellen zonder dat haar man het merkt?')).toContain('privacy');
    expect(familyToldAsked('Can someone come by without her boyfriend noticing?')).toBe(true);
    expect(cuedTopics('is it illegal what they do to him, and can he lose his visa?')).toEqual(
      expect.arrayContaining(['is_it_trafficking', 'consequences']),
    );
  });

  it('reads a feared outcome of telling and trouble from the boss as consequences', () => {
    expect(statedWorries('Moet ik dit melden? Ik ben bang dat mijn broer dan nooit meer met me praat')).toContain('consequences');
    expect(statedWorries('kan ik bellen? anders krijg ik straks gezeik van mijn baas')).toContain('consequences');
    // A fear of the danger itself is not a consequence of telling.
    expect(statedWorries('Wat moet ik doen? Ik ben bang dat hij haar iets aandoet')).not.toContain('consequences');
  });

  it('reads a question the topic model may miss, in Dutch and English', () => {
    expect(cuedTopics('Als ik iets meld, hoort de eigenaar dan dat het van mij komt?')).toContain('anonymity');
    expect(cuedTopics('Mag ik overleggen zonder zijn naam te noemen, vanwege mijn beroepsgeheim?')).toContain('privacy');
    expect(cuedTopics('Overdrijf ik als ik me zorgen maak?')).toContain('is_it_trafficking');
    expect(cuedTopics('Will she be sent home if someone checks on them?')).toEqual(
      expect.arrayContaining(['consequences', 'after_report']),
    );
    expect(cuedTopics('Can I speak with someone who understands Hindi?')).toContain('counsellor');
  });

  it('reads the plain words of the languages labour migrants write in: exploitation, legal, status, trouble, someone who speaks it', () => {
    expect(cuedTopics('هل هذا يعتبر استغلال؟')).toContain('is_it_trafficking');
    expect(cuedTopics('Czy to jest wyzysk?')).toContain('is_it_trafficking');
    expect(cuedTopics('Ez legális? Ha elmegyek, bajba kerülök?')).toEqual(expect.arrayContaining(['is_it_trafficking', 'consequences']));
    expect(cuedTopics('Я втрачу свій статус, якщо розповім?')).toContain('consequences');
    expect(cuedTopics('Türkçe konuşan biri var mı?')).toContain('counsellor');
  });

  it('reads nothing from a message that asks nothing', () => {
    expect(asksSomething('Mijn buurman werkt elke dag in de kassen en zijn baas houdt zijn paspoort')).toBe(false);
    expect(cuedTopics('Ze is bang voor de politie en haar verblijfsvergunning')).toEqual([]);
  });

  it('takes the police as a topic only when going to them is asked about', () => {
    expect(cuedTopics('Moet ik naar de politie gaan?')).toContain('police');
    expect(cuedTopics("Is this trafficking? I don't want to waste police time")).not.toContain('police');
  });
});

describe('answer order', () => {
  it('puts what the words plainly ask before a guess of the model when there are more topics than answers', () => {
    expect(topicsToAnswer(['anonymity', 'consequences', 'police'], 'Will I have to stay for the police?', ['police'])).toEqual([
      'police',
      'anonymity',
    ]);
  });
});

describe('questions in the middle of a story, without a question mark, or indirect', () => {
  it('reads an indirect question or a worry said in the first person', () => {
    expect(cuedTopics('Ik wil graag weten waar ik op moet letten als ik denk dat mensen worden uitgebuit.')).toEqual(['signals']);
    expect(cuedTopics('Ik wil liever niet dat mijn naam ergens bij komt. Die man heeft mijn taxinummer gezien')).toContain('anonymity');
    expect(cuedTopics("ok thanks. I don't want my agency to know that I wrote")).toContain('anonymity');
    expect(cuedTopics('ik ben bang dat ik moet terug naar Hongarije en dan geen werk')).toContain('consequences');
  });

  it('reads every question of a message, also one that opens a clause without a question mark', () => {
    expect(cuedTopics('nee ik ga niks doen vandaag. kan ik met iemand praten maar niet de politie')).toEqual(['police', 'counsellor']);
    expect(cuedTopics('Nee, ze zijn niet opgesloten. Maar als ik het ergens meld, krijgen zij dan problemen?')).toEqual([
      'after_report',
      'consequences',
    ]);
  });

  it('takes "how do I recognise whether it is exploitation" as a question about signals', () => {
    expect(cuedTopics('Hoe herken ik of het echt uitbuiting is? En moet ik dit bij de politie melden?')).toEqual(['signals', 'police']);
    expect(cuedTopics('hoe weet je of iemand gedwongen wordt? ik wil niet overdreven doen')).toEqual(['signals', 'is_it_trafficking']);
  });

  it('reads the plain words of a question in the languages labour migrants often write in', () => {
    expect(cuedTopics('Czy muszę spłacić ten dług agencji? Czy mogę porozmawiać z kimś po polsku?')).toEqual([
      'consequences',
      'counsellor',
    ]);
    expect(cuedTopics('Oturum iznim yok. Şikayet edersem sınır dışı edilir miyim?')).toEqual(['consequences']);
    expect(cuedTopics('Ще бъде ли наказана тя, ако отиде в полицията?')).toEqual(['consequences', 'police']);
    expect(cuedTopics('إذا ذهبت إلى الشرطة، هل سأدخل السجن؟')).toEqual(['consequences', 'police']);
  });

  it('reads "if I report…" as the condition of a question, not as a question about what happens after a report', () => {
    expect(cuedTopics('verlies ik mijn baan als ik iets meld over een collega?')).not.toContain('after_report');
    expect(cuedTopics('Als ik het meld, krijgen zij dan problemen?')).toContain('after_report');
    expect(cuedTopics('Zijn dit signalen van uitbuiting? Ik wil niemand beschuldigen')).toEqual(['is_it_trafficking', 'signals']);
  });

  it('reads "tell me if…", "ik zou graag weten…", a trailing "of niet", "does it count as…" and "do I owe…"', () => {
    expect(cuedTopics('pls tell me if my boss will find out')).toContain('anonymity');
    expect(cuedTopics('ik zou graag weten wat er gebeurt na een melding')).toContain('after_report');
    expect(cuedTopics('ik kan anoniem bellen of niet')).toContain('anonymity');
    expect(cuedTopics('Does it count as trafficking when they keep your passport?')).toContain('is_it_trafficking');
    expect(cuedTopics('they say I owe them 3000 euro, is that true?')).toContain('consequences');
  });

  it('reads what the citizen would have to do after a report as a question about consequences', () => {
    expect(cuedTopics("Can I report this if I don't live here? Will I have to stay for the police?")).toEqual(
      expect.arrayContaining(['police', 'consequences']),
    );
    expect(cuedTopics('Moet ik dan later getuigen?')).toContain('consequences');
  });
});

describe('plain cues in the languages labour migrants write in', () => {
  it('reads asking to write or speak in their own language as asking for a person who speaks it', () => {
    expect(cuedTopics('buna ziua. nu vorbesc olandeza, pot sa scriu in romana?')).toEqual(['counsellor']);
    expect(cuedTopics('merhaba, turkce yazabilir miyim?')).toEqual(['counsellor']);
    expect(cuedTopics('boa tarde. posso escrever em português?')).toEqual(['counsellor']);
    expect(cuedTopics('السلام عليكم، هل ممكن أكتب بالعربي؟')).toEqual(['counsellor']);
    expect(asksForOwnLanguage('hello. sorry i dont speak dutch. can i write polish?')).toBe(true);
    expect(asksForOwnLanguage('kan ik ook in het Arabisch schrijven?')).toBe(true);
    expect(asksForOwnLanguage('I am from Poland and I write in English')).toBe(false);
  });

  it('does not read "Polish" as the police', () => {
    expect(cuedTopics('can i write polish?')).not.toContain('police');
    expect(cuedTopics('czy policja przyjdzie?')).toContain('police');
  });

  it('reads who else reads or sees this chat as a privacy question', () => {
    expect(cuedTopics('czy ktos z agencji moze czytac ten czat?')).toEqual(['privacy']);
    expect(cuedTopics('хто ще бачить цей чат?')).toEqual(['privacy']);
  });

  it('reads not wanting to give one’s name, asked or wished, as anonymity', () => {
    expect(cuedTopics('lutfen benim adim hic gecmesin, aile buyuk olay cikarir')).toEqual(['anonymity']);
    expect(cuedTopics('não quero dar meu nome. posso só contar a história?')).toContain('anonymity');
    expect(cuedTopics('no quiero dar mi nombre')).toEqual(['anonymity']);
  });

  it('reads losing the job or being locked up as a question about consequences', () => {
    expect(cuedTopics('jesli to zglosze to strace prace i mieszkanie?')).toEqual(['consequences']);
    expect(cuedTopics('se eu ligar pra polícia eu perco meu trabalho?')).toEqual(expect.arrayContaining(['consequences', 'police']));
    expect(cuedTopics('daca anunt politia, o sa-l inchida si pe el?')).toEqual(expect.arrayContaining(['consequences', 'police']));
  });
});

describe('worries stated beside a question', () => {
  it('reads not wanting the police, a feared consequence and a name on record', () => {
    // Having no papers, said beside the question, is itself a worry about consequences (convo20).
    expect(statedWorries('Zij wil absoluut geen politie, ze heeft geen papieren. Wordt ze uitgezet?')).toEqual(['police', 'consequences']);
    expect(statedWorries('Do I have to be a witness? My NDA is strict and I’d rather not get fired over this.')).toEqual(['consequences']);
    expect(statedWorries('wat gebeurt er als ik dit meld? ik wil mijn baan ook niet kwijt')).toEqual(['consequences']);
    // Calling the police with the verb last is the police worry, as "if I call the police" is (ownq34).
    expect(statedWorries('als ik de politie bel moet ik dan een verklaring afleggen met naam en alles')).toEqual(['police', 'anonymity']);
    // Never being forgiven is a consequence of telling (and, for some writers, of being found out).
    expect(statedWorries('would the police come to his house if I report? he would never forgive me')).toEqual([
      'police',
      'consequences',
      'anonymity',
    ]);
    expect(statedWorries('if my brother call police the company will blacklist him')).toEqual(['police', 'consequences']);
  });

  it('reads doubt whether it is exploitation, said indirectly or as "maybe it is just…"', () => {
    expect(statedWorries('Ik vraag me eigenlijk af of dit al kinderarbeid of uitbuiting is, of dat ik het te zwaar zie')).toEqual([
      'is_it_trafficking',
    ]);
    expect(statedWorries('waar moet ik op letten? misschien is het gewoon een druk gezin', true)).toEqual(['is_it_trafficking']);
  });

  it('reads who reported it in a message the question reader found a question in, and a question after "en"', () => {
    expect(statedWorries('wat gebeurt er als de inspectie komt, zeggen ze dan wie het gemeld heeft', true)).toEqual(['anonymity']);
    expect(asksSomething('en wat gebeurt er dan precies als de inspectie komt')).toBe(true);
    expect(asksSomething('en ik weet het niet')).toBe(false);
  });

  it('reads broken Dutch and English consequences without a verb, a debt to pay, police coming, and being found out', () => {
    expect(statedWorries('ik kan bellen 112? dan politie komt en wij allemaal problemen? wij werk weg?')).toContain('consequences');
    expect(statedWorries('and the money we must pay? he say is in contract')).toEqual(['consequences']);
    expect(statedWorries('en komen er dan busjes met politie de straat in?')).toEqual(['police']);
    expect(statedWorries('ik ben bang dat als zij merken dat wij naar de politie zijn gegaan het erger wordt')).toContain('anonymity');
  });

  it('reads each sentence on its own: a shape across a full stop states no worry', () => {
    // "…of dat hier hoort. Hij zegt dat het werk is" is not "hoort hij dat het …" (who reported it).
    expect(statedWorries('ik weet niet of dat hier hoort. hij zegt dat het gewoon werk is', true)).toEqual([]);
    expect(statedWorries('Is this for you? The neighbours all know. It was us who found her', true)).toEqual([]);
    // Inside one sentence the same shape is still read.
    expect(statedWorries('weet hij dan dat het van mij komt?')).toEqual(['anonymity']);
  });

  it('reads nothing in a story that asks nothing, nor in forgiving oneself', () => {
    expect(statedWorries('Zij wil absoluut geen politie erbij.')).toEqual([]);
    expect(statedWorries('komt hij dan in de gevangenis? Dat zou ik mezelf nooit vergeven')).toEqual([]);
  });
});

describe('cues of the sentences that ask, beside the topic model', () => {
  it('reads the cues of a sentence that asks, not of the story around it', () => {
    expect(askedCueTopics('De politie is vorige maand al geweest. Wat doen jullie met mijn gegevens?')).toEqual(['privacy']);
    expect(askedCueTopics('De politie is vorige maand al geweest. Wat doen jullie met mijn gegevens?')).not.toContain('police');
    expect(askedCueTopics('Hij heeft geen verblijfsvergunning en werkt zwart. Ik weet het sinds gisteren.')).toEqual([]);
  });

  it('reads a short question that points back with the sentence before it', () => {
    expect(askedCueTopics('My cousin says the boss will call the police and they deport her. Is that true?')).toEqual(
      expect.arrayContaining(['consequences']),
    );
    expect(askedCueTopics('Mijn oom zegt dat ik dan uit het land gezet word. Klopt dat?')).toContain('consequences');
  });

  it('reads a sentence that opens with a condition as a worry to answer', () => {
    expect(askedCueTopics('if i tell the police my boss sends me back to my country')).toEqual(
      expect.arrayContaining(['police', 'consequences']),
    );
  });

  it('reads a fear without "that", "I don\'t know whether" and someone who will know', () => {
    expect(askedCueTopics('I am scared my landlord finds out it was me.')).toContain('anonymity');
    expect(askedCueTopics('ik weet niet of dit uitbuiting is')).toContain('is_it_trafficking');
    expect(askedCueTopics('what happen after i tell you. my manager will know?')).toEqual(
      expect.arrayContaining(['after_report', 'anonymity']),
    );
  });

  it('reads what can be done, whether anything is done with it, blame, and whether it really happens', () => {
    expect(askedCueTopics('kunnen jullie daar niet iets aan doen')).toContain('after_report');
    expect(askedCueTopics('doet iemand er dan ook echt wat mee?')).toContain('after_report');
    expect(askedCueTopics('kan mij als huisbaas iets verweten worden')).toContain('consequences');
    expect(askedCueTopics('bestaat zoiets echt in Nederland?')).toContain('is_it_trafficking');
  });

  it("reads a fear of being found out, children taken and asking for one's own language in the languages labour migrants write in", () => {
    expect(cuedTopics('Boję się, że szef się dowie')).toContain('anonymity');
    expect(cuedTopics('Tenho medo que tirem os meus filhos?')).toContain('consequences');
    expect(cuedTopics('Nem tudom, hogy ez kizsákmányolás')).toContain('is_it_trafficking');
    expect(asksForOwnLanguage('¿Alguien habla español?')).toBe(true);
  });
});

describe('worries stated beside a question, more', () => {
  it('reads not daring to go to the police and someone going through the phone', () => {
    expect(statedWorries('Ze durft niet naar de politie. Wat moet ik doen?')).toContain('police');
    expect(statedWorries('My husband goes through my phone at night. What should I do?')).toContain('privacy');
  });
});

describe('cues that keep apart what sounds alike', () => {
  it('reads what is done with this chat or the data as privacy, what is done with a report as after_report', () => {
    expect(askedCueTopics('Wat gebeurt er met dit gesprek als ik het venster sluit?')).not.toContain('after_report');
    expect(askedCueTopics('What do you do with the screenshots I send?')).not.toContain('after_report');
    expect(askedCueTopics('Wat gebeurt er als ik het meld?')).toContain('after_report');
  });

  it('reads "is that a crime" about someone else as a question whether it is exploitation, being punished oneself as consequences', () => {
    expect(askedCueTopics('Hij laat haar werken zonder loon. Is dat strafbaar?')).not.toContain('consequences');
    expect(askedCueTopics('Ben ik zelf ook strafbaar als ik mijn rekening heb uitgeleend?')).toContain('consequences');
    expect(punishableAskedOfWriter('iedereen doet het zegt hij. is dat illegaal of niet')).toBe(true);
    expect(punishableAskedOfWriter('Hij zegt dat het strafbaar is.')).toBe(false);
  });

  it('tells whose deed "is that a crime" asks about: the writer\'s own, or someone else\'s', () => {
    expect(punishableAskedOfWriter('Ik heb mijn rekening uitgeleend. Is dat strafbaar?')).toBe(true);
    expect(punishableAskedOfWriter('hij zegt het is 100% legit en iedereen doet het. is dat strafbaar of niet')).toBe(true);
    expect(punishableAskedOfWriter('ff checken, is het strafbaar als je broertje drugs moet verkopen voor een oudere jongen?')).toBe(false);
    expect(punishableAskedOfWriter('My cousin has to pay back 8000 euro before she can leave. Is that a crime?')).toBe(false);
    expect(punishableAskedOfWriter('Ik vraag me af of het strafbaar is dat mijn buurman zijn nichtjes laat schoonmaken.')).toBe(false);
  });

  it('reads a short question with a topic of its own alone, not with the story before it', () => {
    expect(askedCueTopics('My cousin has to pay back 8000 euro for the trip. Is that a crime?')).toEqual(['is_it_trafficking']);
    expect(askedCueTopics('Ze zeggen dat ik 3000 euro moet terugbetalen. Klopt dat?')).toContain('consequences');
  });

  it('reads the name of the thing as a question whether the case is it only when it judges the case', () => {
    expect(askedCueTopics('Wat voor straf staat er op mensenhandel?')).not.toContain('is_it_trafficking');
    expect(askedCueTopics('what are red flags for labour exploitation in restaurants')).toEqual(['signals']);
    expect(askedCueTopics('Hoe werkt aangifte doen van mensenhandel?')).not.toContain('is_it_trafficking');
    expect(askedCueTopics('Is dit mensenhandel?')).toContain('is_it_trafficking');
    expect(askedCueTopics('Kwalificeert dat als arbeidsuitbuiting?')).toContain('is_it_trafficking');
    expect(askedCueTopics('wordt ze uitgebuit?')).toContain('is_it_trafficking');
    expect(askedCueTopics('uitbuiting?')).toContain('is_it_trafficking');
  });

  it('reads what happens to a person as consequences, what happens with the report as after_report', () => {
    expect(askedCueTopics('Wat gebeurt er met mij als blijkt dat ik zwart heb gewerkt?')).toEqual(['consequences']);
    expect(askedCueTopics('What happens to the children if both parents get arrested?')).not.toContain('after_report');
    expect(askedCueTopics('Wat gebeurt er met mijn melding?')).toContain('after_report');
    expect(askedCueTopics('What will happen to the family after I report them?')).toEqual(
      expect.arrayContaining(['after_report', 'consequences']),
    );
  });

  it('reads a sign, red flags and what to check as a question about signals', () => {
    expect(askedCueTopics('If someone never has their own phone, is that a sign?')).toContain('signals');
    expect(askedCueTopics('is het een teken als ze altijd worden opgehaald met hetzelfde busje')).toContain('signals');
    expect(askedCueTopics('Which things can I check as a landlord?')).toContain('signals');
  });

  it('reads signals asked in general as signals only, and signals of this case as both', () => {
    expect(askedCueTopics('Welke signalen van uitbuiting zie je bij jongens?')).toEqual(['signals']);
    expect(askedCueTopics('Zijn dit signalen van uitbuiting?')).toEqual(expect.arrayContaining(['signals', 'is_it_trafficking']));
  });

  it('reads reaching a person by phone as asking for a counsellor, not every phone number named', () => {
    expect(askedCueTopics('tot hoe laat zijn jullie bereikbaar?')).toContain('counsellor');
    expect(askedCueTopics('heb je een nummer dat ik kan bellen?')).toContain('counsellor');
    expect(askedCueTopics('Do you save my phone number?')).not.toContain('counsellor');
  });

  it('reads what the helpline or the inspection will do, and whether it is too late, as after_report; what the police will do stays police', () => {
    expect(askedCueTopics('Als ik Veilig Thuis erbij haal, halen jullie haar dan uit huis?')).toContain('after_report');
    expect(askedCueTopics('En als jullie iets gaan doen, hoort hij dan dat het van mij komt?')).toEqual(
      expect.arrayContaining(['after_report', 'anonymity']),
    );
    expect(askedCueTopics('the inspectie they come to the bakery?')).toContain('after_report');
    expect(askedCueTopics('Mag ik haar naam doorgeven of moet zij zelf contact opnemen?')).toContain('after_report');
    expect(askedCueTopics('en is het niet te laat na 3 jaar')).toContain('after_report');
    expect(askedCueTopics('Is het normaal dat de tram altijd te laat is?')).not.toContain('after_report');
    expect(askedCueTopics('Komt de politie dan bij hem langs?')).not.toContain('after_report');
  });

  it('reads trouble, being held liable, paying fines oneself and "victim or perpetrator"', () => {
    expect(askedCueTopics('en kan ik zelf gedoe krijgen omdat ik aan die autos heb gesleuteld')).toContain('consequences');
    expect(askedCueTopics('kan ik daar zelf op aangesproken worden?')).toContain('consequences');
    expect(askedCueTopics('moet ik al die boetes zelf betalen?')).toContain('consequences');
    expect(askedCueTopics('ben ik nou slachtoffer of dader?')).toContain('is_it_trafficking');
    expect(askedCueTopics('Wat gebeurt er dan met het gezin?')).toContain('consequences');
  });

  it('reads a fear of being known as the one who told, and someone else losing their job, as worries beside a question', () => {
    expect(statedWorries('the inspectie they come? boss will know it was me', true)).toContain('anonymity');
    expect(statedWorries('moet ik de politie bellen?? ze gaat me haten als ze weet dat ik het was', true)).toContain('anonymity');
    expect(statedWorries('ze smeken me geen politie te bellen want dan zijn ze hun werk kwijt. wat moet ik doen')).toContain(
      'consequences',
    );
  });

  it('reads "will he know it was me" and "must I return the money" in Ukrainian and Bulgarian', () => {
    expect(cuedTopics('Чи знатиме він, що це я розповіла?')).toContain('anonymity');
    expect(cuedTopics('Трябва ли аз да върна парите?')).toContain('consequences');
  });

  it("reads the police coming as what follows one's own report as after_report too, and who does it", () => {
    expect(askedCueTopics('en als ik het meld, staat dan morgen de politie bij die salon?')).toEqual(
      expect.arrayContaining(['after_report', 'police']),
    );
    expect(askedCueTopics('als ik meld gaat de politie daar dan meteen binnenvallen?')).toContain('after_report');
    expect(askedCueTopics('Moet ik de groepsleiding ook bellen of doet de politie dat?')).toContain('after_report');
    expect(askedCueTopics('als ik bel komt de politie dan')).not.toContain('after_report');
  });

  it('reads what others would do if they found out the writer told as a worry about consequences', () => {
    expect(
      statedWorries('maar als die gasten erachter komen dat ik iets gemeld heb staan ze zaterdag langs het veld. kan het anoniem?', true),
    ).toContain('consequences');
  });

  it('reads asking whether a person or a computer answers as asking for a counsellor', () => {
    expect(cuedTopics('Spreek ik nu met een computer?')).toContain('counsellor');
    expect(cuedTopics('hallo is daar iemand?? of is dit automatisch')).toContain('counsellor');
    expect(cuedTopics('Wie zit er aan de andere kant van deze chat?')).toContain('counsellor');
    expect(cuedTopics('am I talking to a bot?')).toContain('counsellor');
    expect(cuedTopics('Is dit gesprek opgeslagen?')).not.toContain('counsellor');
  });
});

describe('questions inside a conversation: short replies, inverted fears, what reaches others', () => {
  it('reads a bare "en dan?" or "what now?" as asking what happens next, unless it goes on with a question of its own sentence', () => {
    expect(cuedTopics('en dan?')).toEqual(['after_report']);
    expect(cuedTopics('what now?')).toEqual(['after_report']);
    expect(askedCueTopics('ik heb net alles verteld. en nu?')).toEqual(['after_report']);
    expect(askedCueTopics('my friend will lose her job if the salon closes. what then?')).not.toContain('after_report');
    expect(cuedTopics('hoe gaat dat dan verder?')).toContain('after_report');
    // "ja nu" answers the bot ("is iemand op dit moment in gevaar?"); it asks nothing.
    expect(cuedTopics('ja nu')).toEqual([]);
  });

  it('reads a fear after a fronted condition ("als ik…, ben ik bang dat…") and self-doubt said as a statement', () => {
    expect(asksSomething('Als ik de zoon ermee confronteer ben ik bang dat hij haar wegstuurt.')).toBe(true);
    expect(askedCueTopics('Als ik de zoon ermee confronteer ben ik bang dat hij haar wegstuurt.')).toContain('consequences');
    expect(askedCueTopics("and honestly is this even exploitation, i feel like i'm overreacting")).toContain('is_it_trafficking');
    expect(askedCueTopics('ik weet niet eens of het daarom gaat. is dat dan ook iets voor jullie?')).toContain('is_it_trafficking');
    expect(askedCueTopics('is het mogelijk voor jullie om mij morgen te bellen?')).not.toContain('is_it_trafficking');
  });

  it("reads the writer's family hearing of it, the helpline calling someone, reading along and the chat going to an authority as privacy", () => {
    expect(askedCueTopics('als ik het vertel komen mijn ouders het dan te weten??')).toContain('privacy');
    expect(askedCueTopics('mn moeder weet niks. gaan jullie haar bellen?')).toContain('privacy');
    expect(askedCueTopics('niemand mag weten dat ik dit typ. leest iemand dit mee?')).toEqual(expect.arrayContaining(['privacy']));
    expect(askedCueTopics('what happens with this chat, does it go to the IND or uni?')).toContain('privacy');
    expect(familyToldAsked('will my parents find out?')).toBe(true);
    // Who told, with the family as the ones who would know, stays anonymity alone.
    expect(askedCueTopics('hoeven mijn ouders dan niet te weten dat ik het was?')).not.toContain('privacy');
    // Telling a farm or a school what happens is not the chat reaching them.
    expect(askedCueTopics('if you go to the farm, do you tell them why?')).not.toContain('privacy');
    expect(askedCueTopics('Als ik het meld, gaan jullie dan met de school praten?')).not.toContain('privacy');
  });

  it('reads "waar let je op?", "is hier iemand" and a verb-first question without a question mark', () => {
    expect(cuedTopics('Waar let je dan op?')).toContain('signals');
    expect(cuedTopics('is hier iemand')).toContain('counsellor');
    expect(cuedTopics('hallo is daar iemand??')).toContain('counsellor');
    expect(askedCueTopics('ik wil niet dat mijn dochter boos wordt. hoort zij dat van u')).toContain('anonymity');
  });

  it('reads what happens next and trouble in the languages labour migrants write in', () => {
    expect(cuedTopics('y qué pasa después, me van a avisar?')).toContain('after_report');
    expect(cuedTopics('И какво ще направите, след като ви дам адреса?')).toContain('after_report');
    expect(cuedTopics('Si daca spun, am probleme eu?')).toContain('consequences');
    // Lithuanian and Latvian: a debt to pay, and the police.
    expect(cuedTopics('ar tikrai turesiu moketi tuos 6000?')).toContain('consequences');
    expect(cuedTopics('ar galiu kreiptis i policija?')).toContain('police');
  });

  it('reads "hoe nu verder", "and then what", "hallo? iemand?", seeing it wrong, being fired and a worry said as "mijn grootste zorg is dat…"', () => {
    expect(askedCueTopics('oke en hoe nu verder')).toContain('after_report');
    expect(askedCueTopics('and then what')).toContain('after_report');
    expect(cuedTopics('hallo? iemand?')).toContain('counsellor');
    expect(cuedTopics('hi is anyone there')).toContain('counsellor');
    expect(askedCueTopics('ga je dan naar die mensen toe?')).toContain('after_report');
    expect(askedCueTopics('misschien zie ik het verkeerd hoor')).toContain('is_it_trafficking');
    expect(askedCueTopics("if i say something i'm scared they fire me")).toContain('consequences');
    expect(askedCueTopics('mijn grootste zorg is dat ze haar kinderen kwijtraakt')).toContain('consequences');
  });
});

describe('doubting the place', () => {
  it('reads the writer doubting they are in the right place, in Dutch and English', () => {
    expect(doubtsThePlace('ik weet niet of ik hier goed zit')).toBe(true);
    expect(doubtsThePlace('Goedemorgen, ik weet eigenlijk niet of ik hier goed zit. Het gaat over mijn kleinzoon.')).toBe(true);
    expect(doubtsThePlace('zit ik hier wel goed?')).toBe(true);
    expect(doubtsThePlace('Ben ik hier aan het juiste adres?')).toBe(true);
    expect(doubtsThePlace('is dit de juiste chat voor zoiets')).toBe(true);
    expect(doubtsThePlace('ik ben hier verkeerd denk ik')).toBe(true);
    expect(doubtsThePlace('not sure if I am in the right place')).toBe(true);
  });

  it('does not read the case doubted, a place in a story, or being stuck somewhere', () => {
    // Whether the case is for us is a question about the case (is_it_trafficking), not about the writer.
    expect(doubtsThePlace('ik weet niet eens of dat hier hoort')).toBe(false);
    expect(doubtsThePlace('ze heeft een goede plek gevonden bij haar tante')).toBe(false);
    expect(doubtsThePlace('ik zit hier al drie jaar vast')).toBe(false);
    expect(doubtsThePlace('hallo')).toBe(false);
  });
});

describe('round 11: shapes the reader missed', () => {
  it('reads Dutch chat spelling of the short words as the words themselves', () => {
    expect(cuedTopics('weet ie dan dat k t gemeld heb?')).toContain('anonymity');
    expect(cuedTopics("mag ik z'n adres aan jullie doorgeven?")).toContain('privacy');
  });

  it('reads the case weighed against the signals as asking whether it is exploitation too', () => {
    expect(cuedTopics('Zijn dit dan de tekenen waar je voor moet oppassen?')).toEqual(
      expect.arrayContaining(['signals', 'is_it_trafficking']),
    );
    expect(cuedTopics('Are these the warning signs people talk about?')).toEqual(expect.arrayContaining(['signals', 'is_it_trafficking']));
    // Signals asked in general stay signals only.
    expect(cuedTopics('Welke signalen zijn er bij uitbuiting van jongeren?')).not.toContain('is_it_trafficking');
  });

  it('reads two readings of the case weighed against each other as asking whether it is exploitation', () => {
    expect(cuedTopics('Hoe kan ik zien of hij echt voor die mannen moet werken en niet gewoon zelf wil?')).toContain('is_it_trafficking');
    expect(cuedTopics('Is she being used, or is it just a strict family?')).toContain('is_it_trafficking');
    expect(cuedTopics('Kan ik bellen of gewoon hier verder chatten?')).not.toContain('is_it_trafficking');
  });

  it('reads whether the chat is kept secret, who reads it, and giving someone’s details as privacy', () => {
    expect(cuedTopics('Is what I write here kept secret?')).toContain('privacy');
    expect(cuedTopics('Blijft dit gesprek geheim?')).toContain('privacy');
    expect(cuedTopics('Who is reading my messages?')).toContain('privacy');
    expect(cuedTopics('Can I give you her address, or should she do that herself?')).toContain('privacy');
    expect(cuedTopics('Ik heb haar nummer, kan ik dat aan jullie sturen?')).toContain('privacy');
  });

  it('reads trouble with those the writer depends on, a livelihood lost and the family that must not know, beside a question', () => {
    expect(statedWorries('Kan ik dit anoniem melden? Ik heb geen zin in problemen met mijn huisbaas.', true)).toContain('consequences');
    expect(statedWorries('Is het anoniem? Ik ben bang dat ik mijn klanten kwijtraak', true)).toContain('consequences');
    expect(statedWorries("will they know it was me? I can't lose my customers", true)).toContain('consequences');
    expect(statedWorries('Blijft dit anoniem? Mijn ouders mogen hier echt niks van weten', true)).toContain('privacy');
    expect(statedWorries('Mijn ouders mogen niks weten van de schulden die hij haar geeft')).toEqual([]);
  });

  it('reads indirect questions, crime, legal, being found out, a person who speaks it and calling, in the languages labour migrants write in', () => {
    expect(cuedTopics('não sei se isso é crime ou só azar')).toContain('is_it_trafficking');
    expect(cuedTopics('Este legal ce face patronul cu banii nostri?')).toContain('is_it_trafficking');
    expect(cuedTopics('¿Es legal que me quiten el pasaporte?')).toContain('is_it_trafficking');
    expect(cuedTopics('Poate afla patronul că am fost eu?')).toContain('anonymity');
    expect(cuedTopics('Кто-нибудь говорит по-украински?')).toContain('counsellor');
    expect(cuedTopics('Можно вам позвонить завтра?')).toContain('counsellor');
    expect(cuedTopics('¿Puedo llamar por teléfono?')).toContain('counsellor');
    expect(cuedTopics('Oturumum iptal olur mu?')).toContain('consequences');
    expect(cuedTopics('Beni geri gönderirler mi?')).toContain('consequences');
    expect(cuedTopics('Czy muszę iść na policję?')).toContain('police');
    expect(cuedTopics('Pot vorbi cu cineva la telefon?')).toContain('counsellor');
    expect(cuedTopics('Чи можу я подзвонити комусь?')).toContain('counsellor');
    expect(cuedTopics('Elveszítem a munkámat?')).toContain('consequences');
    expect(cuedTopics('Меня депортируют?')).toContain('consequences');
    expect(cuedTopics('Ar prarasiu darba?')).toContain('consequences');
  });

  it('reads one\'s safety after telling as consequences, and "I honestly don\'t know if" as an indirect question', () => {
    expect(cuedTopics('is het gevaarlijk voor mij als ik dit meld?')).toContain('consequences');
    expect(cuedTopics('Would it be safe for her if I tell someone?')).toContain('consequences');
    expect(asksSomething("I honestly don't know if this is exploitation or just a bad job")).toBe(true);
    expect(cuedTopics("I honestly don't know if this is exploitation or just a bad job")).toContain('is_it_trafficking');
  });

  it('tells when the writer says a punishable deed is their own, also in a story about someone else', () => {
    expect(punishableAskedOfWriter('Is dat strafbaar? Ik heb alleen mijn rekening uitgeleend.', { said: true })).toBe(true);
    expect(punishableAskedOfWriter('Ik zag dat hij drugs verkoopt. Is dat strafbaar?', { said: true })).toBe(false);
    expect(punishableAskedOfWriter('Is dat strafbaar? Ik denk het wel.', { said: true })).toBe(false);
    expect(punishableAskedOfWriter('Mijn neef moet pakketjes rondbrengen. Is dat strafbaar?', { said: true })).toBe(false);
  });
});
