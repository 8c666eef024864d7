// The 17 first-level units of January 2022, curated from research (geo-data.md §2).
// Natural Earth's own name fields are mixed-era ("South Kazakhstan" next to "Turkistan",
// "Алма-Ата"), so nothing here is copied from NE: NE is joined only by `ne_code_hasc`,
// never by its `iso_3166_2`, which is wrong for Almaty Region (KZ-ALA, the city's code).
//
// utc_offset is the clock of January 2022 (the west moved to UTC+5 earlier; the whole
// country switched to UTC+5 only on 1 March 2024).

const west = '+05:00';
const east = '+06:00';
const june2022 = 'on 8 June 2022';

/** One row: [id, iso_current, type, short_en, name_en, name_kk, name_ru, centre_2022, utc_offset, ne_code_hasc] */
const rows = [
  ['KZ-AKM', 'KZ-11', 'region', 'Akmola', 'Akmola Region', 'Ақмола облысы', 'Акмолинская область', 'Kokshetau', east, 'KZ.AM'],
  ['KZ-AKT', 'KZ-15', 'region', 'Aktobe', 'Aktobe Region', 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe', west, 'KZ.AT'],
  ['KZ-ALM', 'KZ-19', 'region', 'Almaty Region', 'Almaty Region', 'Алматы облысы', 'Алматинская область', 'Taldykorgan', east, 'KZ.AA'],
  ['KZ-ATY', 'KZ-23', 'region', 'Atyrau', 'Atyrau Region', 'Атырау облысы', 'Атырауская область', 'Atyrau', west, 'KZ.AR'],
  ['KZ-ZAP', 'KZ-27', 'region', 'West Kazakhstan', 'West Kazakhstan Region', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'Oral', west, 'KZ.WK'],
  ['KZ-ZHA', 'KZ-31', 'region', 'Jambyl', 'Jambyl Region', 'Жамбыл облысы', 'Жамбылская область', 'Taraz', east, 'KZ.ZM'],
  ['KZ-KAR', 'KZ-35', 'region', 'Karaganda', 'Karaganda Region', 'Қарағанды облысы', 'Карагандинская область', 'Karaganda', east, 'KZ.QG'],
  ['KZ-KUS', 'KZ-39', 'region', 'Kostanay', 'Kostanay Region', 'Қостанай облысы', 'Костанайская область', 'Kostanay', east, 'KZ.QS'],
  ['KZ-KZY', 'KZ-43', 'region', 'Kyzylorda', 'Kyzylorda Region', 'Қызылорда облысы', 'Кызылординская область', 'Kyzylorda', west, 'KZ.QO'],
  ['KZ-MAN', 'KZ-47', 'region', 'Mangystau', 'Mangystau Region', 'Маңғыстау облысы', 'Мангистауская область', 'Aktau', west, 'KZ.MG'],
  ['KZ-PAV', 'KZ-55', 'region', 'Pavlodar', 'Pavlodar Region', 'Павлодар облысы', 'Павлодарская область', 'Pavlodar', east, 'KZ.PA'],
  ['KZ-SEV', 'KZ-59', 'region', 'North Kazakhstan', 'North Kazakhstan Region', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'Petropavl', east, 'KZ.NK'],
  ['KZ-YUZ', 'KZ-61', 'region', 'Turkistan', 'Turkistan Region', 'Түркістан облысы', 'Туркестанская область', 'Turkistan', east, 'KZ.SK'],
  ['KZ-VOS', 'KZ-63', 'region', 'East Kazakhstan', 'East Kazakhstan Region', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'Oskemen', east, 'KZ.EK'],
  ['KZ-AST', 'KZ-71', 'city', 'Nur-Sultan', 'Nur-Sultan', 'Нұр-Сұлтан', 'Нур-Султан', null, east, 'KZ.AS'],
  ['KZ-ALA', 'KZ-75', 'city', 'Almaty', 'Almaty', 'Алматы', 'Алматы', null, east, 'KZ.AC'],
  ['KZ-SHY', 'KZ-79', 'city', 'Shymkent', 'Shymkent', 'Шымкент', 'Шымкент', null, east, null],
];

/** What changed after January 2022, and caveats about the geometry. Keyed by id. */
const changes = {
  'KZ-ALM': {
    territory_changed_since_2022: true,
    admin_centre_current: 'Konaev',
    note: `Jetisu Region (KZ-33, centre Taldykorgan) was split off ${june2022} and the centre moved to Konaev (formerly Kapchagay). The polygon is the January 2022 territory, larger than today's KZ-19.`,
  },
  'KZ-KAR': {
    territory_changed_since_2022: true,
    note: `Ulytau Region (KZ-62, centre Zhezkazgan) was split off ${june2022}. The polygon is the January 2022 territory, larger than today's KZ-35.`,
  },
  'KZ-VOS': {
    territory_changed_since_2022: true,
    note: `Abai Region (KZ-10, centre Semey) was split off ${june2022}. The polygon is the January 2022 territory, larger than today's KZ-63.`,
  },
  'KZ-KZY': {
    note: 'Includes the Baikonur cosmodrome area (leased to Russia until 2050), which Natural Earth maps as a separate unit and this build dissolves into the region.',
  },
  'KZ-YUZ': {
    note: "Natural Earth's polygon included Shymkent (a city of republican significance since 19 June 2018); this build carves Shymkent out as a schematic disc, so the hole is not Shymkent's real boundary.",
  },
  'KZ-AST': {
    name_en_current: 'Astana',
    name_kk_current: 'Астана',
    name_ru_current: 'Астана',
    note: "Renamed Astana on 17 September 2022. Natural Earth's city outline is schematic (about 620 km² against about 800 km² official).",
  },
  'KZ-ALA': {
    note: "Natural Earth's city outline is schematic (about 295 km² against 682 km² official).",
  },
  'KZ-SHY': {
    geometry_quality: 'schematic',
    area_km2_official: 1170,
    note: 'Schematic equal-area disc (1,170 km², centred on 42.3417 N, 69.5901 E): not a surveyed boundary. No openly licensed source has a Shymkent polygon.',
  },
};

/** @returns {Array<{ne_code_hasc: string|null, properties: object}>} in id order */
export function regionTable() {
  return rows.map(([id, isoCurrent, type, shortEn, nameEn, nameKk, nameRu, centre, utcOffset, hasc]) => {
    const change = changes[id] ?? {};
    const properties = {
      iso_2022: id,
      iso_current: isoCurrent,
      type,
      name_en: nameEn,
      name_kk: nameKk,
      name_ru: nameRu,
      name_en_current: change.name_en_current ?? nameEn,
      name_kk_current: change.name_kk_current ?? nameKk,
      name_ru_current: change.name_ru_current ?? nameRu,
      short_en: shortEn,
      admin_centre_2022: centre,
      admin_centre_current: change.admin_centre_current ?? centre,
      utc_offset: utcOffset,
      territory_changed_since_2022: change.territory_changed_since_2022 ?? false,
      ...(change.note ? { note: change.note } : {}),
      geometry_quality: change.geometry_quality ?? 'natural-earth',
      ...(change.area_km2_official ? { area_km2_official: change.area_km2_official } : {}),
      ne_code_hasc: hasc,
    };
    return { id, ne_code_hasc: hasc, properties };
  });
}
