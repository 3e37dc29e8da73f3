/**
 * How evidence adds up to a role's score: every weight and threshold of the
 * search lives here. A skill counts by the responsibilities that name it,
 * the first most and each further one less, so a role made of the skill
 * ranks above one that mentions it while long task lists (O*NET has up to
 * 40 a role) do not swamp short roles. A skill only listed for the role (a
 * tool, mostly) counts less than one responsibility naming it.
 */
export const RANKING = {
  /**
   * A responsibility that names the skill in the query's own words
   * ("analytics" in "based on analytics"): more than any number of
   * responsibilities that name it otherwise (named / (1 − decay) = 3.33), so
   * on an O*NET import "market research" finds the tasks that say so before
   * the performers' "audiences".
   */
  exact: 3.5,
  /** One that names it with another of its terms ("analyze" or "metrics" for analytics). */
  named: 1,
  /** A title that names the skill counts as this many responsibilities naming it the same way. */
  title: 1,
  /** Each further responsibility counts this share of the one before. */
  decay: 0.7,
  /** A skill the role's data lists but its text does not name... */
  tagged: 0.5,
  /** ...plus up to this as the practices it serves take more of the role's work. */
  taggedServes: 0.4,
  /** The best full-text match; the others in proportion to their full-text score. */
  text: 1,
  /**
   * A title or responsibility that holds a query of two or more words as
   * typed, word after word ("conduct head counts"): more than the best
   * full-text score, so it ranks above roles found by one word of the query
   * in a title or alias, or by a word that only starts like it ("Keg
   * Header", "Counter Cutter" for "head counts"; "Title Examiners,
   * Abstractors, and Searchers" for "paid search").
   */
  phrase: 2,
  /** One text that holds every word of the query, not in order, counts this share of a phrase. */
  allWords: 0.6,
  /** An alias is one of many a role has (O*NET lists up to 90): it counts this share of a title. */
  aliasPhrase: 0.8,
  /** A role whose texts hold every word of the query between them, none holding them all. */
  everyWord: 0.5,
  /**
   * Each word of a query of two or more that the role holds as typed (or
   * its plural), in proportion to its share of the query, rarer words more
   * (up to the best full-text score for all of them): a word's other forms
   * ("Searchers" for "search", "Header" for "head") count in the full text
   * only, so a role with many of them does not outrank one holding the words.
   */
  typedWord: 1.5,
  /** Full text: a title or alias counts most, then a responsibility, then the summary. */
  boost: { title: 3, aliases: 2.5, responsibility: 1.5, summary: 1 },
  /**
   * A word this long or longer forgives a typo of this share of its letters,
   * in the full text and in naming a skill ("shopfy"); shorter words are too
   * often another word...
   */
  fuzzyFrom: 5,
  fuzziness: 0.2,
  /** ...and one this long or longer also finds longer words it starts ("optim"). */
  prefixFrom: 4,
} as const;
