/**
 * The one clock of the application. "Today" is the calendar date in Vietnam, whatever the time
 * zone of the server or the database: a task due 08/11 is overdue from 09/11 00:00 in Hanoi.
 * Tests and the demo seeder set it; nothing else reads the system time or SQL NOW().
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const vietnamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export class Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed.getTime()) : new Date();
  }

  /** The calendar date in Vietnam at this instant, as YYYY-MM-DD. */
  today(): string {
    return vietnamDateOf(this.now());
  }

  /** Pin the clock to an instant (tests, demo replay); `null` returns to real time. */
  set(instant: Date | string | null): void {
    this.fixed = instant === null ? null : new Date(instant);
  }
}

export function vietnamDateOf(instant: Date): string {
  return vietnamDate.format(instant);
}
