/**
 * Common surnames in the Netherlands (Dutch and of the larger migrant groups), written from
 * general knowledge, folded to lower case without tussenvoegsel. Surnames that are also common
 * words ("bakker", "bos", "groen") are in AMBIGUOUS_SURNAMES and need context to count.
 */
function words(block: string): string[] {
  return block.split(/\s+/).filter((w) => w !== '');
}

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

/** Chinese and Vietnamese surnames: short syllables that are often words too, so names only in context. */
export const EAST_ASIAN_SURNAMES: readonly string[] =
  words(`li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song
tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren
shen yao lu jiang cui zhong tan lu wong chan leung cheung lau ng ho lam tsang nguyen tran le pham hoang
phan vu vo dang bui do ho ngo duong ly trinh dinh lam mai cao luong ta chu quach`);

/** Communities faker's locales miss or cover thinly, as they are written in Dutch records. */
const MORE = `el amrani el idrissi el hadioui el khattabi el ouali el bouchtaoui el yassini el moussaoui
amrani idrissi hadioui khattabi bouchtaoui yassini moussaoui azzouzi boussaid chakir el kaddouri kaddouri
el haddouchi haddouchi akachar ait ahmed aitahmed benhaddou bouzidi chahid charrak el bakkali essafi
ezzahraoui ghanem harrak jaadar lamrini mahjoub ouazzani ouchene riffi saidi tahiri touzani zeroual
ziyech bouazza belkacem benjelloun abdellaoui el mokhtari mokhtari kharbouch boulahrouz el hamdaoui
ramdin ramsaran jagernath jadnanansing soekhoe baldew bisesar chotkan doerga gangaram kalloe kanhai
ketwaroe lachman mahadew mangal matadin mohabier mungra parbhoe persad rambaran ramlal ramcharan sardjoe
sewnarain sewdien soerdjbalie tewari bhola jadoenath kallan ramautar sitaldin tjin-a-tsoi tjon-a-fong
pinas wijngaarde seedorf kluivert davids bosse breinburg brunings cairo dors eduard emanuelson fer
fernandes gravenbeek groenberg karsters kolader lont macnack mijnals nelom pengel rigters samson sedney
tjin veira vanenburg wix wong loi-a-kwie martina rosaria statia maduro hato isenia juliana winklaar
cijntje paula felida mercelina richardson pieternella leito francisca coffie girigorie obersi thode
ghebremedhin ghebreyesus tesfamariam tesfaye tekle berhe haile kidane mebrahtu mehari negash tesfay
weldemariam woldu yohannes zerai abraha gebre gebremariam habte hagos kahsay araya berhane ghirmay
warsame mohamud abdullahi farah hersi osman jama nur omar aden ali hassan ibrahim yusuf abdi
ahmadi rahimi karimi noori sultani hakimi safi stanekzai popal wardak al-hassan al-ahmad al-ali
al-khatib al-masri alhussein haddad hamwi kurdi nasser qassem sabbagh shami zein hamdan darwish
georgiev georgieva dimitrov dimitrova ivanov ivanova petkov petkova kostov kostova mihaylov mihaylova
yankov zhelev tsvetkov tsvetkova kirilov kirilova pavlov pavlova ilieva hristova angelova marinova
kovalenko bondarenko shevchenko tkachenko kravchenko oliynyk lysenko melnyk boyko koval kovalchuk
moroz marchenko savchenko rudenko petrenko polishchuk kravchuk ponomarenko levchenko horbunova
kazlauskiene jankauskas petrauskiene stankevicius vasiliauskas zukauskas`;

/** The hand-written lists; bench/build-anonymiser-lexicons.ts merges them into data/surnames.txt. */
export const HAND_SURNAMES: readonly string[] = [...words(DUTCH), ...words(MIGRANT), ...words(MORE)];

export const AMBIGUOUS_SURNAMES: ReadonlySet<string> = new Set(
  words(`jong vries berg dijk bakker visser smit boer groot bos vos wit graaf meer haan veen broek bruin
  beek ven maas dam wal prins blom post kramer brink wijk vink ruiter groen loon lange koning laan doorn
  horst rijn zwart stam kroon mol jager vonk hoek klein kort roos schaap slot spijker tol pop stan ene
  marin toma kara kurt green hall wood white brown lewis costa silva toth nagy novak dogan`),
);

/** Lower-case particles of Dutch and other surnames ("van der", "de", "ter", "el"). */
export const TUSSENVOEGSELS: ReadonlySet<string> = new Set(
  words(
    `van de der den te ter ten het 't in op la le du da di del della von vd v.d. el al abu ibn bin dela delos delas das dei degli ould`,
  ),
);
