/**
 * General word lists used to tell people from everything else that is capitalised.
 * Keys are lower case, without accents or final periods (see foldWord in ../tokens.ts).
 * Nothing here is specific to any article: titles, function words, places, nationalities,
 * organisation head words and the like.
 */

function set(words: string): Set<string> {
  return new Set(words.split(/[\s,]+/).filter(Boolean));
}

/** Title words that can stand directly before a name ("Gen. X", "Secretary X", "Ambassador X"). */
export const CORE_TITLES = set(`
  president vice-president president-elect premier chancellor minister secretary ambassador amb envoy
  general gen admiral adm colonel col lieutenant lt major maj captain capt sergeant sgt corporal cpl
  private pvt commander cmdr commodore marshal brigadier brig
  senator sen representative rep congressman congresswoman congressmember assemblyman assemblywoman
  governor gov mayor judge justice magistrate prosecutor attorney counsel solicitor
  dr doctor professor prof mr mrs ms miss mx sir dame lord lady baron baroness count countess
  king queen prince princess emperor empress sultan emir sheikh shaikh crown
  pope cardinal archbishop bishop reverend rev father pastor rabbi imam ayatollah patriarch
  chairman chairwoman chairperson chair director spokesman spokeswoman spokesperson
  adviser advisor commissioner administrator superintendent inspector detective agent officer
  sheriff chief coach speaker leader whip treasurer comptroller auditor ombudsman master
  councillor councilor councilman councilwoman councilmember alderman alderwoman selectman selectwoman
  trustee supervisor coordinator manager ceo cfo coo cto economist strategist
  msgr monsignor fr chaplain sister hon honorable honourable
  recorder clerk advocate registrar assessor
`);

/** Honorifics after which the next capitalised word is a surname, whatever else it could be ("Mr. King", "Dr. Jordan"). */
export const SURNAME_HONORIFICS = set('mr mrs ms miss mx dr');

/** Title words that never end a person's name ("Senior Operations Officer" is not a person). */
export const NEVER_SURNAME_TITLES = set(`
  president premier chancellor minister secretary ambassador envoy general admiral senator representative
  congressman congresswoman governor mayor prosecutor counsel chairman chairwoman chairperson director
  spokesman spokeswoman spokesperson adviser advisor commissioner administrator superintendent officer
  inspector detective agent treasurer comptroller councillor councilor councilman councilwoman councilmember
  alderman alderwoman selectman selectwoman trustee supervisor coordinator manager
`);

/** Honorifics that say nothing about what the person does (not reported as roles). */
export const HONORIFICS = set('mr mrs ms miss mx sir dame madam');

/** Capitalised words that can precede a core title inside a title phrase ("Deputy Assistant Secretary"). */
export const TITLE_MODIFIERS = set(`
  deputy assistant acting vice under associate senior special chief principal executive managing
  prime first lead head interim former then ex outgoing incoming retired
  defense defence foreign interior home treasury homeland security national state justice health
  energy commerce labor labour education transportation transport agriculture trade finance economy
  economic press communications intelligence central presidential military naval army navy air force
  marine marines staff joint supreme high federal district circuit appeals county city regional
  majority minority house senate parliamentary party republican democratic democrat conservative
  liberal opposition white general attorney surgeon lieutenant rear brigadier major
  nuclear climate cyber counterterrorism affairs public media political legal policy strategic
  operations operational field station campaign program project marketing development research
  medical technical creative police fire school town village
`);

/** Words that may follow "of" in a title ("Secretary of State", "Director of National Intelligence"). */
export const TITLE_OF_WORDS = set(`
  state defense defence the treasury homeland security energy commerce labor labour education health
  human services transportation agriculture interior justice veterans affairs foreign national
  intelligence staff army navy air force housing urban development finance trade economy war
  communications public information policy operations
`);

/** Lower-case words before a title that belong to the role ("former Defense Secretary"). */
export const ROLE_PREFIXES = set(
  'former then ex late acting retired outgoing incoming interim onetime one-time erstwhile',
);

/** Lower-case nouns naming what a person is or does: heads of pre-name roles and appositives. */
export const ROLE_NOUNS = set(`
  official officials officer commander master envoy spokesman spokeswoman spokesperson director minister secretary
  adviser advisor aide analyst expert researcher professor scholar journalist reporter correspondent
  editor columnist writer author lawyer attorney judge senator lawmaker legislator congressman
  congresswoman representative leader chief head president vice-president chairman chairwoman chair
  ceo founder co-founder executive manager diplomat ambassador general colonel soldier veteran agent
  operative activist candidate economist historian scientist physician doctor actor actress singer
  player coach mayor governor chancellor premier negotiator deputy assistant member citizen resident
  student teacher businessman businesswoman billionaire entrepreneur investor banker artist novelist
  poet filmmaker producer photographer prosecutor investigator detective inspector strategist
  consultant pollster lobbyist organizer organiser campaigner militant fighter commando pilot sailor
  captain lieutenant sergeant marine officer priest cleric imam rabbi bishop pastor monk nun
  predecessor successor counterpart colleague partner co-author spy operative informant defector
  dissident critic opponent rival ally supporter associate friend victim suspect defendant plaintiff
  witness survivor bomber gunman attacker hijacker terrorist jihadist insurgent rebel warlord
  king queen prince princess monarch dictator president-elect nominee appointee staffer employee
  worker engineer designer architect developer programmer hacker founder owner heir tycoon mogul
  star athlete champion director-general secretary-general commissioner administrator regulator
  ombudsman auditor treasurer whistleblower whistle-blower fellow lecturer dean provost rector
  son daughter brother sister wife husband father mother uncle aunt cousin nephew niece widow
  widower grandson granddaughter grandfather grandmother stepfather stepmother stepson stepdaughter
  fiancé fiance fiancée fiancee girlfriend boyfriend respondent participant voter source organizer donor
  host co-host anchor commentator contributor
  moderator panelist interviewer comedian comic musician rapper chef pundit blogger podcaster playwright
  screenwriter celebrity socialite evangelist preacher televangelist demographer sociologist psychologist
  psychiatrist trooper firefighter nurse farmer rancher retiree homemaker shopkeeper
`);

/**
 * More role nouns, read only as the head of a role phrase ("Democratic hopeful", "a six-term
 * incumbent"); kept out of ROLE_NOUNS, which also decides names and quote speakers.
 */
export const ROLE_HEADS = set(`
  undersecretary co-chair co-chairman co-chairwoman delegate superdelegate surrogate hopeful frontrunner
  front-runner challenger incumbent contender magnate counselor
`);

/**
 * Lower-case words that modify a role noun inside a noun phrase ("the longtime Democratic
 * strategist", "a steering committee member", "his campaign manager"); with ROLE_PREFIXES,
 * TITLE_MODIFIERS and ROLE_NOUNS, what a role phrase before a name may be made of.
 */
export const ROLE_MODIFIERS = set(`
  top senior junior chief longtime long-time fellow current new newly elected appointed designated
  presumptive potential likely possible prospective eventual leading ranking top-ranking prominent
  famous noted well-known influential powerful wealthy young old elderly veteran local state federal
  city county town village world global foreign domestic rival self-described self-proclaimed
  founding presiding managing governing sitting embattled disgraced indicted convicted accused
  alleged suspected jailed detained imprisoned exiled ousted slain murdered wounded injured
  celebrated acclaimed renowned unnamed unidentified anonymous only sole same real estate business
  campaign board committee subcommittee party union council team club company firm group bank fund
  agency department ministry office bureau court church school university college hospital
  foundation institute network station newspaper magazine paper show program programme task force
  commission government election data technology tech oil energy industry finance news sports
  sales rights arms services relations steering advisory transition policy immigration
  television radio film movie music art book fashion restaurant hotel casino real-estate
  tea reform rally debate primary caucus convention gun abortion civil human labor trade
  hedge private equity investment venture tax budget spending insurance housing auction
  conservative liberal progressive moderate republican democratic independent libertarian
  first second third fourth fifth sixth seventh eighth ninth tenth two-term three-term
  science history law economics english math physics chemistry biology sociology psychology
  engineering medicine journalism studies writing basketball football baseball soccer hockey tennis
  golf boxing reality talk bestselling award-winning older younger eldest youngest main
  family black white hispanic latino latina jewish muslim christian catholic evangelical
`);

/** Verbs of a who-clause that says what someone does for a living when an object follows ("who heads the fund"). */
export const ROLE_CLAUSE_VERBS = set(`
  heads headed leads led runs ran oversees oversaw chairs chaired directs directed commands commanded
  founded co-founded represents represented manages managed owns owned teaches taught coaches coached
  edits edited hosts hosted advises advised
`);

/** Kin nouns: "his brother X" names a person even when X is a single unknown word. */
export const KIN_NOUNS = set(`
  son daughter brother sister wife husband father mother uncle aunt cousin nephew niece widow widower
  grandson granddaughter grandfather grandmother stepfather stepmother stepson stepdaughter
  fiancé fiance fiancée fiancee girlfriend boyfriend
`);

/** Reporting verbs: a capitalised word right before or after one of them is a speaker. */
export const SPEECH_VERBS = set(`
  say says said tell tells told add adds added explain explains explained note notes noted
  write writes wrote ask asks asked assert asserts asserted argue argues argued claim claims claimed
  states stated insist insists insisted warn warns warned recall recalls recalled reply replies
  replied respond responds responded announce announces announced acknowledge acknowledges acknowledged
  admit admits admitted conclude concludes concluded observe observes observed remark remarks remarked
  suggest suggests suggested think thinks thought believe believes believed corroborate corroborates
  corroborated comment comments commented testify testifies testified tweet tweets tweeted
  emphasize emphasizes emphasized emphasise emphasises emphasised stress stresses stressed
  declare declares declared confirm confirms confirmed deny denies denied disclose discloses disclosed
  reveal reveals revealed report reports reported predict predicts predicted caution cautions cautioned
  urge urges urged contend contends contended maintain maintains maintained complain complains
  complained describe describes described recount recounts recounted mention mentions mentioned
  quip quips quipped joke jokes joked speculate speculates speculated wonder wonders wondered
  continue continues continued agree agrees agreed counter counters countered posted
  acknowledged conceded concede concedes vowed vow vows pledged promised promise promises
  call calls called calling posit posits posited quoted recalled lament laments lamented allege alleges alleged boast boasts boasted
  fume fumes fumed rant rants ranted snap snapped gush gushed mutter muttered marvel marveled marvelled exclaim exclaimed
  proclaim proclaims proclaimed retort retorted opine opines opined interject interjected reiterate reiterates reiterated
  assure assured reassure reassured demand demands demanded propose proposed cautioned chimed
  answer answers answered remember remembers remembered point points pointed boom boomed thunder thundered
  yell yells yelled scream screamed cry cried sigh sighed chant chanted text texts texted
  speak speaks spoke reason reasons reasoned scoff scoffs scoffed insist explain shout shouts shouted whisper whispers whispered
  echo echoes echoed quipped quip counter counters countered tout touts touted boast lament interject interjects
  muse muses mused gush gushes snaps retort retorts marvels admit admits admitted complain complains
  vow vows predict predicts predicted joke jokes joked tweet tweets tweeted chime chimes
  concur concurs concurred confide confides confided confess confesses confessed affirm affirms affirmed
  elaborate elaborates elaborated clarify clarifies clarified reflect reflects reflected surmise surmises surmised
  grumble grumbles grumbled gripe gripes griped plead pleads pleaded wonder recount recounts
  laugh laughs laughed chuckle chuckles chuckled sniff sniffs sniffed mutter mutters exclaims proclaim
  reiterate rant rants fume fumes thunder thunders boom booms beam beams beamed bark barks barked
  charged
  praise praises praised thank thanks thanked accuse accuses accused criticize criticizes criticized criticise
  criticises criticised condemn condemns condemned decry decries decried slam slams slammed blast blasts
  blasted mock mocks mocked dismiss dismisses dismissed label labels labeled labelled dub dubs dubbed
  brand brands branded hail hails hailed
`);

/** Words that may sit between a speaker and the reporting verb ("X also said", "X has told"). */
export const SPEECH_GAP = set(
  'also then later has have had would will reportedly previously once recently repeatedly publicly privately later, further earlier subsequently',
);

/** After a single capitalised word, these make it the subject of a clause ("X was confident"). */
export const SUBJECT_NEXT = set(`
  was is has had will would could should can may might must did does also then later reportedly
  previously once never still recently repeatedly himself herself
`);

/** Words before a single capitalised word that make it a place ("in X", "visited X"). */
export const PLACE_PREPS = set(`
  in at from to into across near toward towards via throughout within outside inside around
  visited visit visiting visits across onto beyond between northern southern eastern western
  northeast northwest southeast southwest
`);

/** Determiners: "the X" is not a person's name (people take no article). */
export const DETERMINERS = set('the a an this that these those its our their every each no another any some whose');

/** Function words and common sentence openers: a capitalised one is not a name. */
export const STOP_WORDS = set(`
  a an the this that these those it its he she they we i you his her their our my your me him us them
  there here what which who whom whose when where why how if then than and or but nor so yet for of in
  on at by from to with without about after before during since until while although though because
  as like unlike despite according among amid between into over under through throughout against
  toward towards upon within also even still just only already again however moreover furthermore
  meanwhile nevertheless nonetheless instead indeed finally first second third fourth fifth last next
  later earlier today tonight tomorrow yesterday now once often sometimes perhaps maybe essentially
  basically ultimately eventually initially further additionally similarly likewise otherwise thus
  hence therefore accordingly consequently rather not no yes all any both each every either neither
  few many much more most some several such other others another one two three four five six seven
  eight nine ten hundreds thousands millions is are was were be been being has have had do does did
  will would can could should may might must shall let please oh well after whether whatever whoever
  wherever whenever nobody everyone everybody someone somebody anyone anybody nothing everything
  something anything none former new old great critical overall asked below above across beyond
  outlined given regardless besides except including regarding concerning following amid among
  thanks almost nearly roughly about approximately around very really quite too never having remember
  unless whereas
`);

/** Plural nouns for groups of people that open sentences ("Officials said"). */
export const GROUP_NOUNS = set(`
  officials sources critics analysts experts residents witnesses police prosecutors investigators
  authorities lawmakers leaders officers soldiers troops diplomats people observers supporters
  opponents scientists researchers doctors students teachers parents families voters citizens
  protesters demonstrators activists militants rebels fighters insurgents survivors victims
  employees workers executives economists historians journalists reporters editors commentators
  advocates members staff aides spokespeople insiders neighbors neighbours friends relatives
  organizers organisers officials' agencies governments countries nations
  dreamers evangelicals millennials boomers veterans immigrants refugees
`);

export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);
export const WEEKDAYS = set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
);

/** Nationalities, demonyms, religions and political or ideological adjectives. */
export const NATIONALITIES = set(`
  american americans russian russians soviet soviets afghan afghans afghani iranian iranians syrian syrians
  iraqi iraqis chinese british briton britons english scottish scot scots welsh irish french german germans
  italian italians spanish spaniard spaniards portuguese dutch belgian belgians swiss austrian austrians
  swedish swede swedes norwegian norwegians danish dane danes finnish finn finns icelandic polish pole poles
  czech czechs slovak slovaks hungarian hungarians romanian romanians bulgarian bulgarians greek greeks
  turkish turk turks cypriot ukrainian ukrainians belarusian belarusians lithuanian latvian estonian
  georgian georgians armenian armenians azerbaijani azerbaijanis azeri kazakh kazakhs uzbek uzbeks
  tajik tajiks turkmen kyrgyz chechen chechens dagestani serbian serb serbs croatian croat croats bosnian
  bosnians albanian albanians kosovar macedonian slovenian montenegrin moldovan israeli israelis
  palestinian palestinians lebanese jordanian jordanians egyptian egyptians libyan libyans tunisian
  algerian moroccan saudi saudis yemeni yemenis qatari qataris emirati emiratis kuwaiti bahraini omani
  kurdish kurd kurds pakistani pakistanis indian indians bangladeshi nepali sri lankan afghan
  japanese korean koreans vietnamese thai filipino filipinos indonesian indonesians malaysian
  singaporean burmese cambodian laotian mongolian taiwanese tibetan uighur uyghur uighurs uyghurs
  australian australians canadian canadians mexican mexicans cuban cubans venezuelan venezuelans
  colombian colombians brazilian brazilians argentine argentinian chilean peruvian bolivian ecuadorian
  haitian dominican guatemalan salvadoran honduran nicaraguan panamanian jamaican
  nigerian nigerians kenyan kenyans ethiopian ethiopians somali somalis sudanese south-sudanese
  eritrean ugandan rwandan congolese ghanaian senegalese malian nigerien chadian libyan
  zimbabwean zambian mozambican angolan namibian tanzanian cameroonian ivorian
  european europeans asian asians african africans arab arabs arabic persian latin latino latinos
  latina latinas hispanic hispanics western westerners eastern northern southern middle-eastern
  islamic islamist islamists muslim muslims christian christians jewish jew jews catholic catholics
  protestant protestants orthodox sunni sunnis shia shiite shiites sikh hindu hindus buddhist buddhists
  jihadi jihadist jihadists salafi salafist wahhabi democrat democrats democratic republican republicans
  conservative conservatives liberal liberals labour tory tories communist communists socialist
  socialists marxist fascist nazi nazis bolshevik anglo anglo-american transatlantic
  texan texans californian californians floridian floridians ohioan ohioans kentuckian kentuckians
  virginian virginians iowan iowans nevadan nevadans arizonan arizonans coloradan coloradans michigander
  minnesotan minnesotans wisconsinite alaskan alaskans hawaiian hawaiians oklahoman oklahomans tennessean
  tennesseans carolinian carolinians louisianan alabamian mississippian arkansan missourian kansan
  nebraskan utahn oregonian oregonians vermonter vermonters mainer mainers bostonian bostonians chicagoan
  chicagoans angeleno angelenos brooklynite
`);

/** Countries, their short forms, continents and large regions. */
export const COUNTRIES_AND_REGIONS = set(`
  afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
  bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
  bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba
  cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland
  france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras
  hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya
  kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania
  luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia
  moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands
  holland nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines
  poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia
  slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand
  togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu
  vatican venezuela vietnam yemen zambia zimbabwe america britain england scotland wales
  europe asia africa eurasia americas antarctica arctic oceania australasia scandinavia balkans caucasus
  siberia crimea donbas donbass chechnya dagestan kurdistan tibet xinjiang kashmir punjab gaza sinai
  levant maghreb sahel sahara mesopotamia anatolia persia arabia balochistan baluchistan waziristan
  pacific atlantic mediterranean caribbean baltic adriatic aegean
  midwest northeast southwest southeast northwest
`);

/** Place names of several words ("New York", "Capitol Hill"). */
const PLACE_PHRASES = [
  'united states',
  'united kingdom',
  'united arab emirates',
  'saudi arabia',
  'north korea',
  'south korea',
  'south africa',
  'south sudan',
  'new zealand',
  'sri lanka',
  'costa rica',
  'el salvador',
  'puerto rico',
  'ivory coast',
  'czech republic',
  'dominican republic',
  'central african republic',
  'sierra leone',
  'east timor',
  'papua new guinea',
  'north macedonia',
  'middle east',
  'near east',
  'far east',
  'west bank',
  'gaza strip',
  'golan heights',
  'horn of africa',
  'latin america',
  'north america',
  'south america',
  'central america',
  'central asia',
  'south asia',
  'southeast asia',
  'east asia',
  'western europe',
  'eastern europe',
  'central europe',
  'north africa',
  'west africa',
  'east africa',
  'persian gulf',
  'red sea',
  'black sea',
  'south china sea',
  'new york',
  'los angeles',
  'san francisco',
  'san diego',
  'las vegas',
  'new orleans',
  'new jersey',
  'new mexico',
  'new hampshire',
  'north carolina',
  'south carolina',
  'north dakota',
  'south dakota',
  'west virginia',
  'rhode island',
  'hong kong',
  'tel aviv',
  'new delhi',
  'abu dhabi',
  'buenos aires',
  'rio de janeiro',
  'sao paulo',
  'mexico city',
  'kuala lumpur',
  'cape town',
  'st petersburg',
  'saint petersburg',
  'salt lake city',
  'kansas city',
  'washington dc',
  'ho chi minh city',
  'addis ababa',
  'dar es salaam',
  'sharm el-sheikh',
];
export const MULTIWORD_PLACES = new Set([
  ...PLACE_PHRASES,
  'capitol hill',
  'wall street',
  'silicon valley',
  'pennsylvania avenue',
  'times square',
  'downing street',
]);
/** Words of those names that stand for the place alone ("Jersey", "York", "Carolina"). */
export const PLACE_NAME_WORDS = set(PLACE_PHRASES.join(','));

/** Last words of street and square names ("Elm Street", "Union Square"): a place after any word but a given name. */
export const STREET_HEADS = set('street avenue boulevard square plaza lane road');

/** US states and major world cities (capitals and the largest cities). */
export const CITIES_AND_STATES = set(`
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
  illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
  mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
  vermont virginia washington wisconsin wyoming
  london paris berlin rome madrid lisbon vienna brussels amsterdam stockholm oslo copenhagen helsinki
  reykjavik dublin edinburgh warsaw prague budapest bucharest sofia athens belgrade zagreb sarajevo
  tirana skopje ljubljana bratislava kyiv kiev minsk vilnius riga tallinn chisinau tbilisi yerevan baku
  moscow petersburg novosibirsk yekaterinburg sochi rostov volgograd grozny murmansk vladivostok
  istanbul ankara tehran baghdad damascus beirut amman jerusalem riyadh jeddah mecca medina doha dubai
  muscat manama sanaa aden cairo alexandria tripoli benghazi tunis algiers rabat casablanca khartoum
  kabul kandahar herat mazar-i-sharif jalalabad islamabad karachi lahore peshawar quetta delhi mumbai
  kolkata chennai bangalore dhaka kathmandu colombo beijing shanghai guangzhou shenzhen wuhan hong
  taipei tokyo osaka seoul pyongyang hanoi saigon bangkok manila jakarta singapore kuala yangon
  sydney melbourne canberra auckland wellington ottawa toronto montreal vancouver boston chicago
  houston dallas miami atlanta philadelphia seattle denver detroit baltimore phoenix brooklyn manhattan
  queens bronx pittsburgh cleveland minneapolis langley arlington alexandria quantico norfolk
  havana caracas bogota lima santiago brasilia quito montevideo asuncion managua panama
  nairobi mogadishu addis lagos abuja accra dakar bamako kinshasa johannesburg pretoria harare luanda
  kampala kigali juba asmara djibouti hamburg munich frankfurt cologne milan naples venice florence
  barcelona geneva zurich lyon marseille manchester liverpool birmingham glasgow belfast oxford
  cambridge davos gdansk krakow odesa odessa kharkiv kharkov lviv mariupol donetsk luhansk sevastopol
  aleppo homs idlib raqqa mosul basra fallujah kirkuk erbil gaza rafah ramallah haifa hebron
  hiroshima nagasaki guantanamo
`);

/** Single-word institutions and groups that act and speak like people in news prose. */
export const INSTITUTIONS = set(`
  kremlin pentagon congress senate parliament knesset duma bundestag politburo vatican whitehall
  downing taliban hamas hezbollah hizbollah houthis houthi wagner interpol europol nato
  google facebook twitter meta apple amazon microsoft tesla netflix youtube instagram tiktok telegram
  whatsapp reuters bloomberg politico axios vox slate salon wikileaks wikipedia
  harvard yale stanford princeton georgetown cornell dartmouth hollywood
  gallup rasmussen quinnipiac ipsos marist monmouth yougov zogby
  god allah internet web bible koran quran christmas easter ramadan thanksgiving halloween olympics
  brexit covid coronavirus
`);

/** Last words of organisation, outlet, building, law and event names ("X Security", "X Times"). */
export const ORG_HEADS = set(`
  agency department ministry office bureau council committee commission authority administration
  service services security intelligence community court tribunal assembly parliament senate congress
  enforcement protection prevention affairs management development relations resources
  cabinet government embassy consulate mission directorate command corps force forces army navy guard
  guards brigade brigades battalion division regiment unit units squad militia front movement party
  coalition alliance union league federation association organization organisation foundation
  institute institution university college school academy center centre fund bank group company
  corporation corp inc ltd llc co industries holdings partners capital labs technologies systems
  motors airlines airways energy oil petroleum pharmaceuticals studios pictures records books
  publishing press media network networks radio television tv channel broadcasting news times post
  journal daily weekly herald tribune gazette telegraph guardian observer chronicle monitor express
  mirror examiner inquirer register courier dispatch bulletin wire review magazine digest quarterly
  standard sentinel star sun independent beast report reports project projects program programme
  initiative operation plan strategy doctrine act law bill order treaty accord accords agreement
  convention directive resolution amendment protocol charter declaration constitution code
  street avenue road square bridge airport station port harbor harbour cathedral church mosque
  temple synagogue palace hall museum stadium arena hospital hotel tower towers building park lake
  river mountain mountains island islands sea ocean gulf bay valley desert province region district
  county city republic kingdom empire emirate emirates state states cup championship games festival
  awards prize war wars revolution crisis summit conference forum marathon olympics affairs policy
  justice times-union exchange market markets index series week weekend day night show program programme
  commons baccalaureate network rights memorial monument
`);

/** Words that anywhere in a run make it an organisation or a thing, not a person. */
export const ORG_ANYWHERE = set(`
  agency department ministry bureau council committee commission university institute corporation
  inc corp ltd llc directorate foundation association organization organisation
  medicare medicaid obamacare qaeda
`);

/** Religions and ideologies named by one word (besides every word ending in -ism): never a person. */
export const CREEDS = set(`
  islam christianity judaism hinduism buddhism sikhism catholicism protestantism mormonism
  left right
`);

/** First words of place names ("St. X", "Fort X", "Lake X"). */
export const PLACE_FIRST = set(
  'st saint san santa los las fort port mount mt lake cape north south east west upper lower greater',
);

/** Name particles that sit inside names ("Ludwig van Beethoven", "Osama bin Laden"). */
export const PARTICLES = set('de da di du del della der den van von bin ibn ben al el la le dos das do y ter ten zu');

/** Generational suffixes, not surnames. */
export const NAME_SUFFIXES = set('jr sr ii iii iv');

/** Abbreviations that keep their period and do not end a sentence. */
export const ABBREVIATIONS = set(`
  gen sen rep gov dr mr mrs ms mx prof rev hon lt col maj capt sgt cpl pvt adm cmdr brig amb msgr fr
  st mt ft jr sr no vs etc inc corp co ltd
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/**
 * Surname endings common in several naming traditions (Slavic, Persian, Greek, Romanian, Turkish).
 * A single unknown capitalised word with one of them is taken for a surname even without other evidence.
 */
export const SURNAME_ENDINGS = [
  'ov',
  'ova',
  'ev',
  'eva',
  'yov',
  'sky',
  'ski',
  'skiy',
  'skaya',
  'enko',
  'chuk',
  'vich',
  'vych',
  'wicz',
  'owicz',
  'zad',
  'zadeh',
  'zade',
  'pour',
  'opoulos',
  'poulos',
  'akis',
  'idis',
  'escu',
  'oglu',
  'ovic',
  'evic',
  'shvili',
  'adze',
  'yan',
];

/** Common short forms of given names, both ways (for "Mike Smith" = "Michael Smith"). */
export const NICKNAMES: readonly (readonly string[])[] = [
  ['michael', 'mike', 'mick', 'mikey'],
  ['william', 'bill', 'billy', 'will', 'willie', 'liam'],
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['thomas', 'tom', 'tommy'],
  ['joseph', 'joe', 'joey'],
  ['richard', 'dick', 'rick', 'rich', 'ricky'],
  ['edward', 'ted', 'ed', 'eddie', 'ned'],
  ['christopher', 'chris'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave'],
  ['stephen', 'steven', 'steve'],
  ['anthony', 'tony'],
  ['alexander', 'alex', 'sasha', 'alexandr', 'aleksandr'],
  ['samuel', 'sam'],
  ['benjamin', 'ben', 'benny'],
  ['nicholas', 'nick', 'nicky'],
  ['matthew', 'matt'],
  ['andrew', 'andy', 'drew'],
  ['patrick', 'pat'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donnie'],
  ['john', 'jack', 'johnny'],
  ['jonathan', 'jon'],
  ['elizabeth', 'liz', 'beth', 'betsy', 'eliza', 'lisa'],
  ['katherine', 'catherine', 'kathryn', 'kate', 'katie', 'cathy', 'kathy'],
  ['susan', 'sue', 'suzy'],
  ['jennifer', 'jen', 'jenny'],
  ['charles', 'chuck', 'charlie'],
  ['henry', 'hank', 'harry'],
  ['gerald', 'jerry'],
  ['lawrence', 'larry'],
  ['kenneth', 'ken', 'kenny'],
  ['gregory', 'greg'],
  ['jeffrey', 'jeff'],
  ['timothy', 'tim'],
  ['vladimir', 'vlad'],
  ['sergei', 'sergey'],
  ['yevgeny', 'evgeny', 'yevgeniy'],
  ['dmitry', 'dmitri', 'dmitriy'],
  ['mohammed', 'muhammad', 'mohammad', 'mohamed'],
  ['ashton', 'ash'],
  ['margaret', 'maggie', 'peggy', 'meg'],
  ['rebecca', 'becky'],
  ['deborah', 'debbie', 'deb'],
  ['frederick', 'fred', 'freddie'],
  ['peter', 'pete'],
  ['philip', 'phillip', 'phil'],
  ['raymond', 'ray'],
  ['douglas', 'doug'],
  ['gordon', 'gordy'],
  ['abraham', 'abe'],
  ['albert', 'al'],
  ['alfred', 'alf'],
  ['theodore', 'ted', 'teddy'],
  ['zachary', 'zach'],
  ['joshua', 'josh'],
  ['jacob', 'jake'],
  ['sandra', 'sandy'],
  ['patricia', 'patty', 'trish', 'tricia'],
  ['victoria', 'vicky', 'vicki'],
  ['pamela', 'pam'],
  ['judith', 'judy'],
  ['barbara', 'barb'],
  ['cynthia', 'cindy'],
  ['kimberly', 'kim'],
  ['jacqueline', 'jackie'],
  ['leonard', 'lenny'],
  ['martin', 'marty'],
  ['bradley', 'brad'],
  ['gerard', 'gerry'],
  ['terrence', 'terry'],
  ['walter', 'walt'],
  ['nathaniel', 'nathan', 'nate'],
  ['randall', 'randy'],
  ['mitchell', 'mitch'],
  ['reginald', 'reggie'],
];

/** Words of page furniture and media widgets: a run with one is not a name ("Play Video", "Getty Images"). */
export const PAGE_WORDS = set(`
  play video watch read share click subscribe advertisement advertising sponsored photo photos image images
  getty afp ap reuters caption enlarge toggle listen audio podcast newsletter sign login log related
  comments comment reply print email follow tweet loading gallery slideshow replay videos article continued
  story stories credit courtesy
`);

/**
 * Common given names by the gender they usually signal, to resolve "he" and "she". A name in
 * neither list (or in both, like "Jordan") says nothing.
 */
export const FEMALE_NAMES = set(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
  kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
  amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
  catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
  megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail
  alice julia judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
  charlotte marie kayla alexis lori hillary hilary nikki kamala elizabeth condoleezza madeleine nancy kellyanne
  sarah susan dianne elena sonia ruth ileana kirsten tammy maxine ilhan alexandria rashida ayanna liz lisa
  betsy kristi kirstjen nikki gina janet jill melania ivanka michelle laura hope kaitlan katie megyn rachel
  greta angela theresa marine ursula christine jacinda benazir indira golda aung yulia svetlana irina olga natalia
  tatiana anastasia ekaterina marina ludmila fatima aisha leila yasmin mina heather tulsi stacey gretchen kathy
  debbie wendy peggy sally sue carly meghan kate kristen jane joanne lynn lynne eleanor rosa harriet
  anne annie julianne eva felicia rosario beatrice bonnie carmen cecilia claire colleen connie dana dawn
  edith elaine ellen erin esther eve faith gail geraldine gwen hazel holly irene jeanne jessie jo joy
  juliana karla kathleen kristin leah lillian lois loretta lucy mabel marcia margo marian marianne marsha
  maureen melanie mildred miriam molly monica naomi nora norma paula pauline penny phyllis priscilla
  renee rhonda rita roberta robin rose roxanne ruby sabrina shannon sheila sherry stella sylvia tamara
  tara tina tracy valerie vanessa vera veronica vivian wanda yvonne zoe
  kerry casey taylor morgan jamie
  stacy tracey kelsey lindsay courtney tiffany tonya tanya krista kristina doreen noreen darlene
  charlene marlene arlene jolene eileen jackie sheryl glenda yolanda marissa clarissa alyssa gillian
  bethany brianna breanna karin carla caroline madeline mackenzie kendra keisha latoya tamika ayesha
  huma niki kyrsten mazie heidi cindy mindy candace candice tabitha trisha tricia patsy shelly shelley
  keri terri whitney britney faye mae rae joni jodi jody trudy lara
`);
export const MALE_NAMES = set(`
  james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark
  donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
  nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick
  jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith
  christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert
  willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny
  barack bernie mitch mike marco ted rand chuck joe kevin lindsey mitt newt rudy rex jeff jared steve
  vladimir sergei sergey dmitry alexei boris mikhail yevgeny igor ivan viktor oleg nikolai recep bashar hassan
  ali mohammed muhammad ahmed omar osama ayman xi kim shinzo emmanuel francois nicolas justin benjamin
  hunter beau jim tom bill bob dick dan
  al ben sam tim ken greg jon nick matt andy pat ron don chris dave tony alex fred pete phil ray doug abe
  jimmy ronnie lyndon dwight franklin herbert calvin woodrow theodore trevor derek craig troy shane brent
  marcus wesley curtis glenn neil leon clarence travis cody dustin chad brad todd cameron colin graham
  jay dean jared luke marco mario carlos luis jorge miguel antonio francisco pedro ricardo hugo andre
  buddy allan allen alvin barry bernard byron carlton cecil clifford clyde darrell darren dale daryl
  dewey earl edgar eddie edwin elliott ernest everett floyd francis fred gene gilbert gordon grant
  guy harvey herman howard ian isaac jake jeffery jerome joel jonah julian karl kurt lance lee leonard
  leroy lewis lloyd lonnie luther malcolm manuel marvin max maurice melvin milton mitchell morris myron
  nathaniel neal nelson norman oliver orlando oscar otis owen perry quentin ralph ramon randall reggie
  rex rick roberto rodney roland ross ruben rufus salvador sergio seth sidney simon stanley stuart
  ted terrence theodore tommy vernon victor wade wallace warren wendell wilbur willard winston
  kerry casey taylor morgan jamie
  johnnie gerry garrett jarrett brett bret rhett dwayne duane shawn deon lenny denny manny marty
  artie archie reginald boyd trey hal reince beto jeb cory corey rory barron kendall
`);
