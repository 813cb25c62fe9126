/**
 * Dutch municipalities and larger towns, Belgian and German border cities, and large cities in the
 * countries many labour migrants come from. Written from general knowledge. One name a line part,
 * separated by `;` so multi-word names ("Bergen op Zoom") stay whole.
 */
const NETHERLANDS = `Amsterdam; Rotterdam; Den Haag; 's-Gravenhage; Utrecht; Eindhoven; Groningen; Tilburg; Almere;
Breda; Nijmegen; Apeldoorn; Arnhem; Haarlem; Haarlemmermeer; Hoofddorp; Enschede; Amersfoort; Zaanstad;
Zaandam; 's-Hertogenbosch; Den Bosch; Zwolle; Zoetermeer; Leiden; Leeuwarden; Maastricht; Dordrecht; Ede;
Alphen aan den Rijn; Alkmaar; Emmen; Westland; Delft; Venlo; Deventer; Sittard-Geleen; Sittard; Geleen;
Helmond; Oss; Amstelveen; Hilversum; Sudwest-Fryslan; Heerlen; Hengelo; Purmerend; Schiedam; Lelystad;
Roosendaal; Leidschendam-Voorburg; Leidschendam; Voorburg; Gouda; Hoorn; Vlaardingen; Almelo;
Spijkenisse; Nissewaard; Assen; Velsen; IJmuiden; Capelle aan den IJssel; Veenendaal; Katwijk; Zeist;
Nieuwegein; Roermond; Den Helder; Doetinchem; Hoogeveen; Terneuzen; Middelburg; Vlissingen; Goes;
Kampen; Barneveld; Harderwijk; Heerenveen; Smallingerland; Drachten; Sneek; Woerden; Houten; Waalwijk;
Rijswijk; Weert; Kerkrade; Oosterhout; Bergen op Zoom; Veldhoven; Lansingerland; Bergschenhoek;
Pijnacker-Nootdorp; Pijnacker; Zwijndrecht; Ridderkerk; Barendrecht; Papendrecht; Sliedrecht;
Alblasserdam; Gorinchem; Hendrik-Ido-Ambacht; Krimpen aan den IJssel; Maassluis; Hellevoetsluis;
Brielle; Voorne aan Zee; Goeree-Overflakkee; Hoeksche Waard; Molenlanden; Waddinxveen;
Bodegraven-Reeuwijk; Krimpenerwaard; Zuidplas; Nieuwerkerk aan den IJssel; Noordwijk; Teylingen;
Sassenheim; Lisse; Hillegom; Kaag en Braassem; Nieuwkoop; Oegstgeest; Leiderdorp; Zoeterwoude;
Voorschoten; Wassenaar; Midden-Delfland; Naaldwijk; Monster; Wateringen; 's-Gravenzande; Poeldijk;
De Lier; Honselersdijk; Kwintsheul; Vlaardingen; Schoonhoven; Hulst; Sluis; Veere; Borsele; Kapelle;
Reimerswaal; Noord-Beveland; Schouwen-Duiveland; Zierikzee; Tholen; Oostburg; Yerseke; Eindhoven;
Uden; Veghel; Meierijstad; Boxtel; Vught; Heusden; Dongen; Etten-Leur; Zundert; Rucphen; Halderberge;
Moerdijk; Drimmelen; Geertruidenberg; Altena; Loon op Zand; Kaatsheuvel; Oisterwijk; Goirle;
Hilvarenbeek; Gilze en Rijen; Alphen-Chaam; Baarle-Nassau; Best; Waalre; Valkenswaard; Geldrop-Mierlo;
Geldrop; Nuenen; Son en Breugel; Oirschot; Eersel; Bladel; Bergeijk; Reusel-De Mierden; Cranendonck;
Heeze-Leende; Someren; Asten; Deurne; Gemert-Bakel; Gemert; Laarbeek; Boekel; Land van Cuijk; Cuijk;
Boxmeer; Maashorst; Bernheze; Sint-Michielsgestel; Steenbergen; Woensdrecht; Sint-Oedenrode; Schijndel;
Heerlen; Venray; Landgraaf; Brunssum; Stein; Beek; Meerssen; Valkenburg aan de Geul; Valkenburg;
Gulpen-Wittem; Eijsden-Margraten; Vaals; Simpelveld; Voerendaal; Beekdaelen; Echt-Susteren;
Maasgouw; Roerdalen; Leudal; Nederweert; Peel en Maas; Panningen; Horst aan de Maas; Beesel; Gennep;
Mook en Middelaar; Ede; Doetinchem; Zutphen; Tiel; Culemborg; Wageningen; Nijkerk; Ermelo; Putten;
Elburg; Oldebroek; Hattem; Heerde; Epe; Voorst; Brummen; Lochem; Berkelland; Oost Gelre; Winterswijk;
Aalten; Oude IJsselstreek; Montferland; Doesburg; Zevenaar; Duiven; Westervoort; Rheden; Renkum;
Overbetuwe; Lingewaard; Berg en Dal; Heumen; Wijchen; Druten; Beuningen; West Maas en Waal; Maasdriel;
Zaltbommel; West Betuwe; Buren; Neder-Betuwe; Scherpenzeel; Bronckhorst; Oldenzaal; Rijssen-Holten;
Rijssen; Hardenberg; Ommen; Dalfsen; Staphorst; Steenwijkerland; Steenwijk; Zwartewaterland; Raalte;
Olst-Wijhe; Hellendoorn; Nijverdal; Twenterand; Wierden; Tubbergen; Dinkelland; Losser; Borne;
Haaksbergen; Hof van Twente; Goor; Harlingen; Franeker; Dokkum; Noardeast-Fryslan; Opsterland;
Ooststellingwerf; Weststellingwerf; Tytsjerksteradiel; Achtkarspelen; Dantumadiel; De Fryske Marren;
Joure; Waadhoeke; Terschelling; Ameland; Vlieland; Schiermonnikoog; Texel; Delfzijl; Eemsdelta;
Appingedam; Veendam; Stadskanaal; Winschoten; Oldambt; Pekela; Westerkwartier; Het Hogeland;
Midden-Groningen; Hoogezand; Westerwolde; Borger-Odoorn; Aa en Hunze; Tynaarlo; Noordenveld; Roden;
Midden-Drenthe; De Wolden; Westerveld; Meppel; Coevorden; Dronten; Zeewolde; Urk; Noordoostpolder;
Emmeloord; Schagen; Hollands Kroon; Enkhuizen; Medemblik; Drechterland; Stede Broec; Opmeer; Koggenland;
Dijk en Waard; Heerhugowaard; Langedijk; Heiloo; Castricum; Uitgeest; Bergen; Heemskerk; Beverwijk;
Bloemendaal; Heemstede; Zandvoort; Diemen; Ouder-Amstel; Uithoorn; Aalsmeer; Wormerland; Oostzaan;
Landsmeer; Edam-Volendam; Volendam; Edam; Waterland; Huizen; Gooise Meren; Bussum; Naarden; Weesp;
Blaricum; Laren; Wijdemeren; Amersfoort; Soest; Baarn; Leusden; Rhenen; Wijk bij Duurstede; Montfoort;
Oudewater; Renswoude; Woudenberg; Eemnes; Lopik; Utrechtse Heuvelrug; Vijfheerenlanden; Vianen;
IJsselstein; Maarssen; Stichtse Vecht; De Bilt; Bilthoven; Bunnik; De Ronde Venen; Mijdrecht; Badhoevedorp;
Nieuw-Vennep; Krommenie; Wormerveer; Hoogvliet; Capelle; Bijlmer; Osdorp; Slotervaart; Kanaleneiland;
Lombok; Schilderswijk; Transvaal; Moerwijk; Tarwewijk; Feijenoord; Charlois; Delfshaven; Overvecht;
Ypenburg; Leidsche Rijn; Vathorst; Almere Buiten; Almere Haven; Almere Poort; Schiphol; Maasvlakte; Europoort; Botlek`;

const ABROAD = `Antwerpen; Brussel; Gent; Luik; Hasselt; Turnhout; Mechelen; Leuven; Brugge; Genk; Aken; Keulen;
Dusseldorf; Duisburg; Essen; Kleef; Emmerik; Gronau; Nordhorn; Warschau; Krakau; Wroclaw; Poznan;
Gdansk; Lodz; Lublin; Szczecin; Katowice; Bialystok; Boekarest; Cluj-Napoca; Constanta; Iasi;
Timisoara; Brasov; Craiova; Galati; Sofia; Plovdiv; Varna; Boergas; Sliven; Pleven; Kyiv; Kiev; Lviv;
Charkiv; Odessa; Vilnius; Kaunas; Riga; Tallinn; Boedapest; Debrecen; Kosice; Bratislava; Praag;
Chisinau; Tirana; Belgrado; Lagos; Benin City; Abuja; Accra; Kumasi; Asmara; Addis Abeba; Casablanca;
Rabat; Tanger; Nador; Al Hoceima; Marrakesh; Fez; Agadir; Istanbul; Ankara; Izmir; Paramaribo;
Willemstad; Manila; Hanoi; Ho Chi Minh-stad`;

function names(block: string): string[] {
  return block
    .split(';')
    .map((n) => n.trim().replace(/\s+/g, ' '))
    .filter((n) => n !== '');
}

export const PLACES: readonly string[] = [...new Set([...names(NETHERLANDS), ...names(ABROAD)])];

/**
 * Place names that are also ordinary words ("Best", "Buren", "Echt", "Leiden", "Monster"): they
 * count only when capitalised and after a place cue such as "in", "uit" or "naar", or mid-sentence.
 */
export const AMBIGUOUS_PLACES: ReadonlySet<string> = new Set(
  `best buren echt leiden monster putten bergen goes beek stein sluis kampen hoorn doorn delft huizen
  assen hulst borne essen weert goor duiven losser waterland gent luik aken kleef fez sofia edam lombok
  transvaal`
    .split(/\s+/)
    .filter((p) => p !== ''),
);
