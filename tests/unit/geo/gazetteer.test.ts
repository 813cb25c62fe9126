import { Gazetteer, isLikelyPlace, type Place, type PlaceSpan } from '../../../src/geo';
import { nameKey } from '../../../src/geo/normalise';

const gazetteer = Gazetteer.load();

/** "municipality name / kind / region code" of what a name resolves to, for short assertions. */
function where(name: string): string | null {
  const place = gazetteer.resolvePlace(name);
  return place ? `${place.municipality.name} / ${place.kind} / ${place.region.code}` : null;
}

function found(text: string, options?: Parameters<Gazetteer['findPlaces']>[1]): string[] {
  return gazetteer.findPlaces(text, options).map((s) => `${text.slice(s.start, s.end)}=${s.place.name}`);
}

function spanOf(text: string, written: string): PlaceSpan {
  const span = gazetteer.findPlaces(text).find((s) => text.slice(s.start, s.end) === written);
  if (!span) throw new Error(`no span "${written}" in "${text}"`);
  return span;
}

const placeName = (p: Place | null) => p?.name ?? null;

describe('resolvePlace', () => {
  it('resolves municipalities however they are written', () => {
    expect(where('Amsterdam')).toBe('Amsterdam / municipality / VR13');
    expect(where('Den Haag')).toBe("'s-Gravenhage / municipality / VR15");
    expect(where("'s-Gravenhage")).toBe("'s-Gravenhage / municipality / VR15");
    expect(where('s gravenhage')).toBe("'s-Gravenhage / municipality / VR15");
    expect(where('denhaag')).toBe("'s-Gravenhage / municipality / VR15");
    expect(where('Den Bosch')).toBe("'s-Hertogenbosch / municipality / VR21");
    expect(where('hertogenbosch')).toBe("'s-Hertogenbosch / municipality / VR21");
    expect(where('sudwest fryslan')).toBe('Súdwest-Fryslân / municipality / VR02');
    expect(where('NOORD BEVELAND')).toBe('Noord-Beveland / municipality / VR19');
    expect(where('capelle a/d ijssel')).toBeNull();
    expect(where('Capelle aan den IJssel')).toBe('Capelle aan den IJssel / municipality / VR17');
  });

  it('gives the province and the region with the municipality', () => {
    expect(gazetteer.resolvePlace('Tilburg')).toMatchObject({
      kind: 'municipality',
      municipality: { code: '0855', name: 'Tilburg' },
      province: { code: 'NB', name: 'Noord-Brabant' },
      region: { code: 'VR20', name: 'Midden- en West-Brabant' },
    });
  });

  it('resolves villages and towns to their municipality', () => {
    expect(where('Naaldwijk')).toBe('Westland / town / VR15');
    expect(where('Hoogvliet')).toBe('Rotterdam / town / VR17');
    expect(where('Yerseke')).toBe('Reimerswaal / town / VR19');
    expect(where('Zierikzee')).toBe('Schouwen-Duiveland / town / VR19');
    expect(where('Hoek van Holland')).toBe('Rotterdam / town / VR17');
    expect(where('Volendam')).toBe('Edam-Volendam / town / VR11');
    expect(where('Hoofddorp')).toBe('Haarlemmermeer / town / VR12');
  });

  it('resolves named neighbourhoods', () => {
    expect(where('Kanaleneiland')).toBe('Utrecht / neighbourhood / VR09');
    expect(where('Schilderswijk')).toBe("'s-Gravenhage / neighbourhood / VR15");
    expect(where('de pijp')).toBe('Amsterdam / neighbourhood / VR13');
    expect(where('Bijlmer')).toBe('Amsterdam / neighbourhood / VR13');
    expect(where('Amsterdam Zuidoost')).toBe('Amsterdam / neighbourhood / VR13');
  });

  it('reads a city with a compass word as a part of that city', () => {
    expect(gazetteer.resolvePlace('rdam zuid')).toMatchObject({
      kind: 'neighbourhood',
      name: 'Rotterdam-Zuid',
      municipality: { name: 'Rotterdam' },
    });
    expect(gazetteer.resolvePlace('Tilburg Noord')).toMatchObject({ kind: 'neighbourhood', municipality: { name: 'Tilburg' } });
    expect(gazetteer.resolvePlace('Zwolle centrum')).toMatchObject({ kind: 'neighbourhood', name: 'Zwolle-Centrum' });
  });

  it('knows chat spellings and nicknames', () => {
    expect(where('adam')).toBe('Amsterdam / municipality / VR13');
    expect(where("A'dam")).toBe('Amsterdam / municipality / VR13');
    expect(where('mokum')).toBe('Amsterdam / municipality / VR13');
    expect(where('rdam')).toBe('Rotterdam / municipality / VR17');
    expect(where("r'dam")).toBe('Rotterdam / municipality / VR17');
    expect(where('dh')).toBe("'s-Gravenhage / municipality / VR15");
    expect(where('ut')).toBe('Utrecht / municipality / VR09');
    expect(where('ehv')).toBe('Eindhoven / municipality / VR22');
    expect(where('dordt')).toBe('Dordrecht / municipality / VR18');
  });

  it('forgives one typo in longer names, but not where the typo is an ordinary word', () => {
    expect(where('Zoetermer')).toBe('Zoetermeer / municipality / VR15');
    expect(where('naaldwjik')).toBe('Westland / town / VR15');
    expect(where('Hoogvleit')).toBe('Rotterdam / town / VR17');
    expect(where('Bergen op Zom')).toBe('Bergen op Zoom / municipality / VR20');
    expect(where('woorden')).toBeNull(); // a word, though one letter from Woerden
    expect(where('Edr')).toBeNull(); // short names get no typo tolerance
  });

  it('ignores a leading place word, and knows nothing of ordinary text', () => {
    expect(where('in naaldwijk')).toBe('Westland / town / VR15');
    expect(where('gemeente Westland')).toBe('Westland / municipality / VR15');
    expect(where('geen idee')).toBeNull();
    expect(where('')).toBeNull();
  });

  it('prefers a municipality, then the larger place, when a name fits several', () => {
    expect(where('Bergen')).toBe('Bergen (NH.) / municipality / VR10');
    expect(where('Hengelo')).toBe('Hengelo (O.) / municipality / VR05');
    expect(where('Oosterhout')).toBe('Oosterhout / municipality / VR20');
    const all = gazetteer.resolveAll('Valkenburg').map((p) => (p.kind === 'foreign' ? p.country : p.municipality.name));
    expect(all.slice(0, 2)).toEqual(expect.arrayContaining(['Valkenburg aan de Geul', 'Katwijk']));
  });
});

describe('placeIn', () => {
  it('finds the Dutch place a message is about', () => {
    expect(placeName(gazetteer.placeIn('mijn dochter woont in Hoogvliet'))).toBe('Hoogvliet');
    expect(placeName(gazetteer.placeIn('in westland bij de kassen'))).toBe('Westland');
    expect(placeName(gazetteer.placeIn('wij zitten in naaldwijk'))).toBe('Naaldwijk');
    expect(placeName(gazetteer.placeIn('rdam zuid'))).toBe('Rotterdam-Zuid');
    expect(placeName(gazetteer.placeIn('ze werkt in een kas, ik weet niet waar'))).toBeNull();
    expect(placeName(gazetteer.placeIn('het beste is dat je belt'))).toBeNull();
  });
});

describe('resolveForeign', () => {
  it('finds cities abroad under their own, English and Dutch names', () => {
    expect(gazetteer.resolveForeign('Warschau')).toMatchObject({ kind: 'foreign', countryCode: 'PL', country: 'Polen' });
    expect(gazetteer.resolveForeign('Warszawa')).toMatchObject({ countryCode: 'PL' });
    expect(gazetteer.resolveForeign('krakau')).toMatchObject({ name: 'Kraków' });
    expect(gazetteer.resolveForeign('Boekarest')).toMatchObject({ countryCode: 'RO' });
    expect(gazetteer.resolveForeign('Cluj')).toMatchObject({ countryCode: 'RO' });
    expect(gazetteer.resolveForeign('Iasi')).toMatchObject({ countryCode: 'RO' });
    expect(gazetteer.resolveForeign('Plovdiv')).toMatchObject({ countryCode: 'BG' });
    expect(gazetteer.resolveForeign('Lviv')).toMatchObject({ countryCode: 'UA' });
    expect(gazetteer.resolveForeign('Chisinau')).toMatchObject({ countryCode: 'MD' });
    expect(gazetteer.resolveForeign('Nador')).toMatchObject({ countryCode: 'MA' });
    expect(gazetteer.resolveForeign('Paramaribo')).toMatchObject({ countryCode: 'SR' });
    expect(gazetteer.resolveForeign('Antwerpen')).toMatchObject({ countryCode: 'BE' });
    expect(gazetteer.resolveForeign('Tokyo')).toMatchObject({ countryCode: 'JP' });
  });

  it('leaves a name that is also Dutch to the Dutch place', () => {
    expect(gazetteer.resolveForeign('Bergen')).toBeNull();
    expect(gazetteer.resolvePlace('Bergen')).not.toBeNull();
  });
});

describe('findPlaces', () => {
  it('finds Dutch and foreign places with their offsets, longest name first', () => {
    const text = 'Hij komt uit Bergen op Zoom en werkte in Krakau.';
    const spans = gazetteer.findPlaces(text);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.place.name, s.dutch])).toEqual([
      ['Bergen op Zoom', 'Bergen op Zoom', true],
      ['Krakau', 'Kraków', false],
    ]);
  });

  it('finds places in lower case, without accents and with hyphens or spaces', () => {
    expect(found('we wonen in noord beveland')).toEqual(['noord beveland=Noord-Beveland']);
    expect(found('zij woont in sudwest-fryslan')).toEqual(['sudwest-fryslan=Súdwest-Fryslân']);
    expect(found("hij zit in 's-Hertogenbosch")).toEqual(["'s-Hertogenbosch='s-Hertogenbosch"]);
    expect(found('rdam zuid of dh')).toEqual(['rdam zuid=Rotterdam-Zuid', "dh='s-Gravenhage"]);
  });

  it('does not run a name across punctuation or a line break', () => {
    expect(found('Bergen, op zoom')).toEqual(['Bergen=Bergen (NH.)']);
    expect(found('Den\nHaag')).not.toContain("Den\nHaag='s-Gravenhage");
  });

  it('flags names that are also ordinary words, and says whether a place word comes before', () => {
    for (const [text, name] of [
      ['ik woon in Best', 'Best'],
      ['hij komt uit Goes', 'Goes'],
      ['naar Hoorn', 'Hoorn'],
      ['in Echt', 'Echt'],
      ['te Born', 'Born'],
      ['in Lent', 'Lent'],
      ['in Ede', 'Ede'],
      ['in Epe', 'Epe'],
      ['bij Beek', 'Beek'],
    ] as const) {
      const span = spanOf(text, name);
      expect([name, span.needsContext, span.cued, isLikelyPlace(span)]).toEqual([name, true, true, true]);
    }
    expect(spanOf('Delfzijl', 'Delfzijl')).toMatchObject({ ordinaryWord: false, needsContext: false });
    expect(spanOf('Hoorn', 'Hoorn')).toMatchObject({ ordinaryWord: true, sentenceStart: true });
  });

  it('applies context to ordinary words: a place word before it, or a capital mid-sentence', () => {
    expect(isLikelyPlace(spanOf('dat is het best voor haar', 'best'))).toBe(false);
    expect(isLikelyPlace(spanOf('it goes badly', 'goes'))).toBe(false);
    expect(isLikelyPlace(spanOf('Best is een dorp', 'Best'))).toBe(false); // a capital at the start says nothing
    expect(isLikelyPlace(spanOf('het dorp Best ligt vlakbij', 'Best'))).toBe(true);
    expect(isLikelyPlace(spanOf('ze woont in best', 'best'))).toBe(true);
    expect(found('het beste is om te bellen')).toEqual([]);
  });

  it('never reads a lower-case function word as a place, and a capitalised one only mid-sentence', () => {
    expect(found('hij werkt in een kas van een boer')).toEqual([]);
    const een = spanOf('we wonen sinds kort in Een, bij Roden', 'Een');
    expect(een).toMatchObject({ functionWord: true, cued: true });
    expect(isLikelyPlace(een)).toBe(true);
    expect(isLikelyPlace(spanOf('Een vriendin belde', 'Een'))).toBe(false);
  });

  it('reads "bij hem" as a person, not the village Hem; the village written as a name still counts', () => {
    expect(gazetteer.placeIn('ik moet bij hem blijven')).toBeNull();
    expect(gazetteer.placeIn('ze woont bij hem in huis')).toBeNull();
    expect(gazetteer.placeIn('ze woont bij hem in Hoorn')?.name).toBe('Hoorn');
    expect(gazetteer.placeIn('we wonen in Hem, bij Hoorn')?.municipality.name).toBe('Drechterland');
  });

  it('reads an infinitive after "te" or "uit" as the verb, not the place it also names', () => {
    expect(gazetteer.placeIn('ze krijgt daar niks te eten')).toBeNull();
    expect(gazetteer.placeIn('we gingen gisteren uit eten')).toBeNull();
    expect(gazetteer.placeIn('we gingen gisteren uit eten in Tilburg')?.name).toBe('Tilburg');
    // Coming from a place, and a capital, still name it.
    expect(gazetteer.placeIn('ik kom uit rijen')?.name).toBe('Rijen');
    expect(gazetteer.placeIn('ze komt uit Eten, bij Woudrichem')?.municipality.name).toBe('Altena');
  });

  it('marks a name found through a typo, and leaves ordinary words alone', () => {
    const span = spanOf('ze woont in Zoetermer', 'Zoetermer');
    expect(span).toMatchObject({ typo: true, needsContext: true, cued: true });
    expect(found('ze zijn in Zoetermer', { typos: false })).toEqual([]);
    expect(found('de woorden zijn niet genoeg')).toEqual([]);
  });

  it("looks typos up only after a place word when asked for 'cued' typos, and finds exact names as before", () => {
    const memo = new Map<string, string>();
    expect(found('ze woont in Zoetermer', { typos: 'cued', typoMemo: memo })).toEqual(['Zoetermer=Zoetermeer']);
    expect(found('Zoetermer is ver weg, Vlaardignen ook', { typos: 'cued', typoMemo: memo })).toEqual([]);
    // Only the cued word was looked up: a word not after a place word costs no typo look-up.
    expect([...memo.keys()]).toEqual(['zoetermer']);
    expect(found('Zoetermer is ver weg', { typos: true })).toEqual(['Zoetermer=Zoetermeer']);
    expect(found('van Utrecht naar Bergen op Zoom', { typos: 'cued' })).toEqual(['Utrecht=Utrecht', 'Bergen op Zoom=Bergen op Zoom']);
  });

  it('can leave cities abroad out', () => {
    expect(found('van Boekarest naar Utrecht', { foreign: false })).toEqual(['Utrecht=Utrecht']);
  });

  it('reads chat abbreviations as short names that need context', () => {
    expect(spanOf('ik ben in dh', 'dh')).toMatchObject({ short: true, cued: true });
    expect(spanOf('ut is mooi', 'ut')).toMatchObject({ short: true, cued: false });
  });
});

describe('provinceIn and municipality', () => {
  it('finds provinces by their common names', () => {
    expect(gazetteer.provinceIn('het is in zeeland')?.code).toBe('ZE');
    expect(gazetteer.provinceIn('ergens in Noord-Brabant')?.code).toBe('NB');
    expect(gazetteer.provinceIn('in brabant')?.code).toBe('NB');
    expect(gazetteer.provinceIn('in friesland')?.code).toBe('FR');
    expect(gazetteer.provinceIn('geen provincie')).toBeNull();
  });

  it('looks a municipality up by its CBS code', () => {
    expect(gazetteer.municipality('0599')?.name).toBe('Rotterdam');
    expect(gazetteer.municipality('9999')).toBeNull();
  });
});

describe('names of Dutch cities used abroad', () => {
  it('resolves the names people abroad use for the larger cities, in any script', () => {
    for (const name of ['Hága', 'Haga', 'Гаага', 'Хага', 'لاهاي', 'Lahey', 'La Haya', 'Haia']) {
      expect(where(name)).toBe("'s-Gravenhage / municipality / VR15");
    }
    expect(where('Роттердам')).toBe('Rotterdam / municipality / VR17');
    expect(placeName(gazetteer.placeIn('Pracuję w Hadze od roku'))).toBe("'s-Gravenhage");
    expect(placeName(gazetteer.placeIn('أعمل في أمستردام'))).toBe('Amsterdam');
  });

  it('never takes a country name for a typo of a Dutch place', () => {
    expect(where('Philippines')).toBeNull();
    expect(placeName(gazetteer.placeIn('my family lives in Philippines'))).toBeNull();
    expect(where('Philippine')).toBe('Terneuzen / town / VR19');
  });
});

describe('countriesAbroad', () => {
  const isCountryAbroad = (name: string) => gazetteer.countriesAbroad().has(nameKey(name));
  it.each(['Polen', 'Nigeria', 'verenigde staten', 'Roemenië', 'Germany', 'United Kingdom'])('%p is a country abroad', (name) => {
    expect(isCountryAbroad(name)).toBe(true);
  });

  // The Netherlands is home; names in languages other than Dutch and English meet common words
  // ("oma" is Portuguese for Oman, "cada" for Chad, "island" German for Iceland).
  it.each(['Nederland', 'Netherlands', 'oma', 'cada', 'island', 'grenade', 'werk'])('%p is none', (name) => {
    expect(isCountryAbroad(name)).toBe(false);
  });
});

describe('what the shared gazetteer keeps', () => {
  /** Sizes of every Map and Set the instance holds: its indexes, and any memo. */
  const sizes = (g: Gazetteer) =>
    Object.entries(g as unknown as Record<string, unknown>)
      .filter(([, v]) => v instanceof Map || v instanceof Set)
      .map(([k, v]) => `${k}=${(v as Map<unknown, unknown> | Set<unknown>).size}`);

  it('keeps no word of a message after finding its places: one gazetteer serves every conversation', () => {
    const g = Gazetteer.load();
    g.findPlaces('warm-up: ik woon in Zoetermer');
    const before = sizes(g);
    g.findPlaces('Mijn buurman Kowalczyk en zijn baas Abdelkarim wonen in Zoetermer, bij Vlaardignen');
    g.findPlaces('Ik werk bij Tomaszewski in Naaldwjik');
    expect(sizes(g)).toEqual(before);
  });

  it('remembers typo look-ups only in the memo its caller passes, and finds the same places with it', () => {
    const g = Gazetteer.load();
    g.findPlaces('warm-up: ik woon in Zoetermer');
    const before = sizes(g);
    const memo = new Map<string, string>();
    const text = 'Mijn buurman Kowalczyk woont in Zoetermer, bij Vlaardignen';
    const spans = (t: string, m?: Map<string, string>) =>
      g.findPlaces(t, { typoMemo: m }).map((s) => `${s.start}-${s.end}=${s.place.name}`);
    const bare = spans(text);
    expect(spans(text, memo)).toEqual(bare);
    expect(memo.get('zoetermer')).toBe('zoetermeer');
    expect(memo.get('kowalczyk')).toBe('');
    // Asked again, the memo answers, with the same places.
    expect(spans(text, memo)).toEqual(bare);
    expect(sizes(g)).toEqual(before);
  });
});
