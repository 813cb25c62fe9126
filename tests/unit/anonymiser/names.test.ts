import { found, foundOf } from './helpers';

describe('person names', () => {
  it.each([
    ['Hoi, mijn buurvrouw Sanne krijgt veel bezoek.', ['Sanne']],
    ['Ik maak me zorgen om Femke de Wit, ze is 15.', ['Femke de Wit']],
    ['Mijn naam is Marloes Hoekstra en ik werk op een school.', ['Marloes Hoekstra']],
    ['ik heet jorrit en ik wil iets vragen', ['jorrit']],
    ['Mevrouw Jansen van hiernaast zag het ook.', ['Mevrouw Jansen']],
    ['Ik sprak met dhr. El Khatib van de corporatie.', ['dhr. El Khatib']],
    ['meneer van der Meer is de eigenaar', ['meneer van der Meer']],
    ['de heer Pietersen belde', ['Pietersen']],
    ['Ik sprak J. de Vries gisteren.', ['J. de Vries']],
    ['zeg tegen thijs dat hij moet stoppen', ['thijs']],
    ['mijn buurman gerrit heeft het ook gezien', ['gerrit']],
    ['ze heet lisa de jong', ['lisa de jong']],
    ['Die jongen heet Romano en is veel ouder.', ['Romano']],
    ['een jongen die mo heet, hij rijdt in een audi', ['mo']],
    ['Haar loverboy noemt zich Xander.', ['Xander']],
    ['De baas heet Mariusz Kowalczyk en houdt hun paspoorten.', ['Mariusz Kowalczyk']],
    ['Ik sprak met Dragomir over het werk.', ['Dragomir']],
    ['Dragomir Petrov komt uit Bulgarije.', ['Dragomir Petrov']],
    ['Hi, my name is Emily Carter and I am worried.', ['Emily Carter']],
    ['My neighbour Mrs. Peters told me.', ['Mrs. Peters']],
    ['Her boyfriend Jason takes her money.', ['Jason']],
    ['Ik heb het aan meester Bart verteld.', ['Bart']],
    ['Zijn vriendin heet Kim en woont hier.', ['Kim']],
  ])('finds the name in %j', (text, names) => {
    expect(foundOf('NAAM', text)).toEqual(names);
  });

  it('knows a name from an ordinary word only by its capital and place in the sentence', () => {
    expect(foundOf('NAAM', 'Ik ben bang. Ben je er nog? Ik wil hulp, mark mijn woorden.')).toEqual([]);
    expect(foundOf('NAAM', 'Ik heb het aan Ben en Roos verteld.')).toEqual(['Ben', 'Roos']);
  });

  it('does not take ordinary capitalised words for names', () => {
    const text =
      'Mijn vriendin durft niet naar de Politie. Hij is Pools en zij is Roemeens, ze werken voor Bulgaarse bazen. Zorg dat je veilig bent. Hij zit op Snapchat en TikTok. Sinds Pasen werkt hij in Nederland. De ID-kaart ligt bij de KvK.';
    expect(found(text)).toEqual([]);
  });

  it('leaves the helpline and its partners alone', () => {
    const text = 'Ik heb Veilig Thuis gebeld, en CoMensha, FairWork, de Arbeidsinspectie en Slachtofferhulp Nederland.';
    expect(found(text)).toEqual([]);
  });
});

describe('organisations', () => {
  it.each([
    ['Mijn broer werkt via Uitzendbureau FlexForce in een kas.', 'Uitzendbureau FlexForce'],
    ['Ze werkt bij Hollandse Glorie BV en krijgt niks.', 'Hollandse Glorie BV'],
    ['Het bedrijf heet Van Dijk Transport B.V. en zit hier.', 'Van Dijk Transport B.V.'],
    ['Mijn dochter zit op het Da Vinci College.', 'Da Vinci College'],
    ['Hij zit op ROC Midden Nederland.', 'ROC Midden Nederland'],
    ['Ze werkt bij Kwekerij Verhoef en woont daar.', 'Kwekerij Verhoef'],
    ['Ze wordt betaald door Stichting De Hoop.', 'Stichting De Hoop'],
    ['Mijn dochter zat op de Nassauschool.', 'Nassauschool'],
    ['Het bureau heet Euro Work Solutions Sp. z o.o. en zit in Polen.', 'Euro Work Solutions Sp. z o.o.'],
    ['He works for Bright Staffing Solutions now.', 'Bright Staffing Solutions'],
    ['Zijn zus werkt bij Albert Heijn.', 'Albert Heijn'],
    ['het uitzendbureau heet workforce24 ofzo', 'workforce24'],
  ])('finds the organisation in %j', (text, organisation) => {
    expect(foundOf('ORGANISATIE', text)).toEqual([organisation]);
  });

  it('does not make an organisation of common words after "werkt bij"', () => {
    expect(foundOf('ORGANISATIE', 'Hij werkt bij een bedrijf, zij werkt bij de Politie en hij werkt bij vrienden.')).toEqual([]);
  });
});

describe('places', () => {
  it.each([
    ['Ik woon in Almere met mijn dochter.', ['Almere']],
    ['hij woont nu in eindhoven bij een man', ['eindhoven']],
    ['Ze werd gezien in Bergen op Zoom en daarna in Roosendaal.', ['Bergen op Zoom', 'Roosendaal']],
    ["Ze wonen in 's-Gravenzande en werken in Naaldwijk.", ["'s-Gravenzande", 'Naaldwijk']],
    ['Het is in Den Haag, bij het station.', ['Den Haag']],
    ['Ik ben van de gemeente Hoogeveen.', ['Hoogeveen']],
    ['Ze woont in Best, vlakbij Eindhoven.', ['Best', 'Eindhoven']],
  ])('finds the places in %j', (text, places) => {
    expect(foundOf('PLAATS', text)).toEqual(places);
  });

  it('needs a capital and a cue for a place name that is also a word', () => {
    expect(foundOf('PLAATS', 'Het is best moeilijk, de buren zeggen niks en ik ben echt bang.')).toEqual([]);
    expect(foundOf('PLAATS', 'De buren in Leiden en Buren weten het.')).toEqual(['Leiden', 'Buren']);
  });

  it('keeps countries and provinces', () => {
    expect(foundOf('PLAATS', 'Ze komt uit Roemenië en werkt in Zeeland en Brabant.')).toEqual([]);
  });
});
