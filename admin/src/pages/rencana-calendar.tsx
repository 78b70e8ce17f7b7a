import type { DatesSetArg, EventClickArg } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import idLocale from '@fullcalendar/core/locales/id';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { currentLang, t } from '../i18n.ts';
import type { RencanaItem } from './redaksi-terms.ts';

/** The days a view shows (`active`, to load) and the period it is about (`current`, a month or a week). */
export type CalendarRange = { activeStart: string; activeEnd: string; currentStart: string; currentEnd: string };

type Props = { items: RencanaItem[]; narrow: boolean; onRange: (range: CalendarRange) => void; onPick: (id: string) => void };

// The calendar runs in UTC with the plan's own wall-clock times, so 09.30 WITA shows as 09.30
// whatever the browser's zone (FullCalendar needs a plug-in for named zones; this needs none).
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The plan as a month, week or list calendar (FullCalendar). Loaded on demand by the plan screen,
 * so the admin's first load does not carry it; on a phone it opens on the list.
 */
export default function RencanaCalendar({ items, narrow, onRange, onPick }: Props) {
  return (
    <FullCalendar
      plugins={[dayGridPlugin, timeGridPlugin, listPlugin]}
      locales={[idLocale, enGbLocale]}
      locale={currentLang() === 'en' ? 'en-gb' : 'id'}
      timeZone="UTC"
      initialView={narrow ? 'listMonth' : 'dayGridMonth'}
      headerToolbar={{ left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth' }}
      buttonText={{ today: t('rdk.today'), month: t('rdk.month'), week: t('rdk.week'), list: t('rdk.list') }}
      height="auto"
      dayMaxEvents={3}
      events={items.map((i) => ({
        id: i.id,
        title: i.judul,
        start: i.jam ? `${i.tanggal}T${i.jam}:00` : i.tanggal,
        allDay: !i.jam,
        classNames: [`rdk-ev-${i.status}`],
      }))}
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
