import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import { queryClient } from '../query.ts';
import { Field, FormStatus, useForm } from '../ui/form.tsx';
import type { KomentarList, KontenDetail, Orang } from './types.ts';

/** The part of a name typed after a trailing "@" (undefined when the text does not end in one). */
function typedMention(text: string): string | undefined {
  return /(?:^|\s)@([^\s@]*)$/u.exec(text)?.[1];
}

/** Notes between writer, redaktur and head; people ticked in the picker are mentioned and get an e-mail. */
export function KontenComments({ detail }: { detail: KontenDetail }) {
  const id = detail.item.id;
  const key = ['konten', 'komentar', id];
  const list = useQuery({ queryKey: key, queryFn: () => api<KomentarList>(`/konten/${id}/komentar`) });
  const [text, setText] = useState('');
  const [mentions, setMentions] = useState<string[]>([]);
  const form = useForm(['isi', 'mentions']);
  const people = list.data?.orang ?? [];
  const send = () =>
    form.run(async () => {
      await api(`/konten/${id}/komentar`, { method: 'POST', body: { isi: text.trim(), mentions } });
      setText('');
      setMentions([]);
      await queryClient.invalidateQueries({ queryKey: key });
    }, t('com.sent'));
  const label = (userId: string) => people.find((p) => p.userId === userId)?.label;
  // Typing "@" and part of a name narrows the list; people already ticked stay in view.
  const typed = typedMention(text);
  const shown = typed === undefined ? people : people.filter((p) => mentions.includes(p.userId) || p.label.toLowerCase().includes(typed.toLowerCase()));
  const toggle = (p: Orang, on: boolean) => {
    setMentions(on ? [...mentions, p.userId] : mentions.filter((m) => m !== p.userId));
    // Ticking while an "@name" is being typed completes the name in the text.
    if (on && typed !== undefined) setText(`${text.slice(0, text.length - typed.length - 1)}@${p.label} `);
  };
  return (
    <section className="card" aria-labelledby="com-title">
      <h2 id="com-title">{t('com.title')}</h2>
      {list.error && <p className="alert alert-error">{list.error.message}</p>}
      {list.data?.items.length === 0 && <p className="muted">{t('com.empty')}</p>}
      <ol className="comments">
        {(list.data?.items ?? []).map((c) => (
          <li key={c.id}>
            <p className="muted">
              {c.authorLabel} · {formatDateTime(c.createdAt)}
            </p>
            <p className="note">{c.isi}</p>
            {c.mentions && c.mentions.length > 0 && <p className="muted">@ {c.mentions.map((m) => label(m) ?? '…').join(', ')}</p>}
          </li>
        ))}
      </ol>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <Field label={t('com.text')} error={form.errorFor('isi')}>
          {(a11y) => <textarea {...a11y} rows={3} required maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        {people.length > 0 && (
          <fieldset className="mentions" aria-describedby={form.errorFor('mentions') ? 'com-mention-error' : 'com-mention-hint'}>
            <legend>{t('com.mention')}</legend>
            <p id="com-mention-hint" className="hint" aria-live="polite">
              {typed === undefined ? t('com.mention.hint') : t('com.mention.filtered', { q: typed })}
            </p>
            {form.errorFor('mentions') && (
              <p id="com-mention-error" className="field-error" role="alert">
                {form.errorFor('mentions')}
              </p>
            )}
            {shown.map((p) => (
              <label key={p.userId} className="check">
                <input type="checkbox" checked={mentions.includes(p.userId)} onChange={(e) => toggle(p, e.target.checked)} /> @{p.label}
              </label>
            ))}
            {shown.length === 0 && <p className="muted">{t('com.mention.none')}</p>}
          </fieldset>
        )}
        <FormStatus form={form} />
        <button type="submit" aria-disabled={form.busy || undefined}>
          {t('com.send')}
        </button>
      </form>
    </section>
  );
}
