/**
 * Frequent Dutch and English words. A token that is one of these is taken as written and never
 * read as a typo of a danger or signal word ("meteen" is not "messen", "gemeld" is not "geweld",
 * "hiding" is not "hitting", "wonen" is not "wonden"). Also used to guess the language.
 */
export const COMMON_DUTCH: readonly string[] = (
  'de het een ik je jij hij zij ze wij niet wel en maar dat die dit is zijn was heb heeft hebben met van voor naar op uit bij om ' +
  'te er hier daar wat hoe waar wie wanneer mijn jouw haar ons onze hun nog ook al geen moet kan wil mag ga gaat komt word wordt ' +
  'worden dan als omdat want nu heel veel echt hallo hoi doei dank bedankt ja nee oke goed graag alsjeblieft iemand niks niets ' +
  'mensen werk werkt baas politie buurvrouw buurman zus broer dochter zoon vriend vriendin geld huis uur dag weet denk zie zegt ' +
  'meisje jongen hulp helpen gevaar bang dood zelf altijd nooit krijgt krijg betaald mee moeten kunnen zou welke waarom erg zo ' +
  'ben bent doen doet zorgen gezien misschien volgens mij meteen melden gemeld melding meldt wonen woont woning stelen gestolen ' +
  'leren lezen leest meer minder morgen vandaag gisteren avond nacht week maand jaar jaren tijd keer even eens weer samen ' +
  'andere anders ander alles elke iedere soms vaak vroeg laat lang kort groot klein nieuw nieuwe oud oude jong jonge goed slecht ' +
  'school klas leraar docent werken wonen slapen eten drinken praten vragen vraag antwoord zeggen vertellen bellen gebeld ' +
  'sturen gestuurd brengen halen kopen verkopen betalen verdienen houden laten maken zetten leggen staan zitten liggen lopen ' +
  'rijden fietsen auto bus trein telefoon bericht berichten foto gesprek chat website internet adres naam nummer gegevens ' +
  'privacy bewaren bewaard opgeslagen opslaan verwijderen delen gedeeld anoniem aangifte bewijs advies info informatie ' +
  'wachten wacht gewacht staat staan stond kwam kwamen komen gekomen geweest gehad gedaan gezegd gevraagd gemaakt ' +
  'vermoed vermoeden vermoedt vermoedelijk verwacht verwachten bedankt bezocht bezoek verkocht gevangenis geslaagd ' +
  'schept scheppen slapen slaapt meten gemeten messing wonder wondere waarschijnlijk ongeveer zeker natuurlijk ' +
  'afpakt afpak afpakken afgepakt inpakken uitpakken hopen hoop hopelijk helaas gelukkig moeilijk makkelijk raar vreemd normaal zorgen zorg familie kinderen ouders'
).split(' ');

export const COMMON_ENGLISH: readonly string[] = (
  'the a an i you he she it we they me my your his her our their is are was were am be been have has had do does did not no ' +
  'yes and or but that this what how where who when why to of in on at for with from by about can could will would should ' +
  'must want need please thanks thank hello hi bye someone anyone people work works boss police neighbour neighbor friend ' +
  'sister brother daughter son money house hours day know think see says girl boy help there here now just very really if so ' +
  'because scared afraid worried job paid pay never always get gets got any some hiding hide hidden cooking betting hinting ' +
  'sitting getting setting letting living leaving loving moving making taking looking talking walking waiting working ' +
  'report reported police station phone message messages chat data name address number advice information school class ' +
  'teacher student night week month year years time again other another every sometimes often late early long short big ' +
  'small new old young good bad strange weird normal family children parents killer helper heat hate later rate bit bite'
).split(' ');
