import type { FormSet } from '../types';

// How other languages write the article's people, in the nominative: the matcher adds each
// language's cases (data/inflections.ts). English spellings other languages share ("Putin" in
// German) are listed again so that their cases ("Putins") are made too.

/** Vladimir Putin; the French "Poutine" is also the Québec dish of fries, curds and gravy. */
export const PUTIN_FORMS: readonly FormSet[] = [
  { lang: 'de', names: ['Wladimir Putin', 'Wladimir Wladimirowitsch Putin', 'Putin'] },
  { lang: 'pl', names: ['Władimir Putin', 'Putin'] },
  { lang: 'cs', names: ['Vladimir Putin', 'Putin'] },
  { lang: 'sk', names: ['Vladimir Putin', 'Putin'] },
  { lang: 'ru', names: ['Владимир Путин', 'Владимир Владимирович Путин', 'Путин'] },
  { lang: 'uk', names: ['Володимир Путін', 'Володимир Володимирович Путін', 'Путін'] },
  { lang: 'es', names: ['Vladímir Putin'] },
  { lang: 'fr', names: ['Vladimir Poutine'] },
  // Only capitalised: lower-case "poutine" is the dish (see the vetoes in people.ts).
  { lang: 'fr', names: ['Poutine'] },
];

/** Sergey Lavrov. */
export const LAVROV_FORMS: readonly FormSet[] = [
  { lang: 'de', names: ['Sergej Lawrow', 'Lawrow'] },
  { lang: 'pl', names: ['Siergiej Ławrow', 'Ławrow'] },
  { lang: 'cs', names: ['Sergej Lavrov', 'Lavrov'] },
  { lang: 'sk', names: ['Sergej Lavrov', 'Lavrov'] },
  { lang: 'ru', names: ['Сергей Лавров', 'Сергей Викторович Лавров', 'Лавров'] },
  { lang: 'uk', names: ['Сергій Лавров', 'Лавров'] },
  { lang: 'fr', names: ['Sergueï Lavrov'] },
];

/**
 * Bashar al-Assad. In Arabic only the full name: bare الأسد is the everyday word for "the
 * lion", and الاسد is how many pages write it without the hamza.
 */
export const ASSAD_FORMS: readonly FormSet[] = [
  { lang: 'de', names: ['Baschar al-Assad', 'al-Assad', 'Assad'] },
  { lang: 'pl', names: ['Baszar al-Asad', 'al-Asad', 'Asad'] },
  { lang: 'cs', names: ['Bašár al-Asad', 'al-Asad', 'Asad'] },
  { lang: 'sk', names: ['Bašár al-Asad', 'Asad'] },
  { lang: 'ru', names: ['Башар Асад', 'Башар аль-Асад', 'аль-Асад', 'Асад'] },
  { lang: 'uk', names: ['Башар Асад', 'Башар аль-Асад', 'Асад'] },
  { lang: 'fr', names: ['Bachar el-Assad', 'Bachar al-Assad', 'el-Assad'] },
  { lang: 'ar', names: ['بشار الأسد', 'بشار الاسد', 'بشار حافظ الأسد'] },
];

/** Barack Obama. */
export const OBAMA_FORMS: readonly FormSet[] = [
  { lang: 'de', names: ['Barack Obama', 'Obama'] },
  { lang: 'pl', names: ['Barack Obama', 'Obama'] },
  { lang: 'cs', names: ['Barack Obama', 'Obama'] },
  { lang: 'sk', names: ['Barack Obama', 'Obama'] },
  { lang: 'ru', names: ['Барак Обама', 'Обама'] },
  { lang: 'uk', names: ['Барак Обама', 'Обама'] },
];

/** John Kerry. */
export const KERRY_FORMS: readonly FormSet[] = [
  { lang: 'de', names: ['John Kerry', 'Kerry'] },
  // Only "John" takes the case: "Kerry'ego" has an apostrophe, which ends a word for the matcher.
  { lang: 'pl', names: ['John Kerry'] },
  { lang: 'cs', names: ['John Kerry', 'Kerry'] },
  { lang: 'sk', names: ['John Kerry', 'Kerry'] },
  { lang: 'ru', names: ['Джон Керри', 'Керри'] },
  { lang: 'uk', names: ['Джон Керрі', 'Керрі'] },
];
