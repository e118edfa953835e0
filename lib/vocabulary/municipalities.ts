/**
 * Larger Dutch municipalities and the province they lie in, so a region asked for
 * ("op locatie in Amersfoort", "woonachtig in de regio Zwolle") can be held against the
 * region in the user's profile ("Utrecht", "Overijssel", "Amersfoort"). Folded names.
 */
export const PROVINCES = [
  'groningen', 'friesland', 'fryslan', 'drenthe', 'overijssel', 'flevoland', 'gelderland', 'utrecht', 'noord-holland',
  'zuid-holland', 'zeeland', 'noord-brabant', 'limburg',
] as const;

export const MUNICIPALITY_PROVINCE: Record<string, string> = {
  // Groningen
  groningen: 'groningen', 'het hogeland': 'groningen', westerkwartier: 'groningen', 'midden-groningen': 'groningen', oldambt: 'groningen', veendam: 'groningen', delfzijl: 'groningen', eemsdelta: 'groningen',
  // Friesland
  leeuwarden: 'friesland', sudwest: 'friesland', 'sudwest-fryslan': 'friesland', smallingerland: 'friesland', drachten: 'friesland', heerenveen: 'friesland', sneek: 'friesland', harlingen: 'friesland',
  // Drenthe
  assen: 'drenthe', emmen: 'drenthe', hoogeveen: 'drenthe', meppel: 'drenthe', 'midden-drenthe': 'drenthe', 'tynaarlo': 'drenthe', 'coevorden': 'drenthe',
  // Overijssel
  zwolle: 'overijssel', enschede: 'overijssel', deventer: 'overijssel', hengelo: 'overijssel', almelo: 'overijssel', kampen: 'overijssel', oldenzaal: 'overijssel', raalte: 'overijssel', hardenberg: 'overijssel',
  // Flevoland
  almere: 'flevoland', lelystad: 'flevoland', dronten: 'flevoland', noordoostpolder: 'flevoland', emmeloord: 'flevoland', zeewolde: 'flevoland',
  // Gelderland
  arnhem: 'gelderland', nijmegen: 'gelderland', apeldoorn: 'gelderland', ede: 'gelderland', doetinchem: 'gelderland', zutphen: 'gelderland', harderwijk: 'gelderland', wageningen: 'gelderland',
  tiel: 'gelderland', culemborg: 'gelderland', barneveld: 'gelderland', 'nijkerk': 'gelderland', 'west betuwe': 'gelderland', 'lingewaard': 'gelderland', 'overbetuwe': 'gelderland', 'winterswijk': 'gelderland',
  // Utrecht
  utrecht: 'utrecht', amersfoort: 'utrecht', nieuwegein: 'utrecht', veenendaal: 'utrecht', zeist: 'utrecht', houten: 'utrecht', 'utrechtse heuvelrug': 'utrecht', woerden: 'utrecht', ijsselstein: 'utrecht',
  'de bilt': 'utrecht', soest: 'utrecht', leusden: 'utrecht', 'stichtse vecht': 'utrecht', vijfheerenlanden: 'utrecht', 'de ronde venen': 'utrecht', baarn: 'utrecht', 'bunnik': 'utrecht',
  // Noord-Holland
  amsterdam: 'noord-holland', haarlem: 'noord-holland', haarlemmermeer: 'noord-holland', hoofddorp: 'noord-holland', zaanstad: 'noord-holland', zaandam: 'noord-holland', alkmaar: 'noord-holland',
  hilversum: 'noord-holland', amstelveen: 'noord-holland', purmerend: 'noord-holland', hoorn: 'noord-holland', 'den helder': 'noord-holland', velsen: 'noord-holland', heerhugowaard: 'noord-holland',
  'dijk en waard': 'noord-holland', enkhuizen: 'noord-holland', 'gooise meren': 'noord-holland', huizen: 'noord-holland', diemen: 'noord-holland', 'beverwijk': 'noord-holland', 'heemskerk': 'noord-holland',
  // Zuid-Holland
  'den haag': 'zuid-holland', "'s-gravenhage": 'zuid-holland', 's gravenhage': 'zuid-holland', rotterdam: 'zuid-holland', leiden: 'zuid-holland', dordrecht: 'zuid-holland', zoetermeer: 'zuid-holland',
  delft: 'zuid-holland', westland: 'zuid-holland', 'alphen aan den rijn': 'zuid-holland', gouda: 'zuid-holland', schiedam: 'zuid-holland', vlaardingen: 'zuid-holland', capelle: 'zuid-holland',
  'capelle aan den ijssel': 'zuid-holland', spijkenisse: 'zuid-holland', 'nissewaard': 'zuid-holland', rijswijk: 'zuid-holland', zwijndrecht: 'zuid-holland', 'lansingerland': 'zuid-holland',
  bergschenhoek: 'zuid-holland', 'pijnacker-nootdorp': 'zuid-holland', katwijk: 'zuid-holland', 'leidschendam-voorburg': 'zuid-holland', 'gorinchem': 'zuid-holland', 'ridderkerk': 'zuid-holland', 'barendrecht': 'zuid-holland',
  // Zeeland
  middelburg: 'zeeland', vlissingen: 'zeeland', goes: 'zeeland', terneuzen: 'zeeland', 'schouwen-duiveland': 'zeeland', hulst: 'zeeland',
  // Noord-Brabant
  eindhoven: 'noord-brabant', tilburg: 'noord-brabant', breda: 'noord-brabant', "'s-hertogenbosch": 'noord-brabant', 's hertogenbosch': 'noord-brabant', 'den bosch': 'noord-brabant',
  helmond: 'noord-brabant', oss: 'noord-brabant', 'bergen op zoom': 'noord-brabant', roosendaal: 'noord-brabant', oosterhout: 'noord-brabant', 'etten-leur': 'noord-brabant', waalwijk: 'noord-brabant',
  veldhoven: 'noord-brabant', uden: 'noord-brabant', 'maashorst': 'noord-brabant', meierijstad: 'noord-brabant', oirschot: 'noord-brabant', 'best': 'noord-brabant', 'boxtel': 'noord-brabant', 'dongen': 'noord-brabant',
  // Limburg
  maastricht: 'limburg', venlo: 'limburg', heerlen: 'limburg', sittard: 'limburg', 'sittard-geleen': 'limburg', roermond: 'limburg', weert: 'limburg', kerkrade: 'limburg', venray: 'limburg',
};

/**
 * Other names of one place or public body, as brokers write them (folded, without spaces),
 * with the name the Dutch government uses: "Den Bosch" and "'s-Hertogenbosch" are one
 * municipality, "The Hague" and "Den Haag" one city, "Ministry of Finance" the Ministerie van
 * Financiën. Client names are compared with these (lib/library/assignment-key.ts).
 */
export const CLIENT_NAME_ALIASES: Readonly<Record<string, string>> = {
  denbosch: "'s-Hertogenbosch",
  sgravenhage: 'Den Haag',
  thehague: 'Den Haag',
  hague: 'Den Haag',
  friesland: 'Fryslân',
  northholland: 'Noord-Holland',
  southholland: 'Zuid-Holland',
  northbrabant: 'Noord-Brabant',
  zealand: 'Zeeland',
  finance: 'Financiën',
  interiorandkingdomrelations: 'Binnenlandse Zaken en Koninkrijksrelaties',
  theinteriorandkingdomrelations: 'Binnenlandse Zaken en Koninkrijksrelaties',
  foreignaffairs: 'Buitenlandse Zaken',
  justiceandsecurity: 'Justitie en Veiligheid',
  infrastructureandwatermanagement: 'Infrastructuur en Waterstaat',
  healthwelfareandsport: 'Volksgezondheid, Welzijn en Sport',
  educationcultureandscience: 'Onderwijs, Cultuur en Wetenschap',
  socialaffairsandemployment: 'Sociale Zaken en Werkgelegenheid',
  economicaffairsandclimate: 'Economische Zaken en Klimaat',
  economicaffairs: 'Economische Zaken',
  agriculturenatureandfoodquality: 'Landbouw, Natuur en Voedselkwaliteit',
  defence: 'Defensie',
  taxandcustomsadministration: 'Belastingdienst',
};
