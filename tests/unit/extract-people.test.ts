import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../lib/library/extract-entities';
import type { ExtractedPerson } from '../../lib/library/types';

/** The people of a short text, by display name. */
function people(text: string, title = 'A short story'): Map<string, ExtractedPerson> {
  return new Map(extractEntities(title, text).people.map((person) => [person.name, person]));
}

describe('extractEntities: people', () => {
  it.each([
    ['Defense Secretary Robert Gates ordered a review.', 'Robert Gates'],
    ['Mr. Lavrov arrived late on Monday.', 'Lavrov'],
    ['The plan was backed by Dr. Jane Holloway.', 'Jane Holloway'],
    ['Yesterday Gen. James Amos flew home.', 'James Amos'],
  ])('strips titles and honorifics: %j', (text, name) => {
    expect([...people(text).keys()]).toEqual([name]);
  });

  it.each([
    ['Prime Minister Theresa May spoke in Leeds.', 'Theresa May'],
    ['The chapter "Who Needs Gerry Ford?" came last.', 'Gerry Ford'],
    ['Citing John Locke, she argued for liberty.', 'John Locke'],
    ['Tasmina Ahmed-Sheikh MP asked the question.', 'Tasmina Ahmed-Sheikh'],
    // Known to compromise as a whole, though "Barack" is on no list of given names.
    ['He worked for eight years with Barack Obama. We need more.', 'Barack Obama'],
  ])('finds the name inside a run of capitals: %j', (text, name) => {
    expect([...people(text).keys()]).toEqual([name]);
  });

  it.each([
    ['President-elect Donald Trump vowed to act.', 'Donald Trump', 'President-elect'],
    [
      'He was endorsed by South Carolina Congressman James Clyburn on Monday.',
      'James Clyburn',
      'South Carolina Congressman',
    ],
    ['Mr. Pence, the Vice-president elect, smiled.', 'Pence', 'Vice-president elect'],
    ['Tasmina Ahmed-Sheikh MP asked the question.', 'Tasmina Ahmed-Sheikh', 'MP'],
  ])('reads the role of %j', (text, name, role) => {
    expect(people(text).get(name)?.role).toBe(role);
  });

  it.each([
    ['The march began in May and ended in June.'],
    ['So you are Team Jake, then?'],
    ['Guests of the Carmelo Resort say the view is lovely.'],
    ['We checked into Hôtel Martinez, said Anna Berg.'],
  ])('finds no one in %j', (text) => {
    expect([...people(text).keys()].filter((name) => name !== 'Anna Berg')).toEqual([]);
  });

  it('takes the role of a description opening the next sentence, when the name has none', () => {
    const found = people(
      'Polls are high for Joe Biden.\n\nThe former vice president had a lead. Senator Amy Klar was second. The mayor said nothing.',
    );
    expect(found.get('Joe Biden')?.role).toBe('former vice president');
    // A role written beside a name wins over a description.
    expect(found.get('Amy Klar')?.role).toBe('Senator');
  });

  it('reads no role across the end of a sentence, so a surname with its title joins its person', () => {
    // Inside a quotation compromise reads the two sentences as one.
    const found = people(
      'Israeli Prime Minister Benjamin Netanyahu won. Abbas “has come to the negotiating table. Prime Minister Netanyahu has released prisoners,” he said.',
    );
    expect(found.get('Benjamin Netanyahu')?.mentions).toBe(2);
    expect(found.has('Netanyahu')).toBe(false);
  });

  it('takes the one who speaks, not the outlet told', () => {
    expect([...people('“We did it,” Dempsey told Gizmodo by email.').keys()]).toEqual(['Dempsey']);
    expect([...people('“We did it,” said Dempsey on Monday.').keys()]).toEqual(['Dempsey']);
  });

  it('keeps the possessive forms as aliases and counts every mention', () => {
    const found = people(
      "Anna Pickard wrote the bot. Pickard's jokes spread. Everyone quoted Pickard' s line.",
    );
    const anna = found.get('Anna Pickard');
    expect(anna?.aliases).toEqual(expect.arrayContaining(['Anna Pickard', "Pickard's"]));
    expect(anna?.mentions).toBeGreaterThanOrEqual(2);
  });

  it('attaches a surname to the full name that ends with it', () => {
    const found = people('Sharron Angle spoke first. Later, Angle said the plan was dead.');
    expect([...found.keys()]).toEqual(['Sharron Angle']);
    expect(found.get('Sharron Angle')?.aliases).toContain('Angle');
    expect(found.get('Sharron Angle')?.mentions).toBe(2);
  });

  it('gives a lone surname with a different title to someone else', () => {
    const found = people(
      'First Lady Michelle Obama spoke. President Obama followed. Michelle Obama thanked him.',
    );
    expect(found.get('Michelle Obama')?.role).toBe('First Lady');
    expect(found.get('Obama')?.role).toBe('President');
  });

  it('takes a name listed with a person by "and" or a comma', () => {
    const found = people('Critics like Congressman Paul Ryan and Newt Gingrich objected.');
    expect([...found.keys()].sort()).toEqual(['Newt Gingrich', 'Paul Ryan']);
  });

  it('keeps an initial that opens a name', () => {
    expect([...people('Thanks to R. David Edelman for the notes.').keys()]).toEqual([
      'R. David Edelman',
    ]);
  });

  it.each([
    ['Guests stay at The Eliza Jane in New Orleans this spring.', []],
    ['Her grandfather was a member of the Harlem Hellfighters, an infantry unit.', []],
    ['After the Trayvon Martin shooting, protests spread.', ['Trayvon Martin']],
    ['Critics of the Jane Holloway plan spoke on Monday.', ['Jane Holloway']],
  ])('"the" before a name: not a person, unless the name qualifies a noun: %j', (text, names) => {
    expect([...people(text).keys()]).toEqual(names);
  });

  it('reads a one-line sentence made mostly of names as a sentence, not a Title Case heading', () => {
    expect([...people('Angela Merkel met Vladimir Putin.').keys()]).toEqual([
      'Angela Merkel',
      'Vladimir Putin',
    ]);
  });

  it('takes a relative whose given name nobody lists, beside the person of the same surname', () => {
    const found = people(
      'The gunman Omar Mateen was killed. Seddique Mir Mateen maintained a profile online. ' +
        'Winston Churchill wrote a history. He called it a “structure.” Channelling Churchill, ' +
        'he spoke. "I, Seddique Mateen, am a candidate," the video says.',
    );
    expect([...found.keys()].sort()).toEqual([
      'Omar Mateen',
      'Seddique Mir Mateen',
      'Winston Churchill',
    ]);
    expect(found.get('Seddique Mir Mateen')?.aliases).toContain('Seddique Mateen');
  });

  it('keeps two people who share a surname apart, and Jr. apart from III', () => {
    const found = people(
      'Martin Luther King Jr. marched in 1965. Decades later Martin Luther King III spoke.',
    );
    expect([...found.keys()].sort()).toEqual(['Martin Luther King III', 'Martin Luther King Jr.']);
  });

  it.each([
    ['Defense Secretary Robert Gates ordered a review.', 'Robert Gates', 'Defense Secretary'],
    ['The bill was signed by former President Harold Bush.', 'Harold Bush', 'former President'],
    [
      'The review will be led by Gen. James Amos, the incoming Marine commandant, next year.',
      'James Amos',
      'incoming Marine commandant',
    ],
    [
      'Thomas Ricks, a senior fellow at the Center for a New American Security, disagreed.',
      'Thomas Ricks',
      'senior fellow at the Center for a New American Security',
    ],
    [
      'Anna Pickard is the editorial director of the firm.',
      'Anna Pickard',
      'editorial director of the firm',
    ],
    [
      'Eric Lascelles\n\nChief economist, Big Bank\n\nOil fell.',
      'Eric Lascelles',
      'Chief economist',
    ],
    ['Jane Holloway said the plan was sound.', 'Jane Holloway', null],
    [
      'The march was led by a young minister, the Rev. Carlton Lee, who spoke.',
      'Carlton Lee',
      'young minister',
    ],
    ['One colleague, Myles Grant, who’s an engineer, laughed.', 'Myles Grant', 'engineer'],
    [
      'Media quoted the head of the rescue agency, Bambang Soelistyo, as saying so.',
      'Bambang Soelistyo',
      'head of the rescue agency',
    ],
  ])('reads the role in %j', (text, name, role) => {
    expect(people(text).get(name)?.role).toBe(role);
  });

  it.each([
    ['Democrats and Republicans met in Washington on Tuesday.'],
    ['The Marine Corps and the Center for Strategic Studies disagreed.'],
    ['In January the University of Alabama opened the Golden Gate Bridge exhibit.'],
    ['But The Few remain. Getting Started Is Hard.'],
    ['Photo: Reuters/Getty Images'],
    ['It was an Easter Egg hidden in the app.'],
    ['Two workers were hired in Montgomery, where the plant is.'],
    ['The destroyer USS Higgins sailed.'],
    ['Searchers and Contractors arrived.'],
  ])('finds no person in %j', (text) => {
    expect([...people(text, 'News').keys()]).toEqual([]);
  });
});

describe('extractEntities: places and organisations', () => {
  const found = extractEntities(
    'Budget talks',
    'Defense Secretary Robert Gates spoke in San Francisco about Afghanistan. The Marine Corps and Microsoft were named. Later Gates flew to San Francisco again.',
  );

  it('finds places with their mentions, people left out', () => {
    const places = new Map(found.places.map((place) => [place.name, place.mentions]));
    expect(places.get('San Francisco')).toBe(2);
    expect(places.has('Afghanistan')).toBe(true);
    expect(found.places.some((place) => place.name.includes('Gates'))).toBe(false);
  });

  it('finds organisations without a leading article', () => {
    const names = found.organizations.map((organization) => organization.name);
    expect(names).toEqual(expect.arrayContaining(['Microsoft']));
    expect(names.some((name) => name.startsWith('The '))).toBe(false);
  });
});
