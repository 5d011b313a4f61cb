/** Deterministic synthetic text for the benchmark: names, paragraphs, lorem pages. */

const FIRST =
  `Adele Agnes Alan Albert Alice Alma Amos Andrea Angela Anita Annette Archie Arlene Arthur
Audrey Austin Beatrice Benedict Bernard Bertha Beverly Blanche Boris Brenda Bruce Caleb Camille Carla
Carmen Cecil Cedric Celia Chester Clara Clarence Claude Clifford Colleen Connor Cora Cornelius Curtis
Daisy Dale Damian Darla Darren Delia Denise Derek Dolores Dominic Doris Douglas Edgar Edith Edmund
Edna Eileen Elaine Eleanor Elias Eliza Elmer Eloise Elsie Emil Enid Ernest Esther Eugene Evelyn Felix
Fiona Flora Floyd Frances Franklin Freda Gail Garrett Gemma Geraldine Gideon Gilbert Gladys Glenn
Gordon Greta Gustav Hannah Harold Harriet Hazel Hector Helena Herbert Hilda Horace Howard Hugo Ida
Imogen Ingrid Irene Irma Isaac Ivan Jasper Jean Jerome Joan Josephine Judith Julian Justine Karl
Kathleen Keith Lena Leonard Leslie Lillian Lionel Lois Lorna Lucille Luther Mabel Malcolm Marcel
Marian Marjorie Marvin Maud Maurice Mavis Mildred Milton Miriam Morris Muriel Myra Nadine Nelson
Nigel Nina Noel Nora Norman Olive Oscar Otis Pamela Patrice Pearl Percy Phoebe Priscilla Quentin
Ramona Reginald Rhoda Rita Roland Rosalind Rufus Ruth Sabrina Selma Seymour Sheldon Sybil Sylvia
Tabitha Terence Thelma Theodore Tobias Ursula Valerie Vera Vernon Viola Virgil Wallace Walter Wanda
Wilbur Wilma Winifred Xavier Yolanda Yvonne Zelda Zachary`.split(/\s+/);

const LAST =
  `Abernathy Ackerman Aldridge Ashby Atwood Babcock Bancroft Barlow Beckett Bellamy Blackwell
Bradshaw Brennan Brewster Buckley Burroughs Caldwell Carmichael Castillo Chadwick Chandler Chatfield
Cobb Colfax Conway Corbett Crane Crawley Dalton Danforth Davenport Delaney Donovan Draper Dunbar
Eastwood Eckhart Ellsworth Emerson Fairbanks Farnsworth Fenwick Fitzgerald Fletcher Forsythe Gallagher
Garfield Gillespie Goodwin Granger Greenwood Hadley Halloran Hargrove Hastings Hawthorne Heathcote
Hollister Holloway Huxley Ingersoll Jameson Jennings Keating Kendall Kingsley Kirkland Langford
Lattimore Lockwood Lombardi Lowell Macalister Mahoney Mansfield Marchetti Mayfield McAllister Merriweather
Montague Morrissey Nash Newcombe Northcott Oakley Ogilvie Osborne Pemberton Pendleton Prescott Quimby
Radcliffe Ramsey Redfield Ridgeway Rockwell Rutherford Salinger Sandoval Sheffield Sinclair Stanhope
Sterling Stockton Sutherland Talbot Thackeray Thornton Tolliver Townsend Underhill Vanderbilt Wakefield
Waverly Whitaker Whitfield Winslow Woodward Wyatt Yardley Yarborough Zimmerman Ashworth Bannister
Blakemore Brightwell Carrington Cartwright Challoner Cheever Claiborne Cresswell Culpepper Dashwood
Devereux Dorsey Eberhardt Elmore Eversley Falconer Fairweather Galloway Gaskell Gresham Haddock
Hampshire Harrowgate Hatherley Hennessey Holbrook Hornsby Hunnicutt Jellicoe Kettering Kimball
Lancaster Larkspur Lindqvist Loveridge Ludlow Marlowe Mortimer Netherton Nightingale Orwell Pickering
Quayle Rainsford Rathbone Rosewood Saltonstall Shackleton Silverton Somerset Spalding Stapleton
Strickland Sweeney Tattersall Thistlewood Treadwell Trevelyan Upton Vickery Waddington Wetherby
Whitlock Wilberforce Winterbottom Worthington Wycliffe Yelverton`.split(/\s+/);

/** `count` distinct two-word person names ("Adele Abernathy"), the same every run. */
export function syntheticNames(count: number): string[] {
  const pairs = FIRST.length * LAST.length;
  if (count > pairs) throw new Error(`only ${pairs} distinct synthetic names`);
  const names: string[] = [];
  // 7919 is prime and does not divide the pair count, so i -> i * 7919 mod pairs is one-to-one.
  for (let i = 0; i < count; i++) {
    const index = (i * 7919) % pairs;
    names.push(`${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length)]}`);
  }
  return names;
}

const WORDS =
  `the a council report said on Tuesday that talks over trade and energy would resume after
officials from several countries met in a quiet hotel near the harbour where reporters waited for hours
while markets rose slightly and analysts expected little change before the weekend as weather improved
across the region and farmers welcomed rain that had been forecast for days`.split(/\s+/);

/** Real aliases the generated paragraphs mention, with how many people mentions each makes. */
const NAMED = [
  'Secretary of State John Kerry',
  'Vladimir Putin',
  'Sergei Lavrov',
  'President Barack Obama',
  'Bashar al-Assad',
  'Kerry',
  'Putin',
];

/** The `index`-th generated paragraph's text: one sentence, every fifth one naming someone. */
export function paragraphText(index: number): string {
  const words: string[] = [];
  const length = 12 + (index % 9);
  for (let i = 0; i < length; i++)
    words.push(WORDS[(index * 31 + i * 17) % WORDS.length] as string);
  if (index % 5 === 0) words.splice(3, 0, NAMED[(index / 5) % NAMED.length] as string);
  const sentence = words.join(' ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** How many people mentions paragraphs `0..count-1` contain. */
export function expectedPeople(count: number): number {
  return Math.ceil(count / 5);
}

const LOREM =
  `lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut
labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi
aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat
nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit
anim id est laborum`.split(/\s+/);

/** A static HTML page of about `bytes` bytes of lorem ipsum text in headings, paragraphs and links. */
export function loremPage(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let p = 0; size < bytes; p++) {
    const words: string[] = [];
    for (let i = 0; i < 60; i++) words.push(LOREM[(p * 13 + i * 7) % LOREM.length] as string);
    const text = words.join(' ');
    size += text.length;
    parts.push(p % 8 === 0 ? `<h2>${words.slice(0, 5).join(' ')}</h2>` : '');
    parts.push(
      `<p>${text.slice(0, 120)} <a href="#${p}">${text.slice(120, 160)}</a> ${text.slice(160)}</p>`,
    );
  }
  return `<!doctype html><html lang="la"><head><meta charset="utf-8"><title>Lorem</title></head><body><main>${parts.join('\n')}</main></body></html>`;
}

/** An empty page for the dynamic run. */
export const BLANK_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>';

/** A static HTML page of about `bytes` bytes of generated news paragraphs, every fifth naming a person. */
export function namesPage(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = paragraphText(i);
    size += text.length;
    parts.push(i % 10 === 0 ? `<h2>${text.split(' ').slice(0, 4).join(' ')}</h2>` : '');
    parts.push(`<p>${text}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body><main>${parts.join('\n')}</main></body></html>`;
}

/** A page the bench makes: where it is served, what it is called in the tables, its HTML. */
export interface GeneratedPage {
  path: string;
  name: string;
  /** As `labels.json` would say: `names` or `no-names`. */
  category: string;
  html(): string;
}

/** The bench's own pages, big and small, with and without names. */
export const GENERATED_PAGES: readonly GeneratedPage[] = [
  {
    path: '/lorem',
    name: 'lorem 50 KB',
    category: 'no-names',
    html: () => loremPage(50 * 1024),
  },
  {
    path: '/lorem-big',
    name: 'lorem 300 KB',
    category: 'no-names',
    html: () => loremPage(300 * 1024),
  },
  {
    path: '/names',
    name: 'news with names 50 KB',
    category: 'names',
    html: () => namesPage(50 * 1024),
  },
  {
    path: '/names-big',
    name: 'news with names 300 KB',
    category: 'names',
    html: () => namesPage(300 * 1024),
  },
];
