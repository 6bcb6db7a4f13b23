// Named patterns of the article's own parts (the Readability habit: all
// heuristics' patterns in one place, each with why). Class/id words only:
// they are language-neutral, so no lang data lives here. The words that tell
// the body from widgets are the page's (page/patterns.ts).

/** Class/id words of a lead / standfirst / summary element. */
export const STANDFIRST_WORDS =
  /(?:^|[\s_-])(?:standfirst|summary|lead|lede|intro|announce|announce-text|article__announce-text|dek|deck|subtitle|sub-title|subheadline|sub-headline|subhead|sapo|chapo|chapeau|excerpt|abstract|description|anons|anonce|entradilla|bajada|sumario|teaser|strapline|annotation|vorspann)(?=$|[\s_-])/iu;
