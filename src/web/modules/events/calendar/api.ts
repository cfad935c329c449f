import type { AddCalendarDayBody } from '../../../../contracts/api/events-calendar';
import { type ApiBody, call, client } from '../../../app/api';

export const calendarApi = {
  year: (year: number) => call(client.GET('/api/events/calendar', { params: { query: { year } } })),
  add: (body: AddCalendarDayBody) =>
    call(client.POST('/api/events/calendar', { body: body as ApiBody<'/api/events/calendar', 'post'> })),
  remove: (calendarDayId: string) =>
    call(client.DELETE('/api/events/calendar/{calendarDayId}', { params: { path: { calendarDayId } } })),
};

export const calendarKey = ['events', 'calendar'] as const;
