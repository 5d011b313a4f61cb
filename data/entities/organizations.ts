import type { Entity } from '../types';

/** The organisations the article names. */
export const ORGANIZATIONS = [
  {
    id: 'russian-foreign-ministry',
    name: 'Russian Foreign Ministry',
    kind: 'organization',
    aliases: [
      'Russian Foreign Ministry',
      'Russian Ministry of Foreign Affairs',
      'Ministry of Foreign Affairs of the Russian Federation',
    ],
    role: "Issued a statement airing Russia's grievances",
    background: [
      {
        text: "Its statement said Moscow would keep seeking a revision of US policy dividing terrorists into 'bad' and 'good' ones.",
        cites: [7],
      },
      {
        text: 'It complained that the US would not fully coordinate with Russia while both militaries conduct airstrikes in Syria.',
        cites: [7],
      },
    ],
  },
  {
    id: 'islamic-state',
    name: 'Islamic State',
    kind: 'organization',
    aliases: [
      'Islamic State',
      'ISIS',
      'ISIL',
      'Daesh',
      'Islamic State of Iraq and Syria',
      'Islamic State of Iraq and the Levant',
    ],
    role: "Target of Russia's airstrikes, according to Russia",
    background: [
      {
        text: 'Russia says its airstrikes since late September have targeted the Islamic State.',
        cites: [8],
      },
    ],
  },
  {
    id: 'united-nations',
    name: 'United Nations',
    kind: 'organization',
    // "UN" only as written or in capitals: the matcher never lower-cases an alias.
    aliases: ['United Nations', 'UN'],
    role: 'Planned venue of a new conference on Syria',
    background: [
      {
        text: 'A new international diplomatic conference on Syria was planned there for Friday, depending on the Moscow talks.',
        cites: [9],
      },
    ],
  },
] as const satisfies readonly Entity[];
