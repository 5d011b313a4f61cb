import { describe, expect, it } from 'vitest';
import { INFLECTIONS } from '../../data/inflections';
import { inflect } from '../../lib/text/forms';
import { peopleIn } from '../support/people-matcher';

describe('inflected and other-script forms of the people', () => {
  it.each([
    // Polish
    ['rozmowa z Putinem', 'Putinem=vladimir-putin'],
    ['według Putina', 'Putina=vladimir-putin'],
    ['Putinowi', 'Putinowi=vladimir-putin'],
    ['o Putinie', 'Putinie=vladimir-putin'],
    ['Ławrow powiedział', 'Ławrow=sergey-lavrov (Ławrow)'],
    ['spotkanie Ławrowa', 'Ławrowa=sergey-lavrov (Ławrow)'],
    ['reżim Asada', 'Asada=bashar-assad (Asad)'],
    ['Baszara al-Asada', 'Baszara al-Asada=bashar-assad (Baszar al-Asad)'],
    ['Obamy', 'Obamy=barack-obama'],
    ['o Obamie', 'Obamie=barack-obama'],
    ['z Obamą', 'Obamą=barack-obama'],
    ['Władimira Putina', 'Władimira Putina=vladimir-putin (Władimir Putin)'],
    ['Siergiej Ławrow', 'Siergiej Ławrow=sergey-lavrov (Siergiej Ławrow)'],
    // Czech and Slovak
    ['s Putinovi', 'Putinovi=vladimir-putin'],
    ['s Putinom', 'Putinom=vladimir-putin'],
    ['Johna Kerryho', 'Johna Kerryho=john-kerry'],
    ['s Obamou', 'Obamou=barack-obama'],
    ['Lavrovovi', 'Lavrovovi=sergey-lavrov'],
    ['Asadovi', 'Asadovi=bashar-assad (Asad)'],
    // Russian and Ukrainian
    ['Путин заявил', 'Путин=vladimir-putin (Путин)'],
    ['встреча с Путиным', 'Путиным=vladimir-putin (Путин)'],
    ['по словам Путина', 'Путина=vladimir-putin (Путин)'],
    ['Путину', 'Путину=vladimir-putin (Путин)'],
    ['ПУТИН', 'ПУТИН=vladimir-putin (Путин)'],
    ['Владимиром Путиным', 'Владимиром Путиным=vladimir-putin (Владимир Путин)'],
    ['Лавров', 'Лавров=sergey-lavrov (Лавров)'],
    ['Сергеем Лавровым', 'Сергеем Лавровым=sergey-lavrov (Сергей Лавров)'],
    ['режим Асада', 'Асада=bashar-assad (Асад)'],
    ['Башар Асад', 'Башар Асад=bashar-assad (Башар Асад)'],
    ['Обама', 'Обама=barack-obama (Обама)'],
    ['с Обамой', 'Обамой=barack-obama (Обама)'],
    ['Керри', 'Керри=john-kerry (Керри)'],
    ['Джон Керрі', 'Джон Керрі=john-kerry (Джон Керрі)'],
    ['з Путіним', 'Путіним=vladimir-putin (Путін)'],
    ['Володимир Путін', 'Володимир Путін=vladimir-putin (Володимир Путін)'],
    // Other spellings
    ['Wladimir Putin', 'Wladimir Putin=vladimir-putin (Wladimir Putin)'],
    ['Władimir Putin', 'Władimir Putin=vladimir-putin (Władimir Putin)'],
    ['Vladímir Putin', 'Vladímir Putin=vladimir-putin (Vladímir Putin)'],
    ['Sergueï Lavrov', 'Sergueï Lavrov=sergey-lavrov (Sergueï Lavrov)'],
    ['Vladimir Poutine', 'Vladimir Poutine=vladimir-putin (Vladimir Poutine)'],
    ['Poutine a déclaré', 'Poutine=vladimir-putin (Poutine)'],
    ['POUTINE MENACE', 'POUTINE=vladimir-putin (Poutine)'],
    ['Bachar el-Assad', 'Bachar el-Assad=bashar-assad (Bachar el-Assad)'],
    // Arabic: the full name, with or without the hamza, and with a joined conjunction
    ['الرئيس بشار الأسد', 'بشار الأسد=bashar-assad (بشار الأسد)'],
    ['بشار الاسد', 'بشار الاسد=bashar-assad (بشار الاسد)'],
    ['وبشار الأسد', 'وبشار الأسد=bashar-assad (بشار الأسد)'],
  ])('finds "%s"', (text, found) => {
    expect(peopleIn(text)).toEqual([found]);
  });

  // Vowel marks (harakat, U+064B–U+0652) and tatweel (U+0640) inside the name do not count.
  it.each([
    ['بَشّار الأَسَد', 'بَشّار الأَسَد', 'بشار الأسد'],
    ['بَشَّارُ الأَسَدِ', 'بَشَّارُ الأَسَدِ', 'بشار الأسد'],
    ['بشّار الأسد', 'بشّار الأسد', 'بشار الأسد'],
    ['بشــار الأسد', 'بشــار الأسد', 'بشار الأسد'],
    ['الرئيس بَشّار حافِظ الأَسَد', 'بَشّار حافِظ الأَسَد', 'بشار حافظ الأسد'],
    ['وَبَشّار الأَسَد', 'وَبَشّار الأَسَد', 'بشار الأسد'],
    ['قال بِشار الاسد', 'بِشار الاسد', 'بشار الاسد'],
    [
      'ب\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640شار الأسد',
      'ب\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640شار الأسد',
      'بشار الأسد',
    ],
  ])('finds "%s" with its marks', (text, mention, form) => {
    expect(peopleIn(text)).toEqual([`${mention}=bashar-assad (${form})`]);
  });

  it.each(['الأَسَد ملك الغابة', 'بِشارة الأَسَد', 'أَسَد'])('finds nothing in "%s"', (text) => {
    expect(peopleIn(text)).toEqual([]);
  });

  // Only in German text: "Obamas" is also the English plural (the family).
  it.each([
    ['Putins Rede', 'Putins=vladimir-putin'],
    ['Wladimir Putins Krieg', 'Wladimir Putins=vladimir-putin (Wladimir Putin)'],
    ['Lawrows Besuch', 'Lawrows=sergey-lavrov (Lawrow)'],
    ['Obamas Amtszeit', 'Obamas=barack-obama'],
    ['Assads Truppen', 'Assads=bashar-assad'],
    ['Baschar al-Assads Regime', 'Baschar al-Assads=bashar-assad (Baschar al-Assad)'],
    ['John Kerrys Reise', 'John Kerrys=john-kerry'],
  ])('finds the German genitive "%s" in German text', (text, found) => {
    expect(peopleIn(text, 'de')).toEqual([found]);
  });

  it.each([
    ['en', 'Obamas Dine At Exclusive Hawaiian Restaurant', []],
    ['', 'Obamas Dine At Exclusive Hawaiian Restaurant', []],
    ['en', 'The Assads fled', []],
    ['', 'Wladimir Putins Krieg', []],
    ['pl', 'Putins Rede', []],
    ['en', 'rozmowa z Putinem', []],
    ['de', 'według Putina', []],
    ['es', 'Carne Asada', []],
    ['pl', 'rozmowa z Putinem', ['Putinem=vladimir-putin']],
    ['cs', 'Putina', ['Putina=vladimir-putin']],
    ['sk', 'Putina', ['Putina=vladimir-putin']],
    ['', 'według Putina', ['Putina=vladimir-putin']],
    // Other scripts tell their language themselves.
    ['en', 'Путину', ['Путину=vladimir-putin (Путин)']],
    ['de', 'وبشار الأسد', ['وبشار الأسد=bashar-assad (بشار الأسد)']],
    // A name, not a case: in any language.
    ['en', 'Władimir Putin', ['Władimir Putin=vladimir-putin (Władimir Putin)']],
    ['en', 'Obama', ['Obama=barack-obama']],
  ] as const)('in text of lang "%s", "%s" gives %j', (lang, text, found) => {
    expect(peopleIn(text, lang)).toEqual(found);
  });

  it.each([
    ['la poutine est un plat québécois'],
    ['Poutine au fromage en grains et sauce brune'],
    ['Poutine with cheese curds and gravy'],
    ['Classic Poutine: fries, curds, gravy'],
    ['computing'],
    ['COMPUTING'],
    ['Fassade'],
    ['ambassador'],
    ['AMBASSADOR'],
    ['assadeira'],
    ['Asadero'],
    ['Распутин'],
    ['РАСПУТИН'],
    ['распутина'],
    ['Путинизм'],
    ['Obamacare'],
    ['Putinversteher'],
    // Bare الأسد is "the lion"; بشارة (Bishara) is another name.
    ['الأسد ملك الغابة'],
    ['بشارة الأسد'],
    ['Carne Asada tacos'],
  ])('finds nothing in "%s"', (text) => {
    expect(peopleIn(text)).toEqual([]);
  });
});

describe('inflect', () => {
  it.each([
    ['pl', 'Władimir Putin', ['Władimira Putina', 'Władimirowi Putinowi', 'Władimirem Putinem']],
    ['pl', 'al-Asad', ['al-Asada', 'al-Asadowi', 'al-Asadem', 'al-Asadzie']],
    ['ru', 'Сергей Лавров', ['Сергея Лаврова', 'Сергею Лаврову', 'Сергеем Лавровым']],
    ['ru', 'Барак Обама', ['Барака Обамы', 'Бараку Обаме', 'Бараком Обамой', 'Барака Обаму']],
    ['uk', 'Путін', ['Путіна', 'Путіну', 'Путіним', 'Путіні']],
    ['de', 'Wladimir Putin', ['Wladimir Putins']],
    ['cs', 'John Kerry', ['Johna Kerryho', 'Johnovi Kerrymu']],
    ['sk', 'Obama', ['Obamu', 'Obamovi', 'Obamom']],
    ['ar', 'بشار الأسد', ['وبشار الأسد', 'لبشار الأسد']],
  ] as const)('%s: %s', (lang, name, some) => {
    const forms = inflect(name, INFLECTIONS[lang]);
    for (const form of some) expect(forms).toContain(form);
    expect(forms).not.toContain(name);
  });

  it('keeps a lower-case particle and a name that does not decline as they are', () => {
    expect(inflect('Керри', INFLECTIONS.ru)).toEqual([]);
    expect(inflect('аль-Асад', INFLECTIONS.ru)).toContain('аль-Асада');
  });

  it('adds nothing for a language without cases', () => {
    expect(inflect('Poutine', INFLECTIONS.fr)).toEqual([]);
  });
});
