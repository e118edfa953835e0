/**
 * Dutch provinces, regions and larger municipalities, to recognise an unlabelled
 * location chip ("Flevoland", "Den Haag") among other chips ("Juridisch", "ZZP").
 */
import { fold } from '../parse/text';

const PLACES = new Set(
  [
    // provinces and regions
    'Groningen', 'Friesland', 'Fryslân', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland', 'Utrecht',
    'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg', 'Randstad', 'Landelijk',
    'Heel Nederland', 'Nederland', 'Noord-Nederland', 'Oost-Nederland', 'Zuid-Nederland', 'West-Nederland',
    'Midden-Nederland', 'Twente', 'Achterhoek', 'Veluwe', 'Brabant', 'Haaglanden', 'Rijnmond',
    // municipalities
    'Amsterdam', 'Rotterdam', 'Den Haag', "'s-Gravenhage", 'Eindhoven', 'Tilburg', 'Almere', 'Breda',
    'Nijmegen', 'Apeldoorn', 'Arnhem', 'Haarlem', 'Haarlemmermeer', 'Enschede', 'Amersfoort', 'Zaanstad',
    "'s-Hertogenbosch", 'Den Bosch', 'Zwolle', 'Leiden', 'Zoetermeer', 'Leeuwarden', 'Ede', 'Maastricht',
    'Dordrecht', 'Westland', 'Alphen aan den Rijn', 'Alkmaar', 'Emmen', 'Delft', 'Venlo', 'Deventer',
    'Sittard-Geleen', 'Helmond', 'Oss', 'Amstelveen', 'Hilversum', 'Súdwest-Fryslân', 'Heerlen', 'Hengelo',
    'Purmerend', 'Roosendaal', 'Schiedam', 'Lelystad', 'Leidschendam-Voorburg', 'Almelo', 'Hoorn', 'Gouda',
    'Vlaardingen', 'Assen', 'Bergen op Zoom', 'Capelle aan den IJssel', 'Veenendaal', 'Katwijk', 'Zeist',
    'Nieuwegein', 'Roermond', 'Den Helder', 'Hardenberg', 'Barneveld', 'Doetinchem', 'Gooise Meren', 'Heerhugowaard',
    'Dijk en Waard', 'Hoogeveen', 'Terneuzen', 'Smallingerland', 'Oosterhout', 'Kampen', 'Pijnacker-Nootdorp',
    'Woerden', 'Houten', 'Rijswijk', 'Zwijndrecht', 'Middelburg', 'Vlissingen', 'Harderwijk', 'Wageningen',
    'Tiel', 'Culemborg', 'Meppel', 'Heerenveen', 'Sneek', 'Drachten', 'Midden-Drenthe', 'Zutphen', 'Goes',
    'Weert', 'Kerkrade', 'Uden', 'Veldhoven', 'Waalwijk', 'Bussum', 'Diemen', 'Hilversum', 'Huizen', 'Soest',
    'Baarn', 'Bunnik', 'De Bilt', 'IJsselstein', 'Vianen', 'Stichtse Vecht', 'Lochem', 'Winterswijk', 'Ermelo',
    'Nunspeet', 'Putten', 'Nijkerk', 'Renkum', 'Rheden', 'Zevenaar', 'Duiven', 'Westervoort', 'Overbetuwe',
    'Lingewaard', 'Berkelland', 'Oude IJsselstreek', 'Steenwijkerland', 'Noordoostpolder', 'Urk', 'Dronten',
    'Zeewolde', 'Noordwijk', 'Lisse', 'Hillegom', 'Oegstgeest', 'Voorschoten', 'Wassenaar', 'Lansingerland',
    'Krimpen aan den IJssel', 'Ridderkerk', 'Barendrecht', 'Albrandswaard', 'Maassluis', 'Spijkenisse', 'Nissewaard',
    'Hellevoetsluis', 'Voorne aan Zee', 'Gorinchem', 'Molenlanden', 'Papendrecht', 'Sliedrecht', 'Hendrik-Ido-Ambacht',
    'Schouwen-Duiveland', 'Waadhoeke', 'Tytsjerksteradiel', 'Harlingen', 'Veendam', 'Stadskanaal', 'Oldambt',
    'Het Hogeland', 'Westerkwartier', 'Midden-Groningen', 'Eemsdelta', 'Coevorden', 'Tynaarlo', 'Aa en Hunze',
    'Borger-Odoorn', 'Noordenveld', 'Westerveld', 'De Wolden', 'Raalte', 'Rijssen-Holten', 'Oldenzaal', 'Borne',
    'Losser', 'Haaksbergen', 'Hof van Twente', 'Wierden', 'Twenterand', 'Dalfsen', 'Ommen', 'Hattem', 'Epe', 'Heerde',
  ].map(fold),
);

/** Is this short text a Dutch place or region name on its own? */
export function isPlaceName(text: string): boolean {
  return PLACES.has(fold(text));
}
