"""Word lists the extractors share: titles, roles, speech verbs, places, organisations.

Small, hand-written and deliberately incomplete: the draft is checked by a person, so a
list that is right most of the time is worth more than a model that has to be downloaded.
"""

from __future__ import annotations

__all__ = [
    "CITIES",
    "COUNTRIES",
    "DEMONYMS",
    "HONORIFICS",
    "MONTHS",
    "MONTH_PATTERN",
    "NAME_PARTICLES",
    "NOT_NAMES",
    "OBJECT_VERBS",
    "OFFICE_WORDS",
    "ORG_KEYWORDS",
    "ORG_NAMES",
    "PLACE_KEYWORDS",
    "RANK_ABBREVIATIONS",
    "REGIONS",
    "ROLE_MODIFIERS",
    "ROLE_NOUNS",
    "SENTENCE_STARTERS",
    "SPEECH_VERBS",
    "TITLE_WORDS",
    "WEEKDAYS",
    "WEEKDAY_PATTERN",
    "place_kind",
    "words",
]


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a text, as a set."""
    return frozenset(w for w in text.split() if w)


def _lines(text: str) -> frozenset[str]:
    return frozenset(line.strip() for line in text.strip().splitlines() if line.strip())


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBREVIATIONS = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct"}
MONTH_ABBREVIATIONS |= {"Nov", "Dec"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_PATTERN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
"""A month's name or abbreviation in a regular expression ("March", "Mar.", "Sept")."""
WEEKDAY_PATTERN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
"""A weekday's name in a regular expression."""

# "Hon" (Honourable), "Alhaji", "Otunba", "Engr", "Ratu" (a Fijian chief's title), "Barr"
# (barrister), "Pst" (pastor), "Oba" and "Igwe" (Yoruba and Igbo rulers), "Shri" and "Smt"
# (Indian), "Mallam", "Maulana", "Datuk", "Dato", "Datin" and "Seri" ("Datuk Seri", Malaysian
# federal titles), "Oloye" (a Yoruba chieftaincy title), "Ch" (Chaudhry, a Punjabi style, when
# abbreviated), "Rt" (Right, as in "Rt. Rev.", "Rt. Hon."): courtesy titles before a name,
# never part of it (unless the article always writes one, see namesakes.KEPT_HONORIFICS).
HONORIFICS = words(
    "Mr Mrs Ms Miss Mx Dr Prof Sir Dame Lord Lady Rev Fr Hon Alhaji Alhaja Hajia Olorogun"
    " Otunba Engr Ratu Maulana Maulvi Allama Barr Pst Evang Prophet Apostle Oba Igwe Shri"
    " Smt Mallam Malam Ustaz Haji Sardar Pandit Comrade Honourable Honorable"
    " Datuk Dato Datin Seri Tun Amar Patinggi Excellency Madam Madame Sra Srta Oloye Ch"
    " Sayyid Sayyida Sayyed Brother Rt"
)

# Capitalised words that name an office when they stand right before a name.
TITLE_WORDS = words(
    """
    President Vice Secretary Minister Senator Sen Governor Gov Mayor General Gen Admiral
    Colonel Col Captain Capt Lieutenant Lt Sergeant Sgt Commander Cmdr Major Maj Corporal
    Private Inspector Detective Superintendent Commissioner Constable Sheriff Marshal Judge
    Justice Doctor Professor Chancellor Premier Ambassador Envoy Councilman Councilwoman
    Councillor Councilor Alderman Assemblyman Assemblywoman Assemblymember Representative
    Rep Congressman Congresswoman Speaker Director Chairman Chairwoman Chair Chairperson
    CEO Coach Manager Officer Spokesman Spokeswoman Spokesperson Deputy Attorney Chief
    King Queen Prince Princess Emperor Empress Pope Cardinal Bishop Archbishop Rabbi Imam
    Father Pastor Reverend Sheikh Emir Sultan Crown Economist Historian Analyst Author
    Shaikh Sheik Sheikha Shaikha Sayyid Sayyida Sayyidah Sayyed
    Editor Reporter Correspondent Agent Trooper Officer Headteacher Headmaster Headmistress
    Principal Provost Coroner Meteorologist Forecaster Convener Convenor Chaplain Vicar
    Rector Leader Whip Captain Skipper Referee Striker Goalkeeper Defender Midfielder Forward
    Striker Singer Actor Actress Director Producer Novelist Poet Artist Painter Chef
    Founder Cofounder Co-founder President-elect Ombudsman Auditor Comptroller Treasurer
    Registrar Warden Mufti Ayatollah Patriarch Metropolitan Lama Nurse Surgeon Dr Prof
    Mr Mrs Ms Miss Sir Dame Lord Lady Rev Fr MP MEP MSP MLA MPP TD
    Cr Crs Cllr Cllrs Clr Coun Sister Undersecretary Under-Secretary Magistrate Administrator MCA
    Realtor Supt Insp Det Cpl Brig Brigadier Prosecutor Counsel IGP DIG AIG DSP ASP MEC
    Sqn Ldr Wg Cdr Flt Pte Atty Commr Amb Asst Secy Usec Asec MK
    Const Cst Snr Controller Reeve Cathaoirleach
    """
)

# Capitalised words that may stand inside a title before the office word ("Defense
# Secretary", "Secretary of State"): they are never part of the person's name.
OFFICE_WORDS = words(
    """
    State Defense Defence Foreign Home Interior Justice Treasury Health Education Energy
    Labor Labour Commerce Agriculture Transport Transportation Finance Prime Homeland
    Security National Affairs Trade Environment Culture Sports Interior Economy Economic
    Digital Development Housing Veterans Immigration Culture Tourism Fisheries Industry
    Welfare Works Planning Infrastructure Resources Mines Forestry Aviation
    Science Technology Research Deputy Vice Senior Junior Former Acting Interim Chief
    Lead Executive Assistant Associate Principal General Special Regional Federal
    Provincial District County City Police Fire Army Navy Air Naval Military Intelligence
    Press Communications Public Private Opposition Majority Minority Party Union Team Club
    Rear Lieutenant Staff Sergeant Master Major Brigadier Field Grand
    Supreme Circuit Appeals High Attorney Solicitor Surgeon Cabinet Foreign-policy
    Parliament Responsible Climate Change Civil Emergency
    Disaster Management Preparedness Relief Recovery Resilience Prevention Mitigation Youth
    Water Sanitation Irrigation Lands Natural Livestock Cooperatives Petroleum Investment
    Gender Women Children Poverty Alleviation Publicity Broadcasting Heritage
    Manpower Employment
    """
)

# Lowercase nouns that name what somebody is or does.
ROLE_NOUNS = words(
    """
    president secretary minister senator governor mayor general admiral colonel captain
    lieutenant sergeant commander officer inspector detective superintendent commissioner
    constable sheriff marshal judge justice doctor physician surgeon nurse professor lecturer
    teacher schoolteacher headteacher headmaster headmistress principal student researcher
    scientist scholar fellow
    ecologist biologist hydrologist geologist economist historian analyst expert specialist
    consultant adviser advisor counsellor counselor lawyer attorney solicitor barrister
    prosecutor chancellor premier ambassador envoy diplomat councilman councilwoman
    councillor councilor alderman representative lawmaker legislator congressman mp msp mep mla
    taoiseach tánaiste
    congresswoman speaker director chairman chairwoman chair chairperson ceo executive
    founder co-founder cofounder owner manager realtor coach trainer player striker goalkeeper
    defender midfielder forward captain skipper referee substitute spokesman spokeswoman
    spokesperson
    deputy chief head leader organiser organizer activist campaigner volunteer resident citizen
    watchman
    farmer worker employee engineer architect designer developer programmer author writer
    novelist poet journalist reporter correspondent editor columnist photographer artist
    painter sculptor musician singer actor actress producer filmmaker chef owner shopkeeper
    treasurer auditor clerk official officials administrator coordinator co-ordinator
    supervisor inspector investigator detective agent pilot soldier veteran commander
    priest pastor bishop archbishop rabbi imam cardinal pope monk nun king queen prince
    princess candidate challenger nominee member partner colleague co-author coauthor author
    counterpart successor predecessor aide staffer strategist pollster negotiator mediator
    banker trader investor entrepreneur businessman businesswoman analyst curator
    librarian archivist psychologist psychiatrist epidemiologist virologist chemist physicist
    mathematician astronomer engineer technician mechanic driver commuter passenger parent
    mother father grandmother grandfather widow student pupil graduate intern apprentice
    homeowner tenant landlord pm dpm anchor presenter newsreader broadcaster
    lead chairman director-general secretary-general attorney-general governor-general
    ombudsman warden ranger guide keeper historian genealogist economist demographer
    protester protestor demonstrator anchor presenter broadcaster newsreader host
    boss enthusiast landlady vendor batsman bowler cricketer footballer athlete cyclist
    swimmer boxer wrestler golfer jockey midwife dentist pharmacist vet veterinarian
    contractor builder plumber electrician miner rapper comedian baker waiter waitress
    bartender cleaner carer caregiver cleric preacher financier broker chieftain influencer
    youtuber podcaster critic archaeologist therapist sociologist philosopher pensioner
    retiree magnate tycoon mogul billionaire politician statesman stateswoman commentator
    socialite philanthropist advocate batter wicketkeeper fielder all-rounder
    councilmember coroner meteorologist runner controller
    pitcher catcher shortstop infielder outfielder reliever starter quarterback linebacker
    winger fullback full-back left-back right-back centre-back center-back wing-back
    councilperson alderperson procurator fiscal depute trustee pacer spinner seamer
    sarpanch
    """
)
# "vice-chairman", "co-chair", "ex-minister": a role noun behind a prefix is a role noun.
ROLE_NOUNS |= {f"{prefix}-{noun}" for prefix in ("vice", "co", "ex") for noun in ROLE_NOUNS}

# Lowercase words that may qualify a role noun before a name ("retired schoolteacher").
ROLE_MODIFIERS = words(
    """
    retired former senior junior chief deputy assistant associate executive general vice
    lead head top regional national local federal state public police press defense
    defence finance health education economic military political science art crime union
    party opposition independent security foreign acting interim veteran longtime
    long-time award-winning young old elected appointed newly-elected outgoing incoming
    managing founding co-founding wildlife marine climate energy trade labor labour
    """
)

# "called Haumaru Housing", "told Jane Doe", "praised Sabina": a name after these is their
# object, never the speaker (news copy does not write `"...," told Jane Doe` nor `"...,"
# praised Jane Doe`; "asked" and "warned" are left out: `"Why?" asked Doe` is common).
OBJECT_VERBS = words(
    """
    called calls told tells tell described describes describe calling describing
    praised praises accused accuses criticised criticized criticises criticizes
    admonished admonishes chided chides scolded scolds rebuked rebukes
    counselled counseled counsels advised advises assured assures
    lambasted lambastes slammed slams ordered instructed hailed hails
    condemned condemns lauded lauds thanked welcomed welcomes blasted blasts denounced
    denounces applauded applauds decried decries justified
    reassured reassures informed informs encouraged encourages
    challenged challenges
    """
)

SPEECH_VERBS = _lines(
    """
    said
    says
    say
    told
    tells
    tell
    added
    adds
    warned
    warns
    observed
    observes
    noted
    notes
    argued
    argues
    explained
    explains
    insisted
    insists
    stated
    states
    declared
    declares
    wrote
    writes
    asked
    asks
    replied
    replies
    recalled
    recalls
    acknowledged
    acknowledges
    admitted
    admits
    cautioned
    cautions
    predicted
    predicts
    described
    describes
    describe
    called
    calls
    remarked
    remarks
    continued
    continues
    conceded
    concedes
    claimed
    claims
    suggested
    suggests
    announced
    announces
    confirmed
    confirms
    vowed
    vows
    promised
    promises
    pledged
    pledges
    urged
    urges
    accused
    accuses
    praised
    praises
    criticised
    criticized
    criticises
    criticizes
    complained
    complains
    joked
    jokes
    concluded
    concludes
    responded
    responds
    answered
    answers
    stressed
    stresses
    emphasised
    emphasized
    emphasises
    emphasizes
    countered
    counters
    contended
    contends
    affirmed
    affirms
    indicated
    indicates
    felt
    pointed out
    points out
    saying
    admonished
    admonishes
    chided
    chides
    scolded
    scolds
    rebuked
    rebukes
    calling
    describing
    insisting
    noting
    adding
    claiming
    arguing
    warning
    stating
    explaining
    declaring
    stressing
    asserting
    contend
    interjected
    shot back
    reiterated
    counselled
    counseled
    counsels
    advised
    advises
    assured
    assures
    disclosed
    discloses
    revealed
    reveals
    commented
    comments
    reiterates
    tweeted
    posted
    made it clear
    makes it clear
    averred
    avers
    asserted
    asserts
    exclaimed
    exclaims
    thundered
    underlined
    lambasted
    lambastes
    slammed
    slams
    opined
    opines
    retorted
    retorts
    maintained
    maintains
    fumed
    underscored
    underscores
    pleaded
    intoned
    clarified
    clarifies
    submitted
    boasted
    boasts
    ordered
    instructed
    expressed
    discuss
    voiced
    lamented
    laments
    mused
    muses
    posited
    posits
    quipped
    quips
    shouted
    heckled
    heckles
    whispered
    testified
    testifies
    reckoned
    reckons
    believes
    believed
    thinks
    thought
    put it
    puts it
    dubbed
    dubs
    labelled
    labeled
    branded
    termed
    wondered
    wonders
    recounted
    recounts
    explained
    agreed
    agrees
    mentioned
    mentions
    disagreed
    replied
    wrote
    added
    condemned
    condemns
    lauded
    lauds
    thanked
    welcomed
    welcomes
    blasted
    blasts
    justified
    denounced
    denounces
    applauded
    applauds
    decried
    decries
    summed up
    demands
    demanded
    alleged
    alleges
    hinted
    hints
    queried
    queries
    dismissed
    dismisses
    hailed
    hails
    reassured
    reassures
    informed
    informs
    encouraged
    encourages
    challenged
    challenges
    repeated
    repeats
    questioned
    referred to
    yelled
    yells
    screamed
    screams
    blurted out
    blurts out
    lashed back
    lashing back
    hit back
    hits back
    hitting back
    issued a statement that
    issues a statement that
    emailed
    emails
    texted
    uttered
    enthused
    enthuses
    bemoaned
    bemoans
    fumes
    """
)

# Capitalised words that start sentences but never start a name.
SENTENCE_STARTERS = words(
    """
    The A An This That These Those However But And Or Nor So Yet If When While Whilst After
    Before As At In On For From With Without By Under Over Into Onto Upon About Above Below
    Across Against Among Around Behind Beside Between Beyond During Except Inside Near Off
    Outside Since Through Throughout Toward Towards Until Unlike Via Within It He She They We
    I You His Her Their Our Its My Your Him Them Us Me Some Many Most All Both Each Every
    Either Neither Not No Yes Meanwhile Still Also Then There Here What Who Whom Whose Why
    How Where Which Despite Although Though Because Unless Whether Once Now Today Tomorrow
    Yesterday Later Earlier Last Next Another Other Others Such Several Few More Less
    Asked Speaking According Looking Questions Under Following Instead Indeed Perhaps Even
    Only Just Already Again Further Furthermore Moreover Nevertheless Nonetheless
    Otherwise Overall Finally First Second Third Lastly Similarly Likewise Thus Therefore
    Hence Accordingly Consequently Besides Notably Elsewhere Separately Additionally Recently
    Previously Initially Currently Ultimately Importantly Interestingly Specifically Critics
    Officials Analysts Residents Well Oh Okay
    Experts Researchers Scientists Farmers Commuters Workers Police Opposition Union
    Supporters Leaders Lawmakers Voters Students Teachers Parents Doctors Volunteers
    Reporters Members Many People Everyone Someone Nobody Anyone Something Nothing Every
    Chinese Russian American British French German Japanese Korean Indian Local Both Two
    Three Four Five Six Seven Eight Nine Ten One Half Dozens Hundreds Thousands Millions
    Read Leave Share Click Subscribe Sign Related Advertisement Photo Image Video Watch
    Listen Follow Comment Comments Sponsored Published Updated Posted Source Sources
    Note Editor Editors Breaking Exclusive Analysis Opinion Update Live Why Will Would
    Could Should Can May Might Must Do Does Did Is Are Was Were Be Been Has Have Had Let
    Let's Don't Doesn't Didn't Isn't Aren't Wasn't Weren't Won't Can't Couldn't Shouldn't
    Wouldn't It's That's There's Here's What's Who's He's She's They're We're I'm You're
    Mr Mrs Ms Dr Prof
    """
)

# "bint" (daughter of) and the Malay "binti" stand in a name as "bin" (son of) does
# ("Reem bint Ebrahim Al Hashimy").
NAME_PARTICLES = words(
    "van von de der den del della dela di da du la le ter ten bin bint binti ibn al el dos das"
    " wa ole arap"
)

# Ranks abbreviated with a full stop before a name ("Insp. Jo Lee", "Gen. Ada Obi"): the
# stop ends the word, not the sentence, so the name goes on after it.
RANK_ABBREVIATIONS = words(
    "Gen Col Capt Lt Sgt Maj Cmdr Sen Rep Gov Insp Supt Det Cpl Brig Adm Const Cst Snr"
)

COUNTRIES = _lines(
    """
    Afghanistan
    Albania
    Algeria
    Andorra
    Angola
    Argentina
    Armenia
    Australia
    Austria
    Azerbaijan
    Bahamas
    Bahrain
    Bangladesh
    Barbados
    Belarus
    Belgium
    Belize
    Benin
    Bhutan
    Bolivia
    Bosnia
    Botswana
    Brazil
    Brunei
    Bulgaria
    Burkina Faso
    Burundi
    Cambodia
    Cameroon
    Canada
    Chad
    Chile
    China
    Colombia
    Congo
    Costa Rica
    Croatia
    Cuba
    Cyprus
    Czech Republic
    Czechia
    Denmark
    Djibouti
    Dominican Republic
    Ecuador
    Egypt
    El Salvador
    Eritrea
    Estonia
    Eswatini
    Ethiopia
    Fiji
    Finland
    France
    Gabon
    Gambia
    Georgia
    Germany
    Ghana
    Greece
    Guatemala
    Guinea
    Guyana
    Haiti
    Honduras
    Hungary
    Iceland
    India
    Indonesia
    Iran
    Iraq
    Ireland
    Israel
    Italy
    Ivory Coast
    Jamaica
    Japan
    Jordan
    Kazakhstan
    Kenya
    Kosovo
    Kuwait
    Kyrgyzstan
    Laos
    Latvia
    Lebanon
    Lesotho
    Liberia
    Libya
    Liechtenstein
    Lithuania
    Luxembourg
    Madagascar
    Malawi
    Malaysia
    Maldives
    Mali
    Malta
    Mauritania
    Mauritius
    Mexico
    Moldova
    Monaco
    Mongolia
    Montenegro
    Morocco
    Mozambique
    Myanmar
    Namibia
    Nepal
    Netherlands
    New Zealand
    Nicaragua
    Niger
    Nigeria
    North Korea
    North Macedonia
    Norway
    Oman
    Pakistan
    Palestine
    Panama
    Papua New Guinea
    Paraguay
    Peru
    Philippines
    Poland
    Portugal
    Qatar
    Romania
    Russia
    Rwanda
    Saudi Arabia
    Senegal
    Serbia
    Seychelles
    Sierra Leone
    Singapore
    Slovakia
    Slovenia
    Somalia
    South Africa
    South Korea
    South Sudan
    Spain
    Sri Lanka
    Sudan
    Suriname
    Sweden
    Switzerland
    Syria
    Taiwan
    Tajikistan
    Tanzania
    Thailand
    Togo
    Tunisia
    Turkey
    Turkmenistan
    Uganda
    Ukraine
    United Arab Emirates
    United Kingdom
    United States
    Uruguay
    Uzbekistan
    Venezuela
    Vietnam
    Yemen
    Zambia
    Zimbabwe
    Britain
    Great Britain
    England
    Scotland
    Wales
    America
    U.S.
    U.K.
    USA
    UK
    Samoa
    American Samoa
    Tonga
    Vanuatu
    Kiribati
    Tuvalu
    Nauru
    Palau
    Solomon Islands
    Marshall Islands
    Micronesia
    Timor-Leste
    East Timor
    """
)

CITIES = _lines(
    """
    Beijing
    Shanghai
    Hong Kong
    Pyongyang
    Seoul
    Tokyo
    Moscow
    Vladivostok
    Kyiv
    Kiev
    Kharkiv
    Odesa
    Washington
    New York
    Los Angeles
    Chicago
    Houston
    Boston
    San Francisco
    Seattle
    Portland
    Miami
    Atlanta
    Dallas
    Denver
    Philadelphia
    London
    Paris
    Berlin
    Madrid
    Rome
    Lisbon
    Vienna
    Prague
    Warsaw
    Budapest
    Brussels
    Amsterdam
    Geneva
    Zurich
    Stockholm
    Oslo
    Copenhagen
    Helsinki
    Dublin
    Athens
    Istanbul
    Ankara
    Tehran
    Baghdad
    Damascus
    Beirut
    Jerusalem
    Tel Aviv
    Gaza
    Cairo
    Riyadh
    Dubai
    Doha
    Delhi
    New Delhi
    Mumbai
    Karachi
    Islamabad
    Kabul
    Dhaka
    Bangkok
    Hanoi
    Manila
    Jakarta
    Kuala Lumpur
    Singapore
    Sydney
    Melbourne
    Canberra
    Toronto
    Ottawa
    Montreal
    Vancouver
    Mexico City
    Havana
    Caracas
    Bogota
    Lima
    Santiago
    Buenos Aires
    Brasilia
    Rio de Janeiro
    Sao Paulo
    Nairobi
    Dar es Salaam
    Lagos
    Abuja
    Johannesburg
    Cape Town
    Addis Ababa
    Khartoum
    Taipei
    Minsk
    Tbilisi
    Baku
    Yerevan
    Kraków
    Milan
    Munich
    Hamburg
    Frankfurt
    Barcelona
    Marseille
    Lyon
    Edinburgh
    Glasgow
    Manchester
    Liverpool
    Birmingham
    """
)

REGIONS = _lines(
    """
    Asia
    Europe
    Africa
    North America
    South America
    Latin America
    Middle East
    Oceania
    Antarctica
    Arctic
    Pacific
    Atlantic
    Indian Ocean
    Mediterranean
    Black Sea
    Baltic
    Balkans
    Caucasus
    Siberia
    Crimea
    Donbas
    Kursk
    Gulf
    Persian Gulf
    Scandinavia
    Korean Peninsula
    Taiwan Strait
    South China Sea
    East Asia
    Southeast Asia
    Central Asia
    West Africa
    East Africa
    Sahel
    Eastern Europe
    Western Europe
    Oregon
    California
    Texas
    Florida
    Ohio
    Michigan
    Alaska
    Hawaii
    Bavaria
    Ontario
    Quebec
    Queensland
    Tasmania
    """
) | _lines(
    # The other states and provinces of the US, Canada and Australia, in full (not those
    # that are often given names alone: Virginia, Carolina, Alberta, Victoria; Georgia and
    # Washington are already a country and a city): "of Manville, New Jersey" names a place.
    """
    Alabama
    Arizona
    Arkansas
    Colorado
    Connecticut
    Delaware
    Idaho
    Illinois
    Indiana
    Iowa
    Kansas
    Kentucky
    Louisiana
    Maine
    Maryland
    Massachusetts
    Minnesota
    Mississippi
    Missouri
    Montana
    Nebraska
    Nevada
    New Hampshire
    New Jersey
    New Mexico
    New York State
    North Carolina
    North Dakota
    Oklahoma
    Pennsylvania
    Rhode Island
    South Carolina
    South Dakota
    Tennessee
    Utah
    Vermont
    West Virginia
    Wisconsin
    Wyoming
    British Columbia
    Manitoba
    Saskatchewan
    Nova Scotia
    New Brunswick
    Newfoundland
    New South Wales
    South Australia
    Western Australia
    Northern Territory
    """
)

DEMONYMS = words(
    """
    American British English Scottish Welsh Irish French German Italian Spanish Portuguese
    Dutch Belgian Swiss Austrian Swedish Norwegian Danish Finnish Polish Czech Hungarian
    Romanian Bulgarian Greek Turkish Russian Ukrainian Belarusian Chinese Japanese Korean
    North South Taiwanese Vietnamese Thai Indian Pakistani Afghan Iranian Iraqi Syrian
    Israeli Palestinian Lebanese Egyptian Saudi Emirati Qatari Nigerian Kenyan Ethiopian
    Canadian Mexican Brazilian Argentine Argentinian Chilean Colombian Venezuelan Cuban
    Australian European African Asian Western Eastern Northern Southern Pacific Atlantic
    Arab Muslim Christian Jewish Catholic Protestant Orthodox Soviet Communist Democratic
    Republican Conservative Liberal Labour Labor
    """
)

# A capitalised phrase ending (or starting) with one of these is an organisation.
ORG_KEYWORDS = words(
    """
    University College Division School Institute Institution Center Centre Council Ministry
    Comhairle Department Agency Authority Union Party Bank Company Corporation Corp Inc Ltd LLC PLC
    Group Association Foundation Trust Committee Commission Court Parliament Congress Senate
    Assembly Army Navy Police Museum Zoo Journal Herald Times Post News Tribune Gazette
    Club United FC Board Organisation Organization Service Office Forces League Federation
    Hospital Clinic Society Fund Alliance Coalition Network Studios Press Review Energy
    Foods Airlines Aerospace Motors Industries Holdings Partners Capital Systems Labs
    Laboratory Laboratories Church Cathedral Library Academy Bureau Guard Corps Command
    Secretariat Cabinet Kremlin Pentagon Congress Reuters Associated Lighthouse Workers
    Rovers City Athletic Wanderers Rangers Records Pictures Media Agency Observatory
    Affairs Mission Radio Television Broadcasting Nations Ministry Airways Railways
    Initiative Initiatives Programme Festival Forum Movement Campaign Youth Wing
    Development Developers Research Securities Supply Properties Investments Realty Estates
    Insurance Logistics Pharmaceuticals Consulting Consultants Brokerage Technologies
    """
)
# Events and rooms named like bodies ("the FIFA World Cup", "the Airline Leader Summit World",
# "Industrial Arts Classroom"): a capitalised phrase with one of these names no person.
ORG_KEYWORDS |= words("Cup Summit Championship Championships Olympics Paralympics Expo Classroom")
# Trades and services a firm's or an agency's name ends in ("Cala Homes said", "Rose Builders",
# "Cal Fire", "Yahoo Finance", "the U.S. Geological Survey"): each drafted as a person on one
# page of the 1,598, none a labeled figure's word.
ORG_KEYWORDS |= words("Homes Builders Plumbing Solutions Survey Finance Fire Lifestyle Nieuws")
# Streets, benches, chambers, meetings and by-laws read as people the same way ("Capodanno
# Blvd", "the Aurangabad Bench", "Quad Cities Chamber", "National Conference", "Prep Rally",
# "Mazimasa Sub-County", "Procedure By-law", "Fawlty Towers"): one page each.
ORG_KEYWORDS |= words("Blvd Bench Chamber Conference Rally Sub-County By-law Towers")
# A builder, a municipality and an aid project read as people ("Zheng Construction", "the
# Greater Salt Municipality", "Host Communities Support Project"): one page each of the 1,638,
# none a labeled figure's word.
ORG_KEYWORDS |= words("Construction Constructions Municipality Project Projects")
# An island's carnival and a university's degrees read as people after a speech verb or a
# title ("lauded Saint Lucia Carnival organisers", "Doctor of Philosophy Degrees"): one page
# each of the 1,718 (fresh75 cj09, fresh74 ci02), no labeled figure's word ("House", a
# labeled surname, is left).
ORG_KEYWORDS |= words("Carnival Degrees")

ORG_NAMES = _lines(
    """
    NATO
    UN
    EU
    WHO
    IMF
    OPEC
    UNESCO
    UNICEF
    ASEAN
    BRICS
    G7
    G20
    FBI
    CIA
    NSA
    FIFA
    Interpol
    Europol
    White House
    Pentagon
    Kremlin
    Congress
    Parliament
    """
)

PLACE_KEYWORDS = words(
    """
    River Lake Sea Ocean Bay Gulf Strait Mountain Mountains Mount Mt Hill Hills Valley
    Island Islands Peninsula Pass Canyon Desert Forest Park Reservoir Harbor Harbour Port
    Coast Beach Point Cape Street Road Avenue Square Bridge Province Region County District
    Prefecture Oblast Territory Republic Kingdom State
    """
)

# Institutions and groups that speak as one ("Authorities said", "Officials say"): a
# capitalised group word at the start of a sentence is never a person's name.
COLLECTIVES = words(
    """
    Authorities Officials Police Government Governments Ministry Ministries Officers Agents
    Investigators Prosecutors Detectives Deputies Troops Soldiers Forces Rescuers Firefighters
    Paramedics Responders Crews Organisers Organizers Residents Neighbours Neighbors Locals
    Villagers Witnesses Survivors Families Relatives Parents Students Teachers Workers Staff
    Employees Unions Protesters Protestors Demonstrators Activists Campaigners Critics
    Supporters Opponents Voters Lawmakers Legislators MPs Councillors Councilors Senators
    Ministers Leaders Experts Analysts Economists Scientists Researchers Doctors Nurses
    Sources Spokespeople Observers Diplomats Negotiators Regulators Inspectors Analysts
    Scholars Historians Medics Militants Rebels Insurgents Refugees Migrants Fans Players
    Traders Investors Shareholders Customers Passengers Commuters Tenants Landlords Farmers
    Others Everyone Nobody Somebody Someone Many Some Most Several Both
    """
)

# Words that may be capitalised but never are a person's name.
NOT_NAMES = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | MONTH_ABBREVIATIONS
    | SENTENCE_STARTERS
    | DEMONYMS
    | ORG_KEYWORDS
    | PLACE_KEYWORDS
    | COLLECTIVES
    | words("Jr Sr")
    | words("God Internet Christmas Easter Ramadan Covid COVID Brexit TODO")
    # "“I’m calling on ...”": a contraction opening a quote, not a name.
    | words("I’m I'm I’ve I've I’d I'd I’ll I'll We’re We're We’ve We've You’re You're")
    | words("They’re They're It’s It's That’s That's There’s There's")
)


def place_kind(name: str) -> str | None:
    """`country`, `city` or `region` for a known place, else None."""
    if name in COUNTRIES:
        return "country"
    if name in CITIES:
        return "city"
    if name in REGIONS:
        return "region"
    return None


# "Photo: Jane Roe", "student Chris Carr Credit: Case Western": words that label a caption's
# credit when a colon follows them; never the last word of a name.
# Letters written after a name for a seat or an honour ("Jo Lee MS", "Ada Obi MP", "Tom
# Cole OBE"): never part of the name.
POSTNOMINALS = words(
    "MP MS AM MSP MLA MPP MEP MHA MNA MPA MHK MLC MHR TD QC KC SC OBE MBE CBE KBE DBE OAM"
    " KCB GCB DCB KCMG GCMG CMG KCVO GCVO CVO LVO MVO CH OM KStJ GCStJ"
)

CREDIT_LABELS = words("Credit Credits Photo Photos Picture Image Photograph Source Copyright")
