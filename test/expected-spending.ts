/**
 * The spending categories of the report, largest first, as their slugs: what the page facts and the browser tests
 * both expect (written out once here rather than read from the code under test).
 */
export const SPENDING_CATEGORY_SLUGS = [
  'science-and-technology',
  'resource-exploration-information-and-industry',
  'housing-security',
  'social-security-and-employment',
  'work-safety-supervision',
  'general-public-services',
  'education',
  'agriculture-forestry-and-water',
];
