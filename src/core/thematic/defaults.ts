/** Every choice the thematic map makes when the view state does not say. */
export const THEMATIC_DEFAULTS = {
  /** Measure shown when the URL names none: the resident urbanization rate at the baseline. */
  measure: 'urbanization_baseline',
  /** Target year preferred when a measure takes a year and it is present: the 2nd batch's horizon (batch2 sets 2017 and 2020 targets). */
  preferredYear: 2020,
  /** Classification method. */
  method: 'quantile',
  /** Number of classes (the URL's `classes`), 3–9. */
  classes: 5,
  /** Fewest and most classes a legend may have (ColorBrewer schemes come in 3–9 colours). */
  minClasses: 3,
  maxClasses: 9,
  /** Most decimal places a legend label shows (the documents state rates to 2 places at most). */
  maxDecimals: 2,
  /** Value at the neutral colour of a diverging scheme. */
  divergingCentre: 0,
} as const;
