import type { DatesSetArg, EventClickArg } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import idLocale from '@fullcalendar/core/locales/id';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useMemo } from 'react';
import { currentLang, t } from '../i18n.ts';
import type { RencanaItem } from './redaksi-terms.ts';

/** The days a view shows (`active`, to load) and the period it is about (`current`, a month or a week). */
export type CalendarRange = { activeStart: string; activeEnd: string; currentStart: string; currentEnd: string };

type Props = { items: RencanaItem[]; narrow: boolean; onRange: (range: CalendarRange) => void; onPick: (id: string) => void };

// The calendar runs in UTC with the plan's own wall-clock times, so 09.30 WITA shows as 09.30
// whatever the browser's zone (FullCalendar needs a plug-in for named zones; this needs none).
const day = (d: Date) => d.toISOString().slice(0, 10);
const plugins = [dayGridPlugin, timeGridPlugin, listPlugin];
const locales = [idLocale, enGbLocale];
const toolbar = { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth' };
let buttons: Record<string, string> | null = null;
// Arrows as text, not FullCalendar's icon font (a data: font the admin's CSP does not load); the
// buttons keep their spoken names from the locale's hints.
const buttonText = () => (buttons ??= { prev: '‹', next: '›', today: t('rdk.today'), month: t('rdk.month'), week: t('rdk.week'), list: t('rdk.list') });

/**
 * The plan as a month, week or list calendar (FullCalendar). Loaded on demand by the plan screen,
 * so the admin's first load does not carry it; on a phone it opens on the list.
 */
export default function RencanaCalendar({ items, narrow, onRange, onPick }: Props) {
  // FullCalendar compares its options by identity: new objects on every render reset the view and
  // report its dates again, which re-renders the screen, and so on.
  const events = useMemo(
    () =>
      items.map((i) => ({
        id: i.id,
        title: i.judul,
        start: i.jam ? `${i.tanggal}T${i.jam}:00` : i.tanggal,
        allDay: !i.jam,
        classNames: [`rdk-ev-${i.status}`],
      })),
    [items],
  );
  return (
    <FullCalendar
      plugins={plugins}
      locales={locales}
      locale={currentLang() === 'en' ? 'en-gb' : 'id'}
      timeZone="UTC"
      initialView={narrow ? 'listMonth' : 'dayGridMonth'}
      headerToolbar={toolbar}
      buttonText={buttonText()}
      buttonIcons={false}
      height="auto"
      dayMaxEvents={3}
      events={events}
      datesSet={(arg: DatesSetArg) =>
        onRange({
          activeStart: day(arg.view.activeStart),
          activeEnd: day(arg.view.activeEnd),
          currentStart: day(arg.view.currentStart),
          currentEnd: day(arg.view.currentEnd),
        })
      }
      eventClick={(arg: EventClickArg) => {
        arg.jsEvent.preventDefault();
        onPick(arg.event.id);
      }}
    />
  );
}
