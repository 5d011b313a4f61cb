/** A person found in an article: every form of their name as one entity. */
export interface ExtractedPerson {
  /** The fullest form of the name in the article ("Sergey Lavrov"). */
  name: string;
  /** Every form as written in the text, the name included ("Sergey Lavrov", "Lavrov", "Lavrov's"). */
  aliases: string[];
  /** The title or role the article gives them ("Foreign Minister"), or null. */
  role: string | null;
  /** How many times any form occurs in the text. */
  mentions: number;
}

/** A place or an organisation found in an article. */
export interface ExtractedName {
  /** The fullest form of the name in the article. */
  name: string;
  /** Every form as written in the text, the name included. */
  aliases: string[];
  /** How many times any form occurs in the text. */
  mentions: number;
}

/** Everything extracted from one article. */
export interface ExtractedEntities {
  /** People, most mentioned first. */
  people: ExtractedPerson[];
  /** Places, most mentioned first. */
  places: ExtractedName[];
  /** Organisations, most mentioned first. */
  organizations: ExtractedName[];
}
