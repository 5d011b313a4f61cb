import { describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/text/find-mentions';
import { peopleIn, peopleMatcher } from '../support/people-matcher';

/** Each mention as "text=entity id", without the form the card would note. */
function mentionsIn(text: string, lang: string): string[] {
  return peopleIn(text, lang).map((m) => m.replace(/ \(.*\)$/, ''));
}

describe('a full name in any case is one mention, given name and surname inflected together', () => {
  it.each([
    ['pl', 'Władimira Putina', 'vladimir-putin'],
    ['pl', 'Władimirowi Putinowi', 'vladimir-putin'],
    ['pl', 'Władimirem Putinem', 'vladimir-putin'],
    ['pl', 'Władimirze Putinie', 'vladimir-putin'],
    ['pl', 'WŁADIMIRA PUTINA', 'vladimir-putin'],
    ['pl', 'Siergieja Ławrowa', 'sergey-lavrov'],
    ['pl', 'Siergiejem Ławrowem', 'sergey-lavrov'],
    ['pl', 'Baszara al-Asada', 'bashar-assad'],
    ['pl', 'Baracka Obamy', 'barack-obama'],
    ['pl', 'Barackiem Obamą', 'barack-obama'],
    ['pl', 'Johna Kerry', 'john-kerry'],
    ['pl', 'Johnem Kerry', 'john-kerry'],
    ['cs', 'Vladimira Putina', 'vladimir-putin'],
    ['cs', 'Vladimirovi Putinovi', 'vladimir-putin'],
    ['cs', 'Sergeje Lavrova', 'sergey-lavrov'],
    ['cs', 'Johna Kerryho', 'john-kerry'],
    ['sk', 'Vladimirom Putinom', 'vladimir-putin'],
    ['sk', 'Baracka Obamu', 'barack-obama'],
    ['ru', 'Владимира Путина', 'vladimir-putin'],
    ['ru', 'Владимиру Путину', 'vladimir-putin'],
    ['ru', 'Владимиром Путиным', 'vladimir-putin'],
    ['ru', 'Владимире Путине', 'vladimir-putin'],
    ['ru', 'Владимира Владимировича Путина', 'vladimir-putin'],
    ['ru', 'ВЛАДИМИРА ПУТИНА', 'vladimir-putin'],
    ['ru', 'Сергея Лаврова', 'sergey-lavrov'],
    ['ru', 'Башара аль-Асада', 'bashar-assad'],
    ['ru', 'Бараку Обаме', 'barack-obama'],
    ['ru', 'Джоном Керри', 'john-kerry'],
    ['uk', 'Володимира Путіна', 'vladimir-putin'],
    ['uk', 'Володимиром Путіним', 'vladimir-putin'],
    ['uk', 'Сергія Лаврова', 'sergey-lavrov'],
    ['de', 'Wladimir Putins', 'vladimir-putin'],
    ['de', 'Wladimir Wladimirowitsch Putins', 'vladimir-putin'],
    ['de', 'WLADIMIR PUTINS', 'vladimir-putin'],
    ['de', 'Sergej Lawrows', 'sergey-lavrov'],
    ['de', 'Baschar al-Assads', 'bashar-assad'],
    ['de', 'Barack Obamas', 'barack-obama'],
    // Where the page does not say its language: the Slavic cases count, the German -s does not.
    ['', 'Władimira Putina', 'vladimir-putin'],
    ['', 'Владимира Путина', 'vladimir-putin'],
  ])('%s: "%s"', (lang, name, id) => {
    expect(mentionsIn(`${name} — ${name}.`, lang)).toEqual([`${name}=${id}`, `${name}=${id}`]);
  });

  it.each([
    ['pl', 'Władimira\u00a0Putina'],
    ['pl', 'Władimira\n    Putina'],
    ['ru', 'Владимира\u00a0Путина'],
  ])('%s: across any space, "%s"', (lang, name) => {
    expect(mentionsIn(name, lang)).toEqual([`${name}=vladimir-putin`]);
  });

  it('across elements: "<b>Władimira</b> <i>Putina</i>"', () => {
    const text = 'według Władimira Putina';
    const breaks = new Set([8, 17, 18]);
    const found = findMentions(peopleMatcher, text, undefined, breaks, 'pl');
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Władimira Putina']);
  });

  it.each([
    // A case of another language's text does not count (an English page quoting no Polish).
    ['en', 'Władimira Putina', []],
    // A given name in one case and the surname in another is no name of his.
    ['pl', 'Władimira Putinem', ['Putinem=vladimir-putin']],
  ])('%s: "%s" gives %j', (lang, text, found) => {
    expect(mentionsIn(text, lang)).toEqual(found);
  });
});
