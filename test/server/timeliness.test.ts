import { describe, expect, it } from 'vitest';
import { Clock, vietnamDateOf } from '../../server/src/clock.js';
import { TaskState } from '../../server/src/modules/task/task-state.js';
import { timelinessOf } from '../../server/src/rules/timeliness.js';

const open = (deadline: string | null) => ({ state: TaskState.IN_PROGRESS, deadline, reportedDoneOn: null, completedOn: null });

describe('timeliness rule', () => {
  it('an open task is within its deadline on the deadline day and overdue the day after', () => {
    expect(timelinessOf(open('2023-11-08'), '2023-11-08')).toBe('OPEN_WITHIN_DEADLINE');
    expect(timelinessOf(open('2023-11-08'), '2023-11-09')).toBe('OPEN_OVERDUE');
  });
  it('tasks without a deadline are never overdue', () => {
    expect(timelinessOf(open(null), '2099-01-01')).toBe('OPEN_NO_DEADLINE');
    expect(timelinessOf({ state: TaskState.DONE, deadline: null, reportedDoneOn: '2023-01-01', completedOn: '2023-01-01' }, '2099-01-01')).toBe('DONE_NO_DEADLINE');
  });
  it('a done task is judged by its completion date, not today', () => {
    const done = (completedOn: string) => ({ state: TaskState.DONE, deadline: '2023-11-08', reportedDoneOn: completedOn, completedOn });
    expect(timelinessOf(done('2023-11-08'), '2024-05-01')).toBe('DONE_ON_TIME');
    expect(timelinessOf(done('2023-11-09'), '2024-05-01')).toBe('DONE_LATE');
  });
  it('a task reported in time is not overdue while it waits for acceptance', () => {
    const waiting = { state: TaskState.REPORTED_DONE, deadline: '2023-11-08', reportedDoneOn: '2023-11-07', completedOn: null };
    expect(timelinessOf(waiting, '2023-11-20')).toBe('OPEN_WITHIN_DEADLINE');
    expect(timelinessOf({ ...waiting, reportedDoneOn: '2023-11-10' }, '2023-11-20')).toBe('OPEN_OVERDUE');
  });
  it('cancelled tasks have none', () => {
    expect(timelinessOf({ ...open('2023-11-08'), state: TaskState.CANCELLED }, '2023-12-01')).toBeNull();
  });
});

describe('the Vietnam calendar date', () => {
  it('changes at 17:00 UTC', () => {
    expect(vietnamDateOf(new Date('2023-11-08T16:59:59.999Z'))).toBe('2023-11-08');
    expect(vietnamDateOf(new Date('2023-11-08T17:00:00.000Z'))).toBe('2023-11-09');
  });
  it('does not depend on the process time zone', () => {
    const clock = new Clock();
    clock.set('2023-12-31T17:30:00Z');
    expect(clock.today()).toBe('2024-01-01');
  });
});
