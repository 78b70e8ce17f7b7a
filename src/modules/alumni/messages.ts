/** Messages of the alumni lists, Indonesian first. */
export const alumniMessages = {
  id: {},
  en: {},
} as const;
