/**
 * Name frequencies and seed people for the labelled identity generator (identity-generator.ts). Data, not code.
 *
 * SURNAMES and GIVEN_NAMES: fivethirtyeight/data, `most-common-name/new-top-surnames.csv` (commit
 * bef7964ac15df1f0e82edcf636403df9b79109a3) and `most-common-name/new-top-firstNames.csv` (commit
 * cb5c8d9170946a0f576fb66c3ed3e5de3944abc3): the 100 most common US surnames and given names with their estimated
 * share of the 2013 population, computed by FiveThirtyEight ("Dear Mona, What's The Most Common Name In America?")
 * from the US Census Bureau's 2000 surname list and the Social Security Administration's baby-name counts (both US
 * government works, public domain). FiveThirtyEight publishes its data under CC BY 4.0: attribution above. The
 * share is copied as published; the sex column (F, M) is ours, added by hand to draw given names by sex.
 *
 * SYNTHEA_PEOPLE: the demographics of the 8 Synthea patients in ../shared/data/fhir-synthea (smart-on-fhir/
 * generated-sample-data, R4/SYNTHEA, commit 25ac8089f0464b8673c7669509dc0bb8f4883773, Apache-2.0; synthetic people),
 * copied from each bundle's Patient resource (official name, maiden name, birth date, gender, phone, address).
 *
 * TOWNS: Massachusetts towns (the Synthea patients' state) with one of their ZIP codes, for addresses.
 */

export const SURNAMES: readonly (readonly [string, number])[] = [
  ['SMITH', 0.00799900801465783], ['JOHNSON', 0.00634586450247735], ['WILLIAMS', 0.00532956743705047],
  ['BROWN', 0.00472358845707893], ['JONES', 0.004676242251048], ['GARCIA', 0.00406345702202499],
  ['RODRIGUEZ', 0.00381809410443451], ['MILLER', 0.00373090367259127], ['MARTINEZ', 0.00366904309619621],
  ['DAVIS', 0.00364924042359375], ['HERNANDEZ', 0.00336619766545122], ['LOPEZ', 0.00294602052574176],
  ['GONZALEZ', 0.0028469128477587], ['WILSON', 0.00265113304473963], ['ANDERSON', 0.00255383765915801],
  ['THOMAS', 0.00246103821251541], ['TAYLOR', 0.00244354631821952], ['LEE', 0.00242517808303281],
  ['MOORE', 0.00236446168099325], ['JACKSON', 0.0023333325427375], ['PEREZ', 0.00231676530609165],
  ['MARTIN', 0.00227555789987103], ['THOMPSON', 0.0021738775703762], ['WHITE', 0.00216809831515434],
  ['SANCHEZ', 0.0020922218747451], ['HARRIS', 0.00204807566431545], ['RAMIREZ', 0.00185517796529571],
  ['CLARK', 0.00183856279574453], ['LEWIS', 0.00174623206904162], ['ROBINSON', 0.00174213307964119],
  ['WALKER', 0.00171353991110176], ['YOUNG', 0.00159608359408686], ['HALL', 0.00159029256166849],
  ['ALLEN', 0.00156744006922345], ['TORRES', 0.00154134738388565], ['NGUYEN', 0.00152191271696181],
  ['WRIGHT', 0.00149202855017983], ['FLORES', 0.00148421792516049], ['KING', 0.00148237094292947],
  ['SCOTT', 0.00143517953194435], ['RIVERA', 0.0014186221907258], ['GREEN', 0.00141693385497138],
  ['HILL', 0.00139861799646078], ['ADAMS', 0.0013870506948124], ['BAKER', 0.00137580527606512],
  ['NELSON', 0.00137577838880876], ['MITCHELL', 0.00125384347876156], ['CAMPBELL', 0.00124824572472094],
  ['GOMEZ', 0.00124802849750746], ['CARTER', 0.00124081270922661], ['ROBERTS', 0.00122411140653955],
  ['DIAZ', 0.00119242546409806], ['PHILLIPS', 0.00117714493410331], ['EVANS', 0.00115596950199463],
  ['TURNER', 0.00113848304407892], ['REYES', 0.00110567289906938], ['CRUZ', 0.00109622358510383],
  ['PARKER', 0.00109386403493118], ['EDWARDS', 0.00107930780274457], ['COLLINS', 0.00106936291305052],
  ['STEWART', 0.0010557553031458], ['MORRIS', 0.00104734557938253], ['MORALES', 0.00103314034501586],
  ['ORTIZ', 0.00101886620305269], ['GUTIERREZ', 0.00101260111303224], ['MURPHY', 0.000995110842289458],
  ['ROGERS', 0.000986217968817816], ['COOK', 0.000978777098252933], ['KIM', 0.000947452866484356],
  ['MORGAN', 0.000925835535208072], ['COOPER', 0.000912778898293884], ['RAMOS', 0.000912585489734445],
  ['PETERSON', 0.000909945304878896], ['GONZALES', 0.000905485510636252], ['BELL', 0.000902611371591983],
  ['REED', 0.00089985164733334], ['BAILEY', 0.000893229114473952], ['CHAVEZ', 0.000880714066526382],
  ['KELLY', 0.000868328763944288], ['HOWARD', 0.000864857157318805], ['RICHARDSON', 0.000852491512614058],
  ['WARD', 0.000850742687420549], ['COX', 0.000841551667981624], ['RUIZ', 0.000831286289809447],
  ['BROOKS', 0.000821918872083462], ['WATSON', 0.000821426896014456], ['WOOD', 0.000815024600571806],
  ['JAMES', 0.000807413830049479], ['MENDOZA', 0.00080319062032406], ['GRAY', 0.000799183786657489],
  ['BENNETT', 0.000799035070820039], ['ALVAREZ', 0.00079794009660204], ['CASTILLO', 0.000784611594591909],
  ['PRICE', 0.000767009358424605], ['HUGHES', 0.000764674658142459], ['VASQUEZ', 0.000759628036195073],
  ['SANDERS', 0.000753252568731526], ['JIMENEZ', 0.00075097769554198], ['LONG', 0.000746987431216561],
  ['FOSTER', 0.000746395621696492],
];

export const GIVEN_NAMES: readonly (readonly [string, number, 'F' | 'M'])[] = [
  ['Michael', 0.0115773775805504, 'M'], ['James', 0.0102178024415186, 'M'], ['John', 0.00967462530473799, 'M'],
  ['Robert', 0.00949304122976442, 'M'], ['David', 0.00894278474230051, 'M'], ['William', 0.00748422327850325, 'M'],
  ['Mary', 0.00683869458180949, 'F'], ['Christopher', 0.00590061846849396, 'M'], ['Joseph', 0.00541044283120785, 'M'],
  ['Richard', 0.0053460679176983, 'M'], ['Daniel', 0.0051379341207295, 'M'], ['Thomas', 0.00492197304759221, 'M'],
  ['Matthew', 0.0044967499170826, 'M'], ['Jennifer', 0.00433302393327508, 'F'], ['Charles', 0.00427966571001279, 'M'],
  ['Anthony', 0.00383954297483508, 'M'], ['Patricia', 0.00378419295926876, 'F'], ['Linda', 0.00375060743085161, 'F'],
  ['Mark', 0.00355900565048459, 'M'], ['Elizabeth', 0.00352961104023526, 'F'], ['Joshua', 0.00351005464566755, 'M'],
  ['Steven', 0.00345182669900938, 'M'], ['Andrew', 0.00338902708326421, 'M'], ['Kevin', 0.00329440412754328, 'M'],
  ['Brian', 0.00324377516031214, 'M'], ['Barbara', 0.00320695738808562, 'F'], ['Jessica', 0.00317829709487918, 'F'],
  ['Jason', 0.00296875243451558, 'M'], ['Susan', 0.00294133501651298, 'F'], ['Timothy', 0.00287960331510352, 'M'],
  ['Paul', 0.00287188201006964, 'M'], ['Kenneth', 0.00276586437269326, 'M'], ['Lisa', 0.00274882205611758, 'F'],
  ['Ryan', 0.00274362396673848, 'M'], ['Sarah', 0.00268558053089665, 'F'], ['Karen', 0.0026596911634413, 'F'],
  ['Jeffrey', 0.0026436179487909, 'M'], ['Donald', 0.00261718469005728, 'M'], ['Ashley', 0.00257242757742903, 'F'],
  ['Eric', 0.00253180343764571, 'M'], ['Jacob', 0.00250966123899548, 'M'], ['Nicholas', 0.00250432297653721, 'M'],
  ['Jonathan', 0.00249748023995063, 'M'], ['Ronald', 0.00244336406507053, 'M'], ['Michelle', 0.00241213392358528, 'F'],
  ['Kimberly', 0.00239217873325895, 'F'], ['Nancy', 0.00235078995833983, 'F'], ['Justin', 0.0022879719994175, 'M'],
  ['Sandra', 0.00227295944650309, 'F'], ['Amanda', 0.00225339636983944, 'F'], ['Brandon', 0.00224851192265404, 'M'],
  ['Stephanie', 0.00223003943491364, 'F'], ['Emily', 0.00222314279852191, 'F'], ['Melissa', 0.00221179136078475, 'F'],
  ['Gary', 0.00217779616011867, 'M'], ['Edward', 0.00217143513036603, 'M'], ['Stephen', 0.0021462504814853, 'M'],
  ['Scott', 0.00210167777332486, 'M'], ['George', 0.00209210859396943, 'M'], ['Donna', 0.00208915199153746, 'F'],
  ['Jose', 0.00208824446346396, 'M'], ['Rebecca', 0.00201615729452259, 'F'], ['Deborah', 0.00200813993902353, 'F'],
  ['Laura', 0.00196407369733276, 'F'], ['Cynthia', 0.00196240814164595, 'F'], ['Carol', 0.00196206289982648, 'F'],
  ['Amy', 0.00192889009015513, 'F'], ['Margaret', 0.00189310188288973, 'F'], ['Gregory', 0.00188093635594768, 'M'],
  ['Sharon', 0.00187997770472115, 'F'], ['Larry', 0.00186553916994002, 'M'], ['Angela', 0.00185451584464858, 'F'],
  ['Maria', 0.00182814476624513, 'F'], ['Alexander', 0.00180273260816028, 'M'], ['Benjamin', 0.00179811593417419, 'M'],
  ['Nicole', 0.00176869948745504, 'F'], ['Kathleen', 0.00175399500123773, 'F'], ['Patrick', 0.00173851641654763, 'M'],
  ['Samantha', 0.00172031356160513, 'F'], ['Tyler', 0.00171158929842416, 'M'], ['Samuel', 0.00168563753445259, 'M'],
  ['Betty', 0.00165513699329073, 'F'], ['Brenda', 0.00164171785221971, 'F'], ['Pamela', 0.00162113863972591, 'F'],
  ['Aaron', 0.00161485785752886, 'M'], ['Kelly', 0.00156824568080894, 'F'], ['Heather', 0.00153233915759598, 'F'],
  ['Rachel', 0.00153144188109579, 'F'], ['Adam', 0.0015216776825367, 'M'], ['Christine', 0.00151860557399155, 'F'],
  ['Zachary', 0.00151489239462466, 'M'], ['Debra', 0.00151004405532197, 'F'], ['Katherine', 0.00148115787704641, 'F'],
  ['Dennis', 0.00146470671920813, 'M'], ['Nathan', 0.00145560875125214, 'M'], ['Christina', 0.00143493760448082, 'F'],
  ['Julie', 0.00141815680487209, 'F'], ['Jordan', 0.00141596528095013, 'M'], ['Kyle', 0.00141346905565753, 'M'],
  ['Anna', 0.00140027051972801, 'F'],
];

export interface SeedPerson {
  given: string;
  family: string;
  maiden?: string;
  birthDate: string;
  sex: 'female' | 'male';
  phone: string;
  addressLine: string;
  city: string;
  postalCode: string;
}

export const SYNTHEA_PEOPLE: readonly SeedPerson[] = [
  { given: 'Alberto', family: 'Atencio', birthDate: '1993-06-07', sex: 'male', phone: '555-961-9901', addressLine: '849 Koch Crossroad', city: 'Boston', postalCode: '02108' },
  { given: 'Buster', family: 'Hoeger', birthDate: '1988-03-16', sex: 'male', phone: '555-866-2259', addressLine: '535 Howe Neck Apt 38', city: 'Amherst', postalCode: '01002' },
  { given: 'Cathryn', family: 'Windler', maiden: 'Kerluke', birthDate: '1924-12-30', sex: 'female', phone: '555-237-2645', addressLine: '427 Tillman Crossing', city: 'Boston', postalCode: '02108' },
  { given: 'Dirk', family: 'Kuhlman', birthDate: '1971-12-07', sex: 'male', phone: '555-787-5007', addressLine: '879 Sipes Lodge', city: 'Taunton', postalCode: '02718' },
  { given: 'Edward', family: 'Gulgowski', birthDate: '1992-09-13', sex: 'male', phone: '555-531-4774', addressLine: '740 Conn Village Apt 2', city: 'Chelmsford', postalCode: '01824' },
  { given: 'Liz', family: 'Conn', maiden: 'Rowe', birthDate: '1986-11-28', sex: 'female', phone: '555-175-3568', addressLine: '391 Cassin Plaza', city: 'Beverly', postalCode: '01915' },
  { given: 'Martina', family: 'Murazik', maiden: 'Bailey', birthDate: '1953-05-22', sex: 'female', phone: '555-761-7554', addressLine: '659 Kub Crossing Apt 42', city: 'Framingham', postalCode: '01701' },
  { given: 'Ned', family: 'Hintz', birthDate: '1993-12-08', sex: 'male', phone: '555-841-1500', addressLine: '639 Runte Rest', city: 'Halifax', postalCode: '02338' },
];

export const TOWNS: readonly (readonly [string, string])[] = [
  ['Boston', '02108'], ['Amherst', '01002'], ['Taunton', '02718'], ['Chelmsford', '01824'], ['Beverly', '01915'],
  ['Framingham', '01701'], ['Halifax', '02338'], ['Cambridge', '02139'], ['Somerville', '02143'], ['Worcester', '01608'],
  ['Springfield', '01103'], ['Lowell', '01852'], ['Quincy', '02169'], ['Newton', '02458'], ['Brockton', '02301'],
  ['Lynn', '01901'], ['Salem', '01970'], ['Medford', '02155'], ['Waltham', '02451'], ['Malden', '02148'],
  ['Plymouth', '02360'], ['Fall River', '02720'], ['New Bedford', '02740'], ['Pittsfield', '01201'],
  ['Northampton', '01060'], ['Gloucester', '01930'], ['Haverhill', '01830'], ['Lexington', '02421'],
  ['Arlington', '02474'], ['Brookline', '02445'],
];

/** Massachusetts area codes, for made-up phone numbers that libphonenumber accepts as valid. */
export const AREA_CODES = ['617', '508', '781', '978', '413', '339', '774', '351', '857'];
export const STREET_TYPES = ['Street', 'Avenue', 'Road', 'Lane', 'Drive', 'Court', 'Place', 'Crossing', 'Way', 'Terrace'];
export const MAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'aol.com', 'comcast.net'];
