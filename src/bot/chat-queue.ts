// Runs tasks in order per chat and concurrently across chats, on every channel and in both
// update modes (webhook and polling): a flood in one chat never holds up another chat.

export class ChatQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<Promise<void>>();

  /** Queues `task` behind the chat's earlier tasks; the promise settles when it has run. */
  enqueue(chatKey: string, task: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(chatKey) ?? Promise.resolve();
    // A failed task must not stop the chat's later tasks; tasks log their own errors.
    const next = previous.then(task).catch(() => undefined);
    this.tails.set(chatKey, next);
    this.inFlight.add(next);
    void next.finally(() => {
      this.inFlight.delete(next);
      if (this.tails.get(chatKey) === next) this.tails.delete(chatKey);
    });
    return next;
  }

  get size(): number {
    return this.inFlight.size;
  }

  /** Back-pressure: resolves once fewer than `limit` tasks are queued or running. */
  async waitBelow(limit: number): Promise<void> {
    while (this.inFlight.size >= limit) await Promise.race(this.inFlight);
  }

  /** Resolves when every queued task has run (tasks queued meanwhile included). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }
}
