package org.kbbx.rules.internal;

import java.util.Arrays;

/**
 * An append-only log of items, each linked to an earlier one (or to none, -1): many short chains
 * in one store, for example each student's marks since her file was last written out.
 * Performance machinery, not API.
 *
 * <p>Items are kept in chunks of {@value #CHUNK}; a {@link Builder} copies only the chunk index
 * and the last, partly filled chunk before it appends, so every version stays as it was. The chunk
 * index has room to spare (it doubles when full), so a builder that opens many chunks copies the
 * index a logarithmic number of times, not once per chunk: appending is amortised constant time
 * however long the log has grown.
 *
 * <p>This class is immutable and thread-safe; its {@link Builder} is neither.
 */
public final class ChainLog implements ChainReader {

  private static final int BITS = 12;
  private static final int CHUNK = 1 << BITS;
  private static final int MASK = CHUNK - 1;
  private static final ChainLog EMPTY = new ChainLog(new Object[0][], new int[0][], 0);

  private final Object[][] items;
  private final int[][] links;
  private final int size;

  private ChainLog(Object[][] items, int[][] links, int size) {
    this.items = items;
    this.links = links;
    this.size = size;
  }

  /**
   * Returns the empty log.
   *
   * @return the empty log
   */
  public static ChainLog empty() {
    return EMPTY;
  }

  /**
   * Returns the item at a position.
   *
   * @param at the position, 0 to size - 1
   * @return the item
   */
  public Object item(int at) {
    return items[at >>> BITS][at & MASK];
  }

  /**
   * Returns the position an item links to.
   *
   * @param at the position, 0 to size - 1
   * @return the earlier position, or -1
   */
  public int link(int at) {
    return links[at >>> BITS][at & MASK];
  }

  /**
   * Returns a transient copy to append to.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A transient log started from an immutable one. Not thread-safe. */
  public static final class Builder implements ChainReader {
    private Object[][] items;
    private int[][] links;
    private int size;
    /**
     * The last chunk while it is this builder's own (a copy or a new chunk), and the position
     * where it ends; 0 while it is not, so the next append takes the slow path.
     */
    private Object[] lastItems;

    private int[] lastLinks;
    private int ownedEnd;
    /** Chunk references copied to grow the chunk index: the cost a complexity test counts. */
    private long indexCopies;

    private Builder(ChainLog from) {
      items = from.items.clone();
      links = from.links.clone();
      size = from.size;
    }

    /**
     * Returns the item at a position.
     *
     * @param at the position
     * @return the item
     */
    public Object item(int at) {
      return items[at >>> BITS][at & MASK];
    }

    /**
     * Returns the position an item links to.
     *
     * @param at the position
     * @return the earlier position, or -1
     */
    public int link(int at) {
      return links[at >>> BITS][at & MASK];
    }

    /**
     * Appends an item.
     *
     * @param item the item
     * @param link the earlier position it links to, or -1
     * @return its position
     */
    public int append(Object item, int link) {
      if (size < ownedEnd) {
        lastItems[size & MASK] = item;
        lastLinks[size & MASK] = link;
        return size++;
      }
      int c = size >>> BITS;
      if (c == items.length) {
        int room = Math.max(4, 2 * c);
        items = Arrays.copyOf(items, room);
        links = Arrays.copyOf(links, room);
        indexCopies += c;
      }
      if (items[c] == null) {
        items[c] = new Object[CHUNK];
        links[c] = new int[CHUNK];
      } else {
        items[c] = items[c].clone();
        links[c] = links[c].clone();
      }
      lastItems = items[c];
      lastLinks = links[c];
      ownedEnd = (c + 1) << BITS;
      lastItems[size & MASK] = item;
      lastLinks[size & MASK] = link;
      return size++;
    }

    /** The chunk references copied so far to grow the chunk index (for complexity tests). */
    long indexCopies() {
      return indexCopies;
    }

    /**
     * Publishes the log as it stands; later appends copy again.
     *
     * @return the immutable log
     */
    public ChainLog build() {
      ChainLog out = new ChainLog(items, links, size);
      items = items.clone();
      links = links.clone();
      ownedEnd = 0;
      return out;
    }
  }
}
