import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../data/entities';
import { GIVEN_NAMES } from '../../data/names/given-names';
import { NOT_GIVEN_NAMES } from '../../data/names/not-given-names';
import { isGivenName as inList } from '../../lib/text/given-names';
import { peopleIn } from '../support/people-matcher';

describe('someone else with the surname: a given name beside it', () => {
  it.each([
    ['en', 'Bo Obama, the family dog, met the press.'],
    ['en', 'Malia Obama graduated from Harvard.'],
    ['en', 'Sasha Obama turned twenty.'],
    ['en', 'Michelle Obama wrote a memoir.'],
    ['en', 'Maria Putin studied biology.'],
    ['en', 'Lyudmila Putin divorced him in 2013.'],
    ['en', 'Yekaterina Putin is a dancer.'],
    ['en', 'Asma al-Assad and her children.'],
    ['en', 'Hafez al-Assad ruled Syria for thirty years.'],
    ['en', 'Maher Assad commands the Fourth Division.'],
    ['en', 'Bushra al-Assad lives abroad.'],
    ['en', 'the actor Kirill Lavrov'],
    ['en', 'Teresa Heinz Kerry spoke.'],
    ['en', 'Vladimir Spiridonovich Putin, his father'],
    ['de', 'Malia Obamas Studium in Harvard'],
    ['de', 'Asma al-Assads Kleid'],
    ['de', 'Hafez al-Assads Herrschaft'],
    ['pl', 'książka Michelle Obamy'],
    ['pl', 'Maria Putina, córka prezydenta'],
    ['pl', 'Hafez al-Asada rządy'],
    ['cs', 'Hafez al-Asad vládl'],
    ['ru', 'Мария Путина, дочь президента'],
    ['ru', 'Людмила Путина развелась'],
    ['ru', 'Ирина Лаврова, актриса'],
    ['uk', 'Марія Путіна'],
    ['fr', 'Hafez el-Assad a régné'],
    ['fr', 'Asma el-Assad'],
    ['fr', 'Maria Poutine'],
    ['es', 'Malia Obama estudió en Harvard'],
  ])('%s: leaves "%s" alone', (lang, text) => {
    expect(peopleIn(text, lang)).toEqual([]);
  });

  // Surname first, as lists and some languages write names: the given name after it ends the name.
  it.each([
    ['en', 'Putin Maria'],
    ['en', 'Obama Malia, Obama Sasha, Obama Michelle'],
    ['en', 'Family: Obama Malia (daughter)'],
    ['en', 'OBAMA MALIA'],
    ['en', 'Assad Asma; Assad Hafez'],
    ['en', 'al-Assad Bushra'],
    ['hu', 'Obama Malia diplomát szerzett'],
    ['hu', 'Obama Sasha és Obama Malia'],
    ['ru', 'Путина Мария'],
    ['ru', 'Лавров Кирилл, актёр'],
    ['pl', 'Putina Maria'],
    ['de', 'Putin\u00a0Maria'],
  ])('%s: leaves "%s" alone (surname first)', (lang, text) => {
    expect(peopleIn(text, lang)).toEqual([]);
  });

  it.each([
    // The person's own given name, in any spelling.
    ['Putin Vladimir', ['Putin']],
    ['Путин Владимир Владимирович', ['Путин']],
    ['Putin Władimir', ['Putin']],
    ['Obama Barack', ['Obama']],
    ['KERRY JOHN', ['KERRY']],
    ['Assad Bashar', ['Assad']],
    // Punctuation between: the given name starts a sentence or a list item of its own.
    ['…said Kerry. John went home.', ['Kerry']],
    ['said Obama. Malia laughed', ['Obama']],
    ['Obama, Malia and Sasha', ['Obama']],
    ['Putin: Maria is his daughter', ['Putin']],
    ['Obama’s Malia graduated', ['Obama']],
    ['Kerry-Maria Foundation', ['Kerry']],
    // A capital after the given name: another name begins, or a title-case headline goes on.
    ['Obama Hillary Clinton', ['Obama']],
    ['Putin Sergei Lavrov', ['Putin', 'Sergei Lavrov']],
    ['Obama Michelle Obama', ['Obama']],
    ['Kerry Frank About Iran', ['Kerry']],
    // Not a given name, or not capitalised.
    ['Putin Will Visit', ['Putin']],
    ['Obama Administration', ['Obama']],
    ['Putin maria', ['Putin']],
    ['Obama 2012', ['Obama']],
  ])(
    'keeps "%s" (a word after the surname that does not end someone else’s name)',
    (text, found) => {
      expect(peopleIn(text).map((m) => m.split('=')[0])).toEqual(found);
    },
  );

  it.each([
    ['President Putin met Mr Obama.', ['President Putin', 'Obama']],
    ['Syrian President Assad', ['President Assad']],
    ['Foreign Minister Lavrov', ['Foreign Minister Lavrov']],
    ['Secretary Kerry', ['Secretary Kerry']],
    ['Präsident Putin sagte', ['Putin']],
    ['Prezydent Putin powiedział', ['Putin']],
    ['Президент Путин заявил', ['Путин']],
    ['Président Poutine', ['Poutine']],
    ['Kremlin chief Putin', ['Putin']],
    ['Dr. Assad', ['Assad']],
    ['Sen. Kerry', ['Kerry']],
    ['Russia’s Putin', ['Putin']],
  ])('keeps the match after a title or role: "%s"', (text, expected) => {
    expect(peopleIn(text).map((m) => m.split('=')[0])).toEqual(expected);
  });

  it.each([
    ['Vladimir Putin', 'Vladimir Putin'],
    ['Wladimir Putins Rede', 'Wladimir Putins', 'de'],
    ['Władimira Putina', 'Władimira Putina'],
    ['Владимира Путина', 'Владимира Путина'],
    ['Барака Обамы', 'Барака Обамы'],
    ['Sergueï Lavrov', 'Sergueï Lavrov'],
    ['Bachar el-Assad', 'Bachar el-Assad'],
    ['Baschar al-Assads', 'Baschar al-Assads', 'de'],
    ['Johna Kerryho', 'Johna Kerryho'],
  ])('keeps the person’s own given name, in any spelling: "%s"', (text, found, lang = '') => {
    expect(peopleIn(text, lang).map((m) => m.split('=')[0])).toEqual([found]);
  });

  it.each([
    // Lower case: the Polish "bo" (because), not a name.
    ['bo Obama powiedział', ['Obama']],
    // "Will" and "May" are common English words, not in the list.
    ['Will Putin attend?', ['Putin']],
    ['May Obama forgive', ['Obama']],
    ['Said Kerry: no.', ['Kerry']],
  ])('a word that is not a given name keeps the match: "%s"', (text, expected) => {
    expect(peopleIn(text).map((m) => m.split('=')[0])).toEqual(expected);
  });
});

describe('the given-name list', () => {
  const isGivenName = (word: string) => inList(GIVEN_NAMES, word);

  it.each(['bo', 'malia', 'sasha', 'maria', 'asma', 'hafez', 'мария', 'людмила', 'lyudmila'])(
    'holds "%s"',
    (name) => expect(isGivenName(name)).toBe(true),
  );

  it.each([...NOT_GIVEN_NAMES.map((w) => w.toLowerCase()), 'will', 'may', 'said', 'al'])(
    'does not hold the title or common word "%s"',
    (word) => expect(isGivenName(word)).toBe(false),
  );

  it('is sorted, lower-cased, a space around each name, with no name of one letter', () => {
    const names = GIVEN_NAMES.slice(1, -1).split(' ');
    expect(GIVEN_NAMES.startsWith(' ') && GIVEN_NAMES.endsWith(' ')).toBe(true);
    expect(names).toEqual([...names].sort());
    expect(names.every((n) => n === n.toLowerCase() && [...n].length > 1)).toBe(true);
  });

  it('holds no surname of the bundled people (a list must not veto its own people)', () => {
    for (const surname of ['putin', 'obama', 'lavrov', 'assad']) {
      expect(isGivenName(surname)).toBe(false);
    }
    expect(ENTITIES.length).toBeGreaterThan(0);
  });
});
