import { sseParser, type LiveEvent } from './live-updates';

describe('the live-update stream parser', () => {
  it('reads events split across chunks, skipping comments and retry lines', () => {
    const seen: LiveEvent[] = [];
    const feed = sseParser((e) => seen.push(e));
    feed('retry: 5000\n\nevent: notifications\nda');
    feed('ta: {"unread":3}\n\n: ping\n\n');
    feed('event: notifications\r\ndata: {"unread":4}\r\n\r\n');
    expect(seen).toEqual([
      { event: 'notifications', data: { unread: 3 } },
      { event: 'notifications', data: { unread: 4 } },
    ]);
  });
});
