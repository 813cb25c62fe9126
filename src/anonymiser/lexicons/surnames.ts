/**
 * Common surnames in the Netherlands (Dutch and of the larger migrant groups), written from
 * general knowledge, folded to lower case without tussenvoegsel. Surnames that are also common
 * words ("bakker", "bos", "groen") are in AMBIGUOUS_SURNAMES and need context to count.
 */
const DUTCH = `jong jansen vries berg dijk bakker janssen visser smit meijer meyer boer mulder groot bos vos peters
hendriks leeuwen dekker brouwer wit dijkstra smits graaf meer linden kok jacobs haan vermeulen heuvel veen
broek bruijn bruin heijden schouten beek willems vliet ven hoekstra maas verhoeven koster dam wal prins
blom huisman peeters jonge kuipers kuiper post veenstra kramer brink scholten wijk postma martens vink
ruiter timmermans groen gerritsen jonker loon velde willemsen smeets lange bosch dongen schipper koning
laan velden driessen doorn hermans evers meulen hofman bosman wolters sanders horst mertens kuijpers
verbeek wijnen rijn dekkers lammers bergsma zwart hoogendoorn verbruggen brinkman beekman sluiter
ouwehand heemskerk stam rooij rijswijk tromp hoogland boersma wouters janse schut kroon verweij bouwman
pieters mol bleeker jager molenaar wagenaar hendriksen geerts claassen admiraal veldhuis nijhuis
oosterhuis hulshof bruggeman snijders vonk terpstra zijlstra visscher haverkamp kloosterman kamphuis
bakkers koopman hoek steenbergen mulders verhagen verschuren bekker boon gerrits holtkamp huizinga
jonkman kempen klein koenen kort kuijper lubbers mathijsen meulenbroek mooij nieuwenhuis noordhuis
oostveen pronk rietveld roos schaap schoemaker schreuder sijbrandij slot spijker teunissen tol
vermeer verhoef verkerk vos wijngaarden willemse wolff zandstra zuidema`;

const MIGRANT = `kowalski kowalska nowak wisniewski wojcik kowalczyk kaminski lewandowski zielinski szymanski
wozniak dabrowski kozlowski jankowski mazur kwiatkowski krawczyk piotrowski grabowski pawlowski michalski
nowakowski adamczyk dudek zajac wieczorek jablonski krol majewski olszewski jaworski wrobel malinowski
pawlak witkowski walczak stepien gorski rutkowski michalak sikora ostrowski baran duda szewczyk
tomaszewski pietrzak marciniak zalewski popescu ionescu popa pop radu dumitru stan stoica gheorghe matei
ciobanu rusu munteanu constantin moldovan ene dinu marin lazar florea tudor ilie nistor dobre barbu
neagu mocanu toma cristea oprea ivanov ivanova georgiev georgieva dimitrov dimitrova petrov petrova
nikolov nikolova hristov hristova stoyanov stoyanova todorov todorova iliev ilieva vasilev vasileva
atanasov angelov kolev marinov yordanov popov petkov stefanov amrani idrissi benali bouali ouali
bakkali hamdaoui boukhari tahiri alaoui fassi azzouz belhaj bennani berrada khatib haddad mansouri
hamdi aissaoui chaoui bouzid ziani yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir
arslan dogan kilic aslan cetin kara koc kurt ozkan simsek sital ramdin jagesar mahabier sewdien
bhagwandin pinas wijngaarde nguyen tran pham hoang wang zhang chen liu singh kumar sharma patel khan
ahmadi hosseini mohammadi hassan hussein abdi tesfay kidane gebremedhin okafor okoye adeyemi mensah
boateng owusu asante smith jones williams brown taylor johnson davies evans wilson roberts walker
wright robinson thompson white hughes edwards green hall wood harris clarke lewis garcia rodriguez
martinez fernandez lopez gonzalez silva santos pereira oliveira costa rossi russo ferrari muller
mueller schmidt schneider fischer weber wagner becker hoffmann schulz horvath nagy kovacs toth szabo
kazlauskas petrauskas berzins kalnins novak svoboda horvat kovacevic`;

function words(block: string): string[] {
  return block.split(/\s+/).filter((w) => w !== '');
}

export const SURNAMES: ReadonlySet<string> = new Set([...words(DUTCH), ...words(MIGRANT)]);

export const AMBIGUOUS_SURNAMES: ReadonlySet<string> = new Set(
  words(`jong vries berg dijk bakker visser smit boer groot bos vos wit graaf meer haan veen broek bruin
  beek ven maas dam wal prins blom post kramer brink wijk vink ruiter groen loon lange koning laan doorn
  horst rijn zwart stam kroon mol jager vonk hoek klein kort roos schaap slot spijker tol pop stan ene
  marin toma kara kurt green hall wood white brown lewis costa silva toth nagy novak dogan`),
);

/** Lower-case particles of Dutch and other surnames ("van der", "de", "ter", "el"). */
export const TUSSENVOEGSELS: ReadonlySet<string> = new Set(
  words(`van de der den te ter ten het 't in op la le du da di del della von vd v.d. el al abu ibn bin`),
);
