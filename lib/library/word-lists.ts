import { withoutAccents } from './words';

/** A set of lower-cased words from one space-separated string. */
function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Honorifics: stripped from names, never a role on their own (lower case, no period). */
export const HONORIFICS = words('mr mrs ms miss mx dr sir dame madam mister rev reverend');

/**
 * Titles and role nouns: a word that ends a role before a name ("Defense Secretary", "tomato
 * farmer") or makes a comma phrase after one a role ("the incoming Marine commandant").
 */
export const ROLE_NOUNS = words(`
  lady president vice-president premier chancellor minister secretary senator sen rep representative
  congressman congresswoman governor gov mayor councilman councilwoman councillor lawmaker legislator
  ambassador envoy diplomat consul commissioner administrator director chairman chairwoman chair
  chairperson ceo coo cfo cto founder co-founder cofounder owner president partner executive manager
  boss chief head leader spokesman spokeswoman spokesperson speaker adviser advisor aide assistant
  deputy official officer agent inspector detective sheriff constable commander commandant general
  gen admiral adm colonel col lieutenant lt captain capt major maj sergeant sgt corporal cpl private
  marshal airman soldier veteran pilot king queen prince princess emperor empress pope bishop
  archbishop cardinal rabbi imam pastor priest reverend monk nun judge justice lawyer attorney
  prosecutor counsel solicitor barrister professor prof lecturer teacher researcher scientist
  economist analyst strategist expert fellow scholar historian author writer novelist poet journalist
  reporter correspondent columnist editor publisher commentator critic blogger host anchor presenter
  broadcaster photographer actor actress star co-star costar singer songwriter rapper musician
  guitarist drummer composer artist painter sculptor designer architect dancer comedian filmmaker
  director producer model athlete player forward guard center striker midfielder defender goalkeeper
  quarterback pitcher coach manager referee champion boxer wrestler golfer candidate nominee
  challenger activist organizer organiser campaigner protester volunteer member supporter critic
  student graduate engineer developer programmer entrepreneur investor banker trader broker
  accountant consultant salesman saleswoman businessman businesswoman worker employee farmer
  rancher fisherman miner driver mechanic contractor builder electrician plumber nurse doctor
  surgeon physician psychiatrist psychologist therapist dentist pharmacist paramedic firefighter
  policeman policewoman cop guard gunman shooter suspect victim survivor witness maid cleaner cook
  chef waiter waitress clerk cashier receptionist secretary housewife homemaker mother father mom
  dad wife husband son daughter brother sister grandmother grandfather grandson granddaughter uncle
  aunt nephew niece cousin widow widower fiancee fiance girlfriend boyfriend partner friend
  neighbor neighbour resident citizen coordinator specialist technician attendant steward
  stewardess minister watchman commentator economist
`);

/** A word after a title that keeps it a title: "President-elect", "Vice-president elect". */
export const AFTER_TITLE = /^(?:elect|designate)$/;

/** Whether a lower-case word is a role noun, "-elect" and "-designate" titles included. */
export function isRoleWord(lower: string): boolean {
  if (ROLE_NOUNS.has(lower)) return true;
  const cut = lower.lastIndexOf('-');
  return cut > 0 && AFTER_TITLE.test(lower.slice(cut + 1)) && ROLE_NOUNS.has(lower.slice(0, cut));
}

/** Words that go before a role noun inside a role ("former President", "incoming Marine commandant"). */
export const ROLE_MODIFIERS = words(`
  former incoming outgoing acting interim then current late retired deputy vice senior junior chief
  executive assistant associate managing general principal lead head top new longtime long-time
  first second third co
`);

/** Words that make a capitalised run an organisation, a place or a thing, never a person. */
export const NOT_PERSON_WORDS = words(`
 inc corp corporation co ltd llc plc company companies group holdings partners bank fund trust
 university college school academy institute institution foundation center centre association
 society council committee commission agency department ministry office bureau administration
 authority service services board court party union league federation organization organisation
 club team army navy corps force forces guard police church mosque temple cathedral hospital clinic
 museum library theatre theater gallery hotel restaurant cafe airport station airlines airways
 resort resorts spa inn motel hostel casino arena stadium plaza mall
 air railway street st avenue ave road rd boulevard blvd drive square bridge tower
 building house senate congress parliament assembly city county state states province
 republic kingdom empire island islands river lake mountain mountains valley beach bay sea ocean
 coast north south east northern southern eastern western new times post news journal
 magazine herald tribune daily weekly review press media network channel radio tv television
 award awards prize festival day week month year act rule amendment war battle
 revolution movement project program programme initiative summit conference games olympics cup
 championship series season show film movie album book report street global international
 national american british european
`);

/** Whether a lower-case word makes a run no person's, accents aside ("Hôtel" as "hotel"). */
export function isNotPersonWord(lower: string): boolean {
  return NOT_PERSON_WORDS.has(lower) || NOT_PERSON_WORDS.has(withoutAccents(lower));
}

/** Month names and their abbreviations. */
export const MONTHS = words(`
  january february march april may june july august september october november december jan feb mar
  apr jun jul aug sep sept oct nov dec
`);

/** Weekday names and their abbreviations. */
export const WEEKDAYS = words(`
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
`);

/** Verbs of speaking next to a name ("Gates said", "said Gates"): evidence that it is a person. */
export const SPEECH_VERBS = words(`
  said says say told tells asked asks added adds wrote writes explained explains noted notes argued
  argues insisted insists recalled recalls replied replies claimed claims stated states warned warns
  continued continues tweeted tweets announced announces admitted admits
`);

/** Name particles that may sit lower-case inside a name ("Ludwig van Beethoven"). */
export const NAME_PARTICLES = words(
  'de da di del della der den van von la le du al el bin ibn bint',
);

/** Generational suffixes that end a full name ("Jr.", "III"). */
export const NAME_SUFFIXES = words('jr sr ii iii iv');
