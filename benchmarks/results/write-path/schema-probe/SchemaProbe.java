import java.nio.file.*; import java.sql.*; import java.util.*;
public class SchemaProbe {
  public static void main(String[] a) throws Exception {
    String variant = a[0]; int commits = Integer.parseInt(a[1]);
    Path f = Files.createTempFile(Path.of("/work/wt-write-path/benchmarks/target"), "probe-", ".db"); Files.delete(f);
    Files.copy(Path.of("/tmp/schema-probe/template.db"), f);
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
    Statement s = c.createStatement();
    s.execute("PRAGMA journal_mode=WAL"); s.execute("PRAGMA synchronous=FULL"); s.execute("PRAGMA cache_size=-65536"); s.execute("PRAGMA temp_store=MEMORY");
    if (variant.contains("nowealth")) s.execute("DROP INDEX account_by_wealth");
    if (variant.contains("notrigger")) s.execute("DROP TRIGGER journal_feeds_volume_by_minute");
    if (variant.contains("notime")) s.execute("DROP INDEX journal_by_time");
    c.setAutoCommit(false);
    PreparedStatement ins = c.prepareStatement("INSERT INTO journal VALUES (?, ?, ?, ?, ?, 'EUR', 'benchmark transfer', ?, NULL, ?, ?, ?)");
    PreparedStatement upd = c.prepareStatement("UPDATE account SET balance = ?, status = 'ACTIVE' WHERE id = ?");
    SplittableRandom r = new SplittableRandom(1); long seq = 1; String hash = "0".repeat(64);
    long[] bal = new long[1001]; Arrays.fill(bal, 100000000);
    long t0 = 0;
    for (int k = 0; k < commits; k++) {
      if (k == commits - 50) t0 = System.nanoTime();
      Set<Integer> touched = new HashSet<>();
      for (int i = 0; i < 1000; i++) {
        int d = 1 + r.nextInt(1000), cr = 1 + r.nextInt(1000); if (d == cr) continue;
        bal[d] -= 100; bal[cr] += 100; touched.add(d); touched.add(cr);
        long now = System.currentTimeMillis() * 1000;
        UUID id = variant.contains("ordered") ? new UUID((now << 16) | (r.nextLong() & 0xffff), r.nextLong()) : new UUID(r.nextLong(), r.nextLong());
        ins.setLong(1, seq++); ins.setString(2, id.toString()); ins.setLong(3, d); ins.setLong(4, cr); ins.setLong(5, 100); ins.setLong(6, now); ins.setLong(7, bal[d]); ins.setLong(8, bal[cr]); ins.setString(9, hash); ins.addBatch();
      }
      ins.executeBatch();
      for (int id : touched) { upd.setLong(1, bal[id]); upd.setLong(2, id); upd.addBatch(); }
      upd.executeBatch();
      c.commit();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf("%-28s %8.0f transfers/s over the last 50 commits of %d%n", variant, 50 * 1000 / secs, commits);
    c.close(); for (String x : new String[]{"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(f + x));
  }
}
