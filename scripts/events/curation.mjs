// Hand-curated per-event data for the one-off conversion of the research timeline
// (/work/shared/research/timeline-2022.csv) into geo/events.geojson. See geo/events-conversion.md.
//
// Everything editorial lives here: the English description (written anew; the research wording
// was a summary, not copy), time fields, place, scope, emergency changes, official death tolls,
// figures and sources (originals found where possible; reposts kept with `via`).
// The research row supplies only the id, type, coordinates and the confidence default.
//
// Time helpers write `start` with the offset of the source's clock (+05:00 in Mangystau, Atyrau,
// West Kazakhstan, Aktobe and Kyzylorda; +06:00 elsewhere and for decrees). Part-of-day hours:
// early hours 03:00, morning 09:00, midday 12:00, afternoon 15:00, evening 19:00,
// late evening 22:00, night (before midnight) 23:00.

/** A clock time stated by the source. */
const exact = (start, end) => ({ start, ...(end ? { end } : {}), time_known: true, time_precision: 'exact' });
/** A clock time given as approximate ("≈11:00"). */
const approx = (start, note, end) => ({
  start, ...(end ? { end } : {}), time_known: true, time_precision: 'approximate', time_note: note,
});
/** A part of day without a clock time: `start` is the representative hour (see above). */
const part = (start, note) => ({ start, time_known: true, time_precision: 'part-of-day', time_note: note });
/** No time of day known: 12:00 local of the date. */
const unknown = (date, offset) => ({ start: `${date}T12:00${offset}`, time_known: false, time_precision: 'unknown' });

/** A source: the original publisher, the URL read, and the reposting site when the URL is a repost. */
const S = (publisher, url, via) => (via ? { publisher, url, via } : { publisher, url });

export const ALL_REGIONS = [
  'KZ-AKM', 'KZ-AKT', 'KZ-ALM', 'KZ-ATY', 'KZ-ZAP', 'KZ-ZHA', 'KZ-KAR', 'KZ-KUS', 'KZ-KZY',
  'KZ-MAN', 'KZ-PAV', 'KZ-SEV', 'KZ-YUZ', 'KZ-VOS', 'KZ-AST', 'KZ-ALA', 'KZ-SHY',
];
/** The 13 units put under emergency by the evening decrees of 5 January (KZ22-039). */
const REST_OF_COUNTRY = [
  'KZ-SEV', 'KZ-PAV', 'KZ-KUS', 'KZ-KAR', 'KZ-YUZ', 'KZ-KZY', 'KZ-ZAP', 'KZ-VOS', 'KZ-AKT',
  'KZ-AKM', 'KZ-ZHA', 'KZ-ATY', 'KZ-SHY',
];

/** Local event at a town from cities.geojson. */
const town = (city, region, locality) => ({ scope: 'local', city, region, locality });
/** Local event at a place that is not a town (own point). */
const site = (region, locality, point) => ({ scope: 'local', city: null, region, locality, ...(point ? { point } : {}) });
/** National event: no geometry, no region. */
const national = (locality, regions = ALL_REGIONS) => ({ scope: 'national', city: null, region: null, regions, locality });

// Frequently cited sources.
const MGOROD_CHRONO = S('Moy Gorod (mgorod.kz)', 'https://mgorod.kz/news/gazovye-mitingi-v-kazaxstane-xronologiya-sobytij');
const QAZPOLIT = S('qazpolit.org (pro-government site)', 'https://qazpolit.org/en/ablyazov-mukhtar');
const INTERFAX_73523 = S('Interfax', 'https://interfax.com/newsroom/top-stories/73523/');
const GEOPOLITIC = S('geopolitic.org', 'https://geopolitic.org/2022/01/05/new-year-new-revolution-mass-protests-broke-out-in-kazakhstan-videos/');
const TASS_1383999 = S('TASS', 'https://tass.com/world/1383999');
const ORDA_AKTAU = S('Orda.kz', 'https://orda.kz/shal-ket-kak-proshjol-miting-v-aktau/');
const AZATTYQ_MANGYSTAU = S('Radio Azattyq (RFE/RL)', 'https://rus.azattyq.org/a/31662081.html');
const RFERL_3JAN = S('RFE/RL', 'https://www.rferl.org/a/kazakhs-protest-fuel-price/31637860.html');
const PT_KAZTAG = S('KazTAG', 'https://pledgetimes.com/kazakh-police-use-force-against-participants-of-gas-protests/', 'pledgetimes.com');
const PT_AKTAU_4JAN = S('Russian news agencies (rewrite)', 'https://pledgetimes.com/in-aktau-eyewitnesses-report-about-the-transition-of-the-security-forces-to-the-side-of-the-protesters/', 'pledgetimes.com');
const PT_DETAINED_4JAN = S('Radio Azattyq (RFE/RL)', 'https://pledgetimes.com/protesters-were-detained-in-kazakhstan/', 'pledgetimes.com');
const PT_KHABAR_6JAN = S('Khabar 24', 'https://pledgetimes.com/in-kazakhstans-aktau-protesters-began-to-disperse-from-the-central-square/', 'pledgetimes.com');
const GENERICO_4JAN = S('Radio Azattyq and Sputnik Kazakhstan', 'https://generico.ru/2022/01/04/in-kazakhstan-for-the-third-day-in-a-row-protesters-are-going-to-rallies-due-to-rising-gas-prices-there-are-detainees/', 'generico.ru');
const ANTENA3 = S('Antena 3', 'https://www.antena3.ro/externe/proteste-kazahstan-plafon-preturi-gaz-624845.html');
const ANTITERROR = S('antiterrortoday.com (low reliability)', 'https://antiterrortoday.com/glavnoe-segodnya/vybor-moderatora/19338-kazakhstan-raskachivayut-gazovye-protesty-kotorye-uzhe-pererosli-v-massovye-besporyadki-mozhno-li-govorit-ob-ocherednoj-tsvetnoj-revolyutsii-na-prostranstve-sng');
const SEGODNYA = S('Segodnya', 'https://world.segodnya.ua/amp-world/gazovyy-maydan-v-kazahstane-policiya-nachala-zachistku-protestuyushchie-ostayutsya-do-konca-1594620.html');
const MGOROD_714 = S('Moy Gorod (mgorod.kz)', 'https://mgorod.kz/news/714-chelovek-dostavili-v-policiyu-zko-za-uchastie-v-mitinge');
const MGOROD_1800 = S('Moy Gorod (mgorod.kz)', 'https://mgorod.kz/news/v-uralske-mitinguyushhie-ozvuchili-svoi-trebovaniya-i-dali-vlastyam-vremya-do-18-00');
const MGOROD_50 = S('Moy Gorod (mgorod.kz)', 'https://mgorod.kz/news/snizheniya-ceny-na-szhizhennyj-gaz-do-50-tenge-dobilis-mitinguyushhie-v-uralske');
const MGOROD_AKTOBE = S('Moy Gorod (mgorod.kz)', 'https://mgorod.kz/news/mitinguyushhie-shturmovali-zdanie-akimata-v-aktobe');
const KLOOP_AKTOBE = S('Kloop', 'https://kloop.kg/blog/2022/01/05/v-aktobe-militsiya-dlya-razgona-protestuyushhih-ispolzovala-slezotochivyj-gaz/');
const DIPLOMAT_DAY3 = S('Orda.kz / The Diplomat (C. L. Reed)', 'https://tirek.info/krovavyj-yanvar-v-kazahstane-den-tretij-uralsk-i-kyzylorda/', 'tirek.info');
const DIPLOMAT_DAY4 = S('The Diplomat (C. L. Reed)', 'https://asiatoday.co/2023/01/04/day-4-ust-kamenogorsk-to-kokshetau-the-diplomat', 'asiatoday.co');
const DIPLOMAT_DAY5 = S('The Diplomat (C. L. Reed)', 'https://thediplomat.com/2023/01/kazakhstans-bloody-january-day-5-taraz-to-shymkent/');
const VLAST_PHOTO = S('Vlast.kz', 'https://vlast.kz/kz/obsshestvo/53262-dolgij-anvar-fotohronika.html');
const WAPO_TIMELINE = S('The Washington Post', 'https://www.washingtonpost.com/world/2022/01/06/kazakhstan-crisis-timeline/');
const KAZINFORM_CHRONO = S('Kazinform', 'https://www.inform.kz/ru/kak-proishodili-massovye-besporyadki-v-gorodah-kazahstana_a3898393');
const RIA_5JAN = S('RIA Novosti', 'https://ria.ru/amp/20220105/gruppy-1766648342.html');
const CLOUDFLARE = S('Cloudflare', 'https://blog.cloudflare.com/internet-shut-down-in-kazakhstan-amid-unrest/');
const NETBLOCKS = S('NetBlocks', 'https://netblocks.org/reports/internet-disrupted-in-kazakhstan-amid-energy-price-protests-oy9YQgy3');
const TASS_CCBS = S('TASS', 'https://www.ccbsnews.info/en/news/detail/4659', 'ccbsnews.info');
const REUTERS_DECCAN = S('Reuters', 'https://www.deccanherald.com/international/kazakh-government-resigns-after-violent-protests-1068085.html', 'deccanherald.com');
const INTERFAX_UA_789975 = S('Interfax-Ukraine', 'https://en.interfax.com.ua/news/general/789975.html');
const KURSIV_5JAN = S('Kursiv', 'https://kz.kursiv.media/en/2022-01-11/what-was-going-kazakhstan-january-5-2022/');
const LETA_TVNET = S('LETA', 'https://www.tvnet.lv/7423426/rinkevics-aicina-nedoties-uz-kazahstanu-vestnieciba-apzina-latvijas-valstpiederigos', 'tvnet.lv');
const KLOOP_RESIDENCE = S('Kloop', 'https://kloop.kg/blog/2022/01/05/smi-v-almaty-gorit-gosrezidentsiya-prezidenta-kazahstana/');
const NYT_GLOBE = S('The New York Times', 'https://www.bostonglobe.com/2022/01/05/world/kazakh-protesters-burn-government-offices-unrest-sweeps-country/', 'bostonglobe.com');
const SILKWAY_TALDYKORGAN = S('Silkway News', 'https://silkway.news/ru/v-kazahstanskom-taldikorgane-220979');
const THE_NATIONAL = S('The National', 'https://www.thenationalnews.com/world/2022/01/05/kazakhstan-protests-where-is-it-and-whats-going-on/');
const AZATUTYUN_MASSIS = S('RFE/RL Armenian Service', 'https://massispost.com/2022/01/armenias-pm-announced-csto-to-dispatch-collective-peacekeeping-forces-to-kazakhstan/', 'massispost.com');
const DW_DELFI = S('DW', 'https://www.delfi.lt/ru/abroad/global/protesty-v-kazahstane-zahvachen-aeroport-alma-aty.d?id=89119799', 'delfi.lt');
const TASS_1384867 = S('TASS', 'https://tass.com/world/1384867');
const LANKATIMES_SVOBODA = S('Radio Svoboda (RFE/RL)', 'https://lankatimes.com/kazakhstan-authorities-say-the-death-toll-among-civilians-in-almaty', 'lankatimes.com');
const INTERFAX_RU_813941 = S('Interfax', 'https://www.interfax.ru/world/813941');
const MIRDLIATEBIA = S("'Ostorozhno, novosti' (Telegram)", 'https://mirdliatebia.ru/goodies/drinks/protestyushie-vziali-shtyrmom-zdanie-administracii-v-kazahstanskom-gorode-aktobe.html', 'mirdliatebia.ru');
const AZATTYQ_LIVE = S('Radio Azattyq (RFE/RL)', 'https://rus.azattyq.org/a/live-blogging-january-protest/31639982/lbl0lbi252612.html');
const KAZINFORM_TARAZ = S('Kazinform', 'https://www.inform.kz/en/curfew-extended-in-taraz-amid-riots_a3882413');
const KAZINFORM_KYZYLORDA = S('Kazinform', 'https://en.inform.kz/news/168-injured-amid-unrest-in-kyzylorda-region_a3882115/');
const KLOOP_DAY4 = S('Kloop', 'https://kloop.kg/blog/2022/01/05/chetvertyj-den-protestov-v-kazahstane-kak-eto-bylo-video/');
const AZATTYQ_ZHEZKAZGAN = S('Radio Azattyq (RFE/RL)', 'https://rus.azattyq.org/amp/31642267.html');
const OPENDEMOCRACY_UNIONS = S('openDemocracy', 'https://www.opendemocracy.net/en/odr/kazakhstan-trade-union-solidarity-fight-january/');
const CH_AVIATION = S('ch-aviation', 'https://www.ch-aviation.com/portal/news/111422-mass-disruptions-in-kazakhstan-following-insurrection');
const TASS_1384499 = S('TASS', 'https://tass.com/world/1384499');
const JAMNEWS = S('JAMnews', 'https://jam-news.net/csto-security-council-meeting-threat-to-kazakhstan-or-the-csto/');
const XINHUA_DTNEXT = S('Xinhua', 'https://www.dtnext.in/News/World/2022/01/11154545/1338279/Kazakhstan-garners-support-for-restoring-peace-after-.vpf', 'dtnext.in');
const RFERL_6JAN = S('RFE/RL', 'https://rferl.org/amp/kazakhstan-protests-csto-unrest-toqaev/31641861.html');
const SVABODA_6JAN = S('Radio Svaboda (RFE/RL)', 'https://svaboda.org/a/31642211.html');
const HRW_26JAN = S('Human Rights Watch', 'https://www.hrw.org/news/2022/01/26/kazakhstan-killings-excessive-use-force-almaty');
const RADIOSPUTNIK_6JAN = S('RIA Novosti (Radio Sputnik)', 'https://radiosputnik.ru/20220106/zhambul-1766742566.html');
const TV24_KOSTANAY = S('24tv.ua', 'https://24tv.ua/cherez-porushennya-poryadku-kazahskomu-kostanayi-novini-svitu_n1837436/amp');
const TASS_1LURER = S('TASS', 'https://1lurer.am/en/2022/01/19/', '1lurer.am');
const AZATTYQ_AKTOBE_TIREK = S('Radio Azattyq (RFE/RL)', 'https://tirek.info/nas-privela-nishheta-proishodivshee-v-aktobe-glazami-reportera', 'tirek.info');
const INTERFAX_SPORT_814237 = S('Interfax', 'https://sport-interfax.ru/olimpiada-2022/814237', 'sport-interfax.ru');
const RUA_AKTAU = S('Sputnik Kazakhstan', 'https://en.rua.gr/2022/01/08/kazakhstan-end-of-protests-protesters-go-home/', 'en.rua.gr');
const AFP_ALARABIYA = S('AFP', 'https://english.alarabiya.net/News/world/2022/01/08/Kazakhstan-detains-former-security-chief-for-treason', 'alarabiya.net');
const AFP_TAIPEI = S('AFP', 'https://www.taipeitimes.com/News/world/archives/2022/01/09/2003771041', 'taipeitimes.com');
const REUTERS_TVC = S('Reuters', 'https://www.tvcnews.tv/kazakhstan-arrests-former-head-of-domestic-intelligence-on-suspicion-of-treason/', 'tvcnews.tv');
const RFERL_INTERNET = S('RFE/RL', 'https://www.rferl.org/a/kazakhstan-unrest-internet-resumes-almaty/31646931.html');
const ALJAZEERA_11JAN = S('Al Jazeera', 'https://www.aljazeera.com/news/2022/1/11/kazakhstan-leader-names-new-pm-russia-led-forces-set-to-pull-out');
const KAZINFORM_1300 = S('Kazinform', 'https://www.inform.kz/en/over-1-300-law-enforcers-military-personnel-injured-in-mass-riots-in-almaty_a3882784/amp');
const KLOOP_MOURNING = S('Kloop', 'https://kloop.kg/blog/2022/01/10/v-kazahstane-10-yanvarya-obyavili-dnem-traura-po-pogibshim-v-besporyadkah/');
const REUTERS_MARKETSCREENER = S('Reuters', 'https://it.marketscreener.com/notizie/ultimo/Le-truppe-guidate-dalla-Russia-sorvegliano-il-Kazakistan-annunciato-il-ritiro-37516604', 'it.marketscreener.com');
const RFERL_UKRAINETODAY = S('RFE/RL', 'https://ukrainetoday.org/2022/01/11/kazakh-president-announces-csto-troop-withdrawal-appoints-new-pm/', 'ukrainetoday.org');
const REGTRENDS = S('Regtrends', 'https://regtrends.com/en/2022/01/11/tokaev-obyavil-o-vyvode-sil-odkb-iz-kazahstana/');
const ARMRADIO_13JAN = S('Public Radio of Armenia', 'https://en.armradio.am/2022/01/13/withdrawal-of-csto-peacekeepers-from-kazakhstan-to-be-completed-on-january-19/');
const KAZINFORM_LIFT_12JAN = S('Kazinform', 'https://en.inform.kz/news/president-lifts-state-of-emergency-in-a-number-of-regions-of-kazakhstan_a3884985/');
const TASS_1387025 = S('TASS', 'https://tass.com/world/1387025');
const SPUTNIK_URDU_LIFT = S('Sputnik', 'https://www.urdupoint.com/en/world/state-of-emergency-to-be-lifted-in-several-ka-1446794.html', 'urdupoint.com');
const TASS_KHOVAR = S('TASS', 'https://khovar.tj/rus/2022/01/dejstvie-rezhima-chp-zavershilos-vo-vseh-regionah-kazahstana', 'khovar.tj');
const TASS_1388257 = S('TASS', 'https://tass.com/world/1388257');
const TASS_1388367 = S('TASS', 'https://tass.com/world/1388367');
const BARIBAR = S('Baribar.kz', 'https://baribar.kz/177798/aqtoebe-oblysynda-toetenshe-zhaghdaj-rezhimi-alynady');
const INAKTAU = S('inAktau.kz', 'https://www.inaktau.kz/news/3307087/rezim-cp-otmenat-v-mangistau-s-19-anvara');
const AZATTYQ_RUHY = S('Azattyq Ruhy', 'https://rus.azattyq-ruhy.kz/society/32401-rezhim-chp-i-komendantskii-chas-zavershaiutsia-v-nur-sultane-almaty-i-riade-regionov');
const BRIGHT_UZ = S('Bright Uzbekistan', 'https://brightuzbekistan.uz/en/the-state-of-emergency-in-kazakhstan-is-over/');

/** Emergency liftings, all by decree on the capital's clock. */
const lifted = (...regions) => ({ action: 'lifted', regions });
const declared = (...regions) => ({ action: 'declared', regions });

export const curation = {
  // ── Saturday 1 January ──────────────────────────────────────────────────────────────────
  'KZ22-001': {
    ...unknown('2022-01-01', '+06:00'),
    ...national('Nationwide (decision in Nur-Sultan)'),
    description: { en: "From New Year's Day the government no longer set the retail price of autogas (liquefied petroleum gas) and let exchange trading decide it. In Mangystau the pump price jumped overnight to about 120 tenge a litre, roughly twice the old 60 (one account says it had been 100)." },
    sources: [
      S('The Jamestown Foundation (S. Rymbetov)', 'https://theglobaleye.it/social-unrest-in-kazakhstan-turns-violent-ends-nazarbayev-era-serik-rymbetov-the-jamestown-foundation', 'theglobaleye.it'),
      GEOPOLITIC, INTERFAX_73523, QAZPOLIT,
    ],
  },

  // ── Sunday 2 January ────────────────────────────────────────────────────────────────────
  'KZ22-002': {
    ...approx('2022-01-02T11:00+05:00', 'about 11:00'),
    ...town('zhanaozen', 'KZ-MAN', 'Zhanaozen'),
    description: { en: "Hundreds of Zhanaozen residents, many of them motorists, massed in front of the town hall on the main square and shut a central street, wanting autogas to get cheaper again. The acting akim came out and asked for their demands on paper; placards telling the 'old man' to leave were already up that first day." },
    sources: [
      MGOROD_CHRONO,
      S('The Diplomat (C. L. Reed)', 'https://thediplomat.com/2023/01/kazakhstans-bloody-january-day-1-zhanaozen-to-aktau/'),
      QAZPOLIT,
    ],
  },
  'KZ22-003': {
    ...unknown('2022-01-02', '+05:00'),
    ...town('aktau', 'KZ-MAN', 'Aktau'),
    description: { en: 'TASS reports that Aktau, capital of Mangystau Region, saw fuel-price protests from the first day. On the following morning a Radio Azattyq correspondent found barely 30 people on the square.' },
    sources: [TASS_1383999, ORDA_AKTAU, AZATTYQ_MANGYSTAU],
  },

  // ── Monday 3 January ────────────────────────────────────────────────────────────────────
  'KZ22-004': {
    ...part('2022-01-03T03:00+06:00', 'overnight into 3 January'),
    ...national('Nationwide (decision in Nur-Sultan)'),
    description: { en: 'Overnight the president ordered ministers, in public, to sort out events in Zhanaozen at once. Premier Askar Mamin then created a government commission for Mangystau headed by his deputy Eraly Tugzhanov, and the competition regulator started checking fuel sellers for collusion.' },
    sources: [MGOROD_CHRONO, QAZPOLIT, PT_KAZTAG],
  },
  'KZ22-005': {
    ...unknown('2022-01-03', '+05:00'),
    ...town('zhanaozen', 'KZ-MAN', 'Zhanaozen'),
    description: { en: 'The crowd in Zhanaozen did not leave the square, holding it overnight and all the next day. It grew beyond a thousand people, and the slogans moved on from fuel to politics.' },
    figures: { crowd: [{ value: 1000, by: "RFE/RL ('more than 1,000')" }] },
    sources: [RFERL_3JAN],
  },
  'KZ22-006': {
    ...part('2022-01-03T09:00+05:00', 'from morning into the evening'),
    ...town('aktau', 'KZ-MAN', 'Aktau'),
    description: { en: "Aktau's protest outside the city administration began with a handful of people (Radio Azattyq counted about 30 in the morning) and swelled into a big rally. After dark, officers with arms interlocked forced the crowd back and boxed it in." },
    sources: [AZATTYQ_MANGYSTAU, PT_KAZTAG],
  },
  'KZ22-007': {
    ...unknown('2022-01-03', '+05:00'),
    ...town('zhetybai', 'KZ-MAN', 'Zhetybai'),
    description: { en: 'Near the village of Zhetybai, in Mangystau Region, demonstrators cut the highway.' },
    sources: [
      S('RIA Novosti', 'https://ria24.today/news/policiya-v-aktau-nachala-brat-v-kolco/11421105', 'ria24.today'),
      PT_AKTAU_4JAN,
    ],
    confidence: 'low',
  },
  'KZ22-008': {
    ...unknown('2022-01-03', '+05:00'),
    ...town('akshukur', 'KZ-MAN', 'Akshukur'),
    description: { en: 'Close to Akshukur, on the approach to Aktau, some hundred men stood across the road, and stopped cars queued behind them.' },
    figures: { crowd: [{ value: 100, by: "Orda.kz ('about a hundred')" }] },
    sources: [ORDA_AKTAU],
  },
  'KZ22-009': {
    ...unknown('2022-01-03', '+05:00'),
    ...town('aktau', 'KZ-MAN', 'Aktau'),
    description: { en: 'Mangystau got extra security forces: according to KazTAG, two military transport planes touched down in Aktau, and National Guard lorries drove towards Zhanaozen.' },
    sources: [
      S('Novye Izvestia', 'https://en.newizv.ru/news/2022-01-04/the-interference-by-the-president-of-kazakhstan-did-not-help-calm-the-gas-riot-386173'),
      PT_KAZTAG,
    ],
  },
  'KZ22-010': {
    ...unknown('2022-01-03', '+05:00'),
    ...town('aktau', 'KZ-MAN', 'Aktau'),
    description: { en: "The authorities' first offer, a drop in Mangystau's autogas price from 120 to 90 tenge a litre, failed to end the protests; only one outlet reported this step." },
    sources: [MGOROD_CHRONO],
  },
  'KZ22-011': {
    ...approx('2022-01-03T23:00+05:00', 'about 23:00'),
    ...town('oral', 'KZ-ZAP', 'Oral'),
    description: { en: "Late at night, after villages in four West Kazakhstan districts had voiced solidarity with Mangystau, a crowd formed on Oral's main square, mostly drivers of vans and lorries, with police all around; several were detained afterwards. Journalist Lukpan Akhmedyarov, who was there, estimated about 80 people." },
    figures: { crowd: [{ value: 80, by: 'Lukpan Akhmedyarov (Uralskaya Nedelya)' }] },
    sources: [
      MGOROD_714, DIPLOMAT_DAY3, MGOROD_1800,
      S('Uralskaya Nedelya', 'https://www.uralskweek.kz/2022/01/10/zhurnalist-lukpan-axmedyarov-o-provokatorax-na-mitinge-v-uralske-video/'),
    ],
  },
  'KZ22-012': {
    ...unknown('2022-01-03', '+06:00'),
    ...town('nur-sultan', 'KZ-AST', 'Nur-Sultan'),
    description: { en: 'In Nur-Sultan, officers took protesters into custody and tried to prevent an RFE/RL journalist from recording.' },
    sources: [RFERL_3JAN],
  },
  'KZ22-013': {
    ...unknown('2022-01-03', '+06:00'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: 'Almaty saw only a small show of solidarity: unknown men ripped away the banner, and some of those taking part ended up in detention. Human Rights Watch later spoke to people held on 3 and 4 January.' },
    sources: [RFERL_3JAN, S('Human Rights Watch', 'https://www.hrw.org/news/2022/02/01/kazakhstan-protesters-arbitrarily-arrested-beaten')],
  },
  'KZ22-014': {
    ...unknown('2022-01-03', '+05:00'),
    ...town('aktobe', 'KZ-AKT', 'Aktobe'),
    description: { en: "Radio Azattyq's correspondent in Aktobe says the local protest started on 3 January, a day earlier than other outlets report." },
    sources: [AZATTYQ_AKTOBE_TIREK],
    confidence: 'low',
  },

  // ── Tuesday 4 January ───────────────────────────────────────────────────────────────────
  'KZ22-015': {
    ...unknown('2022-01-04', '+05:00'),
    ...town('aktau', 'KZ-MAN', 'Aktau'),
    description: { en: "On Yntymak Square in Aktau, the government commission told activists that Mangystau's autogas would now cost 50 tenge a litre, a price KazMunayGas would carry as 'social responsibility', and that nobody would face charges. That evening Tokayev repeated the pledge on Twitter." },
    sources: [
      S('Government of Kazakhstan (statement)', 'https://pledgetimes.com/the-kazakhstani-authorities-agreed-to-the-demands-of-the-protesters-after-three-days-of-protests/', 'pledgetimes.com'),
      GEOPOLITIC, MGOROD_50, QAZPOLIT,
    ],
  },
  'KZ22-016': {
    ...unknown('2022-01-04', '+05:00'),
    ...town('aktau', 'KZ-MAN', 'Aktau'),
    description: { en: "A yurt and tents appeared on Aktau's Yntymak Square, where thousands kept up the protest; they now demanded the government's resignation, and the crowd chanted 'Shal, ket!', meaning 'Old man, go!'." },
    figures: { crowd: [{ value: 5000, by: 'Sputnik Kazakhstan' }, { value: 16000, by: 'antiterrortoday.com (low reliability)' }] },
    sources: [GENERICO_4JAN, ANTENA3, ANTITERROR],
  },
  'KZ22-017': {
    ...unknown('2022-01-04', '+05:00'),
    ...town('zhanaozen', 'KZ-MAN', 'Zhanaozen'),
    description: { en: 'For another night the Zhanaozen demonstrators camped out on their central square.' },
    figures: { crowd: [{ value: 10000, by: 'antiterrortoday.com (low reliability)' }] },
    sources: [ANTENA3, ANTITERROR],
  },
  'KZ22-018': {
    ...unknown('2022-01-04', '+05:00'),
    ...site('KZ-ATY', 'Tengiz oil field'),
    description: { en: "Workers at the Tengiz oil field joined a solidarity strike, as did a camp where Tengizchevroil's contractors live; the company said its output had not suffered." },
    sources: [S('Evenimentul Zilei', 'https://evz.ro/proteste-de-amploare-din-cauza-pretului-crescut-la-carburant-peste-20-de-protestatari-au-ajuns-in-spatele-gratiilor.html'), GENERICO_4JAN, OPENDEMOCRACY_UNIONS],
  },
  'KZ22-019': {
    ...unknown('2022-01-04', '+05:00'),
    // No verified point in the research: placed at the Kalamkas field (45°20′28″N 51°54′07″E),
    // on the Buzachi Peninsula; Karazhanbas lies on the same peninsula. Approximate.
    ...site('KZ-MAN', 'Kalamkas and Karazhanbas oil fields (Buzachi Peninsula)', [51.90194, 45.34111]),
    description: { en: 'In solidarity with the protests, shift crews on the Kalamkas and Karazhanbas oil fields stopped work and, since no buses were running, set off from the fields on foot.' },
    sources: [GENERICO_4JAN],
    confidence: 'low',
  },
  'KZ22-020': {
    ...part('2022-01-04T19:00+05:00', 'evening, continuing through the night'),
    ...town('atyrau', 'KZ-ATY', 'Atyrau'),
    description: { en: "Atyrau's Isatay–Makhambet Square filled with a big rally. Under activist Max Bokayev, upwards of 3,000 people sat out a bitterly cold night in tents, insisting that the regional akim come and face them." },
    figures: { crowd: [{ value: 5000, by: "Nur.kz ('more than 5,000')" }, { value: 3000, by: "Ak Zhayik ('more than 3,000' overnight)" }] },
    sources: [S('Ak Zhayik', 'https://azh.kz/ru/news/view/81823'), SEGODNYA],
  },
  'KZ22-021': {
    ...exact('2022-01-04T13:40+05:00'),
    ...town('oral', 'KZ-ZAP', 'Oral'),
    description: { en: 'Starting from the car park of the Dina hypermarket, protesters pushed past a police cordon and marched down the Samara–Shymkent highway to Abai Square, where they set the authorities an 18:00 deadline. A deputy regional akim offered 50-tenge gas at 21:30, yet people lit bonfires and did not leave.' },
    figures: { crowd: [{ value: { min: 1000, max: 1200 }, by: "protesters' estimate (evening)" }] },
    sources: [
      S('Moy Gorod (mgorod.kz)', 'https://mgorod.kz/news/mitinguyushhie-v-uralske-prorvali-oceplenie-policii-i-vyshli-na-avtodorogu-samara-shymkent'),
      S('Moy Gorod (mgorod.kz)', 'https://mgorod.kz/news/v-uralske-miting-protiv-povysheniya-cen-prodolzhaetsya-na-ploshhadi-abaya'),
      MGOROD_1800, MGOROD_50, MGOROD_714,
    ],
  },
  'KZ22-022': {
    ...approx('2022-01-04T12:00+05:00', 'from about 12:00'),
    ...town('aktobe', 'KZ-AKT', 'Aktobe'),
    description: { en: 'Outside the regional akimat in Aktobe several hundred people set up a yurt and settled in for the night, wanting the regional akim to meet them. Instead the city akim came and said gas would be sold at 50 tenge and the detained released.' },
    sources: [MGOROD_AKTOBE, KLOOP_AKTOBE],
  },
  'KZ22-023': {
    ...unknown('2022-01-04', '+06:00'),
    ...town('shymkent', 'KZ-SHY', 'Shymkent'),
    description: { en: "Shymkent's Al-Farabi Square hosted a march and rally backing Zhanaozen; in front of the city administration police took more than ten people away." },
    figures: { detained: [{ value: 10, by: "Radio Azattyq ('more than ten')" }] },
    sources: [PT_DETAINED_4JAN, GENERICO_4JAN, S('Kazakhstanskaya Pravda', 'https://kazpravda.kz/n/smutnoe-vremya')],
  },
  'KZ22-024': {
    ...unknown('2022-01-04', '+06:00'),
    ...town('nur-sultan', 'KZ-AST', 'Nur-Sultan'),
    description: { en: 'Next to the Nur-Sultan akimat police arrested at least three people, and mobile data was cut in the streets around the building.' },
    figures: { detained: [{ value: 3, by: "Radio Azattyq ('at least three')" }] },
    sources: [PT_DETAINED_4JAN, GENERICO_4JAN],
  },
  'KZ22-025': {
    ...unknown('2022-01-04', '+06:00'),
    ...town('taraz', 'KZ-ZHA', 'Taraz'),
    description: { en: 'In the centre of Taraz, black-uniformed police dispersed a protest and herded people onto buses. Reporters were held for a short time, and one journalist said officers beat her.' },
    sources: [DIPLOMAT_DAY5, TASS_1383999],
  },
  'KZ22-026': {
    ...unknown('2022-01-04', '+06:00'),
    ...town('shu', 'KZ-ZHA', 'Shu'),
    description: { en: 'In Shu, activists met at the railway station to back Zhanaozen. Several had been picked up before the rally, but once more than 300 people had gathered the prosecutor negotiated and they were let go.' },
    figures: { crowd: [{ value: 300, by: "a local activist ('more than 300')" }] },
    sources: [S('Radio Azattyq (RFE/RL)', 'https://drvpu8u8hwoyd.cloudfront.net/a/31702308.html', 'drvpu8u8hwoyd.cloudfront.net')],
  },
  'KZ22-027': {
    ...unknown('2022-01-04', '+06:00'),
    ...town('taldykorgan', 'KZ-ALM', 'Taldykorgan'),
    description: { en: 'At the arch on the road into Taldykorgan a protest gathered, and police arrested a number of participants.' },
    sources: [S('Time.kz', 'https://time.kz/articles/risk/2022/01/26/yanvarskaya-tragediya-glazami-ochevidtsa'), SEGODNYA],
  },
  'KZ22-028': {
    ...part('2022-01-04T19:00+06:00', 'evening'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: "The Oyan, Qazaqstan movement gathered close to the First President's Park; once politician Zhanbolat Mamay had been arrested, people assembled by Almaty Arena and walked down Abai Avenue to Republic Square." },
    figures: { crowd: [{ value: 5000, by: 'The Washington Post (in the city by night)' }, { value: 1000, by: 'Russian agency reports (on the square)' }] },
    sources: [
      VLAST_PHOTO,
      S('openDemocracy (A. Kaisar, D. Mazorenko)', 'https://www.opendemocracy.net/en/odr/what-really-happened-kazakhstan-protests-january/'),
      WAPO_TIMELINE, PT_AKTAU_4JAN,
    ],
  },
  'KZ22-029': {
    ...part('2022-01-04T23:00+06:00', 'night of 4–5 January'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: "Through the night stun grenades and tear gas were used around Republic Square and the Almaty akimat, while police vehicles were wrecked or torched. Officials' own timeline has assaults on the akimat starting at about 00:30 and roughly 800 people going for police where Seifullin and Timiryazev streets meet." },
    figures: {
      crowd: [{ value: 800, by: 'official chronology (one crossing)' }],
      detained: [{ value: 100, by: 'Radio Azattyq (about 100, plus about 50 from the Oyan march)' }],
    },
    sources: [S('Racurs', 'https://racurs.ua/n165302-gazovye-protesty-v-kazahstane-razgon-akcii-aresty-i-blokirovka-smi-video.html'), KAZINFORM_CHRONO, RIA_5JAN, VLAST_PHOTO],
  },
  'KZ22-030': {
    ...unknown('2022-01-04', '+06:00'),
    ...town('karaganda', 'KZ-KAR', 'Karaganda'),
    description: { en: 'Karaganda was among the cities where protests were held, according to TASS; a commentary in Rosbalt spoke of a sizeable rally.' },
    sources: [TASS_1383999, S('Rosbalt', 'https://rosbalt.ru/posts/2022/01/05/1938387.html')],
  },
  'KZ22-031': {
    ...unknown('2022-01-04', '+05:00'),
    ...town('kyzylorda', 'KZ-KZY', 'Kyzylorda'),
    description: { en: 'Solidarity rallies also began in Kyzylorda, where, according to the Orda.kz series published with The Diplomat, things started calmly before rioting later on.' },
    sources: [TASS_1383999, DIPLOMAT_DAY3],
  },
  'KZ22-032': {
    ...approx('2022-01-04T20:30+06:00', 'about 20:30, in the evening'),
    ...national('Nationwide'),
    description: { en: 'Across many cities mobile data slowed to a crawl and WhatsApp and Telegram stopped working; Cloudflare measured a steep fall in mobile traffic beginning around 14:30 UTC.' },
    sources: [CLOUDFLARE, NETBLOCKS, INTERFAX_73523],
  },
  'KZ22-033': {
    ...part('2022-01-04T19:00+06:00', 'evening'),
    ...national('Nationwide (address from Nur-Sultan)'),
    description: { en: 'Tokayev appealed in a video message for people not to answer calls to storm government offices, insisting that the state would stand and that dialogue was the way forward.' },
    sources: [RIA_5JAN, PT_AKTAU_4JAN],
  },

  // ── Wednesday 5 January ─────────────────────────────────────────────────────────────────
  'KZ22-034': {
    ...exact('2022-01-05T03:10+05:00'),
    ...town('oral', 'KZ-ZAP', 'Oral'),
    description: { en: 'Several hundred people were still on Abai Square in Oral when police moved in with stun grenades, removed the yurt and ordered reporters away. The regional akim afterwards justified the clearance as an answer to provocations.' },
    sources: [
      S('Moy Gorod (mgorod.kz)', 'https://mgorod.kz/news/siloviki-razognali-demonstrantov-s-ploshhadi-abaya-v-uralske'),
      S('Moy Gorod (mgorod.kz)', 'https://mgorod.kz/news/ne-lomajte-zhizn-sebe-i-rodnym-gali-iskaliev-obratilsya-k-zhitelyam-zko'),
    ],
  },
  'KZ22-035': {
    ...exact('2022-01-05T01:30+06:00'),
    ...national('Almaty city and Mangystau Region (decree in Nur-Sultan)', ['KZ-MAN', 'KZ-ALA']),
    emergency: declared('KZ-MAN', 'KZ-ALA'),
    description: { en: 'By decree, Almaty city and Mangystau Region were put under a state of emergency lasting until midnight on 19 January, with people barred from the streets between 23:00 and 07:00.' },
    sources: [TASS_CCBS, S("People's Daily", 'http://portuguese.people.cn/n3/2022/0106/c309808-9941501.html'), INTERFAX_UA_789975, REUTERS_DECCAN],
  },
  'KZ22-036': {
    ...part('2022-01-05T03:00+06:00', 'early hours'),
    ...national('Nationwide (decree in Nur-Sultan)'),
    description: { en: "The president let Askar Mamin's cabinet resign and appointed Alikhan Smailov, the first deputy premier, to lead the government in the interim. In the same hours he put prices of autogas, petrol, diesel and basic goods under state control for 180 days." },
    sources: [REUTERS_DECCAN, TASS_CCBS, S('Silkway News', 'https://silkway.news/ru/v-zdanii-administratsii-alma-ati-219667')],
  },
  'KZ22-037': {
    ...exact('2022-01-05T12:30+06:00'),
    ...town('taldykorgan', 'KZ-ALM', 'Taldykorgan'),
    emergency: declared('KZ-ALM'),
    description: { en: 'Almaty Region, governed from Taldykorgan, came under a state of emergency until 19 January, with a night curfew and controls on travel in and out.' },
    sources: [S('Kazinform', 'https://en.inform.kz/news/state-of-emergency-imposed-in-almaty-region_a3881593/'), TASS_1383999],
  },
  'KZ22-038': {
    ...exact('2022-01-05T16:00+06:00'),
    ...town('nur-sultan', 'KZ-AST', 'Nur-Sultan'),
    emergency: declared('KZ-AST'),
    description: { en: 'Emergency rule began in Nur-Sultan: a night curfew applied and movement into and out of the capital was restricted.' },
    sources: [S('Kazinform', 'https://www.inform.kz/en/state-of-emergency-declared-in-nur-sultan_a3881701/amp'), KURSIV_5JAN, LETA_TVNET],
  },
  'KZ22-039': {
    ...part('2022-01-05T19:00+06:00', 'in the evening'),
    ...national('Nationwide (decrees in Nur-Sultan)', REST_OF_COUNTRY),
    emergency: { action: 'declared', regions: REST_OF_COUNTRY },
    description: { en: 'With further decrees the state of emergency was spread to Shymkent and the twelve regions not yet covered, so that all of Kazakhstan was under it until midnight on 19 January.' },
    sources: [S('Kazinform', 'https://www.inform.kz/en/state-of-emergency-declared-in-regions-of-kazakhstan_a3881814'), INTERFAX_73523],
  },
  'KZ22-040': {
    ...approx('2022-01-05T16:30+06:00', 'about 16:30–17:00'),
    ...national('Nationwide'),
    description: { en: 'The whole country was cut off from the internet almost completely; some areas stayed offline until 10 January.' },
    sources: [CLOUDFLARE, NETBLOCKS, S('NATO CCDCOE', 'https://cyberlaw.ccdcoe.org/wiki/Kazakhstan_internet_blockage_(2022)')],
  },
  'KZ22-041': {
    ...approx('2022-01-05T19:00+06:00', 'about 19:00'),
    ...national('Nationwide (address from Nur-Sultan)'),
    description: { en: "Speaking on television, Tokayev announced that he now chaired the Security Council in Nazarbayev's place and promised the harshest possible response." },
    sources: [KURSIV_5JAN, S('TASS', 'https://tass.com/world/1384183'), THE_NATIONAL],
  },
  'KZ22-042': {
    ...unknown('2022-01-05', '+06:00'),
    ...national('Nationwide (decree in Nur-Sultan)'),
    description: { en: 'Tokayev removed Karim Masimov, a close Nazarbayev associate, as head of the National Security Committee (KNB) and put Yermek Sagimbayev in charge. Reports differ on the date: 5 January or the night that followed.' },
    sources: [
      S('Eurasianet', 'https://eurasianet.org/kazakhstan-explainer-whos-in-whos-out-as-tokayev-tries-to-take-back-control'),
      S('Kloop', 'https://kloop.kg/blog/2022/01/06/tokaev-snyal-karima-masimova-s-dolzhnosti-predsedatelya-knb/'),
      S('KZ.expert', 'https://kz.expert/en/news/inside/2635_why_was_masimov_arrested.html'),
    ],
  },
  'KZ22-043': {
    ...part('2022-01-05T12:00+06:00', 'from midday into the afternoon'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: "Protesters overwhelmed the police cordon and entered Almaty's city hall on Republic Square, which then went up in flames; fires were also started at the city prosecutor's office and the Nur Otan party building, and two deputy akims suffered gunshot wounds." },
    sources: [
      S('Reuters', 'https://news.trust.org/item/20220105135044-80o0y/', 'news.trust.org'),
      INTERFAX_UA_789975, KLOOP_RESIDENCE, NYT_GLOBE, SILKWAY_TALDYKORGAN,
    ],
  },
  'KZ22-044': {
    ...approx('2022-01-05T16:00+06:00', 'about 16:00 to 16:40', '2022-01-05T16:40+06:00'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: 'The presidential residence in Almaty was stormed by crowds numbering several thousand and set ablaze, to the sound of stun grenades and shooting.' },
    sources: [KURSIV_5JAN, KLOOP_RESIDENCE, NYT_GLOBE],
  },
  'KZ22-045': {
    ...part('2022-01-05T15:00+06:00', 'afternoon into the evening'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: "According to reports, fire was set to the premises of the state broadcaster 'Kazakhstan', the KNB's city office was overrun and its armoury emptied, and a district police station came under siege; the authorities later acknowledged that TV studios had been attacked." },
    sources: [S('Grani.ru', 'https://graniru.org/Politics/World/Asia/m.283637.html'), S('Kazinform', 'https://www.inform.kz/en/seven-arms-shops-seized-amid-mass-riots-in-almaty_a3882845')],
  },
  'KZ22-046': {
    ...exact('2022-01-05T16:44+06:00'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: "Kanat Taimerdenov, Almaty's commandant, reported some 500 civilians beaten and listed the damage: over 120 vehicles, 33 of them belonging to police, ambulance or fire services, plus about 120 shops, 180 cafés and restaurants and around 100 offices." },
    figures: { injured: [{ value: 500, by: "Almaty commandant (civilians beaten, 'about 500')" }] },
    sources: [KURSIV_5JAN, S('Kloop', 'https://kloop.kg/blog/2022/01/05/komendant-almaty-v-rezultate-protestov-postradali-bolee-500-chelovek/'), NYT_GLOBE],
  },
  'KZ22-047': {
    ...unknown('2022-01-05', '+06:00'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: "In Almaty 190 people turned to doctors, 137 of them police officers, and 40 were kept in hospital, the city's health department said." },
    figures: { injured: [{ value: 190, by: 'Almaty health department (sought treatment; 137 of them police)' }] },
    sources: [THE_NATIONAL, INTERFAX_73523],
  },
  'KZ22-048': {
    ...unknown('2022-01-05', '+06:00'),
    ...national('Nationwide'),
    description: { en: 'Eight members of the police and National Guard had died and 317 had been hurt, according to the Interior Ministry.' },
    figures: {
      deaths: [{ value: 8, by: 'Interior Ministry (police and National Guard only)' }],
      injured: [{ value: 317, by: 'Interior Ministry (police and National Guard only)' }],
    },
    sources: [AZATUTYUN_MASSIS, NYT_GLOBE],
  },
  'KZ22-049': {
    ...part('2022-01-05T19:00+06:00', 'evening; reports of the seizure span the evening'),
    ...site('KZ-ALA', 'Almaty International Airport'),
    description: { en: 'Once the troops guarding it had left, roughly 45 people seized Almaty airport; passengers were led out by staff, air traffic stopped and the duty-free shops were plundered. A deputy akim said control was regained during the night, and Tokayev later asserted that five planes had been captured, a claim never independently confirmed.' },
    figures: { crowd: [{ value: 45, by: 'media reports (intruders)' }] },
    sources: [
      DW_DELFI,
      S('Interfax-Ukraine', 'https://en.interfax.com.ua/news/general/790022.html'),
      KURSIV_5JAN,
      S('Trend', 'https://en.trend.az/casia/kazakhstan/3536877.html'),
      TASS_1384867, CH_AVIATION,
    ],
  },
  'KZ22-050': {
    ...part('2022-01-05T19:00+06:00', 'evening'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: 'Gunfire in the street killed a 12-year-old boy who was standing with his mother in line at a shop; he was hit in the head.' },
    figures: { deaths: 1 },
    sources: [S('Kloop', 'https://kloop.kg/blog/2022/01/12/orda-v-almaty-v-hode-besporyadkov-pogib-12-letnij-malchik/'), LANKATIMES_SVOBODA],
  },
  'KZ22-051': {
    ...approx('2022-01-05T14:00+05:00', 'about 14:00'),
    ...town('aktobe', 'KZ-AKT', 'Aktobe'),
    description: { en: 'Around 1,000 people had kept watch through the night before some of them broke into the Aktobe regional akimat. Police replied with tear gas and stun grenades, leaving several people hurt; a woman is said to have lost her foot.' },
    figures: { crowd: [{ value: 1000, by: 'Orda.kz' }] },
    sources: [
      MGOROD_AKTOBE, KLOOP_AKTOBE, INTERFAX_RU_813941, MIRDLIATEBIA,
      S('RFE/RL', 'https://www.rferl.org/a/kazakhstan-aqtau-aqtobe-protests/31640979.html'),
    ],
  },
  'KZ22-052': {
    ...unknown('2022-01-05', '+05:00'),
    ...town('atyrau', 'KZ-ATY', 'Atyrau'),
    description: { en: 'In Atyrau police fired on a crowd of around 3,000 who wanted the regional akim to meet them. A protester was killed by a shot to the head and a second man was seriously wounded.' },
    figures: { crowd: [{ value: 3000, by: 'Radio Azattyq reporter' }], deaths: 1 },
    sources: [
      S('UNN', 'https://unn.ua/ru/news/u-kazakhstani-politsiya-pochala-strilyati-po-protestuvalnikakh-odin-pomer-vid-postrilu-v-golovu-zmi'),
      NYT_GLOBE, DW_DELFI,
    ],
  },
  'KZ22-053': {
    ...part('2022-01-05T15:00+06:00', 'afternoon'),
    ...town('taldykorgan', 'KZ-ALM', 'Taldykorgan'),
    description: { en: 'In Taldykorgan, ropes fastened to a lorry brought down the Nazarbayev monument put up in 2016, which snapped in two as it fell.' },
    sources: [
      S('TASS', 'https://tass.com/world/1384189'),
      S('Golos.ua', 'https://golos.ua/amp/news/v-kazahstane-snesly-pamyatnyk-nazarbaevu-foto-vydeo'),
      S('Sputnik', 'https://sputniknews.com/20220107/video-protesters-pull-down-statue-of-kazakhstans-first-president-nazarbayev-in-almaty-region-1092093582.html'),
      S('Russian media (unattributed rewrite)', 'https://pledgetimes.com/protesters-tumble-down-a-monument-to-nazarbayev-in-kazakhstan/', 'pledgetimes.com'),
    ],
  },
  'KZ22-054': {
    ...exact('2022-01-05T15:27+06:00', '2022-01-05T19:48+06:00'),
    ...town('taldykorgan', 'KZ-ALM', 'Taldykorgan'),
    description: { en: 'Officials say a crowd of about 3,000 stormed the Almaty regional akimat in Taldykorgan at 15:27 and then, in turn, attacked soldiers and police (16:30), smashed special vehicles (17:00) and captured the regional police headquarters (19:48). The akimat was gutted by fire, and the mayor of Taldykorgan was hurt in the head.' },
    figures: { crowd: [{ value: 3000, by: 'official chronology (Kazinform)' }] },
    sources: [
      KAZINFORM_CHRONO,
      S('SHOT (Telegram)', 'https://pledgetimes.com/completely-burned-down-akimat-in-kazakhstani-city-caught-on-video/', 'pledgetimes.com'),
      SILKWAY_TALDYKORGAN,
    ],
  },
  'KZ22-055': {
    ...part('2022-01-05T03:00+06:00', 'overnight into 5 January, and again into 6 January'),
    ...town('shymkent', 'KZ-SHY', 'Shymkent'),
    description: { en: "Armed with stones, steel bars and Molotov cocktails, thousands went for the police and the buildings of the city akimat and maslikhat in Shymkent's Nursat government district. Fire destroyed the exhibition centre, and the Turkestan palace, a theatre and the Nur Otan headquarters were also hit." },
    sources: [S('Kazakhstanskaya Pravda', 'https://kazpravda.kz/n/zhizn-posle-pogromov'), AZATTYQ_LIVE, MIRDLIATEBIA, DIPLOMAT_DAY5],
  },
  'KZ22-056': {
    ...unknown('2022-01-05', '+06:00'),
    ...town('taraz', 'KZ-ZHA', 'Taraz'),
    description: { en: 'In Taraz the city akimat held out, but rioters wrecked the regional akimat and a police building and set the regional Nur Otan office alight; it was still on fire three days later.' },
    sources: [KAZINFORM_TARAZ, MIRDLIATEBIA, PT_KHABAR_6JAN],
  },
  'KZ22-057': {
    ...part('2022-01-05T19:00+05:00', 'evening, into the night of 5–6 January'),
    ...town('kyzylorda', 'KZ-KZY', 'Kyzylorda'),
    description: { en: 'In Kyzylorda the regional akimat, the Nur Otan office and a courthouse suffered damage; according to police, efforts to spread the disorder during the night were stopped.' },
    sources: [KAZINFORM_KYZYLORDA, S('runews24.ru', 'https://runews24.ru/amp/incidents/06/01/2022/bde0cesef89d0183e4ff86613399f6e7')],
  },
  'KZ22-058': {
    ...part('2022-01-05T15:00+06:00', 'afternoon'),
    ...town('oskemen', 'KZ-VOS', 'Oskemen'),
    description: { en: "Smaller groups came together on Oskemen's central square in front of the regional akimat, which police had sealed off. By the police count some 3,000 people took part; officers said the akimat was partly damaged and that soldiers had their epaulettes torn off." },
    figures: { crowd: [{ value: 3000, by: 'police' }] },
    sources: [
      S('Ratel.kz', 'https://ratel.kz/raw/zhiteli_ust_kamenogorska_trebujut_uluchshit_kachestvo_zhizni_1'),
      S('Radio Azattyq (RFE/RL)', 'https://m.123ru.net/mix/308100894', 'm.123ru.net'),
      DIPLOMAT_DAY4, KLOOP_DAY4,
    ],
  },
  'KZ22-059': {
    ...unknown('2022-01-05', '+06:00'),
    ...town('semey', 'KZ-VOS', 'Semey'),
    description: { en: 'The city akimat in Semey was stormed and five floors were trashed; among 25 injured police officers, some had been stabbed.' },
    figures: { injured: [{ value: 25, by: 'official figure (police officers)' }] },
    sources: [
      S('NewTimes.kz', 'https://steppe-region.com/regiony-kz/item/133863-uehat-ne-uspeem-shturm-akimata-semeya-glazami-zhurnalista', 'steppe-region.com'),
      S('Khabar', 'https://khabar.kz/kk/news/ekonomika/137907-shygys-kazakstanda-shygyn-eseptele-bastady'),
      PT_KHABAR_6JAN,
    ],
  },
  'KZ22-060': {
    ...unknown('2022-01-05', '+06:00'),
    ...town('pavlodar', 'KZ-PAV', 'Pavlodar'),
    description: { en: 'Protesters in Pavlodar massed at the administration building to call for the akim; according to witnesses a door was broken open and trams were stopped by a group before police brought the situation under control.' },
    sources: [LETA_TVNET, KLOOP_DAY4, S('gorsite.ru', 'https://gorsite.ru/news/obshchestvo/seychas_vsye_vosstanavlivayut_zhiteli_kazakhstana_rasskazali_o_svoikh_perezhivaniyakh/')],
  },
  'KZ22-061': {
    ...unknown('2022-01-05', '+06:00'),
    ...town('petropavl', 'KZ-SEV', 'Petropavl'),
    description: { en: 'A crowd formed in front of the city administration in Petropavl, at a time when mobile data and messengers were not working.' },
    sources: [LETA_TVNET, S('Rusvesna (low reliability)', 'https://rusvesna.su/news/1641378941')],
  },
  'KZ22-062': {
    ...part('2022-01-05T09:00+06:00', 'first half of the day, with marches later in the afternoon'),
    ...town('kostanay', 'KZ-KUS', 'Kostanay'),
    description: { en: 'In Kostanay, people pushed through the police barrier at the regional akimat as the city akim appeared; the regional akim spoke too, then the crowd marched out onto Gogol Street and Abay Avenue, and several activists were arrested.' },
    sources: [
      S('inbusiness.kz', 'https://inbusiness.kz/ru/last/v-kostanae-lyudi-vyshli-na-centralnye-ulicy-zanyav-proezzhuyu-chast'),
      S('LETA', 'https://www.apollo.lv/7423281/galvaspilseta-izsludinats-arkartejais-stavoklis', 'apollo.lv'),
      LETA_TVNET,
    ],
  },
  'KZ22-063': {
    ...unknown('2022-01-05', '+06:00'),
    ...town('zhezkazgan', 'KZ-KAR', 'Zhezkazgan'),
    description: { en: "Copper miners of Kazakhmys, with other workers and townspeople, held a rally in Zhezkazgan and overnight moved on to the akimat; they asked for a lower retirement age, lower prices and guarantees for protesters' safety." },
    sources: [AZATTYQ_ZHEZKAZGAN, OPENDEMOCRACY_UNIONS],
  },
  'KZ22-064': {
    ...unknown('2022-01-05', '+05:00'),
    ...town('aktau', 'KZ-MAN', 'Aktau'),
    description: { en: 'In Aktau thousands of people, most of them working for local firms, kept occupying the central square; no deaths were ever recorded in the Mangystau protests.' },
    sources: [INTERFAX_RU_813941, AZATTYQ_MANGYSTAU, KLOOP_DAY4],
  },
  'KZ22-065': {
    ...unknown('2022-01-05', '+05:00'),
    ...town('aktau', 'KZ-MAN', 'Aktau'),
    description: { en: 'Protesters made their way into Aktau airport, Orda.kz reported, and the airport did not reopen for several days.' },
    sources: [CH_AVIATION, TASS_1384867],
  },
  'KZ22-066': {
    ...unknown('2022-01-05', '+06:00'),
    ...town('turkistan', 'KZ-YUZ', 'Turkistan'),
    description: { en: 'Only one low-reliability outlet named Turkistan as one of the cities where protests started on the fourth day.' },
    sources: [S('islamnews.ru', 'https://islamnews.ru/news-k-protestu-v-kazakhstane-prisoedinyayutsya-novye-goroda-s-trebovaniem-shal-ket')],
  },
  'KZ22-067': {
    ...unknown('2022-01-05', '+06:00'),
    ...town('kokshetau', 'KZ-AKM', 'Kokshetau'),
    description: { en: "Kokshetau appears in the title of the fourth part of The Diplomat's series on the unrest, suggesting protests took place there, but no specific account could be found." },
    sources: [DIPLOMAT_DAY4],
  },
  'KZ22-068': {
    ...part('2022-01-05T22:00+06:00', 'late evening'),
    ...national('Nationwide (Security Council in Nur-Sultan)'),
    description: { en: "Chairing his first Security Council session, Tokayev told members he had requested assistance from the CSTO heads of state against a 'terrorist threat' that, he said, had been trained abroad." },
    sources: [TASS_1384499, AZATUTYUN_MASSIS],
  },

  // ── Thursday 6 January ──────────────────────────────────────────────────────────────────
  'KZ22-069': {
    ...part('2022-01-06T03:00+06:00', 'early hours of 6 January'),
    ...national('Nationwide (CSTO decision)'),
    description: { en: "Nikol Pashinyan, Armenia's prime minister and the current chair of the CSTO Collective Security Council, announced that 'collective peacekeeping forces' would go to Kazakhstan for a limited time under Article 4, the alliance's first operation of this kind." },
    sources: [AZATUTYUN_MASSIS, S('Europe Diplomatic', 'https://europediplomatic.com/2022/01/06/kazakhstan-csto-troops-to-quell-protests/'), JAMNEWS, TASS_1384499],
  },
  'KZ22-070': {
    ...part('2022-01-06T12:00+06:00', 'during the day'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: 'Russian paratroopers, the first of the CSTO contingent, touched down in Almaty, and an advance party started protecting key sites; Belarus, Armenia, Tajikistan and Kyrgyzstan also sent soldiers. Tokayev later said the force had 2,030 troops and 250 vehicles, while other reports spoke of about 2,500.' },
    sources: [
      TASS_1384499,
      S('RIA Novosti', 'https://pledgetimes.com/csto-peacekeepers-began-to-fulfill-their-tasks-in-kazakhstan/', 'pledgetimes.com'),
      XINHUA_DTNEXT, WAPO_TIMELINE,
    ],
  },
  'KZ22-071': {
    ...exact('2022-01-05T20:00+06:00', '2022-01-06T05:00+06:00'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: "Almaty's police headquarters came under armed attack 27 times during the night, the force said, adding that 'dozens' of assailants had been 'liquidated'; in the course of the day some 2,000 people were taken into custody." },
    figures: { detained: [{ value: 2000, by: 'Almaty police' }] },
    sources: [
      S('Europe Diplomatic', 'https://europediplomatic.com/2022/01/06/kazakhstan-killed-protesters-in-morgues/'),
      S('Al-Watan', 'https://alwatannews.net/world/article/984393'),
      RFERL_6JAN,
    ],
  },
  'KZ22-072': {
    ...part('2022-01-06T09:00+06:00', 'morning, with more shooting in the evening'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: "Armoured vehicles moved across Republic Square in the morning with troops firing; that evening soldiers shot at a gathering there made up largely of unarmed young people. Human Rights Watch's most serious documented case in Almaty on 4–6 January involved ten apparent killings." },
    figures: {
      deaths: [{ value: 1, by: 'Azattyk reporters (at least one body seen)' }, { value: 10, by: 'Human Rights Watch (worst incident, 4–6 January)' }],
      injured: [{ value: 19, by: 'Human Rights Watch (worst incident, 4–6 January)' }],
    },
    sources: [RFERL_6JAN, S('Azattyk (RFE/RL)', 'https://azattyk.org/a/kazakstan-gas-naarazylyk/31639402/lbl0lbi252482.html'), SVABODA_6JAN, HRW_26JAN],
  },
  'KZ22-073': {
    ...unknown('2022-01-06', '+06:00'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: "Thirteen law-enforcement officers had died in Almaty, the commandant's office said, claiming that two bodies had been beheaded, which was never verified. Nationwide, the Interior Ministry counted 18 dead among the security forces." },
    figures: {
      deaths: [{ value: 13, by: "Almaty commandant's office (security personnel, Almaty)" }, { value: 18, by: 'Interior Ministry (security personnel, nationwide)' }],
      injured: [{ value: 353, by: 'Khabar 24 (security personnel, Almaty)' }],
    },
    sources: [
      S('Lenta.ru', 'https://lenta.ru/news/2022/01/06/dead_kazah'),
      S('CNN', 'https://hwbhost.com/kazakhstan-dozens-of-protesters-reported-killed-as-russia-led-military-alliance-heads-to-the-country/', 'hwbhost.com'),
      RFERL_6JAN,
    ],
  },
  'KZ22-074': {
    ...approx('2022-01-06T23:00+06:00', 'about 23:00'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: "Journalists of TV channel 'Almaty', asked to film the mayor, were shot at near the presidential residence; their driver died and a reporter was wounded." },
    figures: { deaths: 1, injured: 1 },
    sources: [S('Kloop', 'https://kloop.kg/blog/2022/01/07/protesty-v-almaty-pod-obstrelom-pogib-sotrudnik-telekanala-eshhe-odnomu-zhurnalistu-razdrobilo-paltsy/')],
  },
  'KZ22-075': {
    ...unknown('2022-01-06', '+06:00'),
    ...national('Nationwide'),
    description: { en: 'Over 1,000 people across Kazakhstan had been hurt, the Health Ministry said; almost 400 were in hospital, 62 of them in intensive care.' },
    figures: { injured: [{ value: 1000, by: "Health Ministry ('more than 1,000')" }] },
    sources: [S('TASS', 'https://tass.com/world/1384413'), S('Interfax-Ukraine', 'https://en.interfax.com.ua/news/general/790154.html')],
  },
  'KZ22-076': {
    ...unknown('2022-01-06', '+05:00'),
    ...town('aktau', 'KZ-MAN', 'Aktau'),
    description: { en: "Activists asked the people on Aktau's square to head home, and the crowd started to shrink; there was still no internet connection and little cash to be had." },
    sources: [PT_KHABAR_6JAN],
    confidence: 'low',
  },
  'KZ22-077': {
    ...unknown('2022-01-06', '+06:00'),
    ...town('taraz', 'KZ-ZHA', 'Taraz'),
    description: { en: 'In Taraz the security forces retook the Zhambyl regional administration from protesters; state TV added that the city police headquarters and the Nur Otan office had been held.' },
    sources: [RADIOSPUTNIK_6JAN, PT_KHABAR_6JAN],
  },
  'KZ22-078': {
    ...unknown('2022-01-06', '+06:00'),
    ...town('semey', 'KZ-VOS', 'Semey'),
    description: { en: "Semey's city hall was cleared of the protesters who had occupied it, state TV reported." },
    sources: [RADIOSPUTNIK_6JAN, PT_KHABAR_6JAN],
  },
  'KZ22-079': {
    ...part('2022-01-06T12:00+06:00', 'by midday'),
    ...town('shymkent', 'KZ-SHY', 'Shymkent'),
    description: { en: "Around Shymkent's city hall, guarded by a special unit by midday, stood 20–30 burnt-out cars and five burnt buses. During the night another attempt to seize the building had been made under fire, and looters had emptied a shopping centre and cash machines." },
    sources: [SVABODA_6JAN],
  },
  'KZ22-080': {
    ...unknown('2022-01-06', '+05:00'),
    ...town('aktobe', 'KZ-AKT', 'Aktobe'),
    description: { en: "Aktobe's airport, shut on 6 January, reopened that evening once security forces had cleared protesters out." },
    sources: [CH_AVIATION, RADIOSPUTNIK_6JAN],
  },
  'KZ22-081': {
    ...unknown('2022-01-06', '+06:00'),
    ...town('nur-sultan', 'KZ-AST', 'Nur-Sultan'),
    description: { en: 'Six checkpoints went up on the roads leading into Nur-Sultan and night-time travel in and out was limited; police described the capital as completely under their control.' },
    sources: [
      S('Trend', 'https://en.trend.az/casia/kazakhstan/3537412.html'),
      S('Kazinform', 'https://www.inform.kz/en/6-checkpoints-set-up-around-kazakh-capital_a3882100/amp'),
      S('RIA Novosti', 'https://pledgetimes.com/six-checkpoints-are-set-up-along-the-perimeter-of-nur-sultan/', 'pledgetimes.com'),
    ],
  },
  'KZ22-082': {
    ...unknown('2022-01-06', '+06:00'),
    ...town('kostanay', 'KZ-KUS', 'Kostanay'),
    description: { en: 'According to Kostanay police, breaking up the rally led to 245 detentions, among them under-18s and citizens of other countries.' },
    figures: { detained: [{ value: 245, by: 'Kostanay regional police' }] },
    sources: [
      S('Sputnik Kazakhstan', 'https://pledgetimes.com/russian-was-detained-during-the-dispersal-of-a-protest-rally-in-kazakhstan/', 'pledgetimes.com'),
      S('Life.ru', 'https://life.ru/p/1462343'),
    ],
  },
  'KZ22-083': {
    ...exact('2022-01-06T15:00+06:00'),
    ...town('zhezkazgan', 'KZ-KAR', 'Zhezkazgan'),
    description: { en: "Some 300 people continued the miners' calm vigil outside the Zhezkazgan akimat, and police observed without arresting anybody." },
    figures: { crowd: [{ value: 300, by: 'Radio Azattyq' }] },
    sources: [AZATTYQ_ZHEZKAZGAN],
  },

  // ── Friday 7 January ────────────────────────────────────────────────────────────────────
  'KZ22-084': {
    ...unknown('2022-01-07', '+06:00'),
    ...national('Nationwide (address from Nur-Sultan)'),
    description: { en: "Tokayev told the nation he had authorised the security forces to 'shoot to kill without warning', said without producing evidence that 20,000 'bandits' had assaulted Almaty, refused negotiations and expressed thanks to Russia, China, Uzbekistan and Turkey." },
    sources: [
      S('EFE', 'https://www.efe.com/efe/english/portada/kazakh-president-gives-shoot-to-kill-order-against-protesters/50000260-4712692'),
      S('The Irish Times', 'https://www.irishtimes.com/news/world/asia-pacific/kazakhstan-constitutional-order-mostly-restored-president-says-1.4770896'),
      S('RT', 'https://www.rt.com/russia/545367-kazakhstan-authorizes-lethal-force/'),
      S('A News', 'https://www.anews.com.tr/world/2022/01/07/kazakhstans-tokayev-orders-forces-to-open-fire-without-warning'),
    ],
  },
  'KZ22-085': {
    ...unknown('2022-01-07', '+06:00'),
    ...national('Nationwide'),
    description: { en: "According to the Interior Ministry, 26 'armed criminals' were dead and 18 wounded, over 3,000 people were in custody, all akimat buildings had been retaken, and 18 members of the security forces had lost their lives." },
    figures: {
      deaths: [{ value: 26, by: "Interior Ministry ('armed criminals')" }, { value: 18, by: 'Interior Ministry (security personnel)' }],
      injured: [{ value: 18, by: "Interior Ministry ('armed criminals' wounded)" }],
      detained: [{ value: 3000, by: "Interior Ministry ('more than 3,000')" }, { value: 3800, by: 'Interior Ministry (later update, about 3,800)' }],
    },
    sources: [
      S('Novye Izvestia', 'https://en.newizv.ru/news/2022-01-07/security-officials-in-kazakhstan-detained-more-than-3-thousand-people-386386?amp=1'),
      AZATTYQ_LIVE, TV24_KOSTANAY,
    ],
  },
  'KZ22-086': {
    ...unknown('2022-01-07', '+06:00'),
    ...national('Nationwide (KNB decision)'),
    description: { en: "A 'red' (critical) terrorism alert was declared for the whole country by the KNB, permitting searches of people, homes and vehicles." },
    sources: [TASS_1LURER, KAZINFORM_TARAZ, KAZINFORM_KYZYLORDA],
  },
  'KZ22-087': {
    ...part('2022-01-07T09:00+06:00', 'from early morning through the day'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: 'Fighting flared again near the Almaty akimat and the old presidential residence. Radio Azattyq journalists counted three bodies on and around Republic Square, two of them inside cars with bullet holes through the windscreen.' },
    figures: { deaths: [{ value: 3, by: 'Radio Azattyq reporters (bodies seen)' }] },
    sources: [AZATTYQ_LIVE, S('RBC and RIA Novosti', 'https://pledgetimes.com/in-almaty-fighting-resumed-near-the-old-residence-of-the-president/', 'pledgetimes.com')],
  },
  'KZ22-088': {
    ...unknown('2022-01-07', '+06:00'),
    ...site('KZ-ALA', 'Almaty International Airport'),
    description: { en: "CSTO and Kazakh troops were holding Almaty airport, Russia's defence ministry said, with military flights arriving day and night; civil aviation remained suspended." },
    sources: [S('AeroTime', 'https://aerotime.aero/articles/29888-russia-control-almaty-airport-kazakh-unrest/amp'), TASS_1384867],
  },
  'KZ22-089': {
    ...approx('2022-01-07T04:30+05:00', 'about 04:30'),
    ...town('aktobe', 'KZ-AKT', 'Aktobe'),
    description: { en: "Aktobe's protest was ended before sunrise: shots rang out on the square and people were bundled into police vans. State television described the akimat as freed in a special operation." },
    sources: [AZATTYQ_AKTOBE_TIREK, INTERFAX_SPORT_814237],
  },
  'KZ22-090': {
    ...unknown('2022-01-07', '+06:00'),
    ...town('taldykorgan', 'KZ-ALM', 'Taldykorgan'),
    description: { en: 'Some 20 gunmen in camouflage tried to storm the pre-trial detention centre in Taldykorgan and were driven back; one of them was killed and another wounded.' },
    figures: { deaths: 1, injured: 1 },
    sources: [
      S('Strana.ua', 'https://amp.strana.best/news/370620-na-sizo-v-taldykorhane-pytalis-napast-dvadtsat-chelovek.html', 'strana.best'),
      SILKWAY_TALDYKORGAN,
    ],
  },
  'KZ22-091': {
    ...approx('2022-01-07T10:32+05:00', 'time of the Kazinform report'),
    ...town('kyzylorda', 'KZ-KZY', 'Kyzylorda'),
    description: { en: 'Gulshara Abdykalikova, governor of Kyzylorda Region, declared a counter-terrorist operation under the red threat level and said 168 people had been hurt, with 77 of them in hospital.' },
    figures: { injured: [{ value: 168, by: 'Kyzylorda regional governor (77 hospitalised)' }] },
    sources: [KAZINFORM_KYZYLORDA],
  },
  'KZ22-092': {
    ...unknown('2022-01-07', '+06:00'),
    ...town('shymkent', 'KZ-SHY', 'Shymkent'),
    description: { en: 'In Shymkent 60 people had been injured, including soldiers, police and passers-by, according to the authorities, and the first deputy akim said the security forces now controlled the whole city.' },
    figures: { injured: [{ value: 60, by: 'Shymkent authorities' }] },
    sources: [INTERFAX_SPORT_814237, AZATTYQ_LIVE],
  },
  'KZ22-093': {
    ...unknown('2022-01-07', '+05:00'),
    ...town('aktau', 'KZ-MAN', 'Aktau'),
    description: { en: "Two yurts went up once more on Aktau's central square." },
    sources: [RUA_AKTAU],
    confidence: 'low',
  },

  // ── Saturday 8 January ──────────────────────────────────────────────────────────────────
  'KZ22-094': {
    ...unknown('2022-01-08', '+06:00'),
    ...national('Nationwide (KNB statement)'),
    description: { en: 'Former KNB chairman Karim Masimov had been arrested on 6 January along with others, suspected of high treason, the KNB revealed.' },
    sources: [AFP_ALARABIYA, AFP_TAIPEI, REUTERS_TVC],
  },
  'KZ22-095': {
    ...unknown('2022-01-08', '+06:00'),
    ...national('Nationwide'),
    description: { en: 'Over 4,400 people were now in custody, the Interior Ministry said.' },
    figures: { detained: [{ value: 4400, by: "Interior Ministry ('more than 4,400')" }] },
    sources: [REUTERS_TVC, S('RFE/RL', 'https://eurointn.com/kazakhstan-critical-situation-former-security-chief-detained-on-suspicion-of-treason', 'eurointn.com')],
  },
  'KZ22-096': {
    ...approx('2022-01-08T14:15+05:00', 'time of the Kazinform report; the square had emptied by then'),
    ...town('aktau', 'KZ-MAN', 'Aktau'),
    description: { en: 'The square in Aktau emptied and cars could drive past the akimat again; a few people who would not leave were detained, and public transport returned after six days.' },
    sources: [
      S('Kazinform', 'https://en.inform.kz/news/protest-ends-in-aktau-city_a3882621/'),
      S('Sputnik Kazakhstan', 'https://generico.ru/2022/01/08/public-transport-launched-in-aktau/', 'generico.ru'),
      RUA_AKTAU,
    ],
  },
  'KZ22-097': {
    ...unknown('2022-01-08', '+05:00'),
    ...town('zhanaozen', 'KZ-MAN', 'Zhanaozen'),
    description: { en: 'While the authorities tightened their grip across the country, a small anti-government protest carried on in Zhanaozen; local media quoted by Interfax said about 1,000 people were still on the square.' },
    figures: { crowd: [{ value: 1000, by: 'local media, cited by Interfax' }] },
    sources: [
      S('RFE/RL', 'https://newsbadshah.com/small-protests-continue-as-kazakh-government-tightens-grip/', 'newsbadshah.com'),
      S('Interfax', 'https://m.interfax.ru/814308'),
    ],
  },
  'KZ22-098': {
    ...approx('2022-01-08T08:46+06:00', 'time of the Kazinform report'),
    ...town('taraz', 'KZ-ZHA', 'Taraz'),
    description: { en: 'In Taraz, where a red-level counter-terrorist regime was in force, the curfew was stretched to 19:00–07:00, and the Nur Otan building had not stopped burning.' },
    sources: [KAZINFORM_TARAZ],
  },
  'KZ22-099': {
    ...unknown('2022-01-08', '+06:00'),
    ...town('kostanay', 'KZ-KUS', 'Kostanay'),
    description: { en: 'Almost 700 people in Kostanay region faced public-order charges, state TV reported, and about a third of the cases went to administrative courts.' },
    figures: { detained: [{ value: 700, by: "Khabar 24 ('nearly 700')" }] },
    sources: [TV24_KOSTANAY],
  },
  'KZ22-100': {
    ...unknown('2022-01-08', '+06:00'),
    ...town('nur-sultan', 'KZ-AST', 'Nur-Sultan'),
    description: { en: 'Nazarbayev was in the capital, his spokesman said, appealing to the public to unite around Tokayev.' },
    sources: [AFP_TAIPEI, AFP_ALARABIYA],
  },
  'KZ22-101': {
    ...part('2022-01-08T19:00+06:00', 'evening'),
    ...town('taldykorgan', 'KZ-ALM', 'Taldykorgan'),
    description: { en: 'According to rights defenders quoted by Radio Svoboda, troops at a Taldykorgan checkpoint killed a father, mother and their daughter of 15; the account rests on one secondary summary.' },
    figures: { deaths: [{ value: 3, by: 'rights defenders, via Radio Svoboda (claimed)' }] },
    sources: [LANKATIMES_SVOBODA],
  },

  // ── Sunday 9 January ────────────────────────────────────────────────────────────────────
  'KZ22-102': {
    ...unknown('2022-01-09', '+06:00'),
    ...national('Nationwide'),
    description: { en: "Citing the Health Ministry, Khabar 24 and a government Telegram channel put the death toll at 164, with 103 dead in Almaty and children among the victims; the number was later withdrawn and blamed on a 'technical error'." },
    figures: { deaths: [{ value: 164, by: 'Health Ministry figure on a government Telegram channel (retracted)' }] },
    death_toll: { total: 164, by: 'Health Ministry, via a government Telegram channel and Khabar 24', status: 'retracted' },
    sources: [
      RFERL_INTERNET, ALJAZEERA_11JAN,
      S('Associated Press', 'https://www.hotsr.com/news/2022/jan/10/kazakhstan-authorities-says-164-people-killed-in/', 'hotsr.com'),
      S('The Independent', 'https://www.yahoo.com/news/violent-unrest-kazakhstan-left-225-105843985.html', 'yahoo.com'),
    ],
  },
  'KZ22-103': {
    ...unknown('2022-01-09', '+06:00'),
    ...national('Nationwide'),
    description: { en: 'The number of detainees stood at 5,135 according to acting Interior Minister Yerlan Turgumbayev, while other official figures that day were 5,800 and 5,969.' },
    figures: {
      detained: [
        { value: 5135, by: 'acting Interior Minister Yerlan Turgumbayev' },
        { value: 5800, by: "President's office" },
        { value: 5969, by: 'Interior Ministry, as cited by novichoktimes.com' },
      ],
    },
    sources: [
      KAZINFORM_1300,
      S('Elnashra', 'https://elnashra.com/news/show/1547362'),
      JAMNEWS,
      S('novichoktimes.com (low-reliability aggregator)', 'https://novichoktimes.com/?p=8395'),
    ],
  },
  'KZ22-104': {
    ...unknown('2022-01-09', '+06:00'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: "In Almaty alone 852 people had been detained, the city's crisis centre said, and the army was staffing all 13 checkpoints ringing the city." },
    figures: { detained: [{ value: 852, by: 'Almaty crisis centre' }] },
    sources: [
      S('Trend', 'https://en.trend.az/casia/kazakhstan/3538467.html'),
      S('Sputnik', 'https://sputniknews.com/20220110/live-updates-csto-leaders-to-hold-online-summit-on-kazakhstan-unrest-1092144182.html'),
    ],
  },
  'KZ22-105': {
    ...unknown('2022-01-09', '+06:00'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: 'Over 1,300 members of the police, National Guard and army had been hurt in Almaty, state TV said, and according to the minister seven gun shops had been raided by rioters.' },
    figures: { injured: [{ value: 1300, by: "state TV ('more than 1,300' security personnel)" }] },
    sources: [KAZINFORM_1300, S('Kazinform', 'https://www.inform.kz/en/seven-arms-shops-seized-amid-mass-riots-in-almaty_a3882845')],
  },
  'KZ22-106': {
    ...unknown('2022-01-09', '+06:00'),
    ...national('Nationwide (decree in Nur-Sultan)'),
    description: { en: 'Sixteen members of the police and security forces received state awards from Tokayev after their deaths.' },
    sources: [KLOOP_MOURNING],
  },
  'KZ22-107': {
    ...unknown('2022-01-09', '+05:00'),
    ...town('atyrau', 'KZ-ATY', 'Atyrau'),
    description: { en: 'In Atyrau Region one person had been killed and 49 injured, the regional akim said.' },
    figures: { deaths: 1, injured: 49 },
    sources: [S('Republic World', 'https://www.republicworld.com/world-news/rest-of-the-world-news/armenia-plans-online-csto-summit-on-kazakhstan-as-1-dead-and-49-injured-in-atyrau-region-articleshow.html')],
  },

  // ── Monday 10 January ───────────────────────────────────────────────────────────────────
  'KZ22-108': {
    ...unknown('2022-01-10', '+06:00'),
    ...national('Nationwide'),
    description: { en: 'Kazakhstan observed an official day of mourning for those killed.' },
    sources: [KLOOP_MOURNING, S('Wirtualna Polska', 'https://wiadomosci.wp.pl/putin-o-sytuacji-w-kazachstanie-nie-pozwolimy-na-kolorowe-rewolucje-6724835514121184a')],
  },
  'KZ22-109': {
    ...unknown('2022-01-10', '+06:00'),
    ...national('Nationwide (CSTO online summit)'),
    description: { en: "Speaking at a CSTO video summit, Tokayev described the events as a coup attempt and gave the size of the alliance's force as 2,030 soldiers and 250 units of equipment; Putin spoke of international terrorism and said the troops would go home once the mission was fulfilled." },
    sources: [XINHUA_DTNEXT, REUTERS_MARKETSCREENER, JAMNEWS],
  },
  'KZ22-110': {
    ...part('2022-01-10T09:00+06:00', 'early morning'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: 'After some 111 hours offline, Almaty was reconnected to the internet, and wired connections also came back in Nur-Sultan.' },
    sources: [RFERL_INTERNET, S('Trend', 'https://en.trend.az/casia/kazakhstan/3538556.html')],
  },
  'KZ22-111': {
    ...unknown('2022-01-10', '+06:00'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: 'Video from the Russian defence ministry showed CSTO troops on patrol at Almaty airport and at a power plant; the alliance also had soldiers posted in Nur-Sultan.' },
    sources: [REUTERS_MARKETSCREENER],
  },
  'KZ22-112': {
    ...unknown('2022-01-10', '+05:00'),
    ...town('oral', 'KZ-ZAP', 'Oral'),
    description: { en: 'Police in West Kazakhstan reported that 714 people had been taken in over the protests, of whom 77 were held and 38 given jail terms of 10 to 20 days.' },
    figures: { detained: [{ value: 714, by: 'West Kazakhstan police (taken to police stations)' }] },
    sources: [MGOROD_714],
  },
  'KZ22-113': {
    ...unknown('2022-01-10', '+06:00'),
    ...town('taraz', 'KZ-ZHA', 'Taraz'),
    description: { en: 'Zhanat Suleimenov, police chief of Zhambyl Region, was found dead, reportedly by suicide; on the same day a KNB colonel was found dead outside his home in Nur-Sultan.' },
    sources: [
      S('NTV', 'https://www.ntv.ru/novosti/amp/2656582/'),
      S('TV Republika', 'https://tvrepublika.pl/Swiat/Kazachstan-Prezydent-poszukuje-kozlow-ofiarnych-Czystki-i-samobojstwa-wsrod-oficerow/133740'),
    ],
  },

  // ── Tuesday 11 January ──────────────────────────────────────────────────────────────────
  'KZ22-114': {
    ...unknown('2022-01-11', '+06:00'),
    ...town('nur-sultan', 'KZ-AST', 'Nur-Sultan'),
    description: { en: "Alikhan Smailov won the approval of parliament's lower house as prime minister, and Tokayev announced that the CSTO had accomplished its mission, with its troops due to begin leaving in two days and be gone within ten." },
    sources: [
      RFERL_UKRAINETODAY, ALJAZEERA_11JAN,
      S('Asia-Plus', 'http://asiaplustj.info/en/news/centralasia/20220111/phased-withdrawal-of-csto-peacekeepers-from-kazakhstan-will-start-in-two-days-tokayev-said-tuesday'),
      REGTRENDS,
    ],
  },
  'KZ22-115': {
    ...unknown('2022-01-11', '+06:00'),
    ...national('Nationwide'),
    description: { en: 'Detentions had reached 9,900, the Interior Ministry announced, while the presidential office spoke of 412 pre-trial investigations.' },
    figures: { detained: [{ value: 9900, by: 'Interior Ministry' }] },
    sources: [RFERL_UKRAINETODAY, ALJAZEERA_11JAN, REGTRENDS],
  },

  // ── Wednesday 12 January ────────────────────────────────────────────────────────────────
  'KZ22-116': {
    ...unknown('2022-01-12', '+06:00'),
    ...site('KZ-ALA', 'Almaty International Airport'),
    description: { en: 'Almaty airport was to open again on 13 January and operate between 08:00 and 21:00, the Civil Aviation Committee said.' },
    sources: [S('TASS', 'https://artsakhpress.am/eng/news/156886/', 'artsakhpress.am')],
  },

  // ── Thursday 13 January ─────────────────────────────────────────────────────────────────
  'KZ22-117': {
    ...unknown('2022-01-13', '+06:00'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: "The CSTO marked the end of its mission at a ceremony in Almaty and started returning the 14 strategic sites under its guard and flying its soldiers out; Russia's defence minister Sergei Shoigu said the last would leave by 19 January." },
    sources: [
      S('AFP', 'https://www.scmp.com/news/world/russia-central-asia/article/3163278/russian-led-troops-begin-pullback-kazakhstan', 'scmp.com'),
      ARMRADIO_13JAN,
      S('Qazaq TV', 'https://qazaqtv.com/amp/en/news/society/16550-csto-peacekeepers-to-leave-kazakhstan-today'),
      S('Russian Defence Ministry (video via Storyful)', 'https://hpcigar.com/russia-announces-troop-withdrawal-from-kazakhstan/', 'hpcigar.com'),
    ],
  },
  'KZ22-118': {
    ...exact('2022-01-13T07:00+06:00'),
    ...town('oral', 'KZ-ZAP', 'Oral'),
    emergency: lifted('KZ-ZAP'),
    description: { en: 'Emergency rule in West Kazakhstan Region ended at 07:00 capital time, under a decree Tokayev had signed on 12 January.' },
    sources: [KAZINFORM_LIFT_12JAN, TASS_1387025, SPUTNIK_URDU_LIFT, TASS_KHOVAR],
  },
  'KZ22-119': {
    ...exact('2022-01-13T07:00+06:00'),
    ...town('pavlodar', 'KZ-PAV', 'Pavlodar'),
    emergency: lifted('KZ-PAV'),
    description: { en: 'Emergency rule in Pavlodar Region ended at 07:00, under a decree Tokayev had signed on 12 January.' },
    sources: [KAZINFORM_LIFT_12JAN, TASS_1387025, SPUTNIK_URDU_LIFT, TASS_KHOVAR],
  },
  'KZ22-120': {
    ...exact('2022-01-13T07:00+06:00'),
    ...town('petropavl', 'KZ-SEV', 'Petropavl'),
    emergency: lifted('KZ-SEV'),
    description: { en: 'Emergency rule in North Kazakhstan Region ended at 07:00, under a decree Tokayev had signed on 12 January.' },
    sources: [KAZINFORM_LIFT_12JAN, TASS_1387025, SPUTNIK_URDU_LIFT, TASS_KHOVAR],
  },
  'KZ22-121': {
    ...part('2022-01-13T09:00+06:00', 'morning'),
    ...site('KZ-ALA', 'Almaty International Airport'),
    description: { en: 'Almaty airport opened again; the first passenger plane to arrive since the unrest landed with troops standing guard.' },
    sources: [
      S('Sputnik', 'https://www.urdupoint.com/en/world/first-civilian-plane-lands-at-almaty-airport-1447052.html', 'urdupoint.com'),
      S('Sputnik', 'https://www.urdupoint.com/en/world/almaty-international-airport-resumes-operatio-1447005.html', 'urdupoint.com'),
      S('Kommersant', 'http://www.news21tongsin.co.kr/news/view.php?idx=175385&mcode=m50ficb', 'news21tongsin.co.kr'),
      S('mezha.net', 'https://mezha.net/ru/tag/letovyshche'),
    ],
  },
  'KZ22-122': {
    ...unknown('2022-01-13', '+06:00'),
    ...national('Nationwide (KNB decision)'),
    description: { en: 'Fourteen regions, including Mangystau, came off the red terrorism alert; Nur-Sultan and Shymkent were put on orange, and Almaty remained on red.' },
    sources: [TASS_1LURER, INAKTAU],
  },

  // ── Friday 14 January ───────────────────────────────────────────────────────────────────
  'KZ22-123': {
    ...exact('2022-01-14T18:00+06:00'),
    ...town('shymkent', 'KZ-SHY', 'Shymkent'),
    emergency: lifted('KZ-SHY'),
    description: { en: 'Shymkent came out of the state of emergency at 18:00.' },
    sources: [TASS_1388257, TASS_1388367],
  },
  'KZ22-124': {
    ...exact('2022-01-14T18:00+06:00'),
    ...town('oskemen', 'KZ-VOS', 'Oskemen'),
    emergency: lifted('KZ-VOS'),
    description: { en: 'East Kazakhstan Region came out of the state of emergency at 18:00.' },
    sources: [TASS_1388257, TASS_1388367],
  },
  'KZ22-125': {
    ...exact('2022-01-14T18:00+06:00'),
    ...town('karaganda', 'KZ-KAR', 'Karaganda'),
    emergency: lifted('KZ-KAR'),
    description: { en: 'Karaganda Region came out of the state of emergency at 18:00.' },
    sources: [TASS_1388257, TASS_1388367],
  },
  'KZ22-126': {
    ...exact('2022-01-14T18:00+06:00'),
    ...town('turkistan', 'KZ-YUZ', 'Turkistan'),
    emergency: lifted('KZ-YUZ'),
    description: { en: 'Turkistan Region came out of the state of emergency at 18:00.' },
    sources: [TASS_1388367, BARIBAR],
  },

  // ── Saturday 15 January ─────────────────────────────────────────────────────────────────
  'KZ22-127': {
    ...exact('2022-01-15T07:00+06:00'),
    ...town('kokshetau', 'KZ-AKM', 'Kokshetau'),
    emergency: lifted('KZ-AKM'),
    description: { en: 'Akmola Region came out of the state of emergency at 07:00.' },
    sources: [TASS_1388367, S('rycckienovosti.ru', 'https://rycckienovosti.ru/2022/01/14/316640')],
  },
  'KZ22-128': {
    ...exact('2022-01-15T07:00+06:00'),
    ...town('kostanay', 'KZ-KUS', 'Kostanay'),
    emergency: lifted('KZ-KUS'),
    description: { en: 'Kostanay Region came out of the state of emergency at 07:00.' },
    sources: [TASS_1388367, BARIBAR],
  },
  'KZ22-129': {
    ...unknown('2022-01-15', '+06:00'),
    ...national('Nationwide'),
    description: { en: 'According to prosecutor Serik Shalabayev, morgues had received 225 bodies during the emergency, 19 of them members of the security forces; 4,578 people had been recognised as victims and 4,353 had been injured, 3,393 of them from the security forces, and there were 546 criminal cases.' },
    figures: {
      deaths: [{ value: 225, by: "Prosecutor-General's Office (including 19 security personnel)" }],
      injured: [{ value: 4353, by: "Prosecutor-General's Office (including 3,393 security personnel)" }],
    },
    death_toll: { total: 225, security: 19, by: "Prosecutor-General's Office", status: 'official' },
    sources: [
      S('Central Communications Service', 'http://www.ortcom.kz/en/press-relizy/1642266505'),
      S('Associated Press', 'https://click2houston.com/news/world/2022/01/15/kazakhstan-raises-death-toll-to-225-in-days-of-protests', 'click2houston.com'),
      S('AFP', 'https://www.news18.com/news/world/kazakh-prosecutors-say-225-people-have-died-in-violent-unrest-4662272.html', 'news18.com'),
      S('Sputnik', 'https://indianeconomicobserver.com/news/kazakhstan-unrest-left-225-dead-more-than-4500-injured-prosecutors-office20220115223433', 'indianeconomicobserver.com'),
      S('Rzeczpospolita', 'https://www.rp.pl/spoleczenstwo/art19291251-225-ofiar-smiertelnych-podczas-antyrzadowych-wystapien-w-kazachstanie-prawie-4-5-tys-rannych'),
      HRW_26JAN,
    ],
  },

  // ── Sunday 16 January ───────────────────────────────────────────────────────────────────
  'KZ22-130': {
    ...exact('2022-01-16T07:00+06:00'),
    ...town('aktobe', 'KZ-AKT', 'Aktobe'),
    emergency: lifted('KZ-AKT'),
    description: { en: 'Emergency rule in Aktobe Region ended at 07:00 capital time, under a decree signed on 15 January.' },
    sources: [
      S('Liter.kz', 'https://liter.kz/rezhim-chp-otmenili-v-aktiubinskoi-oblasti-1642245181/amp'),
      S('Interfax', 'https://sport-interfax.ru/amp/815616', 'sport-interfax.ru'),
      BARIBAR,
    ],
  },
  'KZ22-131': {
    ...unknown('2022-01-16', '+06:00'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    description: { en: 'In Almaty 149 civilians and 11 members of law enforcement had lost their lives, police chief Kanat Taimerdenov said. He also spoke of 27 assaults on police headquarters, seven raids on morgues from which 41 bodies were removed, and over 1,300 guns stolen.' },
    figures: { deaths: [{ value: 160, by: 'Almaty police chief Kanat Taimerdenov (149 civilians and 11 law-enforcement officers)' }] },
    sources: [
      S('Sputnik', 'https://sputniknews.com/20220116/january-unrest-in-kazakhstans-almaty-left-149-civilians-dead-1092301214.html'),
      S('TASS', 'https://chernayakobra.ru/nearly-150-civilians-killed-in-riots-in-almaty/', 'chernayakobra.ru'),
      S('Elbalad', 'https://elbalad.news/5127777'),
    ],
  },

  // ── Tuesday 18 January ──────────────────────────────────────────────────────────────────
  'KZ22-132': {
    ...unknown('2022-01-18', '+06:00'),
    ...town('nur-sultan', 'KZ-AST', 'Nur-Sultan'),
    description: { en: 'Appearing on video for the first time since the unrest, Nazarbayev said he was a pensioner living in the capital, that all power lay with Tokayev, who would also head Nur Otan, and that there was no rift within the elite.' },
    sources: [
      S('bne IntelliNews', 'https://intellinews.com/kazakhstan-s-nazarbayev-appears-for-first-time-since-unrest-232146'),
      S('Associated Press', 'https://www.thehindu.com/news/international/ex-kazhak-leader-denies-conflict-with-successor/article38288180.ece/amp/', 'thehindu.com'),
      S('KZ.expert', 'https://kz.expert/en/news/analitika/2648_nazarbayevs_mistake.html'),
    ],
  },

  // ── Wednesday 19 January ────────────────────────────────────────────────────────────────
  'KZ22-133': {
    ...exact('2022-01-19T00:00+06:00'),
    ...town('almaty', 'KZ-ALA', 'Almaty'),
    emergency: lifted('KZ-ALA'),
    description: { en: "At midnight Almaty's state of emergency and curfew expired; the red terrorism alert stayed in force, along with patrols and checkpoints." },
    sources: [
      S('Kazinform', 'https://www.inform.kz/en/state-of-emergency-and-curfew-to-end-in-almaty_a3887610/amp'),
      S('Republic World', 'https://www.republicworld.com/world-news/rest-of-the-world-news/kazakhstan-state-of-emergency-ends-in-almaty-but-terrorist-threat-remains-in-effect-articleshow.html'),
      S('Sputnik', 'https://www.urdupoint.com/en/world/state-of-emergency-curfew-to-end-in-almaty-o-1450813.html', 'urdupoint.com'),
    ],
  },
  'KZ22-134': {
    ...exact('2022-01-19T00:00+06:00'),
    ...town('nur-sultan', 'KZ-AST', 'Nur-Sultan'),
    emergency: lifted('KZ-AST'),
    description: { en: 'At midnight the state of emergency in Nur-Sultan expired.' },
    sources: [AZATTYQ_RUHY, BRIGHT_UZ, TASS_KHOVAR],
  },
  'KZ22-135': {
    ...exact('2022-01-19T00:00+06:00'),
    ...town('taldykorgan', 'KZ-ALM', 'Taldykorgan'),
    emergency: lifted('KZ-ALM'),
    description: { en: 'At midnight the state of emergency in Almaty Region expired.' },
    sources: [AZATTYQ_RUHY, BRIGHT_UZ],
  },
  'KZ22-136': {
    ...exact('2022-01-19T00:00+06:00'),
    ...town('atyrau', 'KZ-ATY', 'Atyrau'),
    emergency: lifted('KZ-ATY'),
    description: { en: "At midnight on the capital's clock (23:00 local time on 18 January) the state of emergency in Atyrau Region expired." },
    sources: [AZATTYQ_RUHY, BRIGHT_UZ],
  },
  'KZ22-137': {
    ...exact('2022-01-19T00:00+06:00'),
    ...town('taraz', 'KZ-ZHA', 'Taraz'),
    emergency: lifted('KZ-ZHA'),
    description: { en: 'At midnight the state of emergency in Zhambyl Region expired.' },
    sources: [AZATTYQ_RUHY, BRIGHT_UZ],
  },
  'KZ22-138': {
    ...exact('2022-01-19T00:00+06:00'),
    ...town('kyzylorda', 'KZ-KZY', 'Kyzylorda'),
    emergency: lifted('KZ-KZY'),
    description: { en: "At midnight on the capital's clock (23:00 local time on 18 January) the state of emergency in Kyzylorda Region expired." },
    sources: [AZATTYQ_RUHY, BRIGHT_UZ],
  },
  'KZ22-139': {
    ...exact('2022-01-19T00:00+06:00'),
    ...town('aktau', 'KZ-MAN', 'Aktau'),
    emergency: lifted('KZ-MAN'),
    description: { en: "At midnight on the capital's clock (23:00 local time on 18 January) the state of emergency in Mangystau Region expired." },
    sources: [INAKTAU, AZATTYQ_RUHY],
  },
  'KZ22-140': {
    ...unknown('2022-01-19', '+06:00'),
    ...site('KZ-ALA', 'Almaty International Airport'),
    description: { en: "Four aircraft carried the remaining CSTO soldiers and their commander, Gen. Andrei Serdyukov, out of Almaty and Nur-Sultan, and Kazakhstan's defence ministry confirmed that no foreign troops were left." },
    sources: [
      S('TASS', 'https://www.laitimes.com/en/article/1zsaa_28fn0.html', 'laitimes.com'),
      S('The Moscow Times', 'https://www.themoscowtimes.com/2022/01/31/mayor-of-largest-kazakh-city-dismissed-after-bloody-unrest-a76209'),
      ARMRADIO_13JAN,
    ],
  },

  // ── Tuesday 25 January ──────────────────────────────────────────────────────────────────
  'KZ22-141': {
    ...approx('2022-01-25T11:00+06:00', 'about 11:00'),
    ...town('kokshetau', 'KZ-AKM', 'Kokshetau'),
    description: { en: 'In Kokshetau some 50 people demonstrated on Täuelsizdik Square against mandatory vaccination and a bill on domestic violence, an issue separate from the fuel protests; officials went out to speak with them.' },
    figures: { crowd: [{ value: 50, by: 'Tengrinews, via 7152.kz' }] },
    sources: [S('7152.kz', 'https://www.7152.kz/amp/news/3004095/desatki-ludej-vysli-na-miting-v-centre-koksetau')],
  },
};
