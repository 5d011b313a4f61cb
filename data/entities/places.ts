import type { Entity } from '../types';

/** The countries, cities and sea the article names. */
export const PLACES = [
  {
    id: 'moscow',
    name: 'Moscow',
    kind: 'place',
    aliases: ['Moscow'],
    role: 'Where Kerry meets Putin and Lavrov',
    background: [
      { text: 'Kerry flew there from Paris to meet Putin and Lavrov.', cites: [2] },
      {
        text: 'Its intervention in Syria in late September worsened relations already frosty over Ukraine.',
        cites: [4],
      },
      {
        text: 'Western governments say it is mainly concerned with shoring up Bashar Assad.',
        cites: [8],
      },
    ],
    // The cocktail and the town in Idaho.
    notBefore: ['Mule', 'Mules', 'Idaho'],
  },
  {
    id: 'paris',
    name: 'Paris',
    kind: 'place',
    aliases: ['Paris'],
    articleAliases: ['the French capital'],
    role: 'French capital, which Kerry left for Moscow',
    background: [
      {
        text: 'Kerry spent a week at climate talks outside Paris before leaving for Moscow.',
        cites: [2],
      },
      { text: 'A US diplomat there spoke about the talks on condition of anonymity.', cites: [6] },
    ],
    // Paris Hilton, Paris Jackson, the football club, plaster of Paris and the Trojan prince.
    notAfter: ['plaster of'],
    notBefore: ['Hilton', 'Jackson', 'Whitney', 'Saint-Germain', 'SG', 'of Troy'],
  },
  {
    id: 'russia',
    name: 'Russia',
    kind: 'place',
    aliases: ['Russia', 'Russian Federation'],
    role: "Kerry's destination; conducting airstrikes in Syria",
    background: [
      {
        text: 'Kerry went there to narrow gaps with Russian leaders, on his second trip to Russia that year.',
        cites: [1, 4],
      },
      {
        text: 'Russia says its airstrikes since late September have targeted the Islamic State; Western governments say mostly moderate rebels are being hit.',
        cites: [8],
      },
    ],
  },
  {
    id: 'syria',
    name: 'Syria',
    kind: 'place',
    aliases: ['Syria', 'Syrian Arab Republic'],
    role: 'Country in civil war; subject of the talks',
    background: [
      {
        text: 'Kerry sought a political transition to end its civil war.',
        cites: [1],
      },
      {
        text: "Moscow's intervention there in late September, with airstrikes, strained relations further.",
        cites: [4, 7],
      },
      {
        text: 'A new conference on Syria at the United Nations depended on the Moscow talks.',
        cites: [9],
      },
    ],
  },
  {
    id: 'ukraine',
    name: 'Ukraine',
    kind: 'place',
    aliases: ['Ukraine'],
    role: 'Subject of the talks; stability sought in its east',
    background: [
      { text: 'Kerry sought to restore stability in eastern Ukraine.', cites: [1] },
      { text: 'Relations with Moscow were already frosty over Ukraine.', cites: [4] },
    ],
  },
  {
    id: 'saudi-arabia',
    name: 'Saudi Arabia',
    kind: 'place',
    aliases: ['Saudi Arabia', 'Kingdom of Saudi Arabia'],
    role: 'Host of a conference of Syrian opposition figures',
    background: [
      {
        text: 'Syrian opposition figures met there in a conference whose results are key to the peace effort.',
        cites: [3],
      },
    ],
  },
  {
    id: 'sochi',
    name: 'Sochi',
    kind: 'place',
    aliases: ['Sochi'],
    role: 'Black Sea resort where Kerry met Putin',
    background: [{ text: 'Kerry met Putin in this Black Sea resort in May.', cites: [4] }],
  },
  {
    id: 'black-sea',
    name: 'Black Sea',
    kind: 'place',
    aliases: ['Black Sea'],
    role: 'Sea of the resort of Sochi',
    background: [{ text: 'Kerry met Putin in May at Sochi, a resort on its coast.', cites: [4] }],
  },
  {
    id: 'geneva',
    name: 'Geneva',
    kind: 'place',
    aliases: ['Geneva'],
    role: 'Where Russian and American diplomats met on Syria',
    background: [
      {
        text: 'Russian and American diplomats met there on Syria, mainly to clear up Russian grievances before the Moscow meeting.',
        cites: [6],
      },
    ],
    // The Geneva Conventions are treaties, not the city.
    notBefore: ['Convention', 'Conventions'],
  },
  {
    id: 'turkey',
    name: 'Turkey',
    kind: 'place',
    aliases: ['Turkey', 'Türkiye', 'Republic of Turkey'],
    role: 'Host of a summit where Obama saw Putin',
    background: [{ text: 'Obama saw Putin briefly at an international summit there.', cites: [5] }],
    // The bird on the table, in recipe and menu titles ("Roast Turkey", "Turkey Breast").
    notAfter: [
      'Thanksgiving',
      'Christmas',
      'Roast',
      'Roasted',
      'Smoked',
      'Fried',
      'Baked',
      'Stuffed',
      'Wild',
      'Cold',
      'Carve',
      'Carving',
      'Ground',
      'Leftover',
    ],
    notBefore: [
      'Day',
      'Breast',
      'Breasts',
      'Sandwich',
      'Sandwiches',
      'Dinner',
      'Burger',
      'Burgers',
      'Gravy',
      'Stuffing',
      'Recipe',
      'Recipes',
      'Bacon',
      'Trot',
      'Leg',
      'Legs',
      'Meatballs',
      'Chili',
    ],
  },
  {
    id: 'france',
    name: 'France',
    kind: 'place',
    aliases: ['France', 'French Republic'],
    role: 'Host of a summit where Obama saw Putin',
    background: [{ text: 'Obama saw Putin briefly at an international summit there.', cites: [5] }],
    // The writer Anatole France, the politician Mendès France and the Paris region.
    notAfter: ['Anatole', 'Mendès', 'Mendes', 'Île de', 'Ile de'],
  },
  {
    id: 'united-states',
    name: 'United States',
    kind: 'place',
    aliases: ['United States', 'United States of America', 'USA'],
    // Page-wide, "US" would also match "CONTACT US"; the article only uses it for the country.
    articleAliases: ['US'],
    role: "Kerry's country; Moscow seeks a change in its policy",
    background: [
      {
        text: 'Kerry is its Secretary of State, and one of its diplomats in Paris briefed on the talks.',
        cites: [1, 6],
      },
      {
        text: 'Russia seeks a revision of US policy on terrorists and says the US will not fully coordinate the two militaries.',
        cites: [7],
      },
    ],
    notBefore: ['Today'],
  },
] as const satisfies readonly Entity[];
