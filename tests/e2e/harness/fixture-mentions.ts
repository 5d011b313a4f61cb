// What the shared fixtures hold, for the scenarios that open them: the mentions in page order.

/** The person mentions of smoke.html, in page order: not Michelle Obama's "Obama", not Moscow. */
export const SMOKE_PEOPLE = [
  'Kerry',
  'Putin',
  'Sergei Lavrov',
  'Bashar al-Assad',
  'Barack Obama',
  'Putin',
];

/** The person mentions of popup/names.html in page order, with the entity each names. */
export const POPUP_PEOPLE: [string, string][] = [
  ['John Kerry', 'John Kerry'],
  ['Kerry', 'John Kerry'],
  ['Vladimir Putin', 'Vladimir Putin'],
  ['Putin', 'Vladimir Putin'],
  ['Bashar al-Assad', 'Bashar Assad'],
  ['Barack Obama', 'Barack Obama'],
  ['Kerry', 'John Kerry'],
  ['Sergei Lavrov', 'Sergey Lavrov'],
  ['Lavrov', 'Sergey Lavrov'],
];

/** The place mentions of popup/names.html in page order (highlighted once Places is on). */
export const POPUP_PLACES = ['Geneva', 'Paris', 'Moscow', 'Syria', 'Moscow', 'Syria'];
