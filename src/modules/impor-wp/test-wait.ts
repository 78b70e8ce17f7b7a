import type { TestClient } from '../../test/client.ts';
import type { ImportState } from './import-state.ts';

/**
 * Polls an import's state the way the admin screen does until its job is done (no longer queued
 * or running); `seen` collects every state read on the way, for tests of the progress shown.
 */
export async function settled(client: TestClient, id: string, seen: ImportState[] = [], timeoutMs = 170_000): Promise<ImportState> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const reply = await client.get<ImportState>(`/api/impor-wp/${id}/status`);
    if (reply.status !== 200) throw new Error(`status ${reply.status}: ${reply.text}`);
    seen.push(reply.body);
    if (reply.body.status !== 'antre' && reply.body.status !== 'berjalan') return reply.body;
    if (Date.now() > until) throw new Error(`import ${id} still ${reply.body.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
