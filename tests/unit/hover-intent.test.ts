import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from '../../lib/page/hover-intent';
import { fakeClock } from '../support/fake-clock';

let time: ReturnType<typeof fakeClock>;
let open: ReturnType<typeof vi.fn<(target: string) => void>>;
let close: ReturnType<typeof vi.fn<() => void>>;
let intent: ReturnType<typeof createHoverIntent<string>>;

beforeEach(() => {
  time = fakeClock();
  open = vi.fn();
  close = vi.fn();
  intent = createHoverIntent<string>({
    dwellMs: 350,
    graceMs: 300,
    open,
    close,
    clock: time.clock,
  });
});

describe('createHoverIntent', () => {
  it('opens after the dwell, not before', () => {
    intent.pointerAt('putin', 10, 10);
    time.advance(349);
    expect(open).not.toHaveBeenCalled();
    time.advance(1);
    expect(open).toHaveBeenCalledWith('putin');
    expect(intent.shown).toBe('putin');
  });

  it('does not open for a pointer passing over at speed', () => {
    for (let i = 0; i < 20; i++) {
      intent.pointerAt('putin', 10 + i * 40, 10);
      time.advance(16);
    }
    intent.pointerAt(null, 900, 10);
    time.advance(1000);
    expect(open).not.toHaveBeenCalled();
  });

  it('keeps the card while the pointer moves into it within the grace period', () => {
    intent.pointerAt('putin', 10, 10);
    time.advance(400);
    intent.pointerAt(null, 10, 30);
    time.advance(200);
    intent.enterCard();
    time.advance(1000);
    expect(close).not.toHaveBeenCalled();
    intent.leaveCard();
    time.advance(300);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('closes after the grace period when the pointer leaves', () => {
    intent.pointerAt('putin', 10, 10);
    time.advance(400);
    intent.pointerAt(null, 10, 300);
    time.advance(299);
    expect(close).not.toHaveBeenCalled();
    time.advance(1);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('stays closed after a dismissal until the pointer leaves, then reopens on the next hover', () => {
    intent.pointerAt('putin', 10, 10);
    time.advance(400);
    intent.dismiss();
    expect(close).toHaveBeenCalledTimes(1);
    intent.pointerAt('putin', 11, 10);
    time.advance(1000);
    expect(open).toHaveBeenCalledTimes(1);
    intent.pointerAt(null, 11, 40);
    intent.pointerAt('putin', 11, 10);
    time.advance(350);
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('moves to another name after its own dwell, one card at a time', () => {
    intent.pointerAt('putin', 10, 10);
    time.advance(400);
    intent.pointerAt('kerry', 60, 10);
    time.advance(350);
    expect(open.mock.calls).toEqual([['putin'], ['kerry']]);
    expect(intent.shown).toBe('kerry');
  });

  it('opens at once for the keyboard or a tap', () => {
    intent.openNow('lavrov');
    expect(open).toHaveBeenCalledWith('lavrov');
  });

  it('says when a dwell begins on a name, once per dwell', () => {
    const rests: string[] = [];
    const watched = createHoverIntent<string>({
      dwellMs: 350,
      graceMs: 300,
      open,
      close,
      clock: time.clock,
      onDwellStart: (target) => rests.push(target),
    });
    watched.pointerAt(null, 0, 0);
    time.advance(10);
    // A pointer that lands on the name and stops there sends no slower event afterwards.
    watched.pointerAt('putin', 200, 0);
    expect(rests).toEqual(['putin']);
    time.advance(10);
    watched.pointerAt('putin', 201, 0);
    expect(rests).toEqual(['putin']);
    // Another name, then back: a dwell each time.
    time.advance(10);
    watched.pointerAt('kerry', 203, 0);
    time.advance(10);
    watched.pointerAt('putin', 204, 0);
    expect(rests).toEqual(['putin', 'kerry', 'putin']);
  });
});
