/**
 * Area codes. Kommuner, regioner and Hele landet use Danmarks Statistik's
 * codes (Ishøj 183, Vallensbæk 187, Hele landet 000); areas that have no DST
 * code (RAR, joint jobcentre) use a lower-case slug.
 */

export const AREA_KINDS = ['land', 'region', 'rar', 'kommune', 'jobcenter'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/**
 * Why the app knows an area: its own kommuner, a benchmark, a comparator a
 * document names (klynge), or one of the other kommuner in the national comparison.
 */
export const AREA_ROLES = ['hjemkommune', 'benchmark', 'sammenligning', 'kommune'] as const;
export type AreaRole = (typeof AREA_ROLES)[number];

export const HOME_AREAS = { ishoej: '183', vallensbaek: '187' } as const;
export const NATIONAL_AREA = '000';
export const JOINT_JOBCENTER = 'jc-vallensbaek';

/** Danmarks Statistik's 98 kommuner (code → name). */
export const KOMMUNER: Readonly<Record<string, string>> = {
  '101': 'København',
  '147': 'Frederiksberg',
  '151': 'Ballerup',
  '153': 'Brøndby',
  '155': 'Dragør',
  '157': 'Gentofte',
  '159': 'Gladsaxe',
  '161': 'Glostrup',
  '163': 'Herlev',
  '165': 'Albertslund',
  '167': 'Hvidovre',
  '169': 'Høje-Taastrup',
  '173': 'Lyngby-Taarbæk',
  '175': 'Rødovre',
  '183': 'Ishøj',
  '185': 'Tårnby',
  '187': 'Vallensbæk',
  '190': 'Furesø',
  '201': 'Allerød',
  '210': 'Fredensborg',
  '217': 'Helsingør',
  '219': 'Hillerød',
  '223': 'Hørsholm',
  '230': 'Rudersdal',
  '240': 'Egedal',
  '250': 'Frederikssund',
  '253': 'Greve',
  '259': 'Køge',
  '260': 'Halsnæs',
  '265': 'Roskilde',
  '269': 'Solrød',
  '270': 'Gribskov',
  '306': 'Odsherred',
  '316': 'Holbæk',
  '320': 'Faxe',
  '326': 'Kalundborg',
  '329': 'Ringsted',
  '330': 'Slagelse',
  '336': 'Stevns',
  '340': 'Sorø',
  '350': 'Lejre',
  '360': 'Lolland',
  '370': 'Næstved',
  '376': 'Guldborgsund',
  '390': 'Vordingborg',
  '400': 'Bornholm',
  '410': 'Middelfart',
  '420': 'Assens',
  '430': 'Faaborg-Midtfyn',
  '440': 'Kerteminde',
  '450': 'Nyborg',
  '461': 'Odense',
  '479': 'Svendborg',
  '480': 'Nordfyns',
  '482': 'Langeland',
  '492': 'Ærø',
  '510': 'Haderslev',
  '530': 'Billund',
  '540': 'Sønderborg',
  '550': 'Tønder',
  '561': 'Esbjerg',
  '563': 'Fanø',
  '573': 'Varde',
  '575': 'Vejen',
  '580': 'Aabenraa',
  '607': 'Fredericia',
  '615': 'Horsens',
  '621': 'Kolding',
  '630': 'Vejle',
  '657': 'Herning',
  '661': 'Holstebro',
  '665': 'Lemvig',
  '671': 'Struer',
  '706': 'Syddjurs',
  '707': 'Norddjurs',
  '710': 'Favrskov',
  '727': 'Odder',
  '730': 'Randers',
  '740': 'Silkeborg',
  '741': 'Samsø',
  '746': 'Skanderborg',
  '751': 'Aarhus',
  '756': 'Ikast-Brande',
  '760': 'Ringkøbing-Skjern',
  '766': 'Hedensted',
  '773': 'Morsø',
  '779': 'Skive',
  '787': 'Thisted',
  '791': 'Viborg',
  '810': 'Brønderslev',
  '813': 'Frederikshavn',
  '820': 'Vesthimmerlands',
  '825': 'Læsø',
  '840': 'Rebild',
  '846': 'Mariagerfjord',
  '849': 'Jammerbugt',
  '851': 'Aalborg',
  '860': 'Hjørring',
};

export const REGIONER: Readonly<Record<string, string>> = {
  '081': 'Region Nordjylland',
  '082': 'Region Midtjylland',
  '083': 'Region Syddanmark',
  '084': 'Region Hovedstaden',
  '085': 'Region Sjælland',
};

/** Areas without a DST code that the documents name. */
export const NAMED_AREAS: Readonly<Record<string, string>> = {
  'rar-hovedstaden': 'RAR Hovedstaden',
  'jc-vallensbaek': 'Jobcenter Vallensbæk (Ishøj og Vallensbæk)',
  'jc-taarnby-dragoer': 'Jobcenter Tårnby/Dragør',
  hovedstadsomraadet: 'Hovedstadsområdet',
};

export function isKommune(code: string): boolean {
  return code in KOMMUNER;
}

export function isKnownAreaCode(code: string): boolean {
  return code === NATIONAL_AREA || code in KOMMUNER || code in REGIONER || code in NAMED_AREAS;
}

export function knownAreaName(code: string): string | undefined {
  if (code === NATIONAL_AREA) return 'Hele landet';
  return KOMMUNER[code] ?? REGIONER[code] ?? NAMED_AREAS[code];
}
