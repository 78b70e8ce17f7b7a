import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people, tenants } from '../org/schema.ts';

/** A sign-in account. Team roles come from the linked person's team memberships. */
export const users = pgTable('users', {
  id: uuid().primaryKey().defaultRandom(),
  tenantId: uuid()
    .notNull()
    .references(() => tenants.id),
  personId: uuid().references(() => people.id),
  email: text().notNull().unique(),
  displayName: text().notNull(),
  passwordHash: text(),
  isAdmin: boolean().notNull().default(false),
  lang: text().notNull().default('id'),
  totpSecretSealed: text(),
  totpEnabledAt: timestamp({ withTimezone: true }),
  totpLastStep: integer(),
  disabledAt: timestamp({ withTimezone: true }),
  lastLoginAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A server-side session; the cookie carries a token whose SHA-256 is the id. */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    csrfToken: text().notNull(),
    mfaPending: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** One-time links sent by e-mail: password reset and invitation. Only the hash is stored. */
export const authTokens = pgTable(
  'auth_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    purpose: text().notNull(),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('auth_tokens_user').on(t.userId)],
);
