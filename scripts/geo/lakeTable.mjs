// Lakes drawn above the regions (Natural Earth does not cut them out of the land).
// Each lake is every OSM water polygon over `lakeMinAreaKm2` whose bounding box lies
// inside the lake's search box [west, south, east, north]. The boxes were drawn from the
// 5 km layer so that neighbouring lakes stay out: Sudochye and Sarygamysh south of the
// Aral, Sasykkol and Koshkarkol west of Alakol, and the small lakes of the Ili delta.

export const lakeTable = [
  { name_en: 'Aral Sea', name_kk: 'Арал теңізі', name_ru: 'Аральское море', box: [58.0, 44.3, 62.0, 47.0] },
  { name_en: 'Lake Balkhash', name_kk: 'Балқаш көлі', name_ru: 'озеро Балхаш', box: [73.3, 45.0, 79.3, 47.0] },
  { name_en: 'Lake Alakol', name_kk: 'Алакөл', name_ru: 'озеро Алаколь', box: [81.3, 45.6, 82.3, 46.6] },
  { name_en: 'Lake Zaysan', name_kk: 'Зайсан көлі', name_ru: 'озеро Зайсан', box: [82.9, 47.5, 85.0, 49.0] },
  { name_en: 'Kapchagay Reservoir', name_kk: 'Қапшағай су қоймасы', name_ru: 'Капчагайское водохранилище', box: [77.0, 43.6, 78.3, 44.0] },
  { name_en: 'Lake Issyk-Kul', name_kk: 'Ыстықкөл', name_ru: 'озеро Иссык-Куль', box: [76.0, 42.0, 78.5, 42.9] },
  { name_en: 'Lake Tengiz', name_kk: 'Теңіз көлі', name_ru: 'озеро Тенгиз', box: [68.5, 50.1, 69.4, 50.7] },
];
