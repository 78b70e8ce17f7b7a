/** Where a message is: new (unread), read, answered, archived. */
export const statusPesan = ['baru', 'dibaca', 'dijawab', 'diarsipkan'] as const;
export type StatusPesan = (typeof statusPesan)[number];

/** Where a message came from; the contact form is the first channel of the shared inbox. */
export const channels = ['kontak'] as const;
export type Channel = (typeof channels)[number];
