/**
 * The compressed bytes of recently sent bodies, keyed by their strong ETag. A strong ETag names
 * exactly one sequence of bytes (RFC 9110 §8.8.1; in Warta it is always a digest of the body), so a
 * page whose content has not changed is compressed once, not on every request; a changed page has
 * a new ETag and is compressed afresh. Bounded by entries and by bytes, least recently used out
 * first. This keeps no page: the page is still read and rendered on every request.
 */
export class CompressedCache {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  /** The key of a body: its strong ETag, encoding, type and length; null for a weak or missing ETag. */
  static keyOf(etag: string | null, encoding: string, type: string, length: number): string | null {
    if (!etag || etag.startsWith('W/')) return null;
    return `${encoding}\u0000${type}\u0000${length}\u0000${etag}`;
  }

  get(key: string): Buffer | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used goes to the end of the Map's order.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, compressed: Buffer): void {
    if (compressed.byteLength > this.maxBytes / 8) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.byteLength;
    }
    this.entries.set(key, compressed);
    this.bytes += compressed.byteLength;
    for (const [oldest, value] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= value.byteLength;
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}
