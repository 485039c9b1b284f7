package org.dateline.store;

import org.dateline.store.bench.SyntheticNews;

/** Run in a child JVM by {@link KillDuringIngestTest}: stores synthetic articles until killed. */
public final class CrashChild {

  private CrashChild() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int count = Integer.parseInt(args[1]);
    SyntheticNews news = new SyntheticNews(11, count);
    try (Database db = Database.open(url)) {
      EventStore store = new EventStore(db);
      for (int i = 0; i < count; i++) {
        SyntheticNews.Sample s = news.sample(i);
        store.save(s.article(), s.extraction());
        System.out.println("stored " + (i + 1));
        System.out.flush();
      }
    }
  }
}
