import { SafetyScreen, screenMessage } from '../../../src/safety/screen';

describe('screenMessage: acute danger (Dutch)', () => {
  it.each([
    'help me hij slaat me',
    'hij slaat me nu',
    'ik word vastgehouden',
    'ik kan niet weg en hij komt eraan',
    'k word opgesloten',
    'ze houdn me vast',
    'help!!!',
    'HELP',
    'ze sluiten me elke nacht op in de schuur',
    'mijn baas schopt me als ik te langzaam ben',
    'ik word elke dag geslagen door hem',
    'ik zit al twee dagen opgesloten in een kelder',
    'hij dreigt me te vermoorden',
    'ze hebben een pistool en zeggen dat ze mijn kinderen doodmaken',
    'er staat een man met een mes voor mijn deur',
    'mijn buurmeisje van 13 moet vannacht mee met twee mannen',
    'kunnen jullie politie sturen naar mijn adres',
    'wij mogen het huis niet uit en de deur zit op slot',
    'mn vriend laat me niet gaan',
    'ik ben in levensgevaar',
    'ze wordt nu op dit moment in elkaar geslagen',
    'w8 hij komt eraan ik ben echt doodsbang',
    'ik zit verstopt in de wc, hij komt zo terug',
    'ze hebben mijn zusje van 15 meegenomen',
    'hij heeft me net verkracht',
    'ik voel me niet veilig, help me!!',
  ])('flags %p', (text) => {
    const result = screenMessage(text);
    expect(result.acuteDanger).toBe(true);
    expect(result.reasons.length).toBeGreaterThan(0);
  });
});

describe('screenMessage: acute danger (English)', () => {
  it.each([
    'he will kill me',
    'they took my passport and lock me in',
    "i'm locked in the basement",
    'he is beating my mum right now',
    "they won't let me leave",
    'please call the police for me',
    'there is a guy with a gun outside',
    "i'm trapped and i cant get out",
    'im being held against my will',
    'he says he will murder my family',
    'help me please he is hurting me',
    "i'm scared, he's on his way",
  ])('flags %p', (text) => {
    expect(screenMessage(text).acuteDanger).toBe(true);
  });
});

describe('screenMessage: suicidal intent', () => {
  it.each([
    'ik wil dood',
    'ik wil er niet meer zijn',
    'zelfmoord',
    'I want to end it',
    'kill myself',
    'ik wil gewoon niet meer leven',
    'k wil dooood',
    'ik denk aan zelfdoding',
    'ik ga mezelf van kant maken',
    'i dont want to be alive anymore',
    'i wanna die',
    'im thinking about ending my life',
    'ik spring van de flat',
    'ik heb suïcidale gedachten',
  ])('flags %p as suicidal and acute', (text) => {
    const result = screenMessage(text);
    expect(result.suicidal).toBe(true);
    expect(result.acuteDanger).toBe(true);
  });

  it('does not call threats against the writer suicidal', () => {
    const result = screenMessage('hij wil me dood hebben');
    expect(result.acuteDanger).toBe(true);
    expect(result.suicidal).toBe(false);
  });
});

describe('screenMessage: no alarm', () => {
  it.each([
    'vorig jaar werd ze geslagen',
    'wat moet ik doen als iemand in gevaar is?',
    'is het gevaarlijk om te melden?',
    'hij sloeg me vroeger, nu woon ik alleen',
    'jaren geleden werd mijn moeder opgesloten door haar werkgever',
    'she was locked up by a pimp years ago',
    'how do you know if someone is being held captive?',
    'voor mijn werkstuk: hoe vaak worden mensen opgesloten?',
    'ik ben niet in gevaar, ik wil alleen advies',
    'hij slaat me niet',
    'nobody hits me, I just work too much',
    'ik vermoed dat mijn buurvrouw wordt uitgebuit',
    'thanks for your help!!',
    'ik voel me opgesloten in deze baan',
    'mijn telefoon is locked',
    'ik ben een held',
    'hij staat me op te wachten bij school',
    'wanneer moet ik 112 bellen?',
    'mijn oom heeft vorig jaar zelfmoord gepleegd',
    'we gaan meteen de signalen bekijken',
    'ze hebben het gemeld bij de politie',
    'ik wil eerst meer informatie',
    'mijn zoon komt zo thuis van school',
    'i take my son to school every day',
  ])('does not flag %p', (text) => {
    expect(screenMessage(text).acuteDanger).toBe(false);
  });
});

describe('screenMessage: robustness', () => {
  it('ignores case, diacritics, stretched letters and punctuation', () => {
    for (const text of ['HIJ SLAAT ME', 'hij slaaaaat me!!!', 'Hij slaat mé...', 'hij slaat me,help']) {
      expect(screenMessage(text).acuteDanger).toBe(true);
    }
  });

  it('tolerates one typo in longer words but not in short common words', () => {
    expect(screenMessage('ik word opgesoten').acuteDanger).toBe(true);
    expect(screenMessage('ik word vastgehoude').acuteDanger).toBe(true);
    expect(screenMessage('ik vermoed dat hij haar werk afpakt').acuteDanger).toBe(false);
  });

  it('handles empty, emoji-only and very long input without throwing', () => {
    expect(screenMessage('')).toEqual({ acuteDanger: false, suicidal: false, reasons: [] });
    expect(screenMessage('😀😀😀').acuteDanger).toBe(false);
    const long = `${'ik werk heel lang in de kas en verdien weinig. '.repeat(400)}hij slaat me nu`;
    expect(screenMessage(long).acuteDanger).toBe(true);
  });

  it('returns rule ids only, never message text', () => {
    const result = screenMessage('help me, mijn baas Jan slaat me');
    for (const reason of result.reasons) {
      expect(reason).toMatch(/^(danger|suicide|cue|mod|damp)\.[a-z_]+$/);
      expect(reason).not.toContain('jan');
    }
  });

  it('is deterministic and has no state between messages', () => {
    const screen = new SafetyScreen();
    const first = screen.screen('ik word opgesloten');
    screen.screen('hallo');
    expect(screen.screen('ik word opgesloten')).toEqual(first);
  });

  it('scopes past-time words to their clause', () => {
    expect(screenMessage('vorig jaar kwam ik hier en nu sluiten ze me op').acuteDanger).toBe(true);
    expect(screenMessage('he hit me once last year, now we are apart').acuteDanger).toBe(false);
  });
});
