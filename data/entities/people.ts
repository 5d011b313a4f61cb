import type { Entity } from '../types';
import { ASSAD_FORMS, KERRY_FORMS, LAVROV_FORMS, OBAMA_FORMS, PUTIN_FORMS } from './people-forms';

/**
 * The people the article names. Someone else with the same surname is left alone by a general
 * rule (another given name beside it: data/names/); the vetoes here are what no rule can know.
 */
export const PEOPLE = [
  {
    id: 'john-kerry',
    name: 'John Kerry',
    kind: 'person',
    aliases: [
      'John Kerry',
      'Kerry',
      'Secretary Kerry',
      'Secretary of State Kerry',
      'Secretary of State John Kerry',
      'John F. Kerry',
      'John Forbes Kerry',
    ],
    role: 'US Secretary of State',
    background: [
      {
        text: 'As US Secretary of State, Kerry travelled to Moscow to meet Vladimir Putin and Sergey Lavrov, hoping to narrow gaps with Russia over Syria and Ukraine.',
        cites: [1, 2],
      },
      {
        text: 'He came from a week of climate talks outside Paris, and had already met Putin in Sochi in May.',
        cites: [2, 4],
      },
      {
        text: "Assad's future was to be a prime topic of his talks with Putin and Lavrov.",
        cites: [9],
      },
    ],
    // Ireland's county and its Ring: places, not given names. ("Teresa Heinz Kerry": "Heinz" is
    // a given name, so the general rule sees to her.)
    notAfter: ['County', 'Co.', 'Co', 'Ring of'],
    // Kerry is also a given name: Kerry Washington, Kerry Katona... The surnames (and the county's
    // GAA team, a company) after it are not given names, so no list of given names knows them.
    notBefore: [
      'Washington',
      'Katona',
      'King',
      'Packer',
      'Condon',
      'Ellis',
      'James Marshall',
      'Wood',
      'Collins',
      'Kennedy',
      'Fox',
      'Godliman',
      'Ingram',
      'Group',
      'Gold',
      'Blue',
      'GAA',
    ],
    forms: KERRY_FORMS,
  },
  {
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    kind: 'person',
    aliases: [
      'Vladimir Putin',
      'Putin',
      'President Putin',
      'President Vladimir Putin',
      'Vladimir V. Putin',
      'Vladimir Vladimirovich Putin',
    ],
    role: 'Russian President',
    background: [
      {
        text: 'As Russian President, he was to meet Kerry in Moscow together with Foreign Minister Sergey Lavrov.',
        cites: [2],
      },
      {
        text: 'He had met Kerry in Sochi in May, and had seen Barack Obama briefly twice at international summits in Turkey and France.',
        cites: [4, 5],
      },
      {
        text: "Assad's future was to be a prime topic of his talks with Kerry.",
        cites: [9],
      },
    ],
    // His daughters, former wife and cousins are left alone by the given-name rule (Maria,
    // Yekaterina, Lyudmila, Igor, Roman). Left here: Latin spellings the shipped lists lack; his
    // father's patronymic (no list of given names holds one); "Mrs", a title meaning his former
    // wife; and, for the French "Poutine", what comes before the Québec dish of that name.
    notAfter: [
      'Katerina',
      'Ludmila',
      'Spiridonovich',
      'Mrs.',
      'Mrs',
      'la',
      'une',
      'recette de',
      'recette de la',
      'recipe',
      'classic',
    ],
    // The dish's fries, cheese curds and gravy ("Poutine au fromage", "Poutine with cheese curds").
    notBefore: [
      'au fromage',
      'aux fromages',
      'with cheese',
      'with gravy',
      'fromage',
      'cheese',
      'curds',
      'gravy',
      'frites',
      'fries',
      'sauce',
    ],
    forms: PUTIN_FORMS,
  },
  {
    id: 'sergey-lavrov',
    name: 'Sergey Lavrov',
    kind: 'person',
    aliases: [
      'Sergey Lavrov',
      'Sergei Lavrov',
      'Lavrov',
      'Foreign Minister Lavrov',
      'Foreign Minister Sergey Lavrov',
      'Foreign Minister Sergei Lavrov',
      'Sergey Viktorovich Lavrov',
      'Sergei Viktorovich Lavrov',
    ],
    role: 'Russian Foreign Minister',
    background: [
      {
        text: 'As Foreign Minister, Lavrov was to meet Kerry in Moscow alongside Vladimir Putin.',
        cites: [2],
      },
      {
        text: "Assad's future and his possible role in Syria's political transition were to be prime topics of those talks.",
        cites: [9],
      },
    ],
    // The philosopher Pyotr Lavrov: the Russian list writes Пётр as Петр, whose Latin spelling
    // "Petr" it gives, not "Pyotr". (The actor Kirill Lavrov: the given-name rule.)
    notAfter: ['Pyotr'],
    forms: LAVROV_FORMS,
  },
  {
    id: 'bashar-assad',
    name: 'Bashar Assad',
    kind: 'person',
    aliases: [
      'Bashar Assad',
      'Bashar al-Assad',
      'Bashar Hafez al-Assad',
      'al-Assad',
      'Assad',
      'President Assad',
      'President Bashar Assad',
      'President Bashar al-Assad',
    ],
    role: 'Syrian President',
    background: [
      {
        text: 'Western governments say Moscow is mainly concerned with shoring up the Syrian President.',
        cites: [8],
      },
      {
        text: "His future and his potential role in Syria's political transition were to be prime topics of Kerry's talks with Putin and Lavrov.",
        cites: [9],
      },
    ],
    // His father Hafez, wife Asma, siblings and uncle are left alone by the given-name rule.
    // Left here: Lake Assad, the reservoir; "Mrs", a title that means his wife; and "carne
    // asada", the Spanish grilled beef, which the Polish genitive "Asada" spells in capitals.
    notAfter: ['Lake', 'Mrs.', 'Mrs', 'carne', 'pollo'],
    forms: ASSAD_FORMS,
  },
  {
    id: 'barack-obama',
    name: 'Barack Obama',
    kind: 'person',
    aliases: [
      'Barack Obama',
      'Obama',
      'President Obama',
      'President Barack Obama',
      'Barack Hussein Obama',
    ],
    role: 'US President',
    background: [
      {
        text: 'He had seen Vladimir Putin briefly twice, at international summits in Turkey and France.',
        cites: [5],
      },
    ],
    // His wife, daughters and relatives are left alone by the given-name rule (Michelle, Malia,
    // Sasha, Malik, Sarah). Left here: his half-sister Auma and grandfather Onyango, Luo names no
    // shipped list has; "Мишель", Michelle in Russian (the Cyrillic lists hold Russian names
    // only); "First Lady" and "Mrs", "Ms", titles that mean his wife.
    notAfter: ['First Lady', 'Auma', 'Onyango', 'Мишель', 'Mrs.', 'Mrs', 'Ms.', 'Ms'],
    // "Obama care" is the health-care law, "Obama Sr" his father: no given name tells either.
    notBefore: ['care', 'Sr'],
    forms: OBAMA_FORMS,
  },
] as const satisfies readonly Entity[];
