// Countries that appear in the frame, keyed by Natural Earth's adm0_a3. The five that
// border Kazakhstan are 'neighbour'; the rest only close the Caspian shore and fill the
// frame ('context', drawn without labels). iso_a3 equals adm0_a3 except for NE's de facto
// unit "Siachen Glacier" (KAS), which has no ISO code. An adm0_a3 missing from this table
// stops the build, so a new NE release cannot slip an unnamed country onto the map.

export const kazakhUnits = new Set(['KAZ', 'KAB']); // KAB: NE's Baikonur lease unit

export const countryTable = {
  RUS: { name_en: 'Russia', role: 'neighbour' },
  CHN: { name_en: 'China', role: 'neighbour' },
  KGZ: { name_en: 'Kyrgyzstan', role: 'neighbour' },
  UZB: { name_en: 'Uzbekistan', role: 'neighbour' },
  TKM: { name_en: 'Turkmenistan', role: 'neighbour' },
  AFG: { name_en: 'Afghanistan', role: 'context' },
  ARM: { name_en: 'Armenia', role: 'context' },
  AZE: { name_en: 'Azerbaijan', role: 'context' },
  GEO: { name_en: 'Georgia', role: 'context' },
  IND: { name_en: 'India', role: 'context' },
  IRN: { name_en: 'Iran', role: 'context' },
  IRQ: { name_en: 'Iraq', role: 'context' },
  JOR: { name_en: 'Jordan', role: 'context' },
  KAS: { name_en: 'Siachen Glacier', role: 'context' },
  MNG: { name_en: 'Mongolia', role: 'context' },
  PAK: { name_en: 'Pakistan', role: 'context' },
  SYR: { name_en: 'Syria', role: 'context' },
  TJK: { name_en: 'Tajikistan', role: 'context' },
  TUR: { name_en: 'Turkey', role: 'context' },
  UKR: { name_en: 'Ukraine', role: 'context' },
};
