/**
 * The danger features of one reading: combinations of a situation with distance, and a danger
 * situation with none. Background (papers, a child, money) alone is no situation without distance.
 */
import { testReader } from '../../support/reader';

const reader = testReader();
const danger = (text: string) => reader.features(reader.readForDanger(text), 'danger');

describe('danger features', () => {
  it('marks a danger situation that nothing distances', () => {
    expect(danger('hij slaat haar en de deur is op slot')).toContain('sd:situation+no_distance');
  });

  it('does not count papers, money or a child as a situation without distance', () => {
    expect(danger('mijn buurman werkt 14 uur per dag en zijn baas heeft zijn paspoort')).not.toContain('sd:situation+no_distance');
  });

  it('pairs a situation with the distance in the same sentence', () => {
    expect(danger('vorig jaar werd ik opgesloten door mijn baas')).toContain('sd:confined+past');
  });

  it('reads a situation said not to happen as negated, and a denial of danger as distance', () => {
    const features = danger('nee, ze sluiten ons niet op en niemand is in gevaar');
    expect(features).toContain('s!:confined');
    expect(features).not.toContain('s:confined');
    expect(features).toContain('d:denied');
  });
});

describe('what the suicide model reads', () => {
  const view = (text: string) => {
    const read = reader.readForDanger(text);
    return { read, view: reader.suicideView(read) };
  };

  it('reads the worded sentence and its neighbours, not the rest of a long story', () => {
    const { view: seen } = view(
      'we werken in de kas. de baas heeft onze paspoorten. de bus komt om vijf uur. soms wil ik er niet meer zijn. morgen weer vroeg op. het loon is te laag. de huur gaat eraf',
    );
    const tokens = seen.analysis.tokens.join(' ');
    expect(tokens).toContain('de bus komt');
    expect(tokens).toContain('morgen wer vroeg op');
    expect(tokens).not.toContain('kas');
    expect(tokens).not.toContain('huur');
    expect(seen.situations.every((h) => h.sentence >= 2 && h.sentence <= 4)).toBe(true);
  });

  it('reads the whole message when no suicidal thought is worded, or when every sentence is near one', () => {
    const plain = view('de baas heeft onze paspoorten. we werken veertien uur per dag');
    expect(plain.view).toBe(plain.read);
    const short = view('ik kan niet meer. ik wil er niet meer zijn');
    expect(short.view).toBe(short.read);
  });

  it('does not read "safe now" in a sentence beside the thought as distance from it, only in its own sentence', () => {
    const safe = (text: string) => view(text).view.distances.filter((d) => d.concept === 'safe_now');
    expect(view('ze is nu veilig bij ons. maar ze wil er niet meer zijn').read.distances.some((d) => d.concept === 'safe_now')).toBe(true);
    expect(safe('ze is nu veilig bij ons. maar ze wil er niet meer zijn')).toEqual([]);
    expect(safe('de baas had ons geld. ze is nu veilig bij ons. maar ze wil er niet meer zijn. ik weet het niet. het was zwaar')).toEqual(
      [],
    );
    expect(safe('vorig jaar wilde ik er niet meer zijn, nu ben ik veilig')).not.toEqual([]);
  });
});

describe('form features', () => {
  const general = (text: string) => reader.features(reader.readFully(text), 'general');

  it('tells the work, the control and what is taken, also in another language', () => {
    expect(general('pracuje w szklarni, szef nie placi od dwoch miesiecy')).toEqual(
      expect.arrayContaining(['m:work_place', 'm:work_boss', 'm:wages_taken']),
    );
    expect(general('a barátja szedi be az összes pénzét, egy klubban dolgozik')).toEqual(
      expect.arrayContaining(['m:earnings_taken', 'm:sex_place', 'm:sex_control']),
    );
  });

  it('pairs who gives the orders with what is taken, and a form concept with a situation', () => {
    const features = general('her boyfriend takes all her money and she sees men at the hotel every night');
    expect(features).toContain('mc:earnings_taken+sex_control');
    expect(general('my son of 14 has to sell drugs for older boys')).toContain('ms:crime_acts+minor');
  });

  it('leaves the first look without them', () => {
    expect(reader.readForDanger('her boyfriend takes all her money').forms).toEqual([]);
  });
});

describe('numbers', () => {
  const general = (text: string) => reader.features(reader.readFully(text), 'general');

  it('reads a number that counts hours, people or money as a count, not as a teenager', () => {
    for (const text of ['pracujemy 12 godzin', 'suntem 16 persoane', 'hij werkt 14 uur', 'we zijn met 6 of 7 man'])
      expect(general(text)).not.toContain('w:#teen');
    expect(general('pracujemy 12 godzin')).toContain('w:#count');
    expect(general('ze is 15')).toContain('w:#teen');
  });

  it('reads the parts of an amount, a decimal or a time as one, never as a teenager', () => {
    for (const text of ['ik heb 11.000 euro schuld', 'van 10.30 tot 11 uur', 'al 2,5 jaar']) {
      const features = general(text);
      expect(features).not.toContain('w:#teen');
      expect(features).not.toContain('w:#adult');
    }
    // A dot inside a number is no sentence end since round 34 (analyse.ts): "11.000" is one number.
    expect(general('ik heb 11.000 euro schuld')).toContain('w:#long');
    // A comma still splits it: the parts are read as parts.
    expect(general('al 2,5 jaar')).toContain('w:#part');
  });

  it('reads an hour of the day as a time, never as a teenager (clockTimes.ts, shared with the age rules)', () => {
    for (const text of ['they pick him up at 11 oclock every night', 'hij komt om 10', 'het is nu 7', "om 11 's avonds", 'at 11 tonight']) {
      const features = general(text);
      expect(features).toContain('w:#time');
      expect(features).not.toContain('w:#teen');
      expect(features).not.toContain('w:#n');
    }
    for (const text of ['vanavond om 22:30', 'at 10.30']) expect(general(text)).not.toContain('w:#adult');
    expect(general('she started there at 16')).toContain('w:#teen');
    expect(general("ik ben 16 's avonds werk ik")).toContain('w:#teen');
  });

  it('reads a count by the unit list the age rules share (countUnits.ts)', () => {
    expect(general('er liggen 11 matrassen')).toContain('w:#count');
    expect(general('15 telefoons in een tas')).toContain('w:#count');
  });

  it('leaves the danger features as they were', () => {
    expect(danger('hij werkt 14 uur')).toContain('w:#teen');
    expect(danger('ik heb 11.000 euro schuld')).not.toContain('w:#part');
  });
});

describe('form families', () => {
  const general = (text: string) => reader.features(reader.readFully(text), 'general');

  it('names the form whose situations the message tells, and which by two or more', () => {
    const features = general('de voorman houdt ons loon in en we slapen in een container van het uitzendbureau');
    expect(features).toContain('mf:labour');
    expect(features).toContain('mf2:labour');
    expect(features).not.toContain('mf:sexual');
  });

  it('names the leading form only when more than one is told and one leads', () => {
    const features = general('her boyfriend takes all her money and she sees men at the hotel every night, she also cleans his house');
    expect(features).toContain('mf:sexual');
    expect(features).toContain('mfx:sexual');
    expect(general('the foreman keeps the wages').some((f) => f.startsWith('mfx:'))).toBe(false);
  });

  it('marks a message without any form situation', () => {
    expect(general('hallo, is daar iemand?')).toContain('mf:none');
  });

  it('reads no form from a situation said not to happen', () => {
    expect(general('ze hoeft geen drugs te verkopen')).not.toContain('mf:criminal');
  });
});

describe('the features of one message', () => {
  // The features are written into storage kept between messages (reader.ts FeatureList): each
  // message's list must be its own, whatever is read after it.
  it('stay what they were when other messages are read after them, and are read the same again', () => {
    const long = 'ik werk 14 uur per dag, mijn baas heeft mijn paspoort. ik ben bang en wil weg. '.repeat(20);
    const first = danger('hij slaat haar en de deur is op slot');
    const copy = [...first];
    const other = danger(long);
    const general = reader.features(reader.readForDanger('hallo, ik heb een vraag over mijn werk'), 'general');
    expect(first).toEqual(copy);
    expect(first).not.toBe(other);
    expect(danger('hij slaat haar en de deur is op slot')).toEqual(copy);
    expect(danger(long)).toEqual(other);
    expect(general).toEqual(reader.features(reader.readForDanger('hallo, ik heb een vraag over mijn werk'), 'general'));
    expect(other.length).toBeGreaterThan(first.length);
  });
});
