import type { EventType, ThreatLevel } from '../data/eventTypes';
import { calendars } from './calendar';
import { formatNumber } from './formatNumber';
import { lowerFirst } from './lowerFirst';
import type { KeyMomentId } from '../timeline/keyMoments';
import type { Level } from '../timeline/level';
import type { Mode } from '../timeline/trackStatusAt';

/**
 * Every string a reader sees, in one place per language. English is complete; Russian and Kazakh
 * catalogues will implement the same interface.
 */
export const en = {
  /** Dates and numbers of this language (our own code: Chromium's Intl has no Kazakh). */
  calendar: calendars.en,
  number: (n: number) => formatNumber(n, 'en'),
  languageLabel: 'Language',
  map: { zoomIn: 'Zoom in', zoomOut: 'Zoom out' },
  // ---- layout & chrome (issue 14): one title for page, embed and PNG, leading with place and date ----
  title: 'Kazakhstan, January 2022: how the protests spread',
  subtitle: 'Qandy Qantar, “Bloody January”, hour by hour, with a source for every event.',
  header: { actions: 'Share, download and about', short: { share: 'Share', download: 'Download', about: 'About' }, resetView: 'Show all of Kazakhstan' },
  mapKey: { label: 'Colour key', threat: 'Terror-threat level (border)' },
  loading: 'Loading the map…',
  almatyTime: 'Almaty time',
  levels: { calm: 'Calm', protest: 'Protests', violence: 'Violence' } satisfies Record<Level, string>,
  levelDescriptions: {
    calm: 'no protest recorded',
    protest: 'protests, no violence recorded',
    violence: 'clashes, attacks on buildings or deaths',
  } satisfies Record<Level, string>,
  modes: { cumulative: 'So far', current: 'Last 24 hours' } satisfies Record<Mode, string>,
  modeHelp: {
    cumulative: 'Highest level each region reached up to this moment',
    current: 'Activity in the 24 hours before this moment',
  } satisfies Record<Mode, string>,
  types: {
    protest: 'Protest',
    clash: 'Clash',
    'property-attack': 'Attack on property',
    'security-operation': 'Security operation',
    casualties: 'Casualties',
    'government-decision': 'Government decision',
    shutdown: 'Communications shutdown',
    'foreign-deployment': 'Foreign deployment',
  } satisfies Record<EventType, string>,
  confidence: { high: 'High confidence', medium: 'Medium confidence', low: 'Low confidence' },
  emergency: 'State of emergency',
  emergencyInForce: 'state of emergency in force',
  noEmergency: 'no state of emergency',
  timeUnknown: 'time unknown',
  legendTitle: 'At this moment',
  markerSizeNote: 'Circle area: events there so far',
  showTrail: 'Show the day protests reached each place',
  slider: {
    label: 'Moment in January 2022 (Almaty time)',
    play: 'Play',
    pause: 'Pause',
    speed: 'Speed',
    speeds: ['Slow', 'Normal', 'Fast'],
    stepBack: 'One hour back',
    stepForward: 'One hour forward',
    dayBack: 'One day back',
    dayForward: 'One day forward',
    histogram: 'Events per day',
    internetCut: 'Internet cut: reporting was thin',
    keyMoments: 'Key moments',
  },
  /** The slider's key moments (src/timeline/keyMoments.ts), by moment id. */
  keyMoments: {
    'first-protest': 'First protest, Zhanaozen',
    emergency: 'First state of emergency: Almaty, Mangystau',
    'government-resigns': 'Government resigns',
    'nationwide-emergency': 'Emergency nationwide',
    airport: 'Almaty airport seized',
    'csto-request': 'Tokayev asks the CSTO for help',
    'csto-arrival': 'First CSTO troops land',
    'internet-back': 'Internet restored in Almaty',
    'csto-leaves': 'Last CSTO troops leave',
  } satisfies Record<KeyMomentId, string>,
  headline: {
    regions: (n: number) => `Protests in ${n} of 17 regions`,
    farthest: (place: string, km: number) => `farthest: ${place}, ${formatNumber(km, 'en')} km from Zhanaozen`,
    toll: (total: number, by: string) => `Official death toll: ${formatNumber(total, 'en')} (${by})`,
    noToll: 'No official death toll yet',
  },
  /** `regions` is the headline's count phrase (headlineParts), so the slider says what the map shows in every mode. */
  valueText: (when: string, regions: string) => `${when} Almaty time: ${lowerFirst(regions)}`,
  events: {
    title: 'Events',
    upToNow: 'Up to this moment',
    thisDay: 'This day only',
    none: 'No events match at this moment.',
    sources: 'Sources',
    via: (host: string) => `via ${host}`,
    figures: { crowd: 'Crowd', deaths: 'Deaths', injured: 'Injured', detained: 'Detained' },
    count: (shown: number) => `${formatNumber(shown, 'en')} event${shown === 1 ? '' : 's'}`,
    showMore: (next: number, remaining: number) => `Show ${formatNumber(next, 'en')} more (${formatNumber(remaining, 'en')} earlier)`,
    untranslated: 'Not yet translated: shown in English',
    select: 'Show on the map',
    detailsLoading: 'Loading the description and sources…',
    detailsFailed: 'Descriptions and sources could not be loaded',
    detailsUnavailable: 'Description and sources unavailable.',
    national: 'Nationwide',
  },
  filters: { title: 'Event types', all: 'All types' },
  details: {
    today: (name: string) => `Today: ${name}`,
    nameThenNow: (then: string, now: string) => `${then} (today: ${now})`,
    schematic: (areaKm2: string | null) =>
      `Schematic outline: a circle of the city's official area${areaKm2 ? ` (${areaKm2} km²)` : ''}, not its real boundary.`,
    firstEvent: 'First event',
    none: 'none yet',
    eventsSoFar: 'Events so far',
    last24h: 'In the last 24 hours',
    history: 'History',
    close: 'Close',
  },
  table: {
    show: 'Show as a table',
    hide: 'Hide the table',
    caption: (when: string, mode: string) => `Regions at ${when} (${mode})`,
    region: 'Region',
    status: 'Status',
    emergency: 'Emergency',
    events: 'Events so far',
    yes: 'yes',
    no: 'no',
  },
  about: {
    open: 'About this map',
    title: 'About this map',
    close: 'Close',
    sections: [
      {
        heading: 'What the colours mean',
        paragraphs: [
          'A region is coloured by the most serious kind of event recorded there: protests (rallies, strikes, road blocks), or violence (clashes with the police or army, storming or burning of buildings, looting, or a report of deaths in that region). Security operations and decisions by the authorities do not change the colour.',
          '"So far" keeps the highest level a region reached up to the chosen moment. "Last 24 hours" shows only what happened in the day before it, so regions fade as the protests end.',
          'Hatching marks a state of emergency in force. It was declared region by region on 5 January and lifted between 13 and 19 January. Nationwide decisions (decrees, the internet shutdown, the request to the CSTO) are listed with the events but colour no region.',
        ],
      },
      {
        heading: 'Time',
        paragraphs: [
          'The slider runs on Almaty time (UTC+6), in one-hour steps. In January 2022 the five western regions (Mangystau, Atyrau, West Kazakhstan, Aktobe, Kyzylorda) were an hour behind, on UTC+5; each event shows the clock of its own source.',
          'Where sources give only a part of the day ("evening"), the event is placed at a typical hour and shown with those words. Where they give no time at all, it is placed at noon and marked "time unknown".',
        ],
      },
      {
        heading: 'What this map does not show',
        paragraphs: [
          'The events are a sourced sample of what happened in the larger towns: 170 events from news agencies, local media, Radio Azattyq and rights groups. Rights groups counted protests in dozens of smaller places that are not on the map, and reporting was thin while the internet was cut (5 to 10 January).',
          'Figures often disagree. Where they do, every claim is kept with who made it. The official death toll changed several times: a figure of 164 on 9 January was withdrawn, 225 were reported on 15 January, and the final official count a year later was 238. The authorities\' claim of 20,000 foreign-trained attackers was never supported by public evidence.',
          'Confidence: high means two independent sources or an official statement reported by a reputable outlet; medium, one reputable source; low, a single weak or unverified report.',
        ],
      },
      {
        heading: 'Map',
        paragraphs: [
          'Borders are those of January 2022: 14 regions and the cities of Nur-Sultan (now Astana), Almaty and Shymkent, before Abai, Jetisu and Ulytau regions were created in June 2022. Shymkent has no published boundary we may use, so it is drawn as a circle of its official area. City outlines are simplified.',
          'No map tiles and no outside services are used: everything on this page comes from this site.',
        ],
      },
      {
        heading: 'Sources and licences',
        paragraphs: [
          'Boundaries: Natural Earth (public domain). Lakes: © OpenStreetMap contributors, Open Database License. Place coordinates: GeoNames (CC BY 4.0). Every event lists its own sources. Code: MIT licence.',
        ],
      },
    ],
  },
  notices: {
    dismiss: 'Dismiss',
    badParam: (name: string, value: string, reason: string) => `Ignored ${name}=${value}: ${reason}.`,
    clamped: (name: string) => `The time in ${name} lies outside January 2022's story; showing the nearest moment.`,
    /** Per parameter, for languages other than English (English shows the parser's own, more precise words). */
    reasons: {
      t: 'expected a date or time in January 2022 (YYYY-MM-DD or YYYY-MM-DDTHH:mm)',
      mode: 'expected cumulative or current',
      types: 'unknown event type',
      event: 'no such event',
      lang: 'expected en, ru or kk',
      origin: 'not an http(s) origin, so this map accepts no commands and sends nothing to the page',
      id: 'use 1–64 letters, digits, _ or -',
      view: 'expected map or days',
    } as Record<string, string>,
  },
  errors: {
    title: 'The map could not be drawn',
    intro: 'Something it needs could not be used:',
    retry: 'Try again',
    persist: 'If this keeps happening, please tell the maps team; the rest of the page still works.',
  },
  /** A part loaded on demand that did not arrive (src/ui/PartError.tsx); the rest of the map works. */
  parts: {
    downloadForm: 'The download form',
    catalogue: (language: string) => `The interface in ${language}`,
    texts: 'The event descriptions in this language',
    failed: (part: string) => `${part} could not be loaded.`,
    englishMeanwhile: 'Showing English meanwhile.',
    reloading: 'This map has been updated on the server: loading the new version…',
    gone: (part: string) =>
      `${part} is no longer on the server, even after reloading the page: the map may be being updated. Try again in a few minutes.`,
    reload: 'Reload the page',
  },
  embed: {
    wheelHint: 'Use Ctrl + scroll (⌘ + scroll on a Mac) to zoom the map',
    touchHint: 'Use two fingers to move the map',
    more: 'Legend, filters and events',
    less: 'Hide legend, filters and events',
    openFull: 'Open the full map',
  },
  share: {
    open: 'Share / Embed',
    title: 'Share or embed this map',
    link: 'Link to this view',
    embedCode: 'Embed code (paste into an article)',
    start: 'Start at',
    startCurrent: (when: string) => `this moment (${when})`,
    startEnd: 'the end of the story',
    mode: 'Mode',
    keepTypes: 'Keep the current event-type filter',
    autoplay: 'Play on arrival (never for readers who ask for reduced motion)',
    language: 'Language',
    languageNote: 'The language the embedded map opens in',
    id: 'Embed id (letters, digits, _ or -)',
    copy: 'Copy',
    copied: 'Copied',
    close: 'Close',
  },
  // Issue 15 §4 (embed branch): the Share dialog's note on other channels.
  channels: {
    title: 'Other channels: oEmbed, pym.js, AMP, Apple News, newsletters',
    oembedNote: 'Systems that embed from a link (WordPress with the provider registered, Ghost, Iframely) need only the map’s address. The oEmbed endpoint:',
    oembed: 'oEmbed endpoint',
    more: 'Pages that use pym.js can load the embed address with pym.Parent; the map sizes itself. For AMP, Apple News and newsletters, the project’s README (“Take it away”) has snippets with a still picture of the map.',
  },
  downloads: {
    open: 'Download data and image',
    title: 'Download the data or a picture of the map',
    scopeLegend: 'Events to include',
    all: (n: number) => `All ${formatNumber(n, 'en')} events`,
    filtered: (n: number) => `Only the ${formatNumber(n, 'en')} events of the current type filter`,
    eventsCsv: 'Events as CSV (spreadsheet)',
    eventsGeoJson: 'Events as GeoJSON (maps)',
    geoFiles: 'Boundaries and places as GeoJSON',
    geoFileNames: { regions: 'Regions, January 2022', cities: 'Cities and towns', lakes: 'Lakes (ODbL)', laterCounts: 'Later official counts by region (JSON)' },
    image: 'This view as a PNG image',
    print: 'Print this view',
    preparing: 'Preparing the file…',
    failed: (reason: string) => `The file could not be made: ${reason}`,
    licenceTitle: 'Licences',
    licences: [
      'Event data (dates, places, types, figures, descriptions, source links): CC BY 4.0, credit "qantar-map". The reports it cites belong to their publishers.',
      'Boundaries: Natural Earth, public domain. Places: GeoNames, CC BY 4.0. Lakes: © OpenStreetMap contributors, ODbL 1.0 (kept in its own file).',
      'Code: MIT licence.',
    ],
    close: 'Close',
    imageScale: 'Image size',
    imageScales: { 1: 'Standard', 2: 'Double (2x, for print and high-density screens)' },
    imageCredit: 'qantar-map · events CC BY 4.0 · Natural Earth · GeoNames · © OpenStreetMap contributors (ODbL)',
  },
  // Issue 13 §4–§5 (threat branch): the terrorism-threat regime and the figures reported per region.
  threat: {
    levels: { red: 'red (critical)', orange: 'orange (high)', yellow: 'yellow (moderate)', none: 'none' } satisfies Record<ThreatLevel, string>,
    line: (level: string) => `Terrorism-threat level: ${level}`,
    column: 'Terrorism threat',
    keyTitle: 'Terrorism-threat level (coloured border)',
    keyNone: 'No outline: no level in force',
    about: {
      heading: 'Two regimes: emergency and terrorism threat',
      paragraphs: [
        'A state of emergency is declared by presidential decree: it allows a curfew, bans on gatherings, checkpoints and limits on movement and communications. On this map it is the hatching.',
        'The terrorism-threat level is set by the National Security Committee (KNB) and regional counter-terrorism headquarters, in four steps: none, yellow (moderate), orange (high) and red (critical). Red comes with a counter-terrorist operation, which lets the security forces search people, homes and vehicles and check documents. It was raised to red across the country on 6 January, lowered region by region from 13 January, and outlasted the emergency: Almaty city, Almaty Region and Zhambyl Region stayed at red until 26 January and at orange until 7 February. On this map it is a coloured line along a region\'s border, solid for red, dashed for orange, dotted for yellow.',
      ],
    },
  },
  figures: {
    column: 'Latest figures reported',
    heading: 'Latest figures reported in this region',
    deaths: (n: string) => `${n} dead`,
    injured: (n: string) => `${n} injured`,
    detained: (n: string) => `${n} detained`,
    by: (figure: string, who: string) => `${figure} (${who})`,
    otherClaims: (n: number) => `${n} other claim${n === 1 ? '' : 's'} in the event`,
    none: 'none reported',
  },
  // ---- RECORD2 (issue 13 §4): official counts published after the story window (geo/later-counts.json) ----
  laterCounts: {
    heading: 'Later official counts',
    column: 'Later official count',
    note: 'Published after January 2022: not known at the time shown, and not part of the figures above.',
    line: (figure: string, by: string, date: string) => `${figure} (${by}, ${date})`,
    none: 'none published',
  },
  // A11Y: skip link and the map's keyboard help (src/ui/SkipLink.tsx, src/map/RovingFocus.tsx).
  a11y: {
    skipToSlider: 'Skip to the time slider',
    mapKeys: 'Arrow keys: move between places · Enter: details · + −: zoom · Esc: clear',
  },
  live: {
    moment: (when: string) => `${when}.`,
    newEvents: (n: number, places: string) => `${n} new event${n === 1 ? '' : 's'}: ${places}.`,
  },
  // MAPVIZ: the spread view's key on the map.
  spreadKeyTitle: 'Protests reached the place on',
  spreadKeyPlaces: (n: number) => `${n} place${n === 1 ? '' : 's'} reached that day`,
  /** STORY (issue 14): the caption under the date, the Play control, honest headline words, short key-moment labels, the live region. */
  story: {
    play: 'Play how it spread',
    playFromHere: 'Play from here',
    pause: 'Pause',
    before: 'Before the first protest',
    reach: (places: string) => `Protests reach ${places}`,
    summary: 'The full picture: every recorded event',
    /** Names joined into one phrase: "Almaty (city) and Shymkent (city)". */
    list: (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`),
    more: (n: number) => `${formatNumber(n, 'en')} more`,
    regionsNow: (n: number) => `Protests in the last 24 hours: ${formatNumber(n, 'en')} of 17 regions`,
    noneNow: 'No protests in the last 24 hours',
    /** When the only regions coloured are cities too small to see: "Violence in Almaty (city)". */
    only: (level: string, names: string) => `${level} in ${names}`,
    cityRegion: (name: string) => `${name} (city)`,
    withdrawnToll: (total: number, by: string) => `${formatNumber(total, 'en')} deaths reported (${by}), later withdrawn`,
    live: (when: string, what: string) => `${when}: ${what}.`,
    keyMomentsShort: {
      'first-protest': 'First protest',
      emergency: 'Emergency in 2 regions',
      'government-resigns': 'Government out',
      'nationwide-emergency': 'Emergency nationwide',
      airport: 'Airport seized',
      'csto-request': 'CSTO called in',
      'csto-arrival': 'CSTO troops land',
      'internet-back': 'Internet back',
      'csto-leaves': 'CSTO leaves',
    } satisfies Record<KeyMomentId, string>,
  },
  /** MULTIPLES (issue 15 §2): the day-by-day view, its header toggle and its PNG strip. */
  days: {
    open: 'Day by day',
    map: 'Map',
    part: 'The day-by-day view',
    title: 'Day by day',
    intro: 'One map per day, as it stood at the end of each day (Almaty time). Select a day to open the map there.',
    modeNote: { cumulative: 'Each map shows everything so far.', current: 'Each map shows the last 24 hours of its day.' } satisfies Record<Mode, string>,
    quiet: (n: number) => (n === 0 ? 'No events recorded' : n === 1 ? '1 event, no new places' : `${formatNumber(n, 'en')} events, no new places`),
    grid: 'Maps by day',
    download: 'Download as PNG',
    download2x: 'PNG 2× (print)',
    preparing: 'Drawing the picture…',
    stripTitle: 'Kazakhstan, January 2022: the unrest day by day',
    stripNote: 'Each map: the end of the day, Almaty time (UTC+6).',
  },
};

export type Messages = typeof en;
