package incident

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// countryCase is one row of the country table: the language of the input (for coverage
// counts), the input, and what ParseCountry must return: an alpha-2 code, "~XX" for a fuzzy
// match of XX, "!amb XX,YY" for an ambiguous name with exactly these candidates, "!unspec"
// (ErrUnspecified), "!na" (ErrNotApplicable), "!unknown" (ErrUnknown and neither refinement)
// or "!invalid".
type countryCase struct {
	lang, in, want string
}

// countryCases is sorted by language, then input. Every language has at least ten cases.
var countryCases = []countryCase{
	{"ar", "ألمانيا", "DE"},
	{"ar", "أوكرانيا", "UA"},
	{"ar", "إيران", "IR"},
	{"ar", "الصين", "CN"},
	{"ar", "المملكة العربية السعودية", "SA"},
	{"ar", "المملكة المتحدة", "GB"},
	{"ar", "الولايات المتحدة", "US"},
	{"ar", "بولندا", "PL"},
	{"ar", "روسيا", "RU"},
	{"ar", "سوريا", "SY"},
	{"ar", "فرنسا", "FR"},
	{"ar", "في أوكرانيا", "UA"},
	{"ar", "في روسيا", "RU"},
	{"ar", "ليتوانيا", "LT"},
	{"ar", "مصر", "EG"},
	{"az", "ABŞ", "US"},
	{"az", "Almaniya", "DE"},
	{"az", "Azərbaycan", "AZ"},
	{"az", "Ermənistan", "AM"},
	{"az", "Fransa", "FR"},
	{"az", "Gürcüstan", "GE"},
	{"az", "Rusiya", "RU"},
	{"az", "Rusiyada", "RU"},
	{"az", "Türkiyə", "TR"},
	{"az", "Ukrayna", "UA"},
	{"az", "Ukraynada", "UA"},
	{"az", "Çin", "CN"},
	{"az", "İran", "IR"},
	{"be", "Беларусь", "BY"},
	{"be", "Германія", "DE"},
	{"be", "Кітай", "CN"},
	{"be", "Латвія", "LV"},
	{"be", "Літва", "LT"},
	{"be", "Польшча", "PL"},
	{"be", "Расія", "RU"},
	{"be", "Украіна", "UA"},
	{"be", "Францыя", "FR"},
	{"be", "Эстонія", "EE"},
	{"bg", "България", "BG"},
	{"bg", "Германия", "DE"},
	{"bg", "Гърция", "GR"},
	{"bg", "Литва", "LT"},
	{"bg", "Полша", "PL"},
	{"bg", "Румъния", "RO"},
	{"bg", "Русия", "RU"},
	{"bg", "САЩ", "US"},
	{"bg", "Сърбия", "RS"},
	{"bg", "Турция", "TR"},
	{"bg", "Украйна", "UA"},
	{"bg", "Франция", "FR"},
	{"bs", "Bosna i Hercegovina", "BA"},
	{"bs", "Crna Gora", "ME"},
	{"bs", "Francuska", "FR"},
	{"bs", "Hrvatska", "HR"},
	{"bs", "Kosovo", "XK"},
	{"bs", "Njemačka", "DE"},
	{"bs", "Rusija", "RU"},
	{"bs", "Srbija", "RS"},
	{"bs", "Turska", "TR"},
	{"bs", "Ukrajina", "UA"},
	{"cs", "Ceska republika", "CZ"},
	{"cs", "Litva", "LT"},
	{"cs", "Maďarsko", "HU"},
	{"cs", "Německo", "DE"},
	{"cs", "Polsko", "PL"},
	{"cs", "Rakousko", "AT"},
	{"cs", "Rusko", "RU"},
	{"cs", "Slovensko", "SK"},
	{"cs", "Spojené státy", "US"},
	{"cs", "Ukrajina", "UA"},
	{"cs", "na Slovensku", "SK"},
	{"cs", "na Ukrajině", "UA"},
	{"cs", "ruský", "RU"},
	{"cs", "v Bělorusku", "BY"},
	{"cs", "v Estonsku", "EE"},
	{"cs", "v Gruzii", "GE"},
	{"cs", "v Lotyšsku", "LV"},
	{"cs", "v Moldavsku", "MD"},
	{"cs", "v Německu", "DE"},
	{"cs", "v Polsku", "PL"},
	{"cs", "v Rusku", "RU"},
	{"cs", "ve Finsku", "FI"},
	{"cs", "ve Francii", "FR"},
	{"cs", "ve Švédsku", "SE"},
	{"cs", "ČR", "CZ"},
	{"cs", "Česko", "CZ"},
	{"cs", "Československo", "!na"},
	{"cs", "Česká republika", "CZ"},
	{"cy", "Ffrainc", "FR"},
	{"cy", "Gwlad Pwyl", "PL"},
	{"cy", "Iwerddon", "IE"},
	{"cy", "Lloegr", "GB"},
	{"cy", "Rwsia", "RU"},
	{"cy", "Sbaen", "ES"},
	{"cy", "Yr Alban", "GB"},
	{"cy", "Yr Almaen", "DE"},
	{"cy", "Yr Eidal", "IT"},
	{"cy", "Yr Wcráin", "UA"},
	{"da", "Danmark", "DK"},
	{"da", "Danmarks", "DK"},
	{"da", "Finland", "FI"},
	{"da", "Færøerne", "FO"},
	{"da", "Grønland", "GL"},
	{"da", "Holland", "NL"},
	{"da", "Norge", "NO"},
	{"da", "Polen", "PL"},
	{"da", "Rusland", "RU"},
	{"da", "Storbritannien", "GB"},
	{"da", "Sverige", "SE"},
	{"da", "Tyskland", "DE"},
	{"da", "Ukraine", "UA"},
	{"de", "BRD", "DE"},
	{"de", "Belarus", "BY"},
	{"de", "Bundesrepublik Deutschland", "DE"},
	{"de", "DDR", "DE"},
	{"de", "Daenemark", "DK"},
	{"de", "Deutschland", "DE"},
	{"de", "Deutschlands", "DE"},
	{"de", "Dänemark", "DK"},
	{"de", "Estland", "EE"},
	{"de", "Finnland", "FI"},
	{"de", "Frankreich", "FR"},
	{"de", "Frankreichs", "FR"},
	{"de", "Georgien", "GE"},
	{"de", "Grossbritannien", "GB"},
	{"de", "Großbritannien", "GB"},
	{"de", "Kongo", "!amb CD,CG"},
	{"de", "Korea", "!amb KP,KR"},
	{"de", "Krim", "UA"},
	{"de", "Lettland", "LV"},
	{"de", "Litauen", "LT"},
	{"de", "Moskau", "!na"},
	{"de", "Niederlande", "NL"},
	{"de", "Nordkorea", "KP"},
	{"de", "Norwegen", "NO"},
	{"de", "Oesterreich", "AT"},
	{"de", "Osteuropa", "!na"},
	{"de", "Ostsee", "!na"},
	{"de", "Polen", "PL"},
	{"de", "Republik Polen", "PL"},
	{"de", "Rumänien", "RO"},
	{"de", "Russische Föderation", "RU"},
	{"de", "Russland", "RU"},
	{"de", "Rußland", "RU"},
	{"de", "Schweden", "SE"},
	{"de", "Schweiz", "CH"},
	{"de", "Schweizerische Eidgenossenschaft", "CH"},
	{"de", "Sowjetunion", "!na"},
	{"de", "Südkorea", "KR"},
	{"de", "Tschechien", "CZ"},
	{"de", "Tuerkei", "TR"},
	{"de", "Türkei", "TR"},
	{"de", "Ukraine", "UA"},
	{"de", "Ungarn", "HU"},
	{"de", "VR China", "CN"},
	{"de", "Vereinigte Staaten", "US"},
	{"de", "Vereinigtes Königreich", "GB"},
	{"de", "Weissrussland", "BY"},
	{"de", "Weißrussland", "BY"},
	{"de", "aus Russland", "RU"},
	{"de", "aus der Ukraine", "UA"},
	{"de", "die Niederlande", "NL"},
	{"de", "in Deutschland", "DE"},
	{"de", "in der Ukraine", "UA"},
	{"de", "russisch", "RU"},
	{"de", "unbekannt", "!unspec"},
	{"de", "vermutlich Russland", "RU"},
	{"de", "Österreich", "AT"},
	{"el", "Γαλλία", "FR"},
	{"el", "Γερμανία", "DE"},
	{"el", "Ελλάδα", "GR"},
	{"el", "ΗΠΑ", "US"},
	{"el", "Ηνωμένες Πολιτείες", "US"},
	{"el", "Ηνωμένο Βασίλειο", "GB"},
	{"el", "Κύπρος", "CY"},
	{"el", "Ουκρανία", "UA"},
	{"el", "Πολωνία", "PL"},
	{"el", "Ρωσία", "RU"},
	{"el", "Τουρκία", "TR"},
	{"el", "στη Ρωσία", "RU"},
	{"el", "στην Ελλάδα", "GR"},
	{"el", "στην Ουκρανία", "UA"},
	{"el", "της Γερμανίας", "DE"},
	{"el", "της Ρωσίας", "RU"},
	{"en", "", "!unspec"},
	{"en", "   ", "!unspec"},
	{"en", "  united   kingdom ", "GB"},
	{"en", " 🇺🇦 ", "UA"},
	{"en", "\"Poland\"", "PL"},
	{"en", "(Estonia)", "EE"},
	{"en", "-", "!unspec"},
	{"en", "004", "AF"},
	{"en", "040", "AT"},
	{"en", "12345", "!unknown"},
	{"en", "233", "EE"},
	{"en", "4", "AF"},
	{"en", "40", "AT"},
	{"en", "428", "LV"},
	{"en", "440", "LT"},
	{"en", "643", "RU"},
	{"en", "826", "GB"},
	{"en", "840", "US"},
	{"en", "900", "XK"},
	{"en", "999", "!unknown"},
	{"en", "?", "!unspec"},
	{"en", "AO", "AO"},
	{"en", "Abkhazia", "GE"},
	{"en", "Afganistan", "AF"},
	{"en", "Afghanistan", "AF"},
	{"en", "Africa", "!na"},
	{"en", "Aland", "AX"},
	{"en", "Algeria", "DZ"},
	{"en", "America", "US"},
	{"en", "American", "US"},
	{"en", "Americas", "!na"},
	{"en", "Antigua and Barbuda", "AG"},
	{"en", "Argentina", "AR"},
	{"en", "Armenia", "AM"},
	{"en", "Asia", "!na"},
	{"en", "Atlantis", "!unknown"},
	{"en", "Atlantis[1]", "!unknown"},
	{"en", "Australia", "AU"},
	{"en", "Austria", "AT"},
	{"en", "Austrlia", "!unknown"},
	{"en", "Azerbaijan", "AZ"},
	{"en", "Bahamas, The", "BS"},
	{"en", "Balkans", "!na"},
	{"en", "Baltic Sea", "!na"},
	{"en", "Baltic states", "!na"},
	{"en", "Baltics", "!na"},
	{"en", "Belarus'", "BY"},
	{"en", "Belarusian", "BY"},
	{"en", "Belaruss", "BY"},
	{"en", "Belgian", "BE"},
	{"en", "Belorussia", "BY"},
	{"en", "Berlin", "!na"},
	{"en", "BiH", "BA"},
	{"en", "Black Sea", "!na"},
	{"en", "Bolivia (Plurinational State of)", "BO"},
	{"en", "Bosnia", "BA"},
	{"en", "Bosnia & Herzegovina", "BA"},
	{"en", "Bosnia and Herzegovina", "BA"},
	{"en", "Brazil", "BR"},
	{"en", "Britain", "GB"},
	{"en", "British", "GB"},
	{"en", "Bulgaira", "~BG"},
	{"en", "Bulgarian", "BG"},
	{"en", "Burma", "MM"},
	{"en", "Byelorussia", "BY"},
	{"en", "CR", "CR"},
	{"en", "CRO", "HR"},
	{"en", "Cabo Verde", "CV"},
	{"en", "Canada", "CA"},
	{"en", "Cape Verde", "CV"},
	{"en", "Caucasus", "!na"},
	{"en", "Ceylon", "LK"},
	{"en", "Chad", "TD"},
	{"en", "Chile", "CL"},
	{"en", "Chinese", "CN"},
	{"en", "Colombia", "CO"},
	{"en", "Congo", "!amb CD,CG"},
	{"en", "Congo (Brazzaville)", "CG"},
	{"en", "Congo (Kinshasa)", "CD"},
	{"en", "Congo [2]", "!amb CD,CG"},
	{"en", "Congo, Dem. Rep.", "CD"},
	{"en", "Congo, Rep.", "CG"},
	{"en", "Congo, The Democratic Republic of the", "CD"},
	{"en", "Congo-Brazzaville", "CG"},
	{"en", "Congolese", "!amb CD,CG"},
	{"en", "Cote d'Ivoire", "CI"},
	{"en", "Crimea", "UA"},
	{"en", "Crimea (Ukraine)", "UA"},
	{"en", "Crimean Peninsula", "UA"},
	{"en", "Cuba", "CU"},
	{"en", "Czech", "CZ"},
	{"en", "Czech Rep.", "CZ"},
	{"en", "Czech Republic", "CZ"},
	{"en", "Czechia", "CZ"},
	{"en", "Czechoslovakia", "!na"},
	{"en", "Côte d'Ivoire", "CI"},
	{"en", "DEN", "DK"},
	{"en", "DPRK", "KP"},
	{"en", "DR Congo", "CD"},
	{"en", "DRC", "CD"},
	{"en", "Danish", "DK"},
	{"en", "Dem. Rep. of the Congo", "CD"},
	{"en", "Democratic Republic of the Congo", "CD"},
	{"en", "Dominica", "DM"},
	{"en", "Dominican", "!amb DM,DO"},
	{"en", "Dominican Republic", "DO"},
	{"en", "Donbas", "UA"},
	{"en", "Donbass", "UA"},
	{"en", "Donetsk People's Republic", "UA"},
	{"en", "Dutch", "NL"},
	{"en", "EL", "GR"},
	{"en", "EU", "!na"},
	{"en", "East Germany", "DE"},
	{"en", "East Timor", "TL"},
	{"en", "Egypt", "EG"},
	{"en", "Egypt, Arab Rep.", "EG"},
	{"en", "England", "GB"},
	{"en", "English Channel", "!na"},
	{"en", "Equatorial Guinea", "GQ"},
	{"en", "Estonai", "~EE"},
	{"en", "Estonia, Latvia, Lithuania", "!amb EE,LT,LV"},
	{"en", "Estonian", "EE"},
	{"en", "Eswatini", "SZ"},
	{"en", "Europe", "!na"},
	{"en", "European Union", "!na"},
	{"en", "FRG", "DE"},
	{"en", "FYROM", "MK"},
	{"en", "Faroe Islands", "FO"},
	{"en", "Fed. Rep. of Germany", "DE"},
	{"en", "Federal Republic of Germany", "DE"},
	{"en", "Fiji", "FJ"},
	{"en", "Finalnd", "~FI"},
	{"en", "Finnish", "FI"},
	{"en", "France;", "FR"},
	{"en", "French", "FR"},
	{"en", "Frnace", "~FR"},
	{"en", "GB", "GB"},
	{"en", "GB-SCT", "GB"},
	{"en", "GDR", "DE"},
	{"en", "GER", "DE"},
	{"en", "GRU", "!na"},
	{"en", "Gambia, The", "GM"},
	{"en", "Georgia", "GE"},
	{"en", "Georgia, USA", "US"},
	{"en", "Georgian", "GE"},
	{"en", "German", "DE"},
	{"en", "Germany [note 2]", "DE"},
	{"en", "Germany*", "DE"},
	{"en", "Germany[1]", "DE"},
	{"en", "Germnay", "~DE"},
	{"en", "Gibraltar", "GI"},
	{"en", "Great Britain", "GB"},
	{"en", "Greenland", "GL"},
	{"en", "Guinea", "GN"},
	{"en", "Guinea-Bissau", "GW"},
	{"en", "Gulf of Finland", "!na"},
	{"en", "Guyana", "GY"},
	{"en", "Heard & McDonald Islands", "HM"},
	{"en", "Holland", "NL"},
	{"en", "Holy See", "VA"},
	{"en", "Hong Kong", "HK"},
	{"en", "Hong Kong SAR, China", "HK"},
	{"en", "Hungarian", "HU"},
	{"en", "Hungery", "~HU"},
	{"en", "India", "IN"},
	{"en", "Indiana", "!na"},
	{"en", "Irak", "IQ"},
	{"en", "Iran", "IR"},
	{"en", "Iran (Islamic Republic of)", "IR"},
	{"en", "Iran, Islamic Rep.", "IR"},
	{"en", "Iran, Islamic Republic of", "IR"},
	{"en", "Iranian", "IR"},
	{"en", "Iraq", "IQ"},
	{"en", "Irish Sea", "!na"},
	{"en", "Irn", "IR"},
	{"en", "Islamic Republic of Iran", "IR"},
	{"en", "Israel", "IL"},
	{"en", "Ivory Coast", "CI"},
	{"en", "Japan", "JP"},
	{"en", "Jordan", "JO"},
	{"en", "KOS", "XK"},
	{"en", "KSA", "SA"},
	{"en", "Kaliningrad", "RU"},
	{"en", "Kaliningrad Oblast", "RU"},
	{"en", "Kampuchea", "KH"},
	{"en", "Kazakhstan", "KZ"},
	{"en", "Kazakstan", "KZ"},
	{"en", "Kingdom of Sweden", "SE"},
	{"en", "Kingdom of the Netherlands", "NL"},
	{"en", "Kirgizia", "KG"},
	{"en", "Korea", "!amb KP,KR"},
	{"en", "Korea (North)", "KP"},
	{"en", "Korea (South)", "KR"},
	{"en", "Korea, Dem. People's Rep.", "KP"},
	{"en", "Korea, Democratic People's Republic of", "KP"},
	{"en", "Korea, North", "KP"},
	{"en", "Korea, Rep.", "KR"},
	{"en", "Korea, Rep. of", "KR"},
	{"en", "Korea, Republic of", "KR"},
	{"en", "Korea, South", "KR"},
	{"en", "Korean", "!amb KP,KR"},
	{"en", "Kosovo", "XK"},
	{"en", "Kremlin", "!na"},
	{"en", "Kyiv", "!na"},
	{"en", "Kyiv (Ukraine)", "UA"},
	{"en", "Kyrgyz Rep.", "KG"},
	{"en", "Kyrgyz Republic", "KG"},
	{"en", "Kyrgyzstan", "KG"},
	{"en", "LAT", "LV"},
	{"en", "LITHUANIA", "LT"},
	{"en", "Lao PDR", "LA"},
	{"en", "Lao People's Democratic Republic", "LA"},
	{"en", "Laos", "LA"},
	{"en", "Latvai", "~LV"},
	{"en", "Latvian", "LV"},
	{"en", "Lebanon", "LB"},
	{"en", "Libya", "LY"},
	{"en", "Lithuana", "~LT"},
	{"en", "Lithuania", "LT"},
	{"en", "Lithuania's", "LT"},
	{"en", "Lithuanian", "LT"},
	{"en", "Lithunia", "~LT"},
	{"en", "Luhansk People's Republic", "UA"},
	{"en", "Macao SAR, China", "MO"},
	{"en", "Macau", "MO"},
	{"en", "Macedonia", "MK"},
	{"en", "Mali", "ML"},
	{"en", "Mars", "!unknown"},
	{"en", "Mexico", "MX"},
	{"en", "Mexico City", "!na"},
	{"en", "Micronesia, Fed. Sts.", "FM"},
	{"en", "Middle East", "!na"},
	{"en", "Moldova, Rep.", "MD"},
	{"en", "Moldova, Republic of", "MD"},
	{"en", "Moldovan", "MD"},
	{"en", "Morocco", "MA"},
	{"en", "Moscow", "!na"},
	{"en", "Moscow, Russia", "RU"},
	{"en", "Myanmar", "MM"},
	{"en", "N/A", "!unspec"},
	{"en", "NA", "NA"},
	{"en", "NATO", "!na"},
	{"en", "NED", "NL"},
	{"en", "Nagorno-Karabakh", "AZ"},
	{"en", "Narnia", "!unknown"},
	{"en", "Netherland", "~NL"},
	{"en", "Netherlands Antilles", "!na"},
	{"en", "Netherlands, The", "NL"},
	{"en", "New Jersey", "!na"},
	{"en", "New York", "!na"},
	{"en", "Niger", "NE"},
	{"en", "Nigeria", "NG"},
	{"en", "Nigerria", "~NG"},
	{"en", "North Korea", "KP"},
	{"en", "North Korean", "KP"},
	{"en", "North Macedonia", "MK"},
	{"en", "North Sea", "!na"},
	{"en", "Northern Cyprus", "CY"},
	{"en", "Northern Ireland", "GB"},
	{"en", "Norwegian", "NO"},
	{"en", "Norwey", "~NO"},
	{"en", "OSCE", "!na"},
	{"en", "Oman", "OM"},
	{"en", "POR", "PT"},
	{"en", "PRC", "CN"},
	{"en", "Pakistan", "PK"},
	{"en", "Palestine", "PS"},
	{"en", "Palestine, State of", "PS"},
	{"en", "Papua New Guinea", "PG"},
	{"en", "People's Republic of China", "CN"},
	{"en", "Persia", "IR"},
	{"en", "Peru", "PE"},
	{"en", "Phillipines", "~PH"},
	{"en", "Poland and Lithuania", "!amb LT,PL"},
	{"en", "Polish", "PL"},
	{"en", "Polnad", "~PL"},
	{"en", "Qatar", "QA"},
	{"en", "RF", "RU"},
	{"en", "ROK", "KR"},
	{"en", "RU", "RU"},
	{"en", "RUS", "RU"},
	{"en", "Rep. of Korea", "KR"},
	{"en", "Republic of Estonia", "EE"},
	{"en", "Republic of Finland", "FI"},
	{"en", "Republic of Lithuania", "LT"},
	{"en", "Republic of Moldova", "MD"},
	{"en", "Republic of the Congo", "CG"},
	{"en", "Rhodesia", "ZW"},
	{"en", "Romainia", "~RO"},
	{"en", "Romanian", "RO"},
	{"en", "Rusia", "RU"},
	{"en", "Russia", "RU"},
	{"en", "Russia (RU)", "RU"},
	{"en", "Russia (suspected)", "RU"},
	{"en", "Russia Russia", "RU"},
	{"en", "Russia or Belarus", "!amb BY,RU"},
	{"en", "Russia suspected", "RU"},
	{"en", "Russia's", "RU"},
	{"en", "Russia-Ukraine", "!amb RU,UA"},
	{"en", "Russia/Ukraine", "!amb RU,UA"},
	{"en", "Russian", "RU"},
	{"en", "Russian Federation", "RU"},
	{"en", "Russians", "RU"},
	{"en", "Russia’s", "RU"},
	{"en", "SUI", "CH"},
	{"en", "Saint Kitts and Nevis", "KN"},
	{"en", "Saint Martin", "!amb MF,SX"},
	{"en", "Saint Vincent and the Grenadines", "VC"},
	{"en", "Sao Tome and Principe", "ST"},
	{"en", "Saudi Arabia", "SA"},
	{"en", "Scandinavia", "!na"},
	{"en", "Scotland", "GB"},
	{"en", "Serbia and Montenegro", "!na"},
	{"en", "Siam", "TH"},
	{"en", "Slovak Rep.", "SK"},
	{"en", "South Korea", "KR"},
	{"en", "South Korean", "KR"},
	{"en", "South Ossetia", "GE"},
	{"en", "South Sudan", "SS"},
	{"en", "Soviet Union", "!na"},
	{"en", "St Lucia", "LC"},
	{"en", "St Petersburg", "!na"},
	{"en", "St. Helena", "SH"},
	{"en", "St. Kitts & Nevis", "KN"},
	{"en", "Sudan", "SD"},
	{"en", "Svalbard", "SJ"},
	{"en", "Swaziland", "SZ"},
	{"en", "Swedan", "!unknown"},
	{"en", "Swedish", "SE"},
	{"en", "Switzerland", "CH"},
	{"en", "Swizterland", "~CH"},
	{"en", "Syria", "SY"},
	{"en", "Syria (disputed)", "SY"},
	{"en", "Syrian Arab Republic", "SY"},
	{"en", "TBD", "!unspec"},
	{"en", "Tadjikistan", "TJ"},
	{"en", "Taiwan (ROC)", "TW"},
	{"en", "Taiwan, Province of China", "TW"},
	{"en", "Tanzania, United Republic of", "TZ"},
	{"en", "Texas", "!na"},
	{"en", "The Gambia", "GM"},
	{"en", "The Netherlands", "NL"},
	{"en", "Timor", "!amb ID,TL"},
	{"en", "Timor-Leste", "TL"},
	{"en", "Togo", "TG"},
	{"en", "Transnistria", "MD"},
	{"en", "Trinidad and Tobago", "TT"},
	{"en", "Tunisia", "TN"},
	{"en", "Turkey", "TR"},
	{"en", "Turkiye", "TR"},
	{"en", "Türkiye", "TR"},
	{"en", "U.K.", "GB"},
	{"en", "U.S.", "US"},
	{"en", "U.S.A.", "US"},
	{"en", "UA-43", "UA"},
	{"en", "UAE", "AE"},
	{"en", "UK", "GB"},
	{"en", "UN", "!na"},
	{"en", "US", "US"},
	{"en", "US and UK", "!amb GB,US"},
	{"en", "USA", "US"},
	{"en", "USSR", "!na"},
	{"en", "Uk", "GB"},
	{"en", "Ukraine (Crimea)", "UA"},
	{"en", "Ukraine's", "UA"},
	{"en", "Ukrainian", "UA"},
	{"en", "Ukriane", "~UA"},
	{"en", "United Arab Emirates", "AE"},
	{"en", "United Kingdom of Great Britain and Northern Ireland", "GB"},
	{"en", "United Nations", "!na"},
	{"en", "United States of America", "US"},
	{"en", "Unknown", "!unspec"},
	{"en", "Untied Kingdom", "~GB"},
	{"en", "Untied States", "~US"},
	{"en", "Upper Volta", "BF"},
	{"en", "Uzbekistan", "UZ"},
	{"en", "Vatican", "VA"},
	{"en", "Venezuela", "VE"},
	{"en", "Venezuela, Bolivarian Republic of", "VE"},
	{"en", "Venezuela, RB", "VE"},
	{"en", "Viet Nam", "VN"},
	{"en", "Vietnam", "VN"},
	{"en", "Virgin Islands", "!amb VG,VI"},
	{"en", "Wagner", "!na"},
	{"en", "Wagner Group", "!na"},
	{"en", "Wakanda", "!unknown"},
	{"en", "Wales", "GB"},
	{"en", "Washington DC", "!na"},
	{"en", "West Bank and Gaza", "PS"},
	{"en", "West Germany", "DE"},
	{"en", "West Papua", "!unknown"},
	{"en", "XK", "XK"},
	{"en", "XKX", "XK"},
	{"en", "Yemen, Rep.", "YE"},
	{"en", "Yugoslavia", "!na"},
	{"en", "Zaire", "CD"},
	{"en", "allegedly Iran", "IR"},
	{"en", "asdfgh", "!unknown"},
	{"en", "germany.", "DE"},
	{"en", "likely Russia", "RU"},
	{"en", "lithuania", "LT"},
	{"en", "n/a", "!unspec"},
	{"en", "none", "!unspec"},
	{"en", "null", "!unspec"},
	{"en", "occupied Crimea", "UA"},
	{"en", "online", "!unspec"},
	{"en", "ru", "RU"},
	{"en", "the Congo", "!amb CD,CG"},
	{"en", "the Russian Federation", "RU"},
	{"en", "unknown", "!unspec"},
	{"en", "us-ga", "US"},
	{"en", "various", "!unspec"},
	{"en", "worldwide", "!unspec"},
	{"en", "Åland Islands", "AX"},
	{"en", "🇪🇺", "!na"},
	{"en", "🇱🇹", "LT"},
	{"en", "🇷🇺", "RU"},
	{"en", "🇷🇺 Russia", "RU"},
	{"es", "Alemania", "DE"},
	{"es", "Bielorrusia", "BY"},
	{"es", "Corea del Norte", "KP"},
	{"es", "EE. UU.", "US"},
	{"es", "EEUU", "US"},
	{"es", "Espana", "ES"},
	{"es", "España", "ES"},
	{"es", "Estados Unidos", "US"},
	{"es", "Federación de Rusia", "RU"},
	{"es", "Francia", "FR"},
	{"es", "Lituania", "LT"},
	{"es", "Países Bajos", "NL"},
	{"es", "Polonia", "PL"},
	{"es", "Reino Unido", "GB"},
	{"es", "República Checa", "CZ"},
	{"es", "Rusia", "RU"},
	{"es", "Suecia", "SE"},
	{"es", "Ucrania", "UA"},
	{"es", "el Reino Unido", "GB"},
	{"es", "en Rusia", "RU"},
	{"es", "los Estados Unidos", "US"},
	{"et", "Ameerika Ühendriigid", "US"},
	{"et", "Eesti", "EE"},
	{"et", "Eestis", "EE"},
	{"et", "Leedu", "LT"},
	{"et", "Leedus", "LT"},
	{"et", "Läti", "LV"},
	{"et", "Lätis", "LV"},
	{"et", "Poola", "PL"},
	{"et", "Poolas", "PL"},
	{"et", "Rootsi", "SE"},
	{"et", "Rootsis", "SE"},
	{"et", "Saksamaa", "DE"},
	{"et", "Saksamaal", "DE"},
	{"et", "Soome", "FI"},
	{"et", "Soomes", "FI"},
	{"et", "Ukraina", "UA"},
	{"et", "Ukrainas", "UA"},
	{"et", "Valgevene", "BY"},
	{"et", "Venemaa", "RU"},
	{"et", "Venemaal", "RU"},
	{"eu", "Alemania", "DE"},
	{"eu", "Erresuma Batua", "GB"},
	{"eu", "Errusia", "RU"},
	{"eu", "Espainia", "ES"},
	{"eu", "Frantzia", "FR"},
	{"eu", "Italia", "IT"},
	{"eu", "Japonia", "JP"},
	{"eu", "Polonia", "PL"},
	{"eu", "Txina", "CN"},
	{"eu", "Ukraina", "UA"},
	{"fa", "آلمان", "DE"},
	{"fa", "آمریکا", "US"},
	{"fa", "اوکراین", "UA"},
	{"fa", "ایالات متحده", "US"},
	{"fa", "ایران", "IR"},
	{"fa", "ترکیه", "TR"},
	{"fa", "جمهوری اسلامی ایران", "IR"},
	{"fa", "در ایران", "IR"},
	{"fa", "در روسیه", "RU"},
	{"fa", "روسیه", "RU"},
	{"fa", "فرانسه", "FR"},
	{"fa", "لهستان", "PL"},
	{"fa", "چین", "CN"},
	{"fi", "Brasilia", "BR"},
	{"fi", "Iso-Britannia", "GB"},
	{"fi", "Latvia", "LV"},
	{"fi", "Latviassa", "LV"},
	{"fi", "Liettua", "LT"},
	{"fi", "Liettuassa", "LT"},
	{"fi", "Norja", "NO"},
	{"fi", "Norjassa", "NO"},
	{"fi", "Puola", "PL"},
	{"fi", "Puolassa", "PL"},
	{"fi", "Ruotsi", "SE"},
	{"fi", "Ruotsissa", "SE"},
	{"fi", "Saksa", "DE"},
	{"fi", "Saksassa", "DE"},
	{"fi", "Suomen", "FI"},
	{"fi", "Suomessa", "FI"},
	{"fi", "Suomi", "FI"},
	{"fi", "Tanska", "DK"},
	{"fi", "Ukraina", "UA"},
	{"fi", "Ukrainassa", "UA"},
	{"fi", "Venäjä", "RU"},
	{"fi", "Venäjällä", "RU"},
	{"fi", "Venäjältä", "RU"},
	{"fi", "Viro", "EE"},
	{"fi", "Virossa", "EE"},
	{"fi", "Yhdysvallat", "US"},
	{"fr", "Allemagne", "DE"},
	{"fr", "Belgique", "BE"},
	{"fr", "Biélorussie", "BY"},
	{"fr", "Congo", "!amb CD,CG"},
	{"fr", "Corée du Nord", "KP"},
	{"fr", "Corée du Sud", "KR"},
	{"fr", "Crimée", "UA"},
	{"fr", "Estonie", "EE"},
	{"fr", "Etats-Unis", "US"},
	{"fr", "Fédération de Russie", "RU"},
	{"fr", "Grande-Bretagne", "GB"},
	{"fr", "Géorgie", "GE"},
	{"fr", "Lettonie", "LV"},
	{"fr", "Lituanie", "LT"},
	{"fr", "Moldavie", "MD"},
	{"fr", "Moyen-Orient", "!na"},
	{"fr", "OTAN", "!na"},
	{"fr", "Pays-Bas", "NL"},
	{"fr", "Pologne", "PL"},
	{"fr", "RDC", "CD"},
	{"fr", "Roumanie", "RO"},
	{"fr", "Royaume de Belgique", "BE"},
	{"fr", "Royaume-Uni", "GB"},
	{"fr", "Russie", "RU"},
	{"fr", "République de Moldavie", "MD"},
	{"fr", "République tchèque", "CZ"},
	{"fr", "Suisse", "CH"},
	{"fr", "Tchéquie", "CZ"},
	{"fr", "URSS", "!na"},
	{"fr", "de la Russie", "RU"},
	{"fr", "en France", "FR"},
	{"fr", "l'Allemagne", "DE"},
	{"fr", "la France", "FR"},
	{"fr", "le Royaume-Uni", "GB"},
	{"fr", "les États-Unis", "US"},
	{"fr", "russe", "RU"},
	{"fr", "États-Unis", "US"},
	{"ga", "Eire", "IE"},
	{"ga", "Ghearmáin", "DE"},
	{"ga", "Stáit Aontaithe Mheiriceá", "US"},
	{"ga", "an Fhrainc", "FR"},
	{"ga", "an Ghearmáin", "DE"},
	{"ga", "an Pholainn", "PL"},
	{"ga", "an Ríocht Aontaithe", "GB"},
	{"ga", "an Rúis", "RU"},
	{"ga", "an Úcráin", "UA"},
	{"ga", "Éire", "IE"},
	{"he", "אוקראינה", "UA"},
	{"he", "איראן", "IR"},
	{"he", "ארה\"ב", "US"},
	{"he", "ארצות הברית", "US"},
	{"he", "באוקראינה", "UA"},
	{"he", "ברוסיה", "RU"},
	{"he", "בריטניה", "GB"},
	{"he", "גרמניה", "DE"},
	{"he", "ישראל", "IL"},
	{"he", "לרוסיה", "RU"},
	{"he", "מדינת ישראל", "IL"},
	{"he", "פולין", "PL"},
	{"he", "צרפת", "FR"},
	{"he", "רוסיה", "RU"},
	{"hi", "अमेरिका", "US"},
	{"hi", "चीन", "CN"},
	{"hi", "जर्मनी", "DE"},
	{"hi", "जापान", "JP"},
	{"hi", "पाकिस्तान", "PK"},
	{"hi", "पोलैंड", "PL"},
	{"hi", "फ़्रांस", "FR"},
	{"hi", "भारत", "IN"},
	{"hi", "भारत में", "IN"},
	{"hi", "यूक्रेन", "UA"},
	{"hi", "यूक्रेन में", "UA"},
	{"hi", "रूस", "RU"},
	{"hi", "रूस में", "RU"},
	{"hr", "Francuska", "FR"},
	{"hr", "Hrvatska", "HR"},
	{"hr", "Mađarska", "HU"},
	{"hr", "Njemačka", "DE"},
	{"hr", "Njemačke", "DE"},
	{"hr", "Poljska", "PL"},
	{"hr", "Republika Hrvatska", "HR"},
	{"hr", "Rusija", "RU"},
	{"hr", "Rusije", "RU"},
	{"hr", "Sjedinjene Američke Države", "US"},
	{"hr", "Slovenija", "SI"},
	{"hr", "Srbija", "RS"},
	{"hr", "Ukrajina", "UA"},
	{"hr", "u Hrvatskoj", "HR"},
	{"hr", "u Njemačkoj", "DE"},
	{"hr", "u Poljskoj", "PL"},
	{"hr", "u Rusiji", "RU"},
	{"hr", "u Srbiji", "RS"},
	{"hr", "u Ukrajini", "UA"},
	{"hu", "Ausztria", "AT"},
	{"hu", "Ausztriában", "AT"},
	{"hu", "Egyesült Államok", "US"},
	{"hu", "Franciaország", "FR"},
	{"hu", "Lengyelország", "PL"},
	{"hu", "Lengyelországban", "PL"},
	{"hu", "Magyarorszag", "HU"},
	{"hu", "Magyarország", "HU"},
	{"hu", "Németország", "DE"},
	{"hu", "Oroszország", "RU"},
	{"hu", "Oroszországban", "RU"},
	{"hu", "Oroszországból", "RU"},
	{"hu", "Románia", "RO"},
	{"hu", "Romániában", "RO"},
	{"hu", "Szlovákia", "SK"},
	{"hu", "Szlovákiában", "SK"},
	{"hu", "Ukrajna", "UA"},
	{"hy", "Hayastan", "AM"},
	{"hy", "ԱՄՆ", "US"},
	{"hy", "Ադրբեջան", "AZ"},
	{"hy", "Գերմանիա", "DE"},
	{"hy", "Թուրքիա", "TR"},
	{"hy", "Իրան", "IR"},
	{"hy", "Հայաստան", "AM"},
	{"hy", "Հայաստանի Հանրապետություն", "AM"},
	{"hy", "Ուկրաինա", "UA"},
	{"hy", "Ռուսաստան", "RU"},
	{"hy", "Ռուսաստանի", "RU"},
	{"hy", "Ռուսաստանում", "RU"},
	{"hy", "Վրաստան", "GE"},
	{"hy", "Ֆրանսիա", "FR"},
	{"is", "Bandaríkin", "US"},
	{"is", "Bretland", "GB"},
	{"is", "Danmörk", "DK"},
	{"is", "Frakkland", "FR"},
	{"is", "Island", "IS"},
	{"is", "Noregur", "NO"},
	{"is", "Pólland", "PL"},
	{"is", "Rússland", "RU"},
	{"is", "Rússlandi", "RU"},
	{"is", "Svíþjóð", "SE"},
	{"is", "Ísland", "IS"},
	{"is", "Úkraína", "UA"},
	{"is", "Þýskaland", "DE"},
	{"is", "Þýskalandi", "DE"},
	{"it", "Bielorussia", "BY"},
	{"it", "Federazione Russa", "RU"},
	{"it", "Francia", "FR"},
	{"it", "Germania", "DE"},
	{"it", "Italia", "IT"},
	{"it", "Paesi Bassi", "NL"},
	{"it", "Polonia", "PL"},
	{"it", "Regno Unito", "GB"},
	{"it", "Repubblica Ceca", "CZ"},
	{"it", "Russia", "RU"},
	{"it", "Stati Uniti", "US"},
	{"it", "Svizzera", "CH"},
	{"it", "Ucraina", "UA"},
	{"it", "dell'Ucraina", "UA"},
	{"it", "l'Italia", "IT"},
	{"it", "la Germania", "DE"},
	{"ja", "アメリカ", "US"},
	{"ja", "アメリカ合衆国", "US"},
	{"ja", "イギリス", "GB"},
	{"ja", "ウクライナ", "UA"},
	{"ja", "ドイツ", "DE"},
	{"ja", "フランス", "FR"},
	{"ja", "ポーランド", "PL"},
	{"ja", "ロシア", "RU"},
	{"ja", "ロシアで", "RU"},
	{"ja", "ロシアの", "RU"},
	{"ja", "中国", "CN"},
	{"ja", "中国の", "CN"},
	{"ja", "北朝鮮", "KP"},
	{"ja", "大韓民国", "KR"},
	{"ja", "日本", "JP"},
	{"ja", "韓国", "KR"},
	{"ka", "Sakartvelo", "GE"},
	{"ka", "აზერბაიჯანი", "AZ"},
	{"ka", "აშშ", "US"},
	{"ka", "გერმანია", "DE"},
	{"ka", "თურქეთი", "TR"},
	{"ka", "რუსეთი", "RU"},
	{"ka", "რუსეთის", "RU"},
	{"ka", "რუსეთში", "RU"},
	{"ka", "საფრანგეთი", "FR"},
	{"ka", "საქართველო", "GE"},
	{"ka", "სომხეთი", "AM"},
	{"ka", "უკრაინა", "UA"},
	{"ka", "უკრაინაში", "UA"},
	{"kk", "Qazaqstan", "KZ"},
	{"kk", "Германия", "DE"},
	{"kk", "Ресей", "RU"},
	{"kk", "Түркия", "TR"},
	{"kk", "Украина", "UA"},
	{"kk", "Франция", "FR"},
	{"kk", "Қазақстан", "KZ"},
	{"kk", "Қазақстан Республикасы", "KZ"},
	{"kk", "Қырғызстан", "KG"},
	{"kk", "Қытай", "CN"},
	{"kk", "Өзбекстан", "UZ"},
	{"ko", "대한민국", "KR"},
	{"ko", "독일", "DE"},
	{"ko", "러시아", "RU"},
	{"ko", "러시아에서", "RU"},
	{"ko", "러시아의", "RU"},
	{"ko", "미국", "US"},
	{"ko", "북한", "KP"},
	{"ko", "영국", "GB"},
	{"ko", "우크라이나", "UA"},
	{"ko", "우크라이나에서", "UA"},
	{"ko", "일본", "JP"},
	{"ko", "중국", "CN"},
	{"ko", "프랑스", "FR"},
	{"ko", "한국", "!amb KP,KR"},
	{"lb", "Belsch", "BE"},
	{"lb", "Däitschland", "DE"},
	{"lb", "Frankräich", "FR"},
	{"lb", "Holland", "NL"},
	{"lb", "Italien", "IT"},
	{"lb", "Lëtzebuerg", "LU"},
	{"lb", "Polen", "PL"},
	{"lb", "Russland", "RU"},
	{"lb", "Spanien", "ES"},
	{"lb", "Ukrain", "UA"},
	{"lt", "Baltarusija", "BY"},
	{"lt", "Baltarusijoje", "BY"},
	{"lt", "Estija", "EE"},
	{"lt", "Estijoje", "EE"},
	{"lt", "JAV", "US"},
	{"lt", "Jungtinė Karalystė", "GB"},
	{"lt", "Karaliaučius", "RU"},
	{"lt", "Latvija", "LV"},
	{"lt", "Latvijoje", "LV"},
	{"lt", "Lenkija", "PL"},
	{"lt", "Lenkijoje", "PL"},
	{"lt", "Lenkijos", "PL"},
	{"lt", "Lietuva", "LT"},
	{"lt", "Lietuvoje", "LT"},
	{"lt", "Lietuvos", "LT"},
	{"lt", "Lietuvos Respublika", "LT"},
	{"lt", "Norvegijoje", "NO"},
	{"lt", "Prancūzijoje", "FR"},
	{"lt", "Rusija", "RU"},
	{"lt", "Rusijoje", "RU"},
	{"lt", "Rusijos", "RU"},
	{"lt", "Rusijos Federacija", "RU"},
	{"lt", "Suomija", "FI"},
	{"lt", "Suomijoje", "FI"},
	{"lt", "Ukraina", "UA"},
	{"lt", "Ukrainoje", "UA"},
	{"lt", "Vokietija", "DE"},
	{"lt", "Vokietijoje", "DE"},
	{"lt", "rusų", "RU"},
	{"lt", "Švedijoje", "SE"},
	{"lv", "ASV", "US"},
	{"lv", "Baltkrievija", "BY"},
	{"lv", "Igaunija", "EE"},
	{"lv", "Igaunijā", "EE"},
	{"lv", "Krievija", "RU"},
	{"lv", "Krievijas", "RU"},
	{"lv", "Krievijā", "RU"},
	{"lv", "Latvija", "LV"},
	{"lv", "Latvijas Republika", "LV"},
	{"lv", "Latvijā", "LV"},
	{"lv", "Lielbritānija", "GB"},
	{"lv", "Lietuva", "LT"},
	{"lv", "Lietuvā", "LT"},
	{"lv", "Polija", "PL"},
	{"lv", "Polijā", "PL"},
	{"lv", "Somijā", "FI"},
	{"lv", "Ukraina", "UA"},
	{"lv", "Ukrainā", "UA"},
	{"lv", "Vācija", "DE"},
	{"lv", "Vācijā", "DE"},
	{"lv", "Zviedrijā", "SE"},
	{"mk", "Албанија", "AL"},
	{"mk", "Бугарија", "BG"},
	{"mk", "Германија", "DE"},
	{"mk", "Грција", "GR"},
	{"mk", "Косово", "XK"},
	{"mk", "Македонија", "MK"},
	{"mk", "Република Северна Македонија", "MK"},
	{"mk", "Русија", "RU"},
	{"mk", "Северна Македонија", "MK"},
	{"mk", "Србија", "RS"},
	{"mk", "Украина", "UA"},
	{"mt", "Franza", "FR"},
	{"mt", "Italja", "IT"},
	{"mt", "Malta", "MT"},
	{"mt", "Russja", "RU"},
	{"mt", "il-Polonja", "PL"},
	{"mt", "il-Ġermanja", "DE"},
	{"mt", "ir-Renju Unit", "GB"},
	{"mt", "ir-Russja", "RU"},
	{"mt", "l-Italja", "IT"},
	{"mt", "l-Ukrajna", "UA"},
	{"mt", "Ġermanja", "DE"},
	{"nl", "Belgie", "BE"},
	{"nl", "België", "BE"},
	{"nl", "Duitsland", "DE"},
	{"nl", "Frankrijk", "FR"},
	{"nl", "Litouwen", "LT"},
	{"nl", "Nederland", "NL"},
	{"nl", "Noord-Macedonië", "MK"},
	{"nl", "Oekraine", "UA"},
	{"nl", "Oekraïne", "UA"},
	{"nl", "Polen", "PL"},
	{"nl", "Rusland", "RU"},
	{"nl", "Tsjechië", "CZ"},
	{"nl", "Verenigd Koninkrijk", "GB"},
	{"nl", "Verenigde Staten", "US"},
	{"nl", "Wit-Rusland", "BY"},
	{"nl", "de Verenigde Staten", "US"},
	{"nl", "in Nederland", "NL"},
	{"no", "Danmark", "DK"},
	{"no", "Finland", "FI"},
	{"no", "Hviterussland", "BY"},
	{"no", "Noreg", "NO"},
	{"no", "Norge", "NO"},
	{"no", "Norges", "NO"},
	{"no", "Polen", "PL"},
	{"no", "Russland", "RU"},
	{"no", "Storbritannia", "GB"},
	{"no", "Sverige", "SE"},
	{"no", "Tyskland", "DE"},
	{"no", "USA", "US"},
	{"no", "Ukraina", "UA"},
	{"pl", "Bałtyk", "!na"},
	{"pl", "Bialorus", "BY"},
	{"pl", "Białoruś", "BY"},
	{"pl", "Czechy", "CZ"},
	{"pl", "Estonia", "EE"},
	{"pl", "Europa Wschodnia", "!na"},
	{"pl", "Federacja Rosyjska", "RU"},
	{"pl", "Finlandia", "FI"},
	{"pl", "Francja", "FR"},
	{"pl", "Gruzja", "GE"},
	{"pl", "Holandia", "NL"},
	{"pl", "KRLD", "KP"},
	{"pl", "Kijów", "!na"},
	{"pl", "Korea Północna", "KP"},
	{"pl", "Krym", "UA"},
	{"pl", "Królewiec", "RU"},
	{"pl", "Litwa", "LT"},
	{"pl", "Moskwa", "!na"},
	{"pl", "Mołdawia", "MD"},
	{"pl", "Niemcy", "DE"},
	{"pl", "ONZ", "!na"},
	{"pl", "Polska", "PL"},
	{"pl", "Polska i Litwa", "!amb LT,PL"},
	{"pl", "Polski", "PL"},
	{"pl", "Republika Litewska", "LT"},
	{"pl", "Rosja", "RU"},
	{"pl", "Rzeczpospolita Polska", "PL"},
	{"pl", "Stany Zjednoczone", "US"},
	{"pl", "Szwecja", "SE"},
	{"pl", "Słowacja", "SK"},
	{"pl", "Ukraina", "UA"},
	{"pl", "Warszawa", "!na"},
	{"pl", "Wielka Brytania", "GB"},
	{"pl", "Wlk. Brytania", "GB"},
	{"pl", "Węgry", "HU"},
	{"pl", "ZSRR", "!na"},
	{"pl", "na Białorusi", "BY"},
	{"pl", "na Litwie", "LT"},
	{"pl", "na Ukrainie", "UA"},
	{"pl", "na Węgrzech", "HU"},
	{"pl", "na Łotwie", "LV"},
	{"pl", "rosyjski", "RU"},
	{"pl", "w Czechach", "CZ"},
	{"pl", "w Danii", "DK"},
	{"pl", "w Estonii", "EE"},
	{"pl", "w Finlandii", "FI"},
	{"pl", "w Gruzji", "GE"},
	{"pl", "w Hiszpanii", "ES"},
	{"pl", "w Holandii", "NL"},
	{"pl", "w Mołdawii", "MD"},
	{"pl", "w Niemczech", "DE"},
	{"pl", "w Norwegii", "NO"},
	{"pl", "w Polsce", "PL"},
	{"pl", "w Rosji", "RU"},
	{"pl", "w Rumunii", "RO"},
	{"pl", "w Szwecji", "SE"},
	{"pl", "w Wielkiej Brytanii", "GB"},
	{"pl", "we Francji", "FR"},
	{"pl", "we Włoszech", "IT"},
	{"pl", "z Białorusi", "BY"},
	{"pl", "z Niemiec", "DE"},
	{"pl", "z Rosji", "RU"},
	{"pl", "Łotwa", "LV"},
	{"pt", "Alemanha", "DE"},
	{"pt", "Brasil", "BR"},
	{"pt", "EUA", "US"},
	{"pt", "Estados Unidos", "US"},
	{"pt", "França", "FR"},
	{"pt", "Países Baixos", "NL"},
	{"pt", "Polónia", "PL"},
	{"pt", "Polônia", "PL"},
	{"pt", "Portugal", "PT"},
	{"pt", "Reino Unido", "GB"},
	{"pt", "Rússia", "RU"},
	{"pt", "Ucrânia", "UA"},
	{"pt", "a Alemanha", "DE"},
	{"pt", "na Rússia", "RU"},
	{"pt", "o Brasil", "BR"},
	{"ro", "Franta", "FR"},
	{"ro", "Franța", "FR"},
	{"ro", "Franței", "FR"},
	{"ro", "Germania", "DE"},
	{"ro", "Germaniei", "DE"},
	{"ro", "Marea Britanie", "GB"},
	{"ro", "Moldova", "MD"},
	{"ro", "Polonia", "PL"},
	{"ro", "Poloniei", "PL"},
	{"ro", "R. Moldova", "MD"},
	{"ro", "Republica Moldova", "MD"},
	{"ro", "Romania", "RO"},
	{"ro", "România", "RO"},
	{"ro", "Rusia", "RU"},
	{"ro", "Rusiei", "RU"},
	{"ro", "SUA", "US"},
	{"ro", "Statele Unite ale Americii", "US"},
	{"ro", "Ucraina", "UA"},
	{"ro", "Ucrainei", "UA"},
	{"ro", "în România", "RO"},
	{"ro", "în Rusia", "RU"},
	{"ro", "în Ucraina", "UA"},
	{"ru", "Абхазия", "GE"},
	{"ru", "Беларусь", "BY"},
	{"ru", "Белоруссия", "BY"},
	{"ru", "Ближний Восток", "!na"},
	{"ru", "Великобритания", "GB"},
	{"ru", "Германия", "DE"},
	{"ru", "Грузия", "GE"},
	{"ru", "ДНР", "UA"},
	{"ru", "ЕС", "!na"},
	{"ru", "КНДР", "KP"},
	{"ru", "Казахстан", "KZ"},
	{"ru", "Калининград", "RU"},
	{"ru", "Китай", "CN"},
	{"ru", "Конго", "!amb CD,CG"},
	{"ru", "Корея", "!amb KP,KR"},
	{"ru", "Кремль", "!na"},
	{"ru", "Крым", "UA"},
	{"ru", "ЛНР", "UA"},
	{"ru", "Латвия", "LV"},
	{"ru", "Литва", "LT"},
	{"ru", "Молдавия", "MD"},
	{"ru", "Молдова", "MD"},
	{"ru", "Москва", "!na"},
	{"ru", "НАТО", "!na"},
	{"ru", "Норвегия", "NO"},
	{"ru", "Польша", "PL"},
	{"ru", "Приднестровье", "MD"},
	{"ru", "РОССИЯ", "RU"},
	{"ru", "РФ", "RU"},
	{"ru", "Республика Беларусь", "BY"},
	{"ru", "Республика Казахстан", "KZ"},
	{"ru", "Российская Федерация", "RU"},
	{"ru", "Россия", "RU"},
	{"ru", "Россия и Беларусь", "!amb BY,RU"},
	{"ru", "СССР", "!na"},
	{"ru", "США", "US"},
	{"ru", "Соединенные Штаты Америки", "US"},
	{"ru", "Соединённые Штаты Америки", "US"},
	{"ru", "Украина", "UA"},
	{"ru", "ФРГ", "DE"},
	{"ru", "Финляндия", "FI"},
	{"ru", "Франция", "FR"},
	{"ru", "Швеция", "SE"},
	{"ru", "Эстония", "EE"},
	{"ru", "ЮАР", "ZA"},
	{"ru", "в Беларуси", "BY"},
	{"ru", "в Белоруссии", "BY"},
	{"ru", "в Великобритании", "GB"},
	{"ru", "в Германии", "DE"},
	{"ru", "в Грузии", "GE"},
	{"ru", "в Дании", "DK"},
	{"ru", "в Иране", "IR"},
	{"ru", "в Казахстане", "KZ"},
	{"ru", "в Китае", "CN"},
	{"ru", "в Латвии", "LV"},
	{"ru", "в Литве", "LT"},
	{"ru", "в Молдавии", "MD"},
	{"ru", "в Нидерландах", "NL"},
	{"ru", "в Норвегии", "NO"},
	{"ru", "в Польше", "PL"},
	{"ru", "в России", "RU"},
	{"ru", "в Украине", "UA"},
	{"ru", "в Финляндии", "FI"},
	{"ru", "в Швеции", "SE"},
	{"ru", "в Эстонии", "EE"},
	{"ru", "вероятно Россия", "RU"},
	{"ru", "во Франции", "FR"},
	{"ru", "из Литвы", "LT"},
	{"ru", "из России", "RU"},
	{"ru", "на Украине", "UA"},
	{"ru", "российский", "RU"},
	{"ru", "россия", "RU"},
	{"sk", "Maďarsko", "HU"},
	{"sk", "Nemecko", "DE"},
	{"sk", "Poľsko", "PL"},
	{"sk", "Rakúsko", "AT"},
	{"sk", "Rusko", "RU"},
	{"sk", "Slovensko", "SK"},
	{"sk", "Slovenská republika", "SK"},
	{"sk", "Spojené štáty", "US"},
	{"sk", "Ukrajina", "UA"},
	{"sk", "na Slovensku", "SK"},
	{"sk", "Česko", "CZ"},
	{"sl", "Avstrija", "AT"},
	{"sl", "Francija", "FR"},
	{"sl", "Hrvaška", "HR"},
	{"sl", "Italija", "IT"},
	{"sl", "Madžarska", "HU"},
	{"sl", "Nemčija", "DE"},
	{"sl", "Poljska", "PL"},
	{"sl", "Rusija", "RU"},
	{"sl", "Slovenija", "SI"},
	{"sl", "Ukrajina", "UA"},
	{"sl", "v Nemčiji", "DE"},
	{"sl", "v Rusiji", "RU"},
	{"sq", "Franca", "FR"},
	{"sq", "Gjermania", "DE"},
	{"sq", "Gjermanisë", "DE"},
	{"sq", "Greqia", "GR"},
	{"sq", "Kosova", "XK"},
	{"sq", "Mali i Zi", "ME"},
	{"sq", "Maqedonia e Veriut", "MK"},
	{"sq", "Rusia", "RU"},
	{"sq", "Rusisë", "RU"},
	{"sq", "Serbia", "RS"},
	{"sq", "Shqiperia", "AL"},
	{"sq", "Shqipëria", "AL"},
	{"sq", "Ukraina", "UA"},
	{"sr", "Босна и Херцеговина", "BA"},
	{"sr", "Косово", "XK"},
	{"sr", "Немачка", "DE"},
	{"sr", "Русија", "RU"},
	{"sr", "САД", "US"},
	{"sr", "Србија", "RS"},
	{"sr", "Украјина", "UA"},
	{"sr", "Француска", "FR"},
	{"sr", "Хрватска", "HR"},
	{"sr", "Црна Гора", "ME"},
	{"sr", "у Немачкој", "DE"},
	{"sr", "у Русији", "RU"},
	{"sr", "у Србији", "RS"},
	{"sr", "у Украјини", "UA"},
	{"sr-Latn", "Crna Gora", "ME"},
	{"sr-Latn", "Hrvatska", "HR"},
	{"sr-Latn", "Kosovo", "XK"},
	{"sr-Latn", "Mađarska", "HU"},
	{"sr-Latn", "Nemacka", "DE"},
	{"sr-Latn", "Nemačka", "DE"},
	{"sr-Latn", "Republika Srbija", "RS"},
	{"sr-Latn", "Rusija", "RU"},
	{"sr-Latn", "SAD", "US"},
	{"sr-Latn", "Srbija", "RS"},
	{"sr-Latn", "Ukrajina", "UA"},
	{"sv", "Danmark", "DK"},
	{"sv", "Estland", "EE"},
	{"sv", "Finland", "FI"},
	{"sv", "Litauen", "LT"},
	{"sv", "Norge", "NO"},
	{"sv", "Polen", "PL"},
	{"sv", "Ryska federationen", "RU"},
	{"sv", "Ryssland", "RU"},
	{"sv", "Storbritannien", "GB"},
	{"sv", "Sverige", "SE"},
	{"sv", "Sveriges", "SE"},
	{"sv", "Tyskland", "DE"},
	{"sv", "Vitryssland", "BY"},
	{"sv", "Östersjön", "!na"},
	{"sw", "Kenya", "KE"},
	{"sw", "Marekani", "US"},
	{"sw", "Tanzania", "TZ"},
	{"sw", "Uchina", "CN"},
	{"sw", "Ufaransa", "FR"},
	{"sw", "Uganda", "UG"},
	{"sw", "Uingereza", "GB"},
	{"sw", "Ujerumani", "DE"},
	{"sw", "Ukraine", "UA"},
	{"sw", "Urusi", "RU"},
	{"tr", "ABD", "US"},
	{"tr", "Almanya", "DE"},
	{"tr", "Almanya'da", "DE"},
	{"tr", "Amerika Birleşik Devletleri", "US"},
	{"tr", "Birleşik Krallık", "GB"},
	{"tr", "Fransa", "FR"},
	{"tr", "Gürcistan", "GE"},
	{"tr", "KKTC", "CY"},
	{"tr", "Rusya", "RU"},
	{"tr", "Rusya Federasyonu", "RU"},
	{"tr", "Rusya'da", "RU"},
	{"tr", "Rusya'nın", "RU"},
	{"tr", "Turkiye", "TR"},
	{"tr", "Türkiye", "TR"},
	{"tr", "Türkiye'de", "TR"},
	{"tr", "Ukrayna", "UA"},
	{"tr", "Ukrayna'ya", "UA"},
	{"tr", "Yunanistan", "GR"},
	{"tr", "İngiltere", "GB"},
	{"uk", "ЄС", "!na"},
	{"uk", "Білорусь", "BY"},
	{"uk", "Велика Британія", "GB"},
	{"uk", "Грузія", "GE"},
	{"uk", "Донбас", "UA"},
	{"uk", "Естонія", "EE"},
	{"uk", "Київ", "!na"},
	{"uk", "Крим", "UA"},
	{"uk", "Латвія", "LV"},
	{"uk", "Литва", "LT"},
	{"uk", "Молдова", "MD"},
	{"uk", "НАТО", "!na"},
	{"uk", "Німеччина", "DE"},
	{"uk", "Польща", "PL"},
	{"uk", "РФ", "RU"},
	{"uk", "Російська Федерація", "RU"},
	{"uk", "Росія", "RU"},
	{"uk", "СРСР", "!na"},
	{"uk", "США", "US"},
	{"uk", "Україна", "UA"},
	{"uk", "України", "UA"},
	{"uk", "Франція", "FR"},
	{"uk", "в Білорусі", "BY"},
	{"uk", "в Грузії", "GE"},
	{"uk", "в Естонії", "EE"},
	{"uk", "в Литві", "LT"},
	{"uk", "в Німеччині", "DE"},
	{"uk", "в Росії", "RU"},
	{"uk", "в США", "US"},
	{"uk", "в Україні", "UA"},
	{"uk", "у Великій Британії", "GB"},
	{"uk", "у Латвії", "LV"},
	{"uk", "у Молдові", "MD"},
	{"uk", "у Німеччині", "DE"},
	{"uk", "у Польщі", "PL"},
	{"uk", "у Франції", "FR"},
	{"uk", "у Фінляндії", "FI"},
	{"uz", "Fransiya", "FR"},
	{"uz", "Germaniya", "DE"},
	{"uz", "Oʻzbekiston", "UZ"},
	{"uz", "Qirgʻiziston", "KG"},
	{"uz", "Qozogʻiston", "KZ"},
	{"uz", "Rossiya", "RU"},
	{"uz", "Tojikiston", "TJ"},
	{"uz", "Turkiya", "TR"},
	{"uz", "Ukraina", "UA"},
	{"uz", "Xitoy", "CN"},
	{"vi", "Ba Lan", "PL"},
	{"vi", "Bỉ", "BE"},
	{"vi", "Duc", "DE"},
	{"vi", "Hoa Kỳ", "US"},
	{"vi", "Liên bang Nga", "RU"},
	{"vi", "Nhật Bản", "JP"},
	{"vi", "Pháp", "FR"},
	{"vi", "Trung Quốc", "CN"},
	{"vi", "Ukraina", "UA"},
	{"vi", "Việt Nam", "VN"},
	{"vi", "Áo", "AT"},
	{"vi", "Đức", "DE"},
	{"zh", "中华人民共和国", "CN"},
	{"zh", "中国", "CN"},
	{"zh", "乌克兰", "UA"},
	{"zh", "俄罗斯", "RU"},
	{"zh", "俄羅斯", "RU"},
	{"zh", "台湾", "TW"},
	{"zh", "在乌克兰", "UA"},
	{"zh", "在俄罗斯", "RU"},
	{"zh", "德国", "DE"},
	{"zh", "德國", "DE"},
	{"zh", "朝鲜", "KP"},
	{"zh", "法国", "FR"},
	{"zh", "波兰", "PL"},
	{"zh", "烏克蘭", "UA"},
	{"zh", "立陶宛", "LT"},
	{"zh", "美国", "US"},
	{"zh", "美國", "US"},
	{"zh", "臺灣", "TW"},
	{"zh", "英国", "GB"},
	{"zh", "韩国", "KR"},
}

// checkCountry returns "" when ParseCountry's answer for c is right, else a description.
func checkCountry(c countryCase) string {
	m, err := MatchCountry(c.in)
	got := describeCountry(m, err)
	if got != c.want {
		return fmt.Sprintf("ParseCountry(%q) = %s, want %s (err: %v)", c.in, got, c.want, err)
	}
	return ""
}

// describeCountry renders a result in the notation of countryCase.want.
func describeCountry(m CountryMatch, err error) string {
	var amb *AmbiguousError
	switch {
	case errors.As(err, &amb):
		codes := make([]string, len(amb.Candidates))
		for i, c := range amb.Candidates {
			codes[i] = c.Value
		}
		slices.Sort(codes)
		return "!amb " + strings.Join(codes, ",")
	case errors.Is(err, ErrInvalid):
		return "!invalid"
	case errors.Is(err, ErrUnspecified):
		return "!unspec"
	case errors.Is(err, ErrNotApplicable):
		return "!na"
	case errors.Is(err, ErrUnknown):
		return "!unknown"
	case err != nil:
		return "!other " + err.Error()
	case m.Quality == MatchFuzzy:
		return "~" + m.Country.String()
	}
	return m.Country.String()
}

func TestParseCountry(t *testing.T) {
	right := 0
	for _, c := range countryCases {
		if msg := checkCountry(c); msg != "" {
			t.Errorf("%s: %s", c.lang, msg)
			continue
		}
		right++
		// ParseCountry and MatchCountry agree.
		m, merr := MatchCountry(c.in)
		p, perr := ParseCountry(c.in)
		if p != m.Country || (merr == nil) != (perr == nil) {
			t.Errorf("ParseCountry(%q) = %v, %v; MatchCountry = %v, %v", c.in, p, perr, m.Country, merr)
		}
	}
	t.Logf("country table: %d/%d right (%.1f %%)", right, len(countryCases), 100*float64(right)/float64(len(countryCases)))
}

func TestCountryCasesSortedAndCovering(t *testing.T) {
	perLang := map[string]int{}
	for i, c := range countryCases {
		perLang[c.lang]++
		if i > 0 {
			p := countryCases[i-1]
			if p.lang > c.lang || (p.lang == c.lang && p.in >= c.in) {
				t.Errorf("countryCases not sorted or duplicated at %q %q", c.lang, c.in)
			}
		}
	}
	if len(countryCases) < 600 {
		t.Errorf("countryCases has %d cases, want at least 600", len(countryCases))
	}
	for lang, n := range perLang {
		if n < 10 {
			t.Errorf("language %s has %d cases, want at least 10", lang, n)
		}
	}
	t.Logf("%d cases in %d languages", len(countryCases), len(perLang))
}

func TestCountryErrorsQuoteInput(t *testing.T) {
	for _, c := range countryCases {
		_, err := ParseCountry(c.in)
		if err == nil {
			continue
		}
		var pe *ParseError
		var amb *AmbiguousError
		switch {
		case errors.As(err, &pe):
			if pe.Input != c.in || pe.Func != "ParseCountry" {
				t.Errorf("ParseCountry(%q): error %#v does not quote the input", c.in, pe)
			}
		case errors.As(err, &amb):
			if amb.Input != c.in || len(amb.Candidates) < 2 {
				t.Errorf("ParseCountry(%q): ambiguous error %#v", c.in, amb)
			}
			for _, cand := range amb.Candidates {
				if cand.Label == "" || MustParseCountry(cand.Value).String() != cand.Value {
					t.Errorf("ParseCountry(%q): bad candidate %+v", c.in, cand)
				}
			}
		default:
			t.Errorf("ParseCountry(%q): error %T is neither *ParseError nor *AmbiguousError", c.in, err)
		}
	}
}

func TestCountryDataWellFormed(t *testing.T) {
	tab := countryTable()
	for _, p := range tab.problems {
		t.Errorf("data problem: %s", p)
	}
	if n := len(tab.keys); n < 10000 {
		t.Errorf("country table has %d keys, want at least 10000", n)
	}
}

// TestCountryCodesRoundTrip checks every country of codes.txt: its codes, numeric code and
// English name parse back to it, and String round-trips.
func TestCountryCodesRoundTrip(t *testing.T) {
	n := 0
	for _, info := range countryInfos() {
		if info == nil {
			continue
		}
		n++
		c, err := ParseCountry(info.alpha2)
		if err != nil || c.Alpha2() != info.alpha2 {
			t.Errorf("ParseCountry(%q) = %v, %v", info.alpha2, c, err)
			continue
		}
		for _, s := range []string{c.String(), c.Alpha3(), fmt.Sprintf("%03d", c.Numeric()), fmt.Sprint(c.Numeric()), c.Name(), strings.ToLower(c.Alpha2())} {
			if got, err := ParseCountry(s); got != c {
				t.Errorf("ParseCountry(%q) = %v, %v, want %v", s, got, err, c)
			}
		}
		text, _ := c.MarshalText()
		var back Country
		if err := back.UnmarshalText(text); err != nil || back != c {
			t.Errorf("UnmarshalText(%q) = %v, %v", text, back, err)
		}
	}
	if n != 250 {
		t.Errorf("%d countries, want 250 (249 ISO 3166-1 + XK)", n)
	}
}

func TestCountryZero(t *testing.T) {
	var c Country
	if c.IsValid() || c.String() != "" || c.Alpha3() != "" || c.Numeric() != 0 || c.Name() != "" {
		t.Errorf("zero Country = %q %q %d %q", c.String(), c.Alpha3(), c.Numeric(), c.Name())
	}
	b, err := json.Marshal(struct{ C Country }{})
	if err != nil || string(b) != `{"C":""}` {
		t.Errorf("json.Marshal(zero) = %s, %v", b, err)
	}
	var v struct{ C Country }
	if err := json.Unmarshal([]byte(`{"C":""}`), &v); err != nil || v.C.IsValid() {
		t.Errorf("json.Unmarshal(empty) = %v, %v", v.C, err)
	}
	if err := json.Unmarshal([]byte(`{"C":"Lietuva"}`), &v); err != nil || v.C.String() != "LT" {
		t.Errorf("json.Unmarshal(Lietuva) = %v, %v", v.C, err)
	}
	if err := json.Unmarshal([]byte(`{"C":"Congo"}`), &v); !errors.Is(err, ErrAmbiguous) {
		t.Errorf("json.Unmarshal(Congo) error = %v, want ErrAmbiguous", err)
	}
}

func TestCountryAccessors(t *testing.T) {
	lt := MustParseCountry("Lithuania")
	if lt.Alpha2() != "LT" || lt.Alpha3() != "LTU" || lt.Numeric() != 440 || lt.Name() != "Lithuania" {
		t.Errorf("Lithuania = %s %s %d %s", lt.Alpha2(), lt.Alpha3(), lt.Numeric(), lt.Name())
	}
	for in, name := range map[string]string{"CZ": "Czechia", "MK": "North Macedonia", "TR": "Türkiye", "SZ": "Eswatini", "XK": "Kosovo", "CD": "Democratic Republic of the Congo", "GB": "United Kingdom"} {
		if got := MustParseCountry(in).Name(); got != name {
			t.Errorf("MustParseCountry(%q).Name() = %q, want %q", in, got, name)
		}
	}
	b, _ := lt.AppendText([]byte("x="))
	if string(b) != "x=LT" {
		t.Errorf("AppendText = %q", b)
	}
}

func TestMatchCountryDetails(t *testing.T) {
	tests := []struct {
		in      string
		quality MatchQuality
		kind    CountryMatchKind
		lang    string
		region  string
	}{
		{"643", MatchExact, CountryKindCode, "", ""},
		{"Crimea", MatchDerived, CountryKindRegion, "en", "Crimea"},
		{"Krym", MatchDerived, CountryKindRegion, "pl", "Crimea"},
		{"Lietuvoje", MatchAlias, CountryKindTranslation, "lt", ""},
		{"Lithuana", MatchFuzzy, CountryKindFuzzy, "en", ""},
		{"Lithuania", MatchExact, CountryKindName, "en", ""},
		{"Republic of Lithuania", MatchAlias, CountryKindOfficial, "en", ""},
		{"Russian", MatchDerived, CountryKindDemonym, "en", ""},
		{"Scotland", MatchDerived, CountryKindRegion, "en", "Scotland"},
		{"DPRK", MatchAlias, CountryKindAlias, "en", ""},
		{"ДНР", MatchDerived, CountryKindRegion, "ru", "Donetsk Oblast"},
	}
	for _, tt := range tests {
		m, err := MatchCountry(tt.in)
		if err != nil || m.Quality != tt.quality || m.Kind != tt.kind || m.Lang != tt.lang || m.Region != tt.region || m.Source == "" {
			t.Errorf("MatchCountry(%q) = %+v, %v, want %v %v %q %q", tt.in, m, err, tt.quality, tt.kind, tt.lang, tt.region)
		}
	}
}

func TestParseCountries(t *testing.T) {
	tests := []struct {
		in   string
		want string // codes joined by space, or "!" and the error's sentinel
	}{
		{"Congo", "!ambiguous"},
		{"Estonia, Latvia, Lithuania", "EE LV LT"},
		{"Estonia, Latvia, Estonia", "EE LV"},
		{"Estonia, NATO", "!not applicable"},
		{"Estonia; Latvia; unknown", "!unspecified"},
		{"Estonia, Latvia, Lithuana", "EE LV LT"},
		{"France et Allemagne", "FR DE"},
		{"Germany & France", "DE FR"},
		{"Korea, Republic of, Japan", "KR JP"},
		{"Kyiv (Ukraine)", "UA"},
		{"Lithuania", "LT"},
		{"Polska i Litwa", "PL LT"},
		{"Poland and Lithuania", "PL LT"},
		{"RU/UA", "RU UA"},
		{"Russia or Belarus", "!ambiguous"},
		{"Russia, Belarus and Kazakhstan", "RU BY KZ"},
		{"Russia/Ukraine", "RU UA"},
		{"Trinidad and Tobago, Bosnia and Herzegovina", "TT BA"},
		{"UK, US", "GB US"},
		{"n/a", "!unspecified"},
		{"🇱🇹", "LT"},
		{"🇱🇹, 🇱🇻", "LT LV"},
		{"w Niemczech i we Francji", "DE FR"},
		{"Россия и Беларусь", "RU BY"},
		{"Латвія та Литва", "LV LT"},
	}
	for _, tt := range tests {
		cs, err := ParseCountries(tt.in)
		var got string
		if err != nil {
			var pe *ParseError
			switch {
			case errors.Is(err, ErrAmbiguous):
				got = "!ambiguous"
			case errors.As(err, &pe):
				got = "!" + pe.Err.Error()
			default:
				got = "!" + err.Error()
			}
		} else {
			parts := make([]string, len(cs))
			for i, c := range cs {
				parts[i] = c.String()
			}
			got = strings.Join(parts, " ")
		}
		if got != tt.want {
			t.Errorf("ParseCountries(%q) = %s, want %s (err %v)", tt.in, got, tt.want, err)
		}
	}
}

func TestMustParseCountryPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseCountry(\"Atlantis\") did not panic")
		}
	}()
	MustParseCountry("Atlantis")
}

func TestParseCountryInvalid(t *testing.T) {
	for _, in := range []string{"Germ\x00any", "\xff\xfe", strings.Repeat("a", MaxInputLen+1)} {
		if _, err := ParseCountry(in); !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseCountry(%q) error = %v, want ErrInvalid", in, err)
		}
		if _, err := ParseCountries(in); !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseCountries(%q) error = %v, want ErrInvalid", in, err)
		}
	}
}

// TestCountryNoAllocs proves that a hit on ASCII input does not allocate.
func TestCountryNoAllocs(t *testing.T) {
	for _, in := range []string{"Lithuania", "LT", "LTU", "643", "U.K.", "  united   kingdom ", "Korea, Republic of", "Russian", "Crimea", "Lithuania's", "the UK"} {
		if _, err := ParseCountry(in); err != nil {
			t.Fatalf("ParseCountry(%q): %v", in, err)
		}
		if n := testing.AllocsPerRun(100, func() { _, _ = ParseCountry(in) }); n != 0 {
			t.Errorf("ParseCountry(%q) allocates %v times per run, want 0", in, n)
		}
		if n := testing.AllocsPerRun(100, func() { _, _ = MatchCountry(in) }); n != 0 {
			t.Errorf("MatchCountry(%q) allocates %v times per run, want 0", in, n)
		}
	}
}

// The golden kind "country" writes, for each input line, what MatchCountry returns.
func init() {
	goldenKinds["country"] = goldenKind{run: runCountryGolden, idempotent: countryGoldenIdempotent}
}

type countryGoldenRow struct {
	Input      string   `json:"input"`
	Country    string   `json:"country,omitempty"`
	Quality    string   `json:"quality,omitempty"`
	Kind       string   `json:"kind,omitempty"`
	Lang       string   `json:"lang,omitempty"`
	Region     string   `json:"region,omitempty"`
	Error      string   `json:"error,omitempty"`
	Candidates []string `json:"candidates,omitempty"`
	Reason     string   `json:"reason,omitempty"`
}

func runCountryGolden(t *testing.T, _ json.RawMessage, input []byte) []byte {
	var rows []countryGoldenRow
	for _, line := range goldenLines(input) {
		m, err := MatchCountry(line)
		row := countryGoldenRow{Input: line}
		var amb *AmbiguousError
		var pe *ParseError
		switch {
		case errors.As(err, &amb):
			row.Error = "ambiguous"
			for _, c := range amb.Candidates {
				row.Candidates = append(row.Candidates, c.String())
			}
			row.Reason = amb.Reason
		case errors.As(err, &pe):
			row.Error = pe.Err.Error()
			row.Reason = pe.Reason
		case err != nil:
			t.Fatalf("MatchCountry(%q): unexpected error type %T", line, err)
		default:
			row.Country, row.Quality, row.Kind, row.Lang, row.Region = m.Country.String(), m.Quality.String(), m.Kind.String(), m.Lang, m.Region
		}
		rows = append(rows, row)
	}
	out, err := json.MarshalIndent(rows, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(out, '\n')
}

// countryGoldenIdempotent checks that every wanted country parses back to itself.
func countryGoldenIdempotent(t *testing.T, _ json.RawMessage, want []byte) {
	var rows []countryGoldenRow
	if err := json.Unmarshal(want, &rows); err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.Country == "" {
			continue
		}
		if c, err := ParseCountry(r.Country); err != nil || c.String() != r.Country {
			t.Errorf("ParseCountry(%q) = %v, %v: not idempotent", r.Country, c, err)
		}
	}
}

func benchmarkCountry(b *testing.B, inputs []string) {
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range inputs {
			_, _ = ParseCountry(in)
		}
	}
}

func BenchmarkParseCountry(b *testing.B) {
	countryTable()
	countryTable().fuzzyIndex()
	b.Run("hit-ascii", func(b *testing.B) { benchmarkCountry(b, []string{"Lithuania"}) })
	b.Run("hit-ascii-noisy", func(b *testing.B) { benchmarkCountry(b, []string{"  United   Kingdom. "}) })
	b.Run("hit-code", func(b *testing.B) { benchmarkCountry(b, []string{"LTU"}) })
	b.Run("hit-nonascii", func(b *testing.B) { benchmarkCountry(b, []string{"Россия"}) })
	b.Run("hit-nonascii-latin", func(b *testing.B) { benchmarkCountry(b, []string{"Česká republika"}) })
	b.Run("rule-possessive", func(b *testing.B) { benchmarkCountry(b, []string{"Lithuania's"}) })
	b.Run("rule-inflected", func(b *testing.B) { benchmarkCountry(b, []string{"w Niemczech"}) })
	b.Run("refuse", func(b *testing.B) { benchmarkCountry(b, []string{"Baltic Sea"}) })
	b.Run("ambiguous", func(b *testing.B) { benchmarkCountry(b, []string{"Congo"}) })
	b.Run("miss", func(b *testing.B) { benchmarkCountry(b, []string{"Atlantis"}) })
	b.Run("fuzzy", func(b *testing.B) { benchmarkCountry(b, []string{"Untied Kingdom"}) })
	b.Run("fuzzy-short", func(b *testing.B) { benchmarkCountry(b, []string{"Lithuana"}) })
	b.Run("list", func(b *testing.B) { benchmarkCountry(b, []string{"Estonia, Latvia, Lithuania"}) })
}

func BenchmarkCountryTable(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		buildCountryTable()
	}
}

// TestCountryAliasesNotRedundant keeps aliases.txt free of entries that repeat a country's
// English short name: they would turn an exact name match into an alias.
func TestCountryAliasesNotRedundant(t *testing.T) {
	names := map[string]string{}
	for _, info := range countryInfos() {
		if info != nil {
			names[fold(info.name)] = info.alpha2
		}
	}
	data, err := countryData.ReadFile("data/countries/aliases.txt")
	if err != nil {
		t.Fatal(err)
	}
	for line := range dataLines(string(data)) {
		f := strings.Split(line, "\t")
		if len(f) >= 4 && names[fold(f[3])] == f[0] {
			t.Errorf("aliases.txt repeats the English name of %s: %q", f[0], line)
		}
	}
}
